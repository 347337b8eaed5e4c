import type { FilePayload } from '../../../shared/members/views';
import { cardOf, openCellRegister, openCommittee, openRegister, PERIOD, type Register } from '../../unit/db/exchange/import/fixtures';

/**
 * Registers that exchange real files through the real handlers: a committee (DU05) that has received its cell
 * CB012's file for PERIOD and still waits for CB044's, and, above it, an upper committee (QU1) that has received
 * DU05's file (which carries CB012's inside it and DU05's own board).
 */
export interface Chain {
  committee: Register;
  cell: Register;
  cleanup(): void;
}

const upperRegister = () => openRegister({ code: 'QU1', name: 'Quận ủy Quận 1', kind: 'cap_tren' });

/** The register's period file, exported as the "Xuất tệp" button does. */
export async function exportedFile(register: Register): Promise<FilePayload> {
  return (await register.call('exchange.export', { period: PERIOD })).file;
}

/** The committee has trusted CB012's key and accepted its file (one member); CB044 is expected and has sent nothing. */
export async function committeeWithOneFile(): Promise<Chain> {
  const committee = await openCommittee();
  const cell = await openCellRegister();
  await cell.call('members.create', {
    record: { fullName: 'Nguyễn Văn An', gender: 'nam', birthDate: '1980-05-17', ethnicity: '01', religion: 'khong' },
    events: [{ type: 'admitted', date: '2010-01-05', decisionNumber: '12-QĐ/ĐU', issuedBy: 'Đảng ủy phường' }],
  });
  await committee.call('org.add', { code: 'CB044', name: 'Chi bộ Khu phố 4', kind: 'chi_bo', parentCode: 'DU05' });
  await committee.call('exchange.importCommit', { files: [await exportedFile(cell)], trust: [cardOf(cell).fingerprint] });
  return {
    committee,
    cell,
    cleanup: () => {
      committee.cleanup();
      cell.cleanup();
    },
  };
}

/** The upper committee QU1, which has accepted DU05's file of the chain. */
export async function upperWithCommitteeFile(chain: Chain): Promise<Register> {
  const upper = await upperRegister();
  await upper.call('exchange.importCommit', { files: [await exportedFile(chain.committee)], trust: [cardOf(chain.committee).fingerprint] });
  return upper;
}
