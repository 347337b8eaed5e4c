import { z } from 'zod';
import { call, returns } from '../api/call';
import { dateSchema } from '../members/fields';
import { periodSchema } from '../reports/period';
import type { CompletenessBoard, CompletenessDeadline } from './completeness';

export const completenessCalls = {
  /** Who has sent the period's file, who is late, corrected or missing, down every level the files reach; the checks. */
  'exchange.completeness': call(z.object({ period: periodSchema }).strict(), returns<CompletenessBoard>()),
  /** Sets (or, with null, clears back to the default) the deadline of the period's files. */
  'exchange.setDeadline': call(
    z.object({ period: periodSchema, dueOn: dateSchema.nullable() }).strict(),
    returns<CompletenessDeadline>(),
  ),
} as const;
