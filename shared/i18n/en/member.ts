import type { viMember, viRules } from '../vi/member';

export const enMember: typeof viMember = {};
export const enRules: typeof viRules = {};
