import { useState } from 'react';
import type { DocumentFacts } from '../../../shared/reports/views';

const KEY = 'sochibo.reports.documentFacts';

function remembered(): DocumentFacts {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Partial<DocumentFacts>;
    return { number: typeof stored.number === 'string' ? stored.number : '', place: typeof stored.place === 'string' ? stored.place : '' };
  } catch {
    return { number: '', place: '' };
  }
}

/**
 * The printed document's number and place, remembered for the session (sessionStorage): a secretary printing several
 * reports one after the other types the place once, and a new session starts blank, as the next report's number is
 * not this one's.
 */
export function useDocumentFacts(): [DocumentFacts, (facts: DocumentFacts) => void] {
  const [facts, setFacts] = useState(remembered);
  const update = (next: DocumentFacts) => {
    setFacts(next);
    try {
      sessionStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage may be refused (a private window): the facts then last as long as the page.
    }
  };
  return [facts, update];
}
