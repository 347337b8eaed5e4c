import type { MessageParams } from '../../../shared/api/errors';
import { ORG_CODE_MAX, ORG_NAME_MAX, type HomeSetupInput } from '../../../shared/org/schemas';

/** The form's fields are the contract's input fields, so the server's issue paths land on them unchanged. */
export type SetupField = keyof HomeSetupInput;

const SETUP_FIELDS: readonly string[] = ['name', 'code', 'kind', 'parentName', 'parentCode'] satisfies SetupField[];

export function isSetupField(path: string): path is SetupField {
  return SETUP_FIELDS.includes(path);
}

/** Boxes start empty and no kind is chosen, so the user decides rather than accepting a guess. */
export const EMPTY_SETUP = { name: '', code: '', parentName: '', parentCode: '' } satisfies Partial<HomeSetupInput>;

/**
 * The values the "too long" messages quote. The form's resolver keeps only each issue's message, not the limit the
 * schema checked, so the limits come from the same constants the schema uses.
 */
export const FIELD_MESSAGE_PARAMS: Record<SetupField, MessageParams> = {
  name: { max: ORG_NAME_MAX },
  code: { max: ORG_CODE_MAX },
  kind: {},
  parentName: { max: ORG_NAME_MAX },
  parentCode: { max: ORG_CODE_MAX },
};

/** The optional parent boxes accept anything at the schema's edge; the form only ever puts text in them. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
