/** Placeholder while the area is built. */
export const viDues = {
  nav: 'Đảng phí',
};
