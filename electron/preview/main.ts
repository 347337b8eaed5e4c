import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTranslator } from '../../shared/i18n/translator';
import { StoreOpenError } from '../../db/errors';
import { openNodeStore } from '../common/node-store';
import { startPreviewServer } from './server';

/** `npm run preview`: the built renderer and the real services, for a browser on this machine. */
async function main() {
  const { t } = createTranslator('vi');
  const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(t('preview.missingBuild', { dir: rendererDir }));
    process.exit(1);
  }
  let store;
  try {
    store = openNodeStore({ argv: process.argv.slice(2), env: process.env, cwd: process.cwd() });
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    console.error(t(error.key, error.params));
    process.exit(1);
  }
  const server = await startPreviewServer({
    handlers: store.handlers,
    rendererDir,
    onInternalError: (error) => console.error(error),
  });
  console.log(`${t('preview.listening')}\n${server.url}\n${t('preview.stop')}`);

  const stop = () => {
    void server.close().then(() => {
      store.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
