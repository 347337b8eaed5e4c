import { resolve } from 'node:path';
import type { i18n } from 'i18next';
import { dispatch } from '../../../shared/api/dispatch';
import type { KeyCardFile } from '../../../shared/exchange/calls';
import { writeFileAtomically } from '../../../db/atomic-write';
import type { Store } from '../../../db/store';
import { EXIT_OK, printRefusal, type CliIo, type OutputFormat } from '../io';

export const keysExportOptions = { out: { type: 'string' } } as const;

type KeysExportValues = Partial<Record<keyof typeof keysExportOptions, string>>;

/** What is wrong with `keys export` itself (exit 2), before the register is opened; undefined when nothing. */
export function keysExportUsageProblem(values: KeysExportValues, t: i18n['t']): string | undefined {
  return values.out ? undefined : t('cli.missingOption', { option: '--out' });
}

const cardJson = ({ card }: KeyCardFile) => ({
  code: card.code,
  name: card.name,
  kind: card.kind,
  fingerprint: card.fingerprint,
  signingKey: card.signingKey,
  exchangeKey: card.exchangeKey,
});

/** `sochibo keys show`: the home unit and the fingerprint to read aloud (the keys are made now if it has none). */
export async function keysShowCommand(store: Store, io: CliIo, t: i18n['t'], format: OutputFormat) {
  const result = await dispatch(store.handlers, 'keys.card', {});
  if (!result.ok) return printRefusal(io, t, result.error, String, format);
  const data = result.data as KeyCardFile;
  if (format === 'json') {
    io.stdout(`${JSON.stringify(cardJson(data), null, 2)}\n`);
    return EXIT_OK;
  }
  const { card } = data;
  io.stdout(
    `${[
      t('cli.keysUnit', { name: card.name, code: card.code, kind: t(`org.kind.${card.kind}.label`) }),
      t('cli.keysFingerprint', { fingerprint: card.fingerprint }),
      t('cli.keysReadAloud'),
    ].join('\n')}\n`,
  );
  return EXIT_OK;
}

/** `sochibo keys export --out KEYCARD`: writes the home unit's public key card, atomically. */
export async function keysExportCommand(store: Store, values: KeysExportValues, io: CliIo, t: i18n['t'], format: OutputFormat) {
  const result = await dispatch(store.handlers, 'keys.card', {});
  if (!result.ok) return printRefusal(io, t, result.error, String, format);
  const data = result.data as KeyCardFile;
  const path = resolve(io.cwd, values.out ?? '');
  try {
    writeFileAtomically(path, Buffer.from(data.file.base64, 'base64'));
  } catch (error) {
    const refusal = { type: 'validation' as const, message: 'cli.fileUnwritable', params: { file: path, reason: (error as Error).message } };
    return printRefusal(io, t, refusal, () => '--out', format);
  }
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ file: path, ...cardJson(data) }, null, 2)}\n`);
    return EXIT_OK;
  }
  io.stdout(`${[t('cli.keysWritten', { file: path, code: data.card.code }), t('cli.keysFingerprint', { fingerprint: data.card.fingerprint }), t('cli.keysReadAloud')].join('\n')}\n`);
  return EXIT_OK;
}
