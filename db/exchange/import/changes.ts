import type { ImportChanges, IndicatorChange, MemberChange } from '../../../shared/exchange/import-outcome';

/**
 * What a new revision changes against the accepted one, read from the two content documents: the indicator totals
 * (`report.indicators`) whose value differs, and the members (by the producer's member id) added, removed or changed.
 * Read defensively: the accepted revision was stored by an earlier version of the app and may lack a section.
 */

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

function indicatorsOf(content: Json): Record<string, number | null> {
  const report = isObject(content) ? content.report : undefined;
  const indicators = isObject(report) ? report.indicators : undefined;
  if (!isObject(indicators)) return {};
  const out: Record<string, number | null> = {};
  for (const [key, value] of Object.entries(indicators)) out[key] = typeof value === 'number' ? value : null;
  return out;
}

interface MemberSnapshot {
  name: string;
  text: string;
}

function membersOf(content: Json): Map<number, MemberSnapshot> {
  const members = isObject(content) ? content.members : undefined;
  const out = new Map<number, MemberSnapshot>();
  if (!Array.isArray(members)) return out;
  for (const member of members) {
    if (!isObject(member) || typeof member.id !== 'number') continue;
    const record = isObject(member.record) ? member.record : {};
    const name = typeof record.fullName === 'string' ? record.fullName : String(member.id);
    out.set(member.id, { name, text: JSON.stringify(member) });
  }
  return out;
}

export function contentChanges(previous: Json, next: Json, previousRevision: number): ImportChanges {
  const before = indicatorsOf(previous);
  const after = indicatorsOf(next);
  const indicators: IndicatorChange[] = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const was = before[key] ?? null;
    const now = after[key] ?? null;
    if (was !== now) indicators.push({ key, before: was, after: now });
  }
  const oldMembers = membersOf(previous);
  const newMembers = membersOf(next);
  const members: MemberChange[] = [];
  for (const [id, member] of newMembers) {
    const old = oldMembers.get(id);
    if (!old) members.push({ id, name: member.name, change: 'added' });
    else if (old.text !== member.text) members.push({ id, name: member.name, change: 'changed' });
  }
  for (const [id, member] of oldMembers) {
    if (!newMembers.has(id)) members.push({ id, name: member.name, change: 'removed' });
  }
  members.sort((a, b) => a.id - b.id);
  return { previousRevision, indicators, members };
}
