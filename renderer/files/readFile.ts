import type { FilePayload } from '../../shared/members/views';

/** A file the user chose, read in the page and carried to the register as base64 (the API speaks JSON). */
export async function readFile(file: File): Promise<FilePayload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // In slices: String.fromCharCode takes its arguments on the stack, which a whole spreadsheet would overflow.
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += 0x8000) {
    chunks.push(String.fromCharCode(...bytes.subarray(start, start + 0x8000)));
  }
  return { fileName: file.name, base64: btoa(chunks.join('')) };
}
