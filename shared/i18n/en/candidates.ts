import type { viCandidates } from '../vi/candidates';

export const enCandidates: typeof viCandidates = {
  nav: 'Admissions',
};
