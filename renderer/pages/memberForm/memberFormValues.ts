import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { formatViDate } from '../../../shared/dates/calendar';
import { KINH } from '../../../shared/members/ethnicities';
import type { MemberEventInput } from '../../../shared/members/events';
import { optionalDateSchema, optionalText } from '../../../shared/members/fields';
import type { AcademicTitle, Gender, Qualification, TheoryLevel } from '../../../shared/members/levels';
import { memberRecordSchema, memberUnitSchema, type MemberRecord } from '../../../shared/members/record';
import { NO_RELIGION } from '../../../shared/members/religions';

/** The record as the form holds it: text boxes and choices, '' where nothing is given yet. */
export interface RecordFormValues {
  fullName: string;
  gender: Gender | '';
  birthDate: string;
  birthName: string;
  birthPlace: string;
  hometown: string;
  permanentAddress: string;
  temporaryAddress: string;
  ethnicity: string;
  religion: string;
  citizenId: string;
  phone: string;
  occupation: string;
  position: string;
  generalEducation: string;
  qualification: Qualification | '';
  academicTitle: AcademicTitle | '';
  theoryLevel: TheoryLevel | '';
  partyCardNumber: string;
  note: string;
}

/** Known on entry for a member already in the party; becomes the admission and recognition events. */
export interface AdmissionFormValues {
  admittedOn: string;
  decisionNumber: string;
  ceremonyOn: string;
  officialOn: string;
}

/**
 * The form's fields are named as the service's input (record.fullName, unitCode…), so a field the service refuses
 * lands under the same box the form would have marked.
 */
export interface MemberFormValues {
  record: RecordFormValues;
  unitCode: string;
  admission: AdmissionFormValues;
}

const EMPTY_RECORD: RecordFormValues = {
  fullName: '',
  gender: '',
  birthDate: '',
  birthName: '',
  birthPlace: '',
  hometown: '',
  permanentAddress: '',
  temporaryAddress: '',
  // Most members are Kinh with no religion: starting there saves two choices on most records, and both stay in view.
  ethnicity: KINH,
  religion: NO_RELIGION,
  citizenId: '',
  phone: '',
  occupation: '',
  position: '',
  generalEducation: '',
  qualification: '',
  academicTitle: '',
  theoryLevel: '',
  partyCardNumber: '',
  note: '',
};

const EMPTY_ADMISSION: AdmissionFormValues = { admittedOn: '', decisionNumber: '', ceremonyOn: '', officialOn: '' };

export const EMPTY_MEMBER_FORM: MemberFormValues = { record: EMPTY_RECORD, unitCode: '', admission: EMPTY_ADMISSION };

/**
 * A stored record, ready to edit: dates back in dd/mm/yyyy, absent values as empty boxes. A candidate's record has no
 * party card yet, so its box starts empty.
 */
export function recordToForm(record: Omit<MemberRecord, 'partyCardNumber'> & { partyCardNumber?: string | null }): RecordFormValues {
  return {
    fullName: record.fullName,
    gender: record.gender,
    birthDate: formatViDate(record.birthDate),
    birthName: record.birthName ?? '',
    birthPlace: record.birthPlace ?? '',
    hometown: record.hometown ?? '',
    permanentAddress: record.permanentAddress ?? '',
    temporaryAddress: record.temporaryAddress ?? '',
    ethnicity: record.ethnicity,
    religion: record.religion,
    citizenId: record.citizenId ?? '',
    phone: record.phone ?? '',
    occupation: record.occupation ?? '',
    position: record.position ?? '',
    generalEducation: record.generalEducation ?? '',
    qualification: record.qualification ?? '',
    academicTitle: record.academicTitle ?? '',
    theoryLevel: record.theoryLevel ?? '',
    partyCardNumber: record.partyCardNumber ?? '',
    note: record.note ?? '',
  };
}

/** A stored member, ready to edit. */
export function memberToForm(record: MemberRecord, unitCode: string): MemberFormValues {
  return { record: recordToForm(record), unitCode, admission: EMPTY_ADMISSION };
}

const RECORD_FIELDS = Object.keys(EMPTY_RECORD);

/** The events the admission section becomes, in order: refusals name them by position. */
const ADMISSION_EVENT_FIELDS: Record<string, FieldPath<MemberFormValues>> = {
  'events.0.date': 'admission.admittedOn',
  'events.1.date': 'admission.officialOn',
};

/** The box to mark for a field the service refused, if the form has one. */
export function formFieldOf(path: string): FieldPath<MemberFormValues> | undefined {
  if (path === 'unitCode') return path;
  const [, recordField] = /^record\.(\w+)$/.exec(path) ?? [];
  if (recordField && RECORD_FIELDS.includes(recordField)) return `record.${recordField as keyof RecordFormValues}`;
  return ADMISSION_EVENT_FIELDS[path];
}

const admissionSchema = z
  .object({
    admittedOn: optionalDateSchema,
    decisionNumber: optionalText(100),
    ceremonyOn: optionalDateSchema,
    officialOn: optionalDateSchema,
  })
  .superRefine((admission, ctx) => {
    // The other dates hang on the admission decision: without it they could not become events.
    const dependent = admission.decisionNumber ?? admission.ceremonyOn ?? admission.officialOn;
    if (!admission.admittedOn && dependent !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['admittedOn'], message: 'validation.date_required' });
    }
  });

type Admission = z.output<typeof admissionSchema>;

function admissionEvents({ admittedOn, decisionNumber, ceremonyOn, officialOn }: Admission): MemberEventInput[] {
  if (!admittedOn) return [];
  const admitted: MemberEventInput = { type: 'admitted', date: admittedOn, decisionNumber, ceremonyDate: ceremonyOn };
  return officialOn ? [admitted, { type: 'made_official', date: officialOn }] : [admitted];
}

/** A new member: the record, its unit, and the admission section as the events members.create takes. */
export const newMemberSchema = z
  .object({ record: memberRecordSchema, unitCode: memberUnitSchema, admission: admissionSchema })
  .transform(({ record, unitCode, admission }) => ({ record, unitCode, events: admissionEvents(admission) }));

/** An existing member's record and unit; events are edited one by one on the member's page. */
export const editMemberSchema = z.object({ record: memberRecordSchema, unitCode: memberUnitSchema });
