import { EXCHANGE_FILE_EXTENSION } from '../../../../shared/exchange/manifest';

/**
 * The exchange files among what the user chose or dropped: files directly, or the files of a dropped folder (read
 * through the entries API, which browsers and Electron offer for drag and drop). Only *.scb files, by name.
 */

const isExchangeFile = (file: File) => file.name.toLowerCase().endsWith(EXCHANGE_FILE_EXTENSION);

export function exchangeFilesOf(files: Iterable<File>): File[] {
  return [...files].filter(isExchangeFile).sort((a, b) => a.name.localeCompare(b.name));
}

// The entries API (FileSystemEntry) in the small part used here.
interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  file?(success: (file: File) => void, failure: (error: unknown) => void): void;
  createReader?(): { readEntries(success: (entries: Entry[]) => void, failure: (error: unknown) => void): void };
}

async function filesOfEntry(entry: Entry): Promise<File[]> {
  if (entry.isFile && entry.file) {
    const read = entry.file.bind(entry);
    return [await new Promise<File>((done, fail) => read(done, fail))];
  }
  if (!entry.isDirectory || !entry.createReader) return [];
  const reader = entry.createReader();
  const all: File[] = [];
  // readEntries answers in slices until it answers with none.
  for (;;) {
    const slice = await new Promise<Entry[]>((done, fail) => reader.readEntries(done, fail));
    if (slice.length === 0) break;
    for (const child of slice) all.push(...(await filesOfEntry(child)));
  }
  return all;
}

/** The exchange files of a drop: dropped folders are read through, at any depth. */
export async function droppedExchangeFiles(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items]
    .map((item) => (item.kind === 'file' && 'webkitGetAsEntry' in item ? (item.webkitGetAsEntry() as Entry | null) : null))
    .filter((entry): entry is Entry => entry !== null);
  if (entries.length === 0) return exchangeFilesOf(data.files);
  const files: File[] = [];
  for (const entry of entries) files.push(...(await filesOfEntry(entry)));
  return exchangeFilesOf(files);
}
