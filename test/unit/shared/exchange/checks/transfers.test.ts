import { describe, expect, it } from 'vitest';
import { crossUnitChecks } from '../../../../../shared/exchange/checks/cross-unit-checks';
import { KNOWN, source, type PersonSpec } from './fixtures';

const AN = { name: 'Nguyễn Văn An', card: '12345678', birthDate: '1985-03-04' };

/** An left CB01 for CB02 on 5 August; what CB02 records of him is the test's. */
function leftForCb02(otherUnit = 'CB02 – Chi bộ Khu phố 2', date = '2026-08-05'): PersonSpec {
  return { id: 1, ...AN, unit: 'CB01', counted: false, events: [{ type: 'transferred_out', date, otherUnit }] };
}

const arrivedFromCb01 = (spec: Partial<PersonSpec> = {}): PersonSpec => ({
  id: 7,
  ...AN,
  unit: 'CB02',
  events: [{ type: 'transferred_in', date: '2026-08-10', otherUnit: 'Chi bộ khu phố 1' }],
  ...spec,
});

const transfers = (...sources: Parameters<typeof crossUnitChecks>[0]) =>
  crossUnitChecks(sources, KNOWN).filter((finding) => finding.kind.startsWith('transfer_'));

describe('transfers one side did not record', () => {
  it('finds nothing when both units recorded the transfer', () => {
    expect(transfers(source('CB01', { members: [leftForCb02()] }), source('CB02', { members: [arrivedFromCb01()] }))).toEqual([]);
  });

  it('reports a transfer out whose receiving unit has no transfer in', () => {
    const bystander = { id: 3, name: 'Lê Thị Bình', unit: 'CB02' };
    expect(transfers(source('CB01', { members: [leftForCb02()] }), source('CB02', { members: [bystander] }))).toEqual([
      {
        kind: 'transfer_out_unmatched',
        member: { fullName: 'Nguyễn Văn An', birthDate: '1985-03-04', partyCardNumber: '12345678', unitCode: 'CB01' },
        fromUnit: 'CB01',
        toUnit: 'CB02',
        date: '2026-08-05',
      },
    ]);
  });

  it('matches the person by card, else citizen ID, else name and birth date', () => {
    const byId = { card: null, citizenId: '001085000123' };
    expect(
      transfers(source('CB01', { members: [{ ...leftForCb02(), ...byId }] }), source('CB02', { members: [arrivedFromCb01({ ...byId, name: 'Nguyễn V. An' })] })),
    ).toEqual([]);
    const byName = { card: null, name: 'NGUYEN VAN AN' };
    expect(transfers(source('CB01', { members: [leftForCb02()] }), source('CB02', { members: [arrivedFromCb01(byName)] }))).toEqual([]);
    // Another birth date is another person.
    expect(transfers(source('CB01', { members: [leftForCb02()] }), source('CB02', { members: [arrivedFromCb01({ ...byName, birthDate: '1986-03-04' })] }))).toHaveLength(1);
    // Two different card numbers are two people, whatever the names; spaces inside a number do not count.
    expect(transfers(source('CB01', { members: [leftForCb02()] }), source('CB02', { members: [arrivedFromCb01({ card: '12345679' })] }))).toHaveLength(1);
    expect(transfers(source('CB01', { members: [leftForCb02()] }), source('CB02', { members: [arrivedFromCb01({ card: ' 1234 5678' })] }))).toEqual([]);
  });

  it('cannot check a transfer to a unit it cannot name or whose data is not here', () => {
    const cb02 = source('CB02', { members: [{ id: 3, name: 'Lê Thị Bình', unit: 'CB02' }] });
    expect(transfers(source('CB01', { members: [leftForCb02('Chi bộ Xóm Mới')] }), cb02)).toEqual([]);
    expect(transfers(source('CB01', { members: [leftForCb02('CB03')] }), cb02)).toEqual([]);
  });

  it('checks only transfers dated in the period of the document that records them', () => {
    const cb02 = source('CB02', { members: [{ id: 3, name: 'Lê Thị Bình', unit: 'CB02' }] });
    expect(transfers(source('CB01', { members: [leftForCb02('CB02', '2026-06-30')] }), cb02)).toEqual([]);
    expect(transfers(source('CB01', { members: [leftForCb02('CB02', '2026-07-01')] }), cb02)).toHaveLength(1);
  });

  it('reports a transfer in while the unit it came from still counts the member', () => {
    const stillAtCb01 = { id: 1, ...AN, unit: 'CB01' };
    expect(transfers(source('CB01', { members: [stillAtCb01] }), source('CB02', { members: [arrivedFromCb01()] }))).toEqual([
      {
        kind: 'transfer_in_unmatched',
        member: { fullName: 'Nguyễn Văn An', birthDate: '1985-03-04', partyCardNumber: '12345678', unitCode: 'CB02' },
        fromUnit: 'CB01',
        toUnit: 'CB02',
        date: '2026-08-10',
      },
    ]);
  });

  it('does not report a transfer in whose transfer out is before the period, where the snapshot no longer lists the member', () => {
    const arrivedEarly = arrivedFromCb01();
    expect(transfers(source('CB01', { members: [{ id: 2, name: 'Lê Thị Bình', unit: 'CB01' }] }), source('CB02', { members: [arrivedEarly] }))).toEqual([]);
  });

  it('reads an old transfer out followed by a return as no transfer out for this one', () => {
    const returned: PersonSpec = {
      id: 1,
      ...AN,
      unit: 'CB01',
      events: [
        { type: 'transferred_out', date: '2015-01-01', otherUnit: 'CB03' },
        { type: 'transferred_in', date: '2018-01-01', otherUnit: 'CB03' },
      ],
    };
    expect(transfers(source('CB01', { members: [returned] }), source('CB02', { members: [arrivedFromCb01()] }))).toHaveLength(1);
    // Out to CB02 in July, then back in September: the transfer in at CB02 in between is matched.
    const roundTrip: PersonSpec = {
      id: 1,
      ...AN,
      unit: 'CB01',
      events: [
        { type: 'transferred_out', date: '2026-08-05', otherUnit: 'CB02' },
        { type: 'transferred_in', date: '2026-09-20', otherUnit: 'CB02' },
      ],
    };
    const atCb02 = arrivedFromCb01({ counted: false, events: [
      { type: 'transferred_in', date: '2026-08-10', otherUnit: 'CB01' },
      { type: 'transferred_out', date: '2026-09-15', otherUnit: 'CB01' },
    ] });
    expect(transfers(source('CB01', { members: [roundTrip] }), source('CB02', { members: [atCb02] }))).toEqual([]);
  });

  it('ignores temporary transfers and transfers within one unit', () => {
    const temporary = { id: 1, ...AN, unit: 'CB01', status: 'temporarily_away' as const, events: [{ type: 'temporary_out' as const, date: '2026-08-05', otherUnit: 'CB02' }] };
    const cb02 = source('CB02', { members: [{ id: 3, name: 'Lê Thị Bình', unit: 'CB02' }] });
    expect(transfers(source('CB01', { members: [temporary] }), cb02)).toEqual([]);
    expect(transfers(source('CB01', { members: [leftForCb02('CB01')] }), cb02)).toEqual([]);
  });

  it('sees units inside one document: a committee’s cells with their members in its own snapshot', () => {
    const committee = source('DU05', {
      members: [leftForCb02('CB02'), { id: 9, name: 'Lê Thị Bình', unit: 'CB02' }],
      rows: [
        { code: 'DU05', opening: 0, total: 0 },
        { code: 'CB01', opening: 1, total: 0 },
        { code: 'CB02', opening: 1, total: 1 },
      ],
    }, null, 'register');
    expect(transfers(committee)).toMatchObject([{ kind: 'transfer_out_unmatched', fromUnit: 'CB01', toUnit: 'CB02' }]);
  });
});
