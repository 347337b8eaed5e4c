/**
 * Prints the example files of docs/exchange-format.md (run: `npx tsx test/helpers/print-exchange-example.ts`), made
 * with the TEST ONLY keys of test/helpers/exchange-keys.ts. The plain file is the same on every run; the encrypted one
 * differs each time (fresh ephemeral key and IV), and any run's output verifies.
 */
import { writeExchangeFile, type ExchangeFileInput } from '../../db/exchange/exchange-file';
import { keyCardOf, writeKeyCard } from '../../db/exchange/key-card';
import { rawPrivateKey } from '../../db/exchange/keys';
import { testUnitKeys } from './exchange-keys';

const cell = testUnitKeys('CB012');
const committee = testUnitKeys('DU05');
const committeeUnit = { code: 'DU05', name: 'Đảng ủy phường 5', kind: 'dang_bo_co_so' as const };

const example: ExchangeFileInput = {
  producer: { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05' },
  period: '2026-Q3',
  revision: 1,
  supersedes: null,
  appVersion: '0.1.0',
  counts: { members: 2 },
  content: { example: true, members: [{ name: 'Nguyễn Văn An' }, { name: 'Trần Thị Bình' }] },
  keys: cell,
  bundleId: '6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f',
  createdAt: new Date('2026-10-02T08:00:00.000Z'),
};

const hex = (key: Parameters<typeof rawPrivateKey>[0]) => rawPrivateKey(key).toString('hex');
const block = (info: string, text: string) => `\`\`\`${info}\n${text.trimEnd()}\n\`\`\`\n`;

process.stdout.write(
  [
    block(
      'text test-keys',
      [
        `CB012 Ed25519 private (raw, hex): ${hex(cell.signing.privateKey)}`,
        `CB012 Ed25519 public (base64):    ${cell.signing.publicKey}`,
        `CB012 fingerprint:                ${cell.fingerprint}`,
        `DU05 X25519 private (raw, hex):   ${hex(committee.exchange.privateKey)}`,
        `DU05 X25519 public (base64):      ${committee.exchange.publicKey}`,
        `DU05 fingerprint:                 ${committee.fingerprint}`,
      ].join('\n'),
    ),
    block('json example-plain', writeExchangeFile(example).bytes.toString('utf8')),
    block('json example-encrypted', writeExchangeFile({ ...example, encryptTo: keyCardOf(committee, committeeUnit) }).bytes.toString('utf8')),
    block('json example-key-card', writeKeyCard(committee, committeeUnit).toString('utf8')),
  ].join('\n'),
);
