import { createHash } from 'node:crypto';
import type { MessageParams } from '../../../shared/api/errors';
import { exchangeContentSchema } from '../../../shared/exchange/content';
import type { ImportOutcome, ImportVerdict } from '../../../shared/exchange/import-outcome';
import type { FilePayload } from '../../../shared/members/views';
import { appendAudit } from '../../audit/mutations';
import type { Db } from '../../connection';
import { unitSnapshot } from '../../organisations/lookup';
import { insertUnit } from '../../organisations/mutations';
import { findUnitByCode, findUnitById, type StoredUnit } from '../../organisations/queries';
import { readExchangeFile, type ExchangeFileReading } from '../exchange-file';
import type { UnitKeys } from '../keys';
import { verifyNestedFiles } from '../received/nested';
import { ExchangeRefusal } from '../refusal';
import { contentChanges } from './changes';
import { currentPinnedKey, pinKey } from './pinned-keys';
import { acceptedFiles, bundleTaken, insertAcceptedFile } from './store';

/** What the user allowed for this import: senders to trust (by fingerprint) and keys to re-pin. */
export interface ImportPermissions {
  trust: ReadonlySet<string>;
  repin: ReadonlyArray<{ unitCode: string; fingerprint: string }>;
}

export interface ImportContext {
  home: StoredUnit;
  decryptWith: readonly UnitKeys[];
  permissions: ImportPermissions;
  at: Date;
}

const reasonKey = (outcome: ImportOutcome) => `exchange.import.reason.${outcome}`;

/**
 * Decides what one file does and, when accepted, writes it: pins a trusted or re-pinned key (adding an unknown unit
 * below the home unit when its sender is trusted) and stores the file. Called inside the import's transaction, file
 * after file, so a batch holding revisions 1 and 2 of a unit is judged as if they came one after the other. The
 * preview runs the same code in a transaction it rolls back.
 */
export function evaluateFile(db: Db, context: ImportContext, file: FilePayload): ImportVerdict {
  const bytes = Buffer.from(file.base64, 'base64');
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { fileName: file.fileName, fileSha256, keyAction: null, changes: null } as const;

  let reading: ExchangeFileReading;
  try {
    reading = readExchangeFile(bytes, { decryptWith: context.decryptWith });
  } catch (error) {
    if (!(error instanceof ExchangeRefusal)) throw error;
    return { ...base, outcome: 'invalid', reason: error.message, params: error.params ?? {}, unit: null, period: null, revision: null, fingerprint: null };
  }
  const { manifest } = reading;
  const code = manifest.producer.code;
  const identity = {
    unit: { code, name: manifest.producer.name },
    period: manifest.period,
    revision: manifest.revision,
    fingerprint: reading.producerKey.fingerprint,
  };
  const about: MessageParams = { code, name: manifest.producer.name, period: manifest.period, revision: manifest.revision };
  const verdict = (outcome: ImportOutcome, params: MessageParams = {}, reason = reasonKey(outcome)): ImportVerdict => ({
    ...base,
    ...identity,
    outcome,
    reason,
    params: { ...about, ...params },
  });

  const parsed = exchangeContentSchema.safeParse(reading.content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return verdict('invalid', { field: issue?.path.join('.') ?? '' }, 'exchange.import.reason.content_invalid');
  }

  // A committee's file carries its units' files: each must verify too, or the totals above rest on altered data.
  try {
    verifyNestedFiles(parsed.data, code, context.decryptWith);
  } catch (error) {
    if (!(error instanceof ExchangeRefusal)) throw error;
    return verdict('invalid', error.params ?? {}, error.message);
  }

  const home = context.home;
  if (manifest.producer.parentCode !== home.code) {
    return verdict('wrong_parent', { parentCode: manifest.producer.parentCode ?? '—', homeCode: home.code, homeName: home.name });
  }
  let unit = findUnitByCode(db, code);
  if (unit && (unit.isHome || unit.parentId !== home.id)) {
    const registeredParent = unit.parentId === null ? undefined : findUnitById(db, unit.parentId);
    return verdict('not_ours', { homeCode: home.code, registeredParent: registeredParent?.code ?? '—' });
  }

  // The same bytes again change nothing, whatever happened to the key since: a success, as the issue asks.
  const accepted = acceptedFiles(db, code, manifest.period);
  if (accepted.some((row) => row.file_sha256 === fileSha256)) return verdict('already');

  const fingerprint = reading.producerKey.fingerprint;
  const pinned = unit && currentPinnedKey(db, unit.id);
  let keyAction: ImportVerdict['keyAction'] = null;
  if (!pinned) {
    if (!context.permissions.trust.has(fingerprint)) return verdict('untrusted', { fingerprint, known: unit ? 1 : 0 });
    keyAction = 'trusted';
  } else if (pinned.signing_key !== reading.producerKey.publicKey) {
    const repin = context.permissions.repin.some((entry) => entry.unitCode === code && entry.fingerprint === fingerprint);
    if (!repin) return verdict('key_changed', { fingerprint, pinnedFingerprint: pinned.fingerprint });
    keyAction = 'repinned';
  }

  const judged = judgeRevision(db, reading, accepted);
  const result: ImportVerdict = { ...verdict(judged.outcome, judged.params), keyAction, changes: judged.changes };
  if (judged.outcome !== 'accept' && judged.outcome !== 'supersede') return result;

  if (keyAction !== null) {
    if (!unit) unit = addUnitBelowHome(db, home, manifest.producer, context.at);
    pinKey(db, unit.id, reading.producerKey, context.at);
  }
  const manifestText = (JSON.parse(bytes.toString('utf8')) as { manifest: string }).manifest;
  insertAcceptedFile(db, { manifest, manifestText, bytes, fileSha256, content: parsed.data }, context.at);
  return result;
}

function judgeRevision(db: Db, reading: ExchangeFileReading, accepted: ReturnType<typeof acceptedFiles>) {
  const { manifest } = reading;
  const none = { changes: null, params: {} as MessageParams };
  const sameRevision = accepted.find((row) => row.revision === manifest.revision);
  if (sameRevision) return { ...none, outcome: 'conflict' as const };
  const sameBundle = bundleTaken(db, manifest.bundleId);
  if (sameBundle) return { ...none, outcome: 'conflict' as const };
  const latest = accepted[0];
  if (!latest) return { ...none, outcome: 'accept' as const };
  if (manifest.revision < latest.revision) return { ...none, outcome: 'stale' as const, params: { latest: latest.revision } };
  const previous = latest.content === null ? null : (JSON.parse(latest.content) as unknown);
  return {
    outcome: 'supersede' as const,
    params: { latest: latest.revision } as MessageParams,
    changes: contentChanges(previous, reading.content, latest.revision),
  };
}

/** A sender the register did not know, trusted by the user: it becomes a unit directly below the home unit. */
function addUnitBelowHome(db: Db, home: StoredUnit, producer: ExchangeFileReading['manifest']['producer'], at: Date): StoredUnit {
  const id = insertUnit(db, { code: producer.code, name: producer.name, kind: producer.kind, parentId: home.id }, at.toISOString());
  const unit = findUnitById(db, id);
  if (!unit) throw new Error(`organisation ${id} missing right after writing it`);
  appendAudit(db, { entity: 'organisation', entityId: id, memberId: null, action: 'create', before: null, after: unitSnapshot(unit) }, at);
  return unit;
}
