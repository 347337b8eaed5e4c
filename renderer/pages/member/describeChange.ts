import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../shared/members/views';
import { recordValue } from './recordValues';

type Snapshot = Record<string, unknown>;

const asSnapshot = (value: unknown): Snapshot =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Snapshot) : {};

/** Event fields named as on the event form; the record's as on the member form. */
const EVENT_FIELD_LABELS: Record<string, string> = {
  type: 'members.events.type',
  date: 'members.events.date',
  ceremonyDate: 'members.events.ceremonyDate',
  decisionNumber: 'members.events.decisionNumber',
  issuedBy: 'members.events.issuedBy',
  otherUnit: 'members.events.otherUnit',
  form: 'members.events.form',
  years: 'members.events.years',
  title: 'members.events.rewardTitle',
  note: 'members.events.note',
};

function fieldLabel(t: TFunction, entity: AuditEntry['entity'], field: string): string {
  if (entity === 'event') return t(EVENT_FIELD_LABELS[field] ?? field);
  return t(field === 'unitCode' ? 'members.field.unit' : `members.field.${field}`);
}

const ACTIONS = {
  member: { create: 'members.history.memberCreate', update: 'members.history.memberUpdate', delete: 'members.history.memberDelete' },
  event: { create: 'members.history.eventCreate', update: 'members.history.eventUpdate', delete: 'members.history.eventDelete' },
} as const;

/** What was done, in a few words: "Thêm sự kiện Kết nạp", "Sửa thông tin". */
export function describeAction(t: TFunction, entry: AuditEntry): string {
  const type = asSnapshot(entry.after).type ?? asSnapshot(entry.before).type;
  return t(ACTIONS[entry.entity][entry.action], { event: type ? recordValue(t, 'type', type) : '' });
}

/**
 * What changed, one line per field: "Số CCCD: 001… → 002…" for a correction; for an event added or removed, what it
 * said. A member's first entry lists nothing: the whole record is on the page above.
 */
export function describeChanges(t: TFunction, entry: AuditEntry): string[] {
  const before = asSnapshot(entry.before);
  const after = asSnapshot(entry.after);
  const shown = (field: string, value: unknown) => recordValue(t, field, value);
  if (entry.action === 'update') {
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return fields
      .filter((field) => shown(field, before[field]) !== shown(field, after[field]))
      .map((field) =>
        t('members.history.change', {
          field: fieldLabel(t, entry.entity, field),
          before: shown(field, before[field]) || t('members.history.blank'),
          after: shown(field, after[field]) || t('members.history.blank'),
        }),
      );
  }
  if (entry.entity !== 'event') return [];
  const event = entry.action === 'create' ? after : before;
  return Object.keys(event)
    .filter((field) => field !== 'type' && shown(field, event[field]) !== '')
    .map((field) => t('members.history.value', { field: fieldLabel(t, entry.entity, field), value: shown(field, event[field]) }));
}
