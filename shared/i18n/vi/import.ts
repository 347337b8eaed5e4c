/** The member spreadsheet: template, import preview and refusals, export. */
export const viImport = {};
