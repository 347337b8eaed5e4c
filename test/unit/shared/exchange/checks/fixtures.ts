import type { ContentDocument, ContentEvent, ContentMember } from '../../../../../shared/exchange/content';
import type { CheckSource } from '../../../../../shared/exchange/checks/findings';
import type { EventType } from '../../../../../shared/members/events';
import type { MemberStatus } from '../../../../../shared/members/state-types';

/** A member as a test describes them: who they are, where they are registered, and their events. */
export interface PersonSpec {
  id: number;
  name: string;
  unit: string;
  birthDate?: string;
  card?: string | null;
  citizenId?: string | null;
  /** On the period's last day; counted unless told. */
  status?: MemberStatus;
  counted?: boolean;
  events?: { type: EventType; date: string; otherUnit?: string }[];
}

export interface RowSpec {
  code: string;
  opening: number;
  total: number;
}

const identityOf = (opening: number, added: number, lost: number, closing: number) => ({
  opening,
  added,
  lost,
  expectedClosing: opening + added - lost,
  closing,
  holds: opening + added - lost === closing,
});

function member(spec: PersonSpec): ContentMember {
  const counted = spec.counted ?? true;
  return {
    id: spec.id,
    unitCode: spec.unit,
    record: {
      fullName: spec.name,
      gender: 'nam',
      birthDate: spec.birthDate ?? '1980-01-01',
      birthName: null,
      birthPlace: null,
      hometown: null,
      permanentAddress: null,
      temporaryAddress: null,
      ethnicity: '01',
      religion: 'khong',
      citizenId: spec.citizenId ?? null,
      phone: null,
      occupation: null,
      position: null,
      generalEducation: null,
      qualification: null,
      academicTitle: null,
      theoryLevel: null,
      partyCardNumber: spec.card ?? null,
      note: null,
    },
    state: {
      status: spec.status ?? (counted ? 'official' : 'transferred_out'),
      countedHere: counted,
      temporarilyAttached: false,
      admittedOn: '2000-01-01',
      officialOn: '2001-01-01',
      probationEndsOn: null,
      partyAgeMonths: 300,
    },
  };
}

function events(spec: PersonSpec): ContentEvent[] {
  const own = [{ type: 'admitted' as const, date: '2000-01-01' }, ...(spec.events ?? [])];
  return own.map((event, seq) => {
    const details: ContentEvent['details'] = event.otherUnit === undefined ? {} : { otherUnit: event.otherUnit };
    return { memberId: spec.id, type: event.type, date: event.date, seq, details };
  });
}

export interface DocumentSpec {
  period?: string;
  members?: PersonSpec[];
  rows?: RowSpec[];
  /** The whole document's figures; the sum of the rows unless told. */
  totals?: { opening: number; total: number };
  identity?: { opening: number; added: number; lost: number; closing: number };
  violations?: { unitCode: string; opening: number; added: number; lost: number; closing: number }[];
}

/** A content document of 2026-Q3 (unless told) holding only what the checks read; every list otherwise empty. */
export function contentDocument(spec: DocumentSpec = {}): ContentDocument {
  const rows = spec.rows ?? [];
  const totals = spec.totals ?? {
    opening: rows.reduce((sum, row) => sum + row.opening, 0),
    total: rows.reduce((sum, row) => sum + row.total, 0),
  };
  const identity = spec.identity ?? { opening: totals.opening, added: 0, lost: 0, closing: totals.opening };
  const period = spec.period ?? '2026-Q3';
  return {
    contentVersion: 1,
    period,
    asOf: period === '2026-Q2' ? '2026-06-30' : '2026-09-30',
    report: {
      indicators: { 'members.opening': totals.opening, 'members.total': totals.total },
      units: rows.map((row, index) => ({
        code: row.code,
        name: `Đơn vị ${row.code}`,
        kind: index === 0 ? 'dang_bo_co_so' : 'chi_bo',
        parentCode: index === 0 ? null : (rows[0]?.code ?? null),
        indicators: { 'members.opening': row.opening, 'members.total': row.total },
      })),
      identity: identityOf(identity.opening, identity.added, identity.lost, identity.closing),
      identityViolations: (spec.violations ?? []).map(({ unitCode, opening, added, lost, closing }) => ({
        unitCode,
        identity: identityOf(opening, added, lost, closing),
      })),
      composition: { admissions: [], ethnicities: [], religions: [] },
    },
    members: (spec.members ?? []).map(member),
    events: (spec.members ?? []).flatMap(events),
    meetings: [],
    ktgs: [],
    ratings: { year: 2026, scope: 'recorded_so_far', members: [], units: [] },
    units: [],
    completeness: { deadline: null, units: [] },
  };
}

export function source(
  unitCode: string,
  spec: DocumentSpec = {},
  previous: { period: string; spec: DocumentSpec } | null = null,
  origin: CheckSource['origin'] = 'file',
): CheckSource {
  return {
    unitCode,
    unitName: `Đơn vị ${unitCode}`,
    origin,
    revision: origin === 'register' ? null : 1,
    content: contentDocument(spec),
    previous: previous && { period: previous.period, report: contentDocument({ ...previous.spec, period: previous.period }).report },
  };
}

export const KNOWN = [
  { code: 'DU05', name: 'Đảng ủy phường 5' },
  { code: 'CB01', name: 'Chi bộ Khu phố 1' },
  { code: 'CB02', name: 'Chi bộ Khu phố 2' },
  { code: 'CB03', name: 'Chi bộ Khu phố 3' },
];
