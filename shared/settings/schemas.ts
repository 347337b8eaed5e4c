import { z } from 'zod';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Vietnamese first: most users read no other language. */
export const DEFAULT_LANGUAGE: Language = 'vi';

export const settingsSchema = z.object({
  language: z.enum(LANGUAGES),
});
export type Settings = z.output<typeof settingsSchema>;

export const settingsPatchSchema = z
  .object({ language: z.enum(LANGUAGES, { error: 'validation.language_unknown' }) })
  .partial()
  .strict();
export type SettingsPatch = z.output<typeof settingsPatchSchema>;
