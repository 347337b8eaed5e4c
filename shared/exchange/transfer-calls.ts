/** The member transfer file's calls (export one member's record and history; import it as a transfer in). */
export const transferCalls = {} as const;
