/** Placeholder while the area is built. */
export const viRatings = {
  nav: 'Xếp loại',
};
