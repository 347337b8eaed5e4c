import type { FieldPath } from 'react-hook-form';
import type { CandidateDetail } from '../../../shared/candidates/views';
import { formatViDate, type IsoDate } from '../../../shared/dates/calendar';
import { KINH } from '../../../shared/members/ethnicities';
import { NO_RELIGION } from '../../../shared/members/religions';
import { recordToForm, type RecordFormValues } from '../memberForm/memberFormValues';

export type CandidateRecordValues = Omit<RecordFormValues, 'partyCardNumber'>;

/** The member form's conversion, without the party card box a candidate does not have. */
function candidateRecordToForm(record: CandidateDetail['record']): CandidateRecordValues {
  const { partyCardNumber: _partyCardNumber, ...values } = recordToForm(record);
  return values;
}

/** A helper slot: a member of the register chosen (their id as text), or a name typed; both empty means none. */
export interface HelperFormValues {
  memberId: string;
  name: string;
}

/** The number of helper slots offered: a cell usually assigns one or two official members. */
export const HELPER_SLOTS = 2;

/** The candidate as the form holds it: boxes as typed, named as the service's input so refusals land on their box. */
export interface CandidateFormValues {
  record: CandidateRecordValues;
  unitCode: string;
  identifiedOn: string;
  helpers: HelperFormValues[];
  certificateOn: string;
  certificateNumber: string;
  applicationOn: string;
  verificationOn: string;
  resolutionOn: string;
  decisionOn: string;
  decisionNumber: string;
  decisionBody: string;
  droppedOn: string;
  dropReason: string;
}

const EMPTY_HELPER: HelperFormValues = { memberId: '', name: '' };

export const EMPTY_CANDIDATE_FORM: CandidateFormValues = {
  record: {
    fullName: '',
    gender: '',
    birthDate: '',
    birthName: '',
    birthPlace: '',
    hometown: '',
    permanentAddress: '',
    temporaryAddress: '',
    // As for members: most people are Kinh with no religion; both stay in view.
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
    note: '',
  },
  unitCode: '',
  identifiedOn: '',
  helpers: Array.from({ length: HELPER_SLOTS }, () => EMPTY_HELPER),
  certificateOn: '',
  certificateNumber: '',
  applicationOn: '',
  verificationOn: '',
  resolutionOn: '',
  decisionOn: '',
  decisionNumber: '',
  decisionBody: '',
  droppedOn: '',
  dropReason: '',
};

const date = (value: IsoDate | null) => (value === null ? '' : formatViDate(value));

/** A stored candidate, ready to edit: dates back in dd/mm/yyyy, absent values as empty boxes. */
export function candidateToForm(candidate: CandidateDetail): CandidateFormValues {
  const { record } = candidate;
  const helpers = candidate.helpers.map((helper) =>
    helper.memberId === null ? { memberId: '', name: helper.name } : { memberId: String(helper.memberId), name: '' },
  );
  while (helpers.length < HELPER_SLOTS) helpers.push(EMPTY_HELPER);
  return {
    record: candidateRecordToForm(record),
    unitCode: candidate.unitCode,
    identifiedOn: formatViDate(candidate.identifiedOn),
    helpers,
    certificateOn: date(candidate.certificateOn),
    certificateNumber: candidate.certificateNumber ?? '',
    applicationOn: date(candidate.applicationOn),
    verificationOn: date(candidate.verificationOn),
    resolutionOn: date(candidate.resolutionOn),
    decisionOn: date(candidate.decisionOn),
    decisionNumber: candidate.decisionNumber ?? '',
    decisionBody: candidate.decisionBody ?? '',
    droppedOn: date(candidate.droppedOn),
    dropReason: candidate.dropReason ?? '',
  };
}

/** The slots holding a helper, in order: the service numbers helpers among these alone. */
const filledSlots = (values: CandidateFormValues) =>
  values.helpers.flatMap((helper, slot) => (helper.memberId !== '' || helper.name.trim() !== '' ? [slot] : []));

/** The service's input: empty helper slots dropped, a chosen member by id, otherwise the name typed. */
export function toCandidateInput(values: CandidateFormValues) {
  return {
    ...values,
    helpers: filledSlots(values).map((slot) => {
      const helper = values.helpers[slot] ?? EMPTY_HELPER;
      return helper.memberId === '' ? { name: helper.name } : { memberId: Number(helper.memberId) };
    }),
  };
}

/** The box for a field of the service's input, helpers renumbered to their slot. */
export function formFieldOf(values: CandidateFormValues, path: string): FieldPath<CandidateFormValues> | undefined {
  const helper = /^helpers\.(\d+)\.(memberId|name)$/.exec(path);
  if (helper) {
    const slot = filledSlots(values)[Number(helper[1])];
    return slot === undefined ? undefined : `helpers.${slot}.${helper[2] as 'memberId' | 'name'}`;
  }
  if (path === 'unitCode' || path in EMPTY_CANDIDATE_FORM) return path as FieldPath<CandidateFormValues>;
  const record = /^record\.(\w+)$/.exec(path)?.[1];
  return record !== undefined && record in EMPTY_CANDIDATE_FORM.record ? `record.${record as keyof CandidateRecordValues}` : undefined;
}
