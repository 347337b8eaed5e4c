import type { Handlers } from '../../../shared/api/contract';
import type { Db } from '../../connection';

/** Placeholder while the area is built: 'reports.xlsx' and 'reports.pdf'. */
export function reportDocumentHandlers(_db: Db, _now: () => Date): Pick<Handlers, 'reports.xlsx' | 'reports.pdf'> {
  const notYet = () => {
    throw new Error('not built yet');
  };
  return { 'reports.xlsx': notYet, 'reports.pdf': notYet };
}
