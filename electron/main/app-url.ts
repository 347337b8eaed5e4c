/**
 * The app's own origin. Pages are served from `app://sochibo/…` rather than file:// so that they have a real origin:
 * the CSP's 'self', the navigation guards and the IPC sender check all compare against it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sochibo';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True for URLs of our own pages. Compares scheme and host rather than `URL.origin`, which Node reports as 'null'
 * for schemes it does not know.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
