import type { FilePayload } from '../../shared/members/views';

/** The files the register hands out, by extension; anything else is plain bytes. */
const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

function typeOf(fileName: string): string {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return TYPES[extension] ?? 'application/octet-stream';
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Hands a file from the register to the user as a download, under its own name. The same way works in Electron and in
 * a browser; the object URL is released once the download has been handed over.
 */
export function saveFile(file: FilePayload): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: typeOf(file.fileName) }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked on the next turn: some browsers start reading the URL only after click() has returned.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
