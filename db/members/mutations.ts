import type { MemberRecord } from '../../shared/members/record';
import type { Db } from '../connection';
import { recordParams, searchText } from './columns';

const params = (record: MemberRecord, unitId: number) => ({ ...recordParams(record), unitId, searchText: searchText(record) });

export function insertMember(db: Db, record: MemberRecord, unitId: number, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO members (
         unit_id, full_name, gender, birth_date, birth_name, birth_place, hometown, permanent_address,
         temporary_address, ethnicity, religion, citizen_id, phone, occupation, position, general_education,
         qualification, academic_title, theory_level, party_card_number, note, search_text, created_at, updated_at
       ) VALUES (
         @unitId, @fullName, @gender, @birthDate, @birthName, @birthPlace, @hometown, @permanentAddress,
         @temporaryAddress, @ethnicity, @religion, @citizenId, @phone, @occupation, @position, @generalEducation,
         @qualification, @academicTitle, @theoryLevel, @partyCardNumber, @note, @searchText, @at, @at
       )`,
    )
    .run({ ...params(record, unitId), at });
  return Number(lastInsertRowid);
}

export function updateMember(db: Db, id: number, record: MemberRecord, unitId: number, at: string): void {
  db.prepare(
    `UPDATE members SET
       unit_id = @unitId, full_name = @fullName, gender = @gender, birth_date = @birthDate, birth_name = @birthName,
       birth_place = @birthPlace, hometown = @hometown, permanent_address = @permanentAddress,
       temporary_address = @temporaryAddress, ethnicity = @ethnicity, religion = @religion, citizen_id = @citizenId,
       phone = @phone, occupation = @occupation, position = @position, general_education = @generalEducation,
       qualification = @qualification, academic_title = @academicTitle, theory_level = @theoryLevel,
       party_card_number = @partyCardNumber, note = @note, search_text = @searchText, updated_at = @at
     WHERE id = @id`,
  ).run({ ...params(record, unitId), at, id });
}
