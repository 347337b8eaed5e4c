/** Placeholder while the area is built: replaced by the area's calls. */
export const ratingCalls = {} as const;
