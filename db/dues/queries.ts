import type { IncomeBasis, Relief } from '../../shared/dues/expected';
import type { DuesChannel } from '../../shared/dues/kinds';
import type { DuesPayment, MemberDuesRecord } from '../../shared/dues/ledger';
import type { DuesMonth } from '../../shared/dues/months';
import { sortByVietnameseName } from '../../shared/text/names';
import type { Db } from '../connection';
import { replayEventsOfMembers } from '../events/queries';

export interface DuesMember {
  id: number;
  fullName: string;
  unitName: string;
}

/** The members, their events and every dues record, read once: what any dues figure is computed from. */
export interface DuesRegister {
  /** In register order. */
  members: DuesMember[];
  records: Map<number, MemberDuesRecord>;
}

type BasisRow = IncomeBasis & { memberId: number };
type ReliefRow = Relief & { memberId: number };
type PaymentRow = DuesPayment & { memberId: number; month: DuesMonth };

const BASES = `
  SELECT id, member_id AS memberId, from_month AS fromMonth, category, amount_vnd AS amountVnd, note
    FROM dues_bases WHERE @memberId IS NULL OR member_id = @memberId ORDER BY member_id, from_month`;
const RELIEFS = `
  SELECT id, member_id AS memberId, from_month AS fromMonth, to_month AS toMonth, kind, reason, percent, note
    FROM dues_reliefs WHERE @memberId IS NULL OR member_id = @memberId ORDER BY member_id, from_month, id`;
const PAYMENTS = `
  SELECT member_id AS memberId, month, amount_vnd AS amountVnd, channel, paid_on AS paidOn
    FROM dues_payments
   WHERE (@memberId IS NULL OR member_id = @memberId) AND (@upTo IS NULL OR month <= @upTo)`;
const MEMBERS = `
  SELECT m.id, m.full_name AS fullName, o.name AS unitName
    FROM members m JOIN organisations o ON o.id = m.unit_id
   WHERE @memberId IS NULL OR m.id = @memberId`;

function group<T extends { memberId: number }>(rows: readonly T[]): Map<number, T[]> {
  const byMember = new Map<number, T[]>();
  for (const row of rows) {
    const list = byMember.get(row.memberId);
    if (list) list.push(row);
    else byMember.set(row.memberId, [row]);
  }
  return byMember;
}

const withoutMember = <T extends { memberId: number }>({ memberId: _memberId, ...rest }: T) => rest;

/**
 * The register as the dues need it, in five queries whatever its size: one member (`memberId`) or all, and the
 * payments up to a month (`upTo`) or all. Call inside a transaction so the reads agree.
 */
export function readDuesRegister(db: Db, options: { memberId?: number; upTo?: DuesMonth } = {}): DuesRegister {
  const params = { memberId: options.memberId ?? null, upTo: options.upTo ?? null };
  const members = sortByVietnameseName(db.prepare<typeof params, DuesMember>(MEMBERS).all(params), (member) => member.fullName);
  const events = replayEventsOfMembers(db, members.map((member) => member.id));
  const bases = group(db.prepare<typeof params, BasisRow>(BASES).all(params));
  const reliefs = group(db.prepare<typeof params, ReliefRow>(RELIEFS).all(params));
  const payments = group(db.prepare<typeof params, PaymentRow>(PAYMENTS).all(params));
  const records = new Map<number, MemberDuesRecord>();
  for (const { id } of members) {
    records.set(id, {
      events: events.get(id) ?? [],
      bases: (bases.get(id) ?? []).map(withoutMember),
      reliefs: (reliefs.get(id) ?? []).map(withoutMember),
      payments: new Map(
        (payments.get(id) ?? []).map(({ month, amountVnd, channel, paidOn }) => [month, { amountVnd, channel: channel as DuesChannel, paidOn }]),
      ),
    });
  }
  return { members, records };
}

export interface StoredPayment extends DuesPayment {
  id: number;
  memberId: number;
}

/** The payments recorded for one month, by member. */
export function paymentsOfMonth(db: Db, month: DuesMonth): Map<number, StoredPayment> {
  const rows = db
    .prepare<[string], StoredPayment>(
      `SELECT id, member_id AS memberId, amount_vnd AS amountVnd, channel, paid_on AS paidOn FROM dues_payments WHERE month = ?`,
    )
    .all(month);
  return new Map(rows.map((row) => [row.memberId, row]));
}

export function findBasis(db: Db, id: number): BasisRow | undefined {
  return db
    .prepare<[number], BasisRow>(
      'SELECT id, member_id AS memberId, from_month AS fromMonth, category, amount_vnd AS amountVnd, note FROM dues_bases WHERE id = ?',
    )
    .get(id);
}

export function findBasisFrom(db: Db, memberId: number, fromMonth: DuesMonth): BasisRow | undefined {
  return db
    .prepare<[number, string], BasisRow>(
      `SELECT id, member_id AS memberId, from_month AS fromMonth, category, amount_vnd AS amountVnd, note
         FROM dues_bases WHERE member_id = ? AND from_month = ?`,
    )
    .get(memberId, fromMonth);
}

export function findRelief(db: Db, id: number): ReliefRow | undefined {
  return db
    .prepare<[number], ReliefRow>(
      `SELECT id, member_id AS memberId, from_month AS fromMonth, to_month AS toMonth, kind, reason, percent, note
         FROM dues_reliefs WHERE id = ?`,
    )
    .get(id);
}

/** The member's reliefs whose window overlaps `from`…`to` (open when null). */
export function overlappingReliefs(db: Db, memberId: number, from: DuesMonth, to: DuesMonth | null): ReliefRow[] {
  return db
    .prepare<{ memberId: number; from: string; to: string | null }, ReliefRow>(
      `SELECT id, member_id AS memberId, from_month AS fromMonth, to_month AS toMonth, kind, reason, percent, note
         FROM dues_reliefs
        WHERE member_id = @memberId AND (to_month IS NULL OR to_month >= @from) AND (@to IS NULL OR from_month <= @to)`,
    )
    .all({ memberId, from, to });
}

export function memberName(db: Db, memberId: number): string | undefined {
  return db.prepare<[number], { fullName: string }>('SELECT full_name AS fullName FROM members WHERE id = ?').get(memberId)?.fullName;
}
