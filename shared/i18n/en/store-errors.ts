import type { viStoreErrors } from '../vi/store-errors';

export const enStoreErrors: typeof viStoreErrors = {
  home_missing: 'The register is not set up yet: declare the party organisation that keeps it first.',
  member_not_found: 'This member is not in the register (number {{id}}).',
  event_not_found: 'This event is not in the member’s history (number {{id}}); it may have just been deleted.',
  unit_not_found: 'There is no unit with the code {{code}} in the register.',
  unit_closed: '{{name}} (code {{code}}) has been closed since {{closedOn}}.',
  unit_has_units: '{{name}} still has {{count}} open units under it. Move or close them first.',
  unit_has_members:
    'From {{date}} on, {{name}} still has {{count}} members taking part in it. Transfer them before closing the unit.',
  org_cycle: '{{name}} cannot be placed under {{parent}}, because {{parent}} is that unit itself or one of its units.',
  org_home_locked:
    '{{name}} (code {{code}}) keeps this register: it cannot be moved to another parent or closed from here.',
  duplicate_card: 'The party card {{card}} already belongs to comrade {{name}} ({{unit}}).',
  duplicate_citizen_id: 'The citizen ID {{citizenId}} already belongs to comrade {{name}} ({{unit}}).',
  meeting_not_found: 'This meeting is not in the register (number {{id}}); it may have just been deleted.',
  meeting_member_twice: 'Comrade {{name}} is listed twice in the attendance.',
  meeting_member_not_expected:
    'On {{date}} comrade {{name}} does not take part in the cell (not yet admitted, transferred out, temporarily elsewhere or no longer a member): attendance cannot be recorded.',
  meeting_exempt_not_present:
    'On {{date}} comrade {{name}} is exempt from party activities: they can only be recorded as present, not as absent.',
};
