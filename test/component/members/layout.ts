/**
 * jsdom lays nothing out: every box measures 0×0, and a virtualised list with no room shows no rows. This gives
 * elements the size of a window's worth of content (as a 1366×768 screen would), for the tests that read the list.
 * Returns the way back.
 */
export function giveElementsASize(width = 1200, height = 600): () => void {
  const proto = window.HTMLElement.prototype;
  const saved = {
    offsetWidth: Object.getOwnPropertyDescriptor(proto, 'offsetWidth'),
    offsetHeight: Object.getOwnPropertyDescriptor(proto, 'offsetHeight'),
  };
  Object.defineProperty(proto, 'offsetWidth', { configurable: true, get: () => width });
  Object.defineProperty(proto, 'offsetHeight', { configurable: true, get: () => height });
  return () => {
    for (const [name, descriptor] of Object.entries(saved)) {
      if (descriptor) Object.defineProperty(proto, name, descriptor);
    }
  };
}
