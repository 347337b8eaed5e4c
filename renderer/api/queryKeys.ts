/** Cache keys, named after the call that fills them. */
export const queryKeys = {
  appInfo: ['app.info'],
  home: ['org.home'],
  settings: ['settings.get'],
} as const;
