/** Placeholder while the area is built. */
export function ExportPage() {
  return null;
}
