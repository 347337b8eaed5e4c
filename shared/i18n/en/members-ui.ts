import type { viMembersUi } from '../vi/members-ui';

export const enMembersUi: typeof viMembersUi = {};
