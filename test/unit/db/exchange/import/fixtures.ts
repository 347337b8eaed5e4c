import { dispatch } from '../../../../../shared/api/dispatch';
import type { ApiResult } from '../../../../../shared/api/errors';
import type { CallInput, CallName, CallOutput } from '../../../../../shared/api/contract';
import type { ContentDocument, ContentMember } from '../../../../../shared/exchange/content';
import { exchangeFileName, type ExchangeProducer } from '../../../../../shared/exchange/manifest';
import type { FilePayload } from '../../../../../shared/members/views';
import type { KeyCard } from '../../../../../shared/exchange/key-card';
import { writeExchangeFile } from '../../../../../db/exchange/exchange-file';
import { homeUnitKeys } from '../../../../../db/exchange/unit-keys';
import { keyCardOf } from '../../../../../db/exchange/key-card';
import { openTempStore, type TempStore } from '../../../../helpers/temp-database';

/**
 * Two registers on temporary files: a committee (DU05) that imports, and cells that export with the real writer and
 * their own keys (made by the real homeUnitKeys beside each cell's database).
 */

export const NOW = new Date('2026-10-05T02:00:00.000Z');
export const PERIOD = '2026-Q3';

export interface Register extends TempStore {
  call<N extends CallName>(name: N, payload: CallInput<N>): Promise<CallOutput<N>>;
  attempt<N extends CallName>(name: N, payload: CallInput<N>): Promise<ApiResult<CallOutput<N>>>;
}

export async function openRegister(home: CallInput<'org.setupHome'>): Promise<Register> {
  const temp = openTempStore({ now: () => NOW });
  const attempt = async <N extends CallName>(name: N, payload: CallInput<N>) =>
    (await dispatch(temp.store.handlers, name, payload)) as ApiResult<CallOutput<N>>;
  const call = async <N extends CallName>(name: N, payload: CallInput<N>) => {
    const result = await attempt(name, payload);
    if (!result.ok) throw new Error(`${name} refused: ${JSON.stringify(result.error)}`);
    return result.data;
  };
  await call('org.setupHome', home);
  return { ...temp, call, attempt };
}

export const openCommittee = (code = 'DU05') =>
  openRegister({ code, name: 'Đảng ủy phường 5', kind: 'dang_bo_co_so', parentCode: 'QU1', parentName: 'Quận ủy Quận 1' });

export const openCellRegister = (code = 'CB012', parentCode = 'DU05', name = 'Chi bộ Khu phố 3') =>
  openRegister({ code, name, kind: 'chi_bo', parentCode, parentName: 'Đảng ủy phường' });

export function memberOf(id: number, fullName: string, partyAgeMonths = 60): ContentMember {
  return {
    id,
    unitCode: 'CB012',
    record: {
      fullName,
      gender: 'nam',
      birthDate: '1980-05-17',
      birthName: null,
      birthPlace: null,
      hometown: null,
      permanentAddress: null,
      temporaryAddress: null,
      ethnicity: '01',
      religion: 'khong',
      citizenId: null,
      phone: null,
      occupation: null,
      position: null,
      generalEducation: null,
      qualification: null,
      academicTitle: null,
      theoryLevel: null,
      partyCardNumber: null,
      note: null,
    },
    state: {
      status: 'official',
      countedHere: true,
      temporarilyAttached: false,
      admittedOn: '2010-01-05',
      officialOn: '2011-01-05',
      probationEndsOn: null,
      partyAgeMonths,
    },
  };
}

/** A content document of version 1 with the given members and indicator totals, everything else empty. */
export function contentOf(members: ContentMember[], indicators: Record<string, number | null> = {}): ContentDocument {
  const identity = { opening: members.length, added: 0, lost: 0, expectedClosing: members.length, closing: members.length, holds: true };
  return {
    contentVersion: 1,
    period: PERIOD,
    asOf: '2026-09-30',
    report: { indicators: { 'members.total': members.length, ...indicators }, units: [], identity, identityViolations: [], composition: { admissions: [], ethnicities: [], religions: [] } },
    members,
    events: [],
    meetings: [],
    ktgs: [],
    ratings: { year: 2026, scope: 'recorded_so_far', members: [], units: [] },
    units: [],
    completeness: { deadline: null, units: [] },
  };
}

export interface CellFileOptions {
  revision?: number;
  supersedes?: string | null;
  content?: ContentDocument;
  encryptTo?: KeyCard | null;
  parentCode?: string | null;
}

/** The cell's file for PERIOD, signed with its own keys, as the export writes it. */
export function cellFile(cell: Register, options: CellFileOptions = {}): FilePayload & { bundleId: string } {
  const { home, keys } = homeUnitKeys(cell.store.db, () => NOW);
  const producer: ExchangeProducer = {
    code: home.code,
    name: home.name,
    kind: home.kind,
    parentCode: options.parentCode === undefined ? (home.parent?.code ?? null) : options.parentCode,
  };
  const content = options.content ?? contentOf([memberOf(1, 'Nguyễn Văn An'), memberOf(2, 'Trần Thị Bình')]);
  const written = writeExchangeFile({
    producer,
    period: PERIOD,
    revision: options.revision ?? 1,
    supersedes: options.supersedes ?? null,
    appVersion: 'test',
    counts: { members: content.members.length },
    content,
    keys,
    encryptTo: options.encryptTo ?? null,
    createdAt: NOW,
  });
  return { fileName: exchangeFileName(written.manifest), base64: written.bytes.toString('base64'), bundleId: written.manifest.bundleId };
}

/** The committee's key card, for a cell that encrypts to it. */
export function cardOf(register: Register): KeyCard {
  const { home, keys } = homeUnitKeys(register.store.db, () => NOW);
  return keyCardOf(keys, home);
}

export const payload = ({ fileName, base64 }: FilePayload): FilePayload => ({ fileName, base64 });
