/**
 * Coded levels, lowest first, so that figures add up the hierarchy and "the highest" is a comparison. Labels are in
 * the i18n catalogues under member.theory.*, member.qualification.*, member.title.*.
 */
export const GENDERS = ['nam', 'nu'] as const;
export type Gender = (typeof GENDERS)[number];

/** Lý luận chính trị: count the highest a member holds. */
export const THEORY_LEVELS = ['so_cap', 'trung_cap', 'cao_cap', 'cu_nhan'] as const;
export type TheoryLevel = (typeof THEORY_LEVELS)[number];

/** Trình độ chuyên môn (highest). */
export const QUALIFICATIONS = ['trung_cap', 'cao_dang', 'dai_hoc', 'thac_si', 'tien_si'] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

/** Học hàm. */
export const ACADEMIC_TITLES = ['pgs', 'gs'] as const;
export type AcademicTitle = (typeof ACADEMIC_TITLES)[number];
