import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Db } from '../../../../db/connection';
import { schemaVersion } from '../../../../db/migrate';
import { tempDatabaseFile, type TempDatabase } from '../../../helpers/temp-database';
import { migrateTo } from './migrate-to';

describe('migration 004: members', () => {
  let temp: TempDatabase;
  let db: Db;
  let unitId: number | bigint;

  beforeEach(() => {
    temp = tempDatabaseFile();
    db = openConnection(temp.file);
    migrateTo(db, temp.file, 3);
    unitId = db
      .prepare("INSERT INTO organisations (code, name, kind, created_at) VALUES ('CB012', 'Chi bộ Khu phố 3', 'chi_bo', '2026-01-05T08:00:00.000Z')")
      .run().lastInsertRowid;
    migrateTo(db, temp.file, 4);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const addMember = (values: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO members (unit_id, full_name, gender, birth_date, ethnicity, religion, citizen_id, party_card_number,
                              theory_level, search_text, created_at, updated_at)
         VALUES (@unitId, @fullName, @gender, @birthDate, @ethnicity, @religion, @citizenId, @card, @theoryLevel,
                 @searchText, @at, @at)`,
      )
      .run({
        unitId,
        fullName: 'Nguyễn Văn An',
        gender: 'nam',
        birthDate: '1980-05-17',
        ethnicity: '01',
        religion: 'khong',
        citizenId: null,
        card: null,
        theoryLevel: null,
        searchText: 'nguyen van an',
        at: '2026-01-05T08:00:00.000Z',
        ...values,
      });

  it('records version 4', () => {
    expect(schemaVersion(db)).toBe(4);
  });

  it('keeps a member registered in a unit of the register, and only there', () => {
    addMember();
    expect(db.prepare('SELECT full_name, unit_id FROM members').all()).toEqual([{ full_name: 'Nguyễn Văn An', unit_id: Number(unitId) }]);
    expect(() => addMember({ unitId: 999 })).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('allows one member per citizen ID and per party card, counting "52.012345" and "52012345" as one card', () => {
    addMember({ citizenId: '001080012345', card: '52.012345' });
    expect(() => addMember({ citizenId: '001080012345' })).toThrow(/UNIQUE constraint failed/);
    expect(() => addMember({ card: '52012345' })).toThrow(/UNIQUE constraint failed/);
    addMember({ fullName: 'Lê Thị Bình' });
    addMember({ fullName: 'Trần Văn Cường' });
    expect(db.prepare('SELECT count(*) AS n FROM members WHERE citizen_id IS NULL AND party_card_number IS NULL').get()).toEqual({ n: 2 });
  });

  it('holds coded values only, as the codes were when this step shipped', () => {
    expect(() => addMember({ gender: 'male' })).toThrow(/CHECK constraint failed/);
    expect(() => addMember({ ethnicity: '55' })).toThrow(/CHECK constraint failed/);
    expect(() => addMember({ ethnicity: 'Kinh' })).toThrow(/CHECK constraint failed/);
    expect(() => addMember({ religion: 'Phật giáo' })).toThrow(/CHECK constraint failed/);
    expect(() => addMember({ theoryLevel: 'tien_si' })).toThrow(/CHECK constraint failed/);
    expect(() => addMember({ birthDate: '17/05/1980' })).toThrow(/CHECK constraint failed/);
    expect(() => addMember({ citizenId: '12345' })).toThrow(/CHECK constraint failed/);
    expect(() => addMember({ card: 'AB-1234' })).toThrow(/CHECK constraint failed/);
    expect(() => addMember({ fullName: '  ' })).toThrow(/CHECK constraint failed/);
    addMember({ ethnicity: '99', religion: 'cong_giao', theoryLevel: 'cu_nhan' });
    expect(db.prepare('SELECT count(*) AS n FROM members').get()).toEqual({ n: 1 });
  });

  it('is a STRICT table: a number is not taken for a date', () => {
    expect(() => addMember({ birthDate: 19800517 })).toThrow(/cannot store INT value in TEXT column|CHECK constraint failed/);
  });
});
