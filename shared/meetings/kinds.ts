/** Kinds of cell meeting: monthly regular, thematic (chuyên đề), both held together, and extraordinary (bất thường). */
export const MEETING_KINDS = ['regular', 'thematic', 'combined', 'extraordinary'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const PRESENCES = ['present', 'excused', 'absent'] as const;
export type Presence = (typeof PRESENCES)[number];
