import type { BasisInput, PaymentInput, ReliefInput } from '../../shared/dues/schema';
import type { DuesMonth } from '../../shared/dues/months';
import type { Db } from '../connection';

export function insertPayment(db: Db, month: DuesMonth, payment: PaymentInput, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO dues_payments (member_id, month, amount_vnd, channel, paid_on, created_at, updated_at)
       VALUES (@memberId, @month, @amountVnd, @channel, @paidOn, @at, @at)`,
    )
    .run({ ...payment, month, at });
  return Number(lastInsertRowid);
}

export function updatePayment(db: Db, id: number, payment: PaymentInput, at: string): void {
  db.prepare('UPDATE dues_payments SET amount_vnd = @amountVnd, channel = @channel, paid_on = @paidOn, updated_at = @at WHERE id = @id').run({
    amountVnd: payment.amountVnd,
    channel: payment.channel,
    paidOn: payment.paidOn,
    at,
    id,
  });
}

export function deletePayment(db: Db, id: number): void {
  db.prepare('DELETE FROM dues_payments WHERE id = ?').run(id);
}

const basisColumns = (basis: BasisInput) => ({
  memberId: basis.memberId,
  fromMonth: basis.fromMonth,
  category: basis.category,
  amountVnd: basis.amountVnd ?? null,
  note: basis.note ?? null,
});

export function insertBasis(db: Db, basis: BasisInput, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO dues_bases (member_id, from_month, category, amount_vnd, note, created_at, updated_at)
       VALUES (@memberId, @fromMonth, @category, @amountVnd, @note, @at, @at)`,
    )
    .run({ ...basisColumns(basis), at });
  return Number(lastInsertRowid);
}

export function updateBasis(db: Db, id: number, basis: BasisInput, at: string): void {
  db.prepare('UPDATE dues_bases SET category = @category, amount_vnd = @amountVnd, note = @note, updated_at = @at WHERE id = @id').run({
    ...basisColumns(basis),
    at,
    id,
  });
}

export function deleteBasis(db: Db, id: number): void {
  db.prepare('DELETE FROM dues_bases WHERE id = ?').run(id);
}

export function insertRelief(db: Db, relief: ReliefInput, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO dues_reliefs (member_id, from_month, to_month, kind, reason, percent, note, created_at)
       VALUES (@memberId, @fromMonth, @toMonth, @kind, @reason, @percent, @note, @at)`,
    )
    .run({
      memberId: relief.memberId,
      fromMonth: relief.fromMonth,
      toMonth: relief.toMonth ?? null,
      kind: relief.kind,
      reason: relief.reason,
      // An exemption takes the whole amount: a percent typed before switching to it means nothing.
      percent: relief.kind === 'reduction' ? (relief.percent ?? null) : null,
      note: relief.note ?? null,
      at,
    });
  return Number(lastInsertRowid);
}

export function deleteRelief(db: Db, id: number): void {
  db.prepare('DELETE FROM dues_reliefs WHERE id = ?').run(id);
}
