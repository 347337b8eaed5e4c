/** Placeholder while the area is built. */
export const viCandidates = {
  nav: 'Phát triển đảng viên',
};
