import { z } from 'zod';

/** Calls that take no arguments still take one (empty) object, so every call has the same shape. */
export const noInput = z.object({}).strict();

export const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
/** Outputs that only the server builds are declared by type; the input schema is what every host checks. */
export const returns = <T>() => z.custom<T>(() => true);

export const id = z.number({ error: 'validation.id_required' }).int().positive();
