/**
 * The charts' colours, dark enough on white for WCAG's 3:1 of graphical objects (blue 8.6:1, green 5.4:1, red 6.7:1),
 * and told apart by shape too (a line against bars) and named in the legend, never by colour alone.
 */
export const CHART = {
  blue: '#1c4f8c',
  green: '#2b7a3d',
  red: '#a8322b',
  axis: '#3d3d3d',
  grid: '#d0d0d0',
} as const;

/** Drawn at a fixed size: ResponsiveContainer measures with ResizeObserver, and the tests' jsdom has none. */
export const CHART_SIZE = { width: 720, height: 320 } as const;
