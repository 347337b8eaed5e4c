import { createRequire } from 'node:module';
import type PDFKit from 'pdfkit';

/**
 * Loads packages and their files at run time from node_modules, out of the bundler's sight. The desktop app's main
 * process is bundled by esbuild as CommonJS: it would take pdfkit's ES build, which needs `import.meta.url` (empty in
 * CommonJS) and throws when loaded, and it cannot carry font files. There `require` exists; the command line (tsx)
 * and the tests load this file as an ES module, where `createRequire` gives the same.
 */
const packageRequire: NodeJS.Require = typeof require === 'function' ? require : createRequire(import.meta.url);

/** The path of a file inside an installed package. */
export const packageFile = (specifier: string): string => packageRequire.resolve(specifier);

let pdfKit: typeof PDFKit | undefined;

/** pdfkit's CommonJS build, loaded on the first PDF (not when the app starts). */
export function loadPdfKit(): typeof PDFKit {
  pdfKit ??= packageRequire('pdfkit') as typeof PDFKit;
  return pdfKit;
}
