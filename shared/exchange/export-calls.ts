/** Placeholder while the area is built: exporting the period's exchange file. */
export const exportCalls = {} as const;
