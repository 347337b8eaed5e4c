import { createHash } from 'node:crypto';
import { ApiFailure, type MessageParams } from '../../../shared/api/errors';
import { formatViDate } from '../../../shared/dates/calendar';
import { contentCounts } from '../../../shared/exchange/content';
import type { ExportedFile } from '../../../shared/exchange/export-calls';
import type { KeyCard } from '../../../shared/exchange/key-card';
import { exchangeFileName } from '../../../shared/exchange/manifest';
import type { FilePayload } from '../../../shared/members/views';
import type { Period } from '../../../shared/reports/period';
import { localDate } from '../../clock';
import type { Db } from '../../connection';
import { writeExchangeFile } from '../exchange-file';
import { readKeyCard } from '../key-card';
import { ExchangeRefusal } from '../refusal';
import { homeUnitKeys } from '../unit-keys';
import { buildExchangeContent } from './content';
import { insertExport, lastExport } from './records';

export interface ExportRequest {
  period: Period;
  /** The parent's key card file; the content is encrypted to it. */
  encryptTo?: FilePayload | undefined;
  appVersion: string;
}

/**
 * The parent's card, checked: a verified card of the unit recorded as the home unit's parent. A card of any other unit
 * is refused naming both codes — encrypting to it would make the file unreadable where it must be read.
 */
function parentCard(file: FilePayload, parentCode: string | null): KeyCard {
  let card: KeyCard;
  try {
    card = readKeyCard(Buffer.from(file.base64, 'base64'));
  } catch (error) {
    if (error instanceof ExchangeRefusal) refuseCard(error.key, error.params ?? {});
    throw error;
  }
  if (parentCode === null) refuseCard('exchange.export.errors.no_parent', { card: card.code });
  if (card.code !== parentCode) refuseCard('exchange.export.errors.card_not_parent', { card: card.code, parent: parentCode });
  return card;
}

/** A refusal of the card, on the field that gave it, so every host points at it (the CLI names --encrypt-to). */
function refuseCard(message: string, params: MessageParams): never {
  throw new ApiFailure('validation', message, params, [{ path: 'encryptTo', message, params }]);
}

/**
 * Makes the period's exchange file for the home unit: content read, signed with the unit's key, encrypted to the
 * parent when its card is given, numbered as the next revision of (unit, period) superseding the last one, and
 * recorded — all in one write transaction, so two exports at once cannot take the same revision.
 */
export function exportExchangeFile(db: Db, now: () => Date, request: ExportRequest): ExportedFile {
  return db
    .transaction((): ExportedFile => {
      const at = now();
      const { home, keys } = homeUnitKeys(db, now);
      const parentCode = home.parent?.code ?? null;
      const card = request.encryptTo ? parentCard(request.encryptTo, parentCode) : null;
      const today = localDate(at);
      // A file says "as of the period's last day": made before that day, its figures would be wrong by then.
      if (request.period.to > today) {
        const params = { period: request.period.code, end: formatViDate(request.period.to) };
        throw new ApiFailure('validation', 'exchange.export.errors.period_not_ended', params, [
          { path: 'period', message: 'exchange.export.errors.period_not_ended', params },
        ]);
      }
      const content = buildExchangeContent(db, request.period, today);
      const previous = lastExport(db, home.code, request.period.code);
      const counts = contentCounts(content);
      const { bytes, manifest } = writeExchangeFile({
        producer: { code: home.code, name: home.name, kind: home.kind, parentCode },
        period: request.period.code,
        revision: (previous?.revision ?? 0) + 1,
        supersedes: previous?.bundleId ?? null,
        appVersion: request.appVersion,
        counts,
        content,
        keys,
        encryptTo: card,
        createdAt: at,
      });
      const fileName = exchangeFileName(manifest);
      const fileSha256 = createHash('sha256').update(bytes).digest('hex');
      insertExport(db, {
        unitCode: home.code,
        period: manifest.period,
        revision: manifest.revision,
        bundleId: manifest.bundleId,
        supersedes: manifest.supersedes,
        fileSha256,
        fileName,
        createdAt: manifest.createdAt,
        encryptedTo: card?.fingerprint ?? null,
      });
      return {
        file: { fileName, base64: bytes.toString('base64') },
        summary: {
          unitCode: home.code,
          period: manifest.period,
          revision: manifest.revision,
          bundleId: manifest.bundleId,
          supersedes: manifest.supersedes,
          fingerprint: manifest.producerKey.fingerprint,
          encryptedTo: card ? { code: card.code, fingerprint: card.fingerprint } : null,
          counts,
          fileName,
          fileSha256,
          createdAt: manifest.createdAt,
        },
      };
    })
    .immediate();
}
