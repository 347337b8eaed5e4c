import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readExchangeFile, writeExchangeFile } from '../../../../db/exchange/exchange-file';
import { readKeyCard } from '../../../../db/exchange/key-card';
import { homeDecryptionKeys, homeUnitKeys } from '../../../../db/exchange/unit-keys';
import { openStore, type Store } from '../../../../db/store';
import { dispatch } from '../../../../shared/api/dispatch';
import type { KeyCardFile } from '../../../../shared/exchange/calls';
import { createTranslator } from '../../../../shared/i18n/translator';
import { openTempStore, type TempStore } from '../../../helpers/temp-database';

const now = () => new Date('2026-10-02T08:00:00.000Z');
const setup = { code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường 5' };
const { t } = createTranslator('vi');

let temp: TempStore;
const others: Store[] = [];
afterEach(() => {
  for (const store of others.splice(0)) if (store.db.open) store.close();
  temp?.cleanup();
});

const card = (store: Store) => dispatch(store.handlers, 'keys.card', {});

describe("the unit's keys", () => {
  it('are made when the home unit is set up: public halves in the database, private ones in a 0600 file beside it', async () => {
    temp = openTempStore({ now });
    expect((await dispatch(temp.store.handlers, 'org.setupHome', setup)).ok).toBe(true);
    const keyFile = `${temp.file}.keys`;
    expect(existsSync(keyFile)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const row = temp.store.db.prepare('SELECT origin, signing_key, exchange_key, fingerprint FROM unit_keys').all();
    const { keys } = homeUnitKeys(temp.store.db, now);
    expect(row).toEqual([{ origin: 'own', signing_key: keys.signing.publicKey, exchange_key: keys.exchange.publicKey, fingerprint: keys.fingerprint }]);
    // No private key material in the database file.
    const secret = JSON.parse(readFileSync(keyFile, 'utf8')).keys[0].signingPrivateKey as string;
    temp.store.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(temp.file).includes(Buffer.from(secret, 'base64'))).toBe(false);
    expect(readFileSync(temp.file).includes(Buffer.from(secret))).toBe(false);
  });

  it("'keys.card' gives the card file, which verifies, with the fingerprint to read aloud; the same keys each time", async () => {
    temp = openTempStore({ now });
    await dispatch(temp.store.handlers, 'org.setupHome', setup);
    const first = await card(temp.store);
    if (!first.ok) throw new Error(first.error.message);
    const data = first.data as KeyCardFile;
    expect(data.file.fileName).toBe('CB012.sochibo-key');
    expect(readKeyCard(Buffer.from(data.file.base64, 'base64'))).toEqual(data.card);
    expect(data.card).toMatchObject({ code: 'CB012', name: 'Chi bộ Khu phố 3', kind: 'chi_bo' });
    const again = await card(temp.store);
    expect(again.ok && (again.data as KeyCardFile).card).toEqual(data.card);
  });

  it('are made on first need for a register set up before keys existed', async () => {
    temp = openTempStore({ now });
    await dispatch(temp.store.handlers, 'org.setupHome', setup);
    temp.store.db.prepare('DELETE FROM unit_keys').run();
    rmSync(`${temp.file}.keys`);
    const result = await card(temp.store);
    expect(result.ok).toBe(true);
    expect(temp.store.db.prepare('SELECT COUNT(*) AS n FROM unit_keys').get()).toEqual({ n: 1 });
    expect(existsSync(`${temp.file}.keys`)).toBe(true);
  });

  it('a copy of the .sqlite alone cannot sign: the copy is told the private key is not on this machine', async () => {
    temp = openTempStore({ now });
    await dispatch(temp.store.handlers, 'org.setupHome', setup);
    const { keys } = homeUnitKeys(temp.store.db, now);
    temp.store.db.pragma('wal_checkpoint(TRUNCATE)');
    const copy = `${temp.dir}/usb-copy.sqlite`;
    copyFileSync(temp.file, copy);
    const copied = openStore({ file: copy, appVersion: 'test', now });
    others.push(copied);
    const result = await card(copied);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(t(result.error.message, result.error.params)).toBe(
      `Máy này không có khóa bí mật của đơn vị CB012 (dấu vân tay ${keys.fingerprint}): tệp ${copy}.keys thiếu hoặc là của sổ khác. Sổ có lẽ đã được chép sang mà không kèm tệp khóa; hãy chép tệp khóa từ máy cũ.`,
    );
    // And no new key was made behind the user's back: the parent pinned the old one.
    expect(existsSync(`${copy}.keys`)).toBe(false);
    expect(copied.db.prepare('SELECT COUNT(*) AS n FROM unit_keys').get()).toEqual({ n: 1 });
  });

  it('a damaged key file is refused and left as it is', async () => {
    temp = openTempStore({ now });
    await dispatch(temp.store.handlers, 'org.setupHome', setup);
    writeFileSync(`${temp.file}.keys`, '{ not json');
    const result = await card(temp.store);
    expect(!result.ok && result.error.message).toBe('exchange.refusal.key_file_unreadable');
    expect(readFileSync(`${temp.file}.keys`, 'utf8')).toBe('{ not json');
  });

  it('without a home unit there are no keys, and setting one up is not blocked by them', async () => {
    temp = openTempStore({ now });
    const result = await card(temp.store);
    expect(!result.ok && t(result.error.message)).toBe('Sổ chưa được thiết lập đơn vị giữ sổ, nên chưa có khóa. Hãy thiết lập đơn vị trước.');
    expect(existsSync(`${temp.file}.keys`)).toBe(false);
  });

  it('sign files the parent can verify, and open files encrypted to this unit', async () => {
    temp = openTempStore({ now });
    await dispatch(temp.store.handlers, 'org.setupHome', setup);
    const { home, keys } = homeUnitKeys(temp.store.db, now);
    const cardResult = await card(temp.store);
    const ownCard = (cardResult.ok && (cardResult.data as KeyCardFile).card) || null;
    const { bytes } = writeExchangeFile({
      producer: { code: home.code, name: home.name, kind: home.kind, parentCode: home.parent?.code ?? null },
      period: '2026-Q3',
      revision: 1,
      supersedes: null,
      appVersion: 'test',
      counts: {},
      content: { hello: 'xin chào' },
      keys,
      encryptTo: ownCard,
    });
    expect(readExchangeFile(bytes, { decryptWith: homeDecryptionKeys(temp.store.db, now) }).content).toEqual({ hello: 'xin chào' });
  });
});
