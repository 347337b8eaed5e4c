import { z } from 'zod';
import { call, id, noInput, returns } from '../api/call';
import { admitCandidateSchema, candidateInputSchema } from './schema';
import type { AdmitResult, CandidateDetail, CandidateList } from './views';

/** The admission pipeline: people followed before admission, up to the ceremony that makes them members. */
export const candidateCalls = {
  /** Everyone followed, in three groups: still in the pipeline, admitted, dropped. */
  'candidates.list': call(noInput, returns<CandidateList>()),
  'candidates.get': call(z.object({ id }).strict(), returns<CandidateDetail>()),
  'candidates.create': call(candidateInputSchema, returns<CandidateDetail>()),
  'candidates.update': call(z.object({ id, candidate: candidateInputSchema }).strict(), returns<CandidateDetail>()),
  /** Refused once admitted: the member's record then carries the person. */
  'candidates.delete': call(z.object({ id }).strict(), returns<{ id: number }>()),
  /** Records the ceremony: creates the member with the admission event, in the same transaction. */
  'candidates.admit': call(admitCandidateSchema, returns<AdmitResult>()),
} as const;
