import type { DisciplineForm } from '../members/events';
import { ruleTable } from './dated';

/** The forms of discipline that may be imposed on an official and on a probationary member. */
export interface DisciplineFormsAllowed {
  official: readonly DisciplineForm[];
  probationary: readonly DisciplineForm[];
}

const CHARTER_FORMS: DisciplineFormsAllowed = {
  official: ['khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru'],
  probationary: ['khien_trach', 'canh_cao'],
};

export const DISCIPLINE_FORMS_ALLOWED = ruleTable<DisciplineFormsAllowed>('discipline forms', [
  { from: '2011-01-19', value: CHARTER_FORMS, source: 'Điều lệ Đảng năm 2011, Điều 35' },
  { from: '2025-05-30', value: CHARTER_FORMS, source: 'Quy định 296-QĐ/TW ngày 30/5/2025' },
]);
