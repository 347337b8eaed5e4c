import { z } from 'zod';
import { ORG_KINDS, kindNeedsParent } from './kinds';

/** The longest code we accept; codes go into file names such as `CB012_2026-Q3_r1.scb`. */
export const ORG_CODE_MAX = 20;
export const ORG_NAME_MAX = 200;

/**
 * A unit code as given by the parent committee. Typed in lower case it is accepted and stored upper case;
 * letters without diacritics, digits, dot and hyphen only, because the code is part of exchange file names
 * (where `_` separates fields).
 */
export const orgCodeSchema = z
  .string({ error: 'validation.code_required' })
  .trim()
  .toUpperCase()
  .min(1, 'validation.code_required')
  .max(ORG_CODE_MAX, 'validation.code_too_long')
  // An empty code passes here: it is told "required" above, not also "wrong format".
  .regex(/^(?:[A-Z0-9][A-Z0-9.-]*)?$/, 'validation.code_format');

export const orgNameSchema = z
  .string({ error: 'validation.name_required' })
  .trim()
  .min(1, 'validation.name_required')
  .max(ORG_NAME_MAX, 'validation.name_too_long');

export const orgKindSchema = z.enum(ORG_KINDS, {
  error: (issue) => (issue.input === undefined || issue.input === '' ? 'validation.kind_required' : 'validation.kind_unknown'),
});

/** An empty form field means "not given". */
const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

export const homeSetupSchema = z
  .object({
    code: orgCodeSchema,
    name: orgNameSchema,
    kind: orgKindSchema,
    parentCode: z.preprocess(blankToUndefined, orgCodeSchema.optional()),
    parentName: z.preprocess(blankToUndefined, orgNameSchema.optional()),
  })
  .strict()
  .superRefine((value, ctx) => {
    const hasCode = value.parentCode !== undefined;
    const hasName = value.parentName !== undefined;
    if (!hasCode && !hasName) {
      if (kindNeedsParent(value.kind)) {
        ctx.addIssue({ code: 'custom', path: ['parentName'], message: 'validation.parent_required' });
        ctx.addIssue({ code: 'custom', path: ['parentCode'], message: 'validation.parent_required' });
      }
      return;
    }
    if (!hasName) ctx.addIssue({ code: 'custom', path: ['parentName'], message: 'validation.parent_name_required' });
    if (!hasCode) ctx.addIssue({ code: 'custom', path: ['parentCode'], message: 'validation.parent_code_required' });
    if (hasCode && value.parentCode === value.code) {
      ctx.addIssue({ code: 'custom', path: ['parentCode'], message: 'validation.parent_code_same' });
    }
  });

export type HomeSetupInput = z.input<typeof homeSetupSchema>;
export type HomeSetup = z.output<typeof homeSetupSchema>;

export const homeOrganisationSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: orgKindSchema,
  parent: z.object({ code: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
});

export type HomeOrganisation = z.output<typeof homeOrganisationSchema>;
