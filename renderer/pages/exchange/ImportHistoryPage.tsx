/** Placeholder while the area is built. */
export function ImportHistoryPage() {
  return null;
}
