import { z } from 'zod';
import { homeOrganisationSchema, homeSetupSchema } from '../org/schemas';
import { settingsPatchSchema, settingsSchema } from '../settings/schemas';

/** Calls that take no arguments still take one (empty) object, so every call has the same shape. */
const noInput = z.object({}).strict();

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const appInfoSchema = z.object({
  version: z.string(),
  databasePath: z.string(),
});
export type AppInfo = z.output<typeof appInfoSchema>;

/**
 * Every call the UI (or any other host) can make, declared once. The Electron IPC binding, the preload, the renderer
 * client, the browser preview's HTTP binding and the command line all derive from this object.
 */
export const contract = {
  'app.info': call(noInput, appInfoSchema),
  'org.home': call(noInput, homeOrganisationSchema.nullable()),
  'org.setupHome': call(homeSetupSchema, homeOrganisationSchema),
  'settings.get': call(noInput, settingsSchema),
  'settings.update': call(settingsPatchSchema, settingsSchema),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What a caller passes (before defaults and normalisation). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What a handler receives (validated and normalised). */
export type CallArgs<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;

export type Handler<N extends CallName> = (args: CallArgs<N>) => CallOutput<N> | Promise<CallOutput<N>>;
export type Handlers = { [N in CallName]: Handler<N> };

export const CALL_NAMES = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
