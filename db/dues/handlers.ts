import type { Handlers } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import type { duesCalls } from '../../shared/dues/calls';
import { formatViMonth } from '../../shared/dues/months';
import { appendAudit } from '../audit/mutations';
import { localDate } from '../clock';
import type { Db } from '../connection';
import {
  deleteBasis,
  deletePayment,
  deleteRelief,
  insertBasis,
  insertPayment,
  insertRelief,
  updateBasis,
  updatePayment,
} from './mutations';
import { findBasis, findBasisFrom, findRelief, memberName, overlappingReliefs, paymentsOfMonth } from './queries';
import { refuseUnfitSheet } from './refusals';
import { memberLedger, monthSheet, yearSummary } from './views';

function requireMember(db: Db, memberId: number): string {
  const name = memberName(db, memberId);
  if (name === undefined) throw new ApiFailure('not_found', 'errors.member_not_found', { id: memberId });
  return name;
}

/**
 * Party dues. Reads are one transaction each, so the register, events and dues agree; every write is one immediate
 * transaction, checked against the register on the month concerned and audited (entity 'dues', with the member, and
 * the record's kind in the snapshot since payments, bases and reliefs share the entity).
 */
export function duesHandlers(db: Db, now: () => Date): Pick<Handlers, keyof typeof duesCalls> {
  const today = () => localDate(now());
  return {
    'dues.month': ({ month }) => db.transaction(() => monthSheet(db, month, today()))(),

    'dues.member': ({ memberId, year }) => db.transaction(() => memberLedger(db, memberId, year, today()))(),

    'dues.year': ({ year }) => db.transaction(() => yearSummary(db, year, today()))(),

    'dues.recordMonth': (sheet) =>
      db.transaction(() => {
        const at = now();
        const stamp = at.toISOString();
        refuseUnfitSheet(db, sheet, localDate(at));
        const stored = paymentsOfMonth(db, sheet.month);
        const audit = (entityId: number, memberId: number, action: 'create' | 'update' | 'delete', before: unknown, after: unknown) =>
          appendAudit(db, { entity: 'dues', entityId, memberId, action, before, after }, at);
        const snapshot = (payment: { amountVnd: number; channel: string; paidOn: string }) => ({
          record: 'payment',
          month: sheet.month,
          amountVnd: payment.amountVnd,
          channel: payment.channel,
          paidOn: payment.paidOn,
        });
        const listed = new Set<number>();
        for (const payment of sheet.payments) {
          listed.add(payment.memberId);
          const before = stored.get(payment.memberId);
          if (!before) {
            audit(insertPayment(db, sheet.month, payment, stamp), payment.memberId, 'create', null, snapshot(payment));
          } else if (before.amountVnd !== payment.amountVnd || before.channel !== payment.channel || before.paidOn !== payment.paidOn) {
            updatePayment(db, before.id, payment, stamp);
            audit(before.id, payment.memberId, 'update', snapshot(before), snapshot(payment));
          }
        }
        for (const [memberId, before] of stored) {
          if (listed.has(memberId)) continue;
          deletePayment(db, before.id);
          audit(before.id, memberId, 'delete', snapshot(before), null);
        }
        return monthSheet(db, sheet.month, localDate(at));
      }).immediate(),

    'dues.setBasis': (basis) =>
      db.transaction(() => {
        const at = now();
        requireMember(db, basis.memberId);
        const after = { record: 'basis', fromMonth: basis.fromMonth, category: basis.category, amountVnd: basis.amountVnd ?? null, note: basis.note ?? null };
        const existing = findBasisFrom(db, basis.memberId, basis.fromMonth);
        if (existing) {
          updateBasis(db, existing.id, basis, at.toISOString());
          const { id, memberId: _memberId, ...before } = existing;
          appendAudit(db, { entity: 'dues', entityId: id, memberId: basis.memberId, action: 'update', before: { record: 'basis', ...before }, after }, at);
          return { id };
        }
        const id = insertBasis(db, basis, at.toISOString());
        appendAudit(db, { entity: 'dues', entityId: id, memberId: basis.memberId, action: 'create', before: null, after }, at);
        return { id };
      }).immediate(),

    'dues.deleteBasis': ({ id }) =>
      db.transaction(() => {
        const at = now();
        const basis = findBasis(db, id);
        if (!basis) throw new ApiFailure('not_found', 'dues.errors.basis_not_found', { id });
        deleteBasis(db, id);
        const { id: _id, memberId, ...before } = basis;
        appendAudit(db, { entity: 'dues', entityId: id, memberId, action: 'delete', before: { record: 'basis', ...before }, after: null }, at);
        return { id };
      }).immediate(),

    'dues.addRelief': (relief) =>
      db.transaction(() => {
        const at = now();
        const name = requireMember(db, relief.memberId);
        const [overlap] = overlappingReliefs(db, relief.memberId, relief.fromMonth, relief.toMonth ?? null);
        if (overlap) {
          const params = { name, from: formatViMonth(overlap.fromMonth), to: overlap.toMonth === null ? '…' : formatViMonth(overlap.toMonth) };
          throw new ApiFailure('conflict', 'dues.errors.relief_overlap', params, [{ path: 'fromMonth', message: 'dues.errors.relief_overlap', params }]);
        }
        const id = insertRelief(db, relief, at.toISOString());
        const stored = findRelief(db, id);
        const { id: _id, memberId: _memberId, ...after } = stored ?? { id, memberId: relief.memberId };
        appendAudit(db, { entity: 'dues', entityId: id, memberId: relief.memberId, action: 'create', before: null, after: { record: 'relief', ...after } }, at);
        return { id };
      }).immediate(),

    'dues.deleteRelief': ({ id }) =>
      db.transaction(() => {
        const at = now();
        const relief = findRelief(db, id);
        if (!relief) throw new ApiFailure('not_found', 'dues.errors.relief_not_found', { id });
        deleteRelief(db, id);
        const { id: _id, memberId, ...before } = relief;
        appendAudit(db, { entity: 'dues', entityId: id, memberId, action: 'delete', before: { record: 'relief', ...before }, after: null }, at);
        return { id };
      }).immediate(),
  };
}
