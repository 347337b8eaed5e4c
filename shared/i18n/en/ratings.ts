import type { viRatings } from '../vi/ratings';

export const enRatings: typeof viRatings = {
  nav: 'Ratings',
};
