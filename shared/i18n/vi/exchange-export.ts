/** Placeholder while the area is built. */
export const viExchangeExport = {};
