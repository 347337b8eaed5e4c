/** Labels of the member domain's coded values (statuses, levels, event types) and the rule refusals. */
export const viMember = {};
export const viRules = {};
