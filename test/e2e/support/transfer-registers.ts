import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../../db/store';
import { contract } from '../../../shared/api/contract';

/** The member who moves from CB012 to CB015, official since 2016, and the transfer out the sending cell recorded. */
export const MOVER = {
  fullName: 'Nguyễn Thị Mai',
  birthDate: '14/06/1988',
  partyCardNumber: '52.012346',
  citizenId: '001188012346',
  admittedOn: '05/01/2015',
  officialOn: '25/01/2016',
  transferOutOn: '10/11/2026',
  decisionNumber: '88-QĐ/ĐU',
  receiver: 'Chi bộ Khu phố 5 (CB015)',
};

export const SENDER = { code: 'CB012', name: 'Chi bộ Khu phố 3' };
export const RECEIVER = { code: 'CB015', name: 'Chi bộ Khu phố 5' };

/** Filled as the spec goes: the sending register's member, then the file downloaded from it and its fingerprint. */
export const transferFixture = { memberId: 0, file: '', fingerprint: '' };

/** A new register whose home unit is `unit` (a cell of DU05), then whatever `fill` adds, written through the services. */
function cellRegister(unit: { code: string; name: string }, fill: (store: Store) => void): string {
  const file = join(mkdtempSync(join(tmpdir(), 'scb-e2e-')), 'sochibo.sqlite');
  const store = openStore({ file, appVersion: 'test' });
  store.handlers['org.setupHome'](
    contract['org.setupHome'].input.parse({ ...unit, kind: 'chi_bo', parentCode: 'DU05', parentName: 'Đảng ủy phường Hòa Bình' }),
  );
  fill(store);
  store.close();
  return file;
}

/** The sending cell CB012: MOVER, admitted, recognised, rewarded, then transferred out officially to CB015. */
export function registerForTransferOut(): string {
  return cellRegister(SENDER, (store) => {
    const created = store.handlers['members.create'](
      contract['members.create'].input.parse({
        record: {
          fullName: MOVER.fullName,
          gender: 'nu',
          birthDate: MOVER.birthDate,
          ethnicity: '01',
          religion: 'khong',
          partyCardNumber: MOVER.partyCardNumber,
          citizenId: MOVER.citizenId,
        },
        unitCode: '',
        events: [
          { type: 'admitted', date: MOVER.admittedOn, ceremonyDate: '20/01/2015', decisionNumber: '12-QĐ/ĐU', issuedBy: 'Đảng ủy phường Hòa Bình' },
          { type: 'made_official', date: MOVER.officialOn, decisionNumber: '03-QĐ/ĐU' },
          { type: 'reward', date: '03/02/2021', title: 'Giấy khen của Đảng ủy' },
          {
            type: 'transferred_out',
            date: MOVER.transferOutOn,
            otherUnit: MOVER.receiver,
            decisionNumber: MOVER.decisionNumber,
            issuedBy: 'Đảng ủy phường Hòa Bình',
          },
        ],
      }),
    );
    if (created instanceof Promise) throw new Error('members.create answered asynchronously');
    transferFixture.memberId = created.id;
  });
}

/** The receiving cell CB015, with one member of its own, which has never seen CB012's key. */
export function registerForTransferIn(): string {
  return cellRegister(RECEIVER, (store) => {
    store.handlers['members.create'](
      contract['members.create'].input.parse({
        record: { fullName: 'Hoàng Văn Sơn', gender: 'nam', birthDate: '02/09/1970', ethnicity: '01', religion: 'khong' },
        unitCode: '',
        events: [
          { type: 'admitted', date: '10/03/1995' },
          { type: 'made_official', date: '10/03/1996' },
        ],
      }),
    );
  });
}
