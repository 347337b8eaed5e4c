import { readFileSync } from 'node:fs';
import { packageFile } from './node-packages';

/**
 * Tinos: Times New Roman's metrics (the face party documents are typed in) with every Vietnamese letter, under the
 * SIL Open Font License, so it may be embedded in every PDF: regular, bold and italic. Read from the installed
 * package, once.
 */
const FILES = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
} as const;

export type FontName = keyof typeof FILES;

let loaded: Record<FontName, Buffer> | undefined;

export function reportFonts(): Record<FontName, Buffer> {
  loaded ??= {
    regular: readFileSync(packageFile(FILES.regular)),
    bold: readFileSync(packageFile(FILES.bold)),
    italic: readFileSync(packageFile(FILES.italic)),
  };
  return loaded;
}
