/** Placeholder while the area is built. */
export function ImportFilesPage() {
  return null;
}
