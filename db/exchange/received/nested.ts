import { createHash } from 'node:crypto';
import type { MessageParams } from '../../../shared/api/errors';
import { exchangeContentSchema, type ContentDocument } from '../../../shared/exchange/content';
import type { ExchangeManifest } from '../../../shared/exchange/manifest';
import { readExchangeFile } from '../exchange-file';
import type { UnitKeys } from '../keys';
import { ExchangeRefusal } from '../refusal';

/**
 * A file nested in a committee's file (docs/exchange-format.md §12 `units`), verified again here: its signature, its
 * hash, and that it is what its committee said it was (unit, revision, bundle, period, and the committee as parent).
 */
export interface NestedFile {
  manifest: ExchangeManifest;
  /** Null when it is encrypted to the committee in between: its signature is still checked, its content is not ours. */
  content: ContentDocument | null;
  /** The committee whose file holds this one. */
  insideUnitCode: string;
  units: NestedFile[];
}

/** A nested file that fails, naming the unit and the file holding it: damaged or altered, or not what was claimed. */
function refuse(code: string, inside: string, problem: 'hash' | 'file' | 'content' | 'claim', params: MessageParams = {}): never {
  throw new ExchangeRefusal(problem === 'claim' ? 'nested_mismatch' : 'nested_invalid', { code, inside, problem, ...params });
}

/**
 * Verifies every file nested in `content` (a file of `producerCode`), all the way down, and reads those it can: a
 * plain file, or one encrypted to one of `decryptWith`. Throws `nested_invalid` at the first one that fails.
 */
export function verifyNestedFiles(content: ContentDocument, producerCode: string, decryptWith: readonly UnitKeys[]): NestedFile[] {
  return content.units.map((entry) => {
    const bytes = Buffer.from(entry.base64, 'base64');
    if (createHash('sha256').update(bytes).digest('hex') !== entry.fileSha256) refuse(entry.unitCode, producerCode, 'hash');
    let reading;
    try {
      reading = readExchangeFile(bytes);
      const recipient = reading.manifest.encryption?.recipient.exchangeKey;
      if (recipient !== undefined && decryptWith.some((keys) => keys.exchange.publicKey === recipient)) {
        reading = readExchangeFile(bytes, { decryptWith });
      }
    } catch (error) {
      if (!(error instanceof ExchangeRefusal)) throw error;
      return refuse(entry.unitCode, producerCode, 'file', { reason: error.reason });
    }
    const { manifest } = reading;
    const claims: [string, unknown, unknown][] = [
      ['unitCode', manifest.producer.code, entry.unitCode],
      ['revision', manifest.revision, entry.revision],
      ['bundleId', manifest.bundleId, entry.bundleId],
      ['period', manifest.period, content.period],
      ['parentCode', manifest.producer.parentCode, producerCode],
    ];
    const wrong = claims.find(([, actual, stated]) => actual !== stated);
    if (wrong) refuse(entry.unitCode, producerCode, 'claim', { field: wrong[0] });
    let nestedContent: ContentDocument | null = null;
    if (reading.content !== null) {
      const parsed = exchangeContentSchema.safeParse(reading.content);
      if (!parsed.success) refuse(entry.unitCode, producerCode, 'content', { field: parsed.error.issues[0]?.path.join('.') ?? '' });
      nestedContent = parsed.data;
    }
    return {
      manifest,
      content: nestedContent,
      insideUnitCode: producerCode,
      units: nestedContent ? verifyNestedFiles(nestedContent, manifest.producer.code, decryptWith) : [],
    };
  });
}
