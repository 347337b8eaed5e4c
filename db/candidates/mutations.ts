import type { CandidateInput } from '../../shared/candidates/schema';
import type { IsoDate } from '../../shared/dates/calendar';
import type { Db } from '../connection';
import { recordParams } from './columns';

const params = (input: CandidateInput, unitId: number) => ({
  ...recordParams(input.record),
  unitId,
  identifiedOn: input.identifiedOn,
  certificateOn: input.certificateOn ?? null,
  certificateNumber: input.certificateNumber ?? null,
  applicationOn: input.applicationOn ?? null,
  verificationOn: input.verificationOn ?? null,
  resolutionOn: input.resolutionOn ?? null,
  decisionOn: input.decisionOn ?? null,
  decisionNumber: input.decisionNumber ?? null,
  decisionBody: input.decisionBody ?? null,
  droppedOn: input.droppedOn ?? null,
  dropReason: input.dropReason ?? null,
});

/** Replaces the candidate's helpers with those of `input`, in its order. */
function writeHelpers(db: Db, id: number, input: CandidateInput): void {
  db.prepare('DELETE FROM candidate_helpers WHERE candidate_id = ?').run(id);
  const insert = db.prepare('INSERT INTO candidate_helpers (candidate_id, position_in_list, member_id, name) VALUES (?, ?, ?, ?)');
  input.helpers.forEach((helper, index) => {
    // A member of the register is stored by id alone, so a later correction of their name shows here too.
    insert.run(id, index + 1, helper.memberId ?? null, helper.memberId === undefined ? (helper.name ?? null) : null);
  });
}

export function insertCandidate(db: Db, input: CandidateInput, unitId: number, at: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO candidates (
         unit_id, full_name, gender, birth_date, birth_name, birth_place, hometown, permanent_address, temporary_address,
         ethnicity, religion, citizen_id, phone, occupation, position, general_education, qualification, academic_title,
         theory_level, note, identified_on, certificate_on, certificate_number, application_on, verification_on,
         resolution_on, decision_on, decision_number, decision_body, dropped_on, drop_reason, created_at, updated_at
       ) VALUES (
         @unitId, @fullName, @gender, @birthDate, @birthName, @birthPlace, @hometown, @permanentAddress, @temporaryAddress,
         @ethnicity, @religion, @citizenId, @phone, @occupation, @position, @generalEducation, @qualification,
         @academicTitle, @theoryLevel, @note, @identifiedOn, @certificateOn, @certificateNumber, @applicationOn,
         @verificationOn, @resolutionOn, @decisionOn, @decisionNumber, @decisionBody, @droppedOn, @dropReason, @at, @at
       )`,
    )
    .run({ ...params(input, unitId), at });
  const id = Number(lastInsertRowid);
  writeHelpers(db, id, input);
  return id;
}

export function updateCandidate(db: Db, id: number, input: CandidateInput, unitId: number, at: string): void {
  db.prepare(
    `UPDATE candidates SET
       unit_id = @unitId, full_name = @fullName, gender = @gender, birth_date = @birthDate, birth_name = @birthName,
       birth_place = @birthPlace, hometown = @hometown, permanent_address = @permanentAddress,
       temporary_address = @temporaryAddress, ethnicity = @ethnicity, religion = @religion, citizen_id = @citizenId,
       phone = @phone, occupation = @occupation, position = @position, general_education = @generalEducation,
       qualification = @qualification, academic_title = @academicTitle, theory_level = @theoryLevel, note = @note,
       identified_on = @identifiedOn, certificate_on = @certificateOn, certificate_number = @certificateNumber,
       application_on = @applicationOn, verification_on = @verificationOn, resolution_on = @resolutionOn,
       decision_on = @decisionOn, decision_number = @decisionNumber, decision_body = @decisionBody,
       dropped_on = @droppedOn, drop_reason = @dropReason, updated_at = @at
     WHERE id = @id`,
  ).run({ ...params(input, unitId), at, id });
  writeHelpers(db, id, input);
}

/** The ceremony and the member it created: from now on the candidate is history. */
export function markAdmitted(db: Db, id: number, ceremonyOn: IsoDate, memberId: number, at: string): void {
  db.prepare('UPDATE candidates SET ceremony_on = ?, member_id = ?, updated_at = ? WHERE id = ?').run(ceremonyOn, memberId, at, id);
}

export function deleteCandidate(db: Db, id: number): void {
  db.prepare('DELETE FROM candidate_helpers WHERE candidate_id = ?').run(id);
  db.prepare('DELETE FROM candidates WHERE id = ?').run(id);
}
