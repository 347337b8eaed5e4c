/** Placeholder while the area is built. */
export const viInspections = {
  nav: 'Kiểm tra, giám sát',
};
