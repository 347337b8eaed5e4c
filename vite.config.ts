import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the renderer once for both hosts: Electron serves out/renderer over app://, the preview over HTTP. */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    // Fonts and images are files, never data: URLs, so the CSP needs no exceptions for them.
    assetsInlineLimit: 0,
    target: 'chrome130',
    // One bundle read from the local disk, never downloaded: its size costs nothing worth splitting for.
    chunkSizeWarningLimit: 1500,
  },
});
