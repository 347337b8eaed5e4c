/** Placeholder while the area is built: importing units' exchange files at the parent. */
export const importCalls = {} as const;
