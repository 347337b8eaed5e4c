import type { viMember, viRules } from '../vi/member';

export const enMember: typeof viMember = {
  status: {
    not_admitted: 'Not yet admitted or not yet arrived',
    probationary: 'Probationary member',
    official: 'Full member',
    exempt: 'Exempt from party work and meetings',
    temporarily_away: 'Temporarily attached elsewhere',
    temporarily_attached: 'Temporarily attached here',
    transferred_out: 'Transferred out',
    removed: 'Removed from the rolls',
    expelled: 'Expelled',
    withdrew: 'Left the Party',
    died: 'Deceased',
  },
  gender: {
    nam: 'Male',
    nu: 'Female',
  },
  theory: {
    so_cap: 'Elementary',
    trung_cap: 'Intermediate',
    cao_cap: 'Advanced',
    cu_nhan: 'Bachelor',
  },
  qualification: {
    trung_cap: 'Vocational secondary',
    cao_dang: 'College',
    dai_hoc: 'University',
    thac_si: 'Master',
    tien_si: 'Doctorate',
  },
  title: {
    pgs: 'Associate Professor',
    gs: 'Professor',
  },
  event: {
    admitted: 'Admission',
    made_official: 'Recognition as full member',
    transferred_in: 'Transfer in',
    transferred_out: 'Transfer out',
    temporary_in: 'Temporary attachment here',
    temporary_in_end: 'End of temporary attachment here',
    temporary_out: 'Temporary attachment elsewhere',
    temporary_out_return: 'Return from temporary attachment',
    exemption_start: 'Exemption from party work and meetings',
    exemption_end: 'End of exemption',
    discipline: 'Discipline',
    removed: 'Removal from the rolls',
    withdrew: 'Withdrawal from the Party',
    died: 'Death',
    badge: 'Party membership badge',
    reward: 'Commendation',
  },
  standing: {
    probationary: 'a probationary member',
    official: 'a full member',
  },
  discipline: {
    khien_trach: 'Reprimand',
    canh_cao: 'Warning',
    cach_chuc: 'Dismissal from post',
    khai_tru: 'Expulsion',
  },
  ageBand: {
    '18_30': '18 to 30 years',
    '31_40': '31 to 40 years',
    '41_50': '41 to 50 years',
    '51_60': '51 to 60 years',
    '61_70': '61 to 70 years',
    over_70: 'Over 70 years',
  },
  badgeName: '{{years}}-year Party membership badge',
};

export const enRules: typeof viRules = {
  future_date: '{{date}} has not come yet (today is {{today}}): the register records only what has happened.',
  before_birth: '{{date}} is before the member’s date of birth ({{birthDate}}): check the date.',
  after_exit: {
    died: 'The member died on {{exitOn}}: nothing can be recorded after that day.',
    removed: 'The member was removed from the rolls on {{exitOn}}: nothing can be recorded after that day.',
    expelled: 'The member was expelled on {{exitOn}}: nothing can be recorded after that day.',
    withdrew: 'The member left the Party on {{exitOn}}: nothing can be recorded after that day.',
  },
  readmission: 'The member has not been a Party member since {{exitOn}}. The register cannot record a readmission yet.',
  before_admission: 'On {{date}} the member had not yet joined the Party: before admission only the admission decision can be recorded.',
  arrival_without_admission: 'First record the member’s admission decision (date of joining the Party), then the transfer in on {{date}}.',
  left_unit: 'The member stopped belonging here on {{leftOn}}: only a new transfer in can be recorded.',
  already_admitted: 'The member was admitted on {{admittedOn}} and cannot be admitted again.',
  admission_too_young:
    'Under {{minYears}} on the day of the admission decision ({{years}} years {{months}} months). {{rule}}: admission from a full {{minYears}} to a full {{maxYears}} years of age, counted in months.',
  admission_too_old:
    'Over {{maxYears}} on the day of the admission decision ({{years}} years {{months}} months). {{rule}}: admission from a full {{minYears}} to a full {{maxYears}} years of age, counted in months.',
  ceremony_before_decision: 'The admission ceremony ({{ceremonyOn}}) cannot come before the admission decision ({{date}}).',
  ceremony_in_future: 'The admission ceremony ({{ceremonyOn}}) has not happened yet (today is {{today}}): record it once it is held.',
  already_official: 'The member has been a full member since {{officialOn}} and cannot be recognised again.',
  official_too_early: {
    ceremony:
      'Probation of {{months}} months from the admission ceremony on {{startsOn}} is not over: recognition as a full member is possible from {{endsOn}}. Under {{rule}}.',
    decision:
      'Probation of {{months}} months is not over. No ceremony date is recorded, so it counts from the admission decision on {{startsOn}}: recognition as a full member is possible from {{endsOn}}. Under {{rule}}.',
  },
  already_away: 'The member has been temporarily attached elsewhere since {{since}}: record the return first.',
  attached_only:
    'The member is only temporarily attached here, since {{since}}: transfers are recorded by the cell where the member is registered. When the member stops attending here, record “End of temporary attachment here”.',
  not_away: 'On {{date}} the member was not temporarily attached elsewhere: there is no return to record.',
  already_here: 'The member has been registered here since {{since}} and cannot be transferred in again.',
  already_attached: 'The member has been temporarily attached here since {{since}} and cannot be attached again.',
  not_attached: 'On {{date}} the member was not temporarily attached here: there is nothing to end.',
  already_exempt: 'The member has been exempt from party work and meetings since {{since}}.',
  exemption_not_here:
    'On {{date}} the member was not registered here: exemption is decided by the cell where the member is registered.',
  not_exempt: 'On {{date}} the member was not exempt from party work and meetings: there is nothing to end.',
  discipline_not_allowed:
    'On {{date}} the member was $t(member.standing.{{standing}}): the form of discipline “$t(member.discipline.{{form}})” does not apply. Under {{rule}}.',
  badge_unknown: 'There is no {{years}}-year badge. Badges are awarded at {{milestones}} years. Under {{rule}}.',
  badge_already: 'The member received the {{years}}-year badge on {{awardedOn}}.',
  badge_too_early:
    'The member does not yet have {{years}} years of party membership: that day is {{dueOn}}. Seriously ill members may receive it at most {{months}} months early, so no earlier than {{earliestOn}}. Under {{rule}}.',
  badge_before_due: 'The member does not yet have {{years}} years of party membership: that day is {{dueOn}}.',
};
