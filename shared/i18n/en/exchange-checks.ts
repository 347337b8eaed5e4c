import type { viExchangeChecks } from '../vi/exchange-checks';

export const enExchangeChecks: typeof viExchangeChecks = {
  title: 'Cross-unit checks',
  intro:
    'The application compares the units’ data for the period with one another and with the previous period. Each line below is something to look into, not a refused file: the files are kept exactly as their units signed them. Ask the unit named; if its register is missing something or wrong, ask it to correct the register and send the file again.',
  none: 'No discrepancies between the units in this period.',
  kinds: {
    transfer_out_unmatched: 'Transferred out, but not recorded as arrived',
    transfer_in_unmatched: 'Transferred in, but not recorded as gone',
    duplicate_card: 'Party card number held twice',
    opening_mismatch: 'Opening differs from the previous closing',
    identity_violated: 'Changes do not add up to the membership',
  },
  hints: {
    transfer_out_unmatched:
      'Ask the receiving unit whether the member has arrived. If so, it records the official transfer in and sends its file again; a transfer at the very end of the period may be recorded in the next one.',
    transfer_in_unmatched:
      'The unit the member came from still counts them. Ask it to record the official transfer out and send its file again, so that no member is counted in two places.',
    duplicate_card:
      'A card number belongs to one member only. Check the cards and records to correct a mistyped number; if it is the same person, one of the two units must record the transfer out.',
    opening_mismatch:
      'The opening must equal the previous period’s closing. This usually means the register was changed after the previous period’s file was sent, or an event was back-dated into the previous period: ask the unit and, if needed, have it send the previous period’s file again.',
    identity_violated:
      'Opening plus additions minus losses must equal the closing. Ask the unit to check the period’s events (dates, kinds) and send its file again.',
  },
  message: {
    transfer_out_unmatched: 'Member {{member}} transferred out of {{fromUnit}} to {{toUnit}} on {{date}}, but {{toUnit}} has not recorded the transfer in.',
    transfer_in_unmatched:
      'Member {{member}} transferred in to {{toUnit}} from {{fromUnit}} on {{date}}, but {{fromUnit}} has not recorded the transfer out and still counts them.',
    duplicate_card: 'Card number {{cardNumber}} is recorded for {{count}} current members: {{holders}}.',
    opening_unit: '{{unit}}: the opening is {{opening}} but the closing of {{previousPeriod}} was {{previousClosing}}.',
    opening_subtree: '{{unit}} (with the units below it): the opening is {{opening}} but the closing of {{previousPeriod}} was {{previousClosing}}.',
    identity_own: 'The figures of {{unit}} do not add up: opening {{opening}} + added {{added}} − lost {{lost}} = {{expected}}, but the closing is {{closing}}.',
    identity_other:
      'The figures of {{unit}} in the file sent by {{source}} do not add up: opening {{opening}} + added {{added}} − lost {{lost}} = {{expected}}, but the closing is {{closing}}.',
  },
  member: {
    withCard: '{{name}} (card {{card}})',
    withBirthDate: '{{name}} (born {{birthDate}})',
  },
  holder: '{{name}}, born {{birthDate}}, in {{unit}}',
};
