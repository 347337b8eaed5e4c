/** Refusals from the register's services (members, events, organisations), merged into `errors`. */
export const viStoreErrors = {};
