/** The member register's screens. */
export const viMembersUi = {};
