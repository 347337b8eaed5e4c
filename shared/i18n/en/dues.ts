import type { viDues } from '../vi/dues';

export const enDues: typeof viDues = {
  nav: 'Party dues',
};
