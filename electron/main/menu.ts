import { dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions, type MessageBoxOptions } from 'electron';
import type { i18n } from 'i18next';

type Translate = i18n['t'];

export interface AboutFacts {
  version: string;
  file: string;
}

export function aboutDialogOptions(t: Translate, { version, file }: AboutFacts): MessageBoxOptions {
  return {
    type: 'info',
    title: t('menu.about'),
    message: t('app.name'),
    detail: t('menu.aboutDetail', { version, file }),
    buttons: [t('dialogs.close')],
    noLink: true,
  };
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu, in the user's words. Items use Electron's roles, so they act on the focused page and carry
 * the usual shortcuts. Developer tools only in development.
 */
export function menuTemplate(t: Translate, { isPackaged, showAbout }: { isPackaged: boolean; showAbout: () => void }) {
  const template: MenuItemConstructorOptions[] = [
    { label: t('menu.file'), submenu: [{ role: 'quit', label: t('menu.quit') }] },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        separator,
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        separator,
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'reload', label: t('menu.reload') },
        ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
        separator,
        // Many users read at a larger size. The role's own Ctrl+Plus needs Shift on most keyboards, so the visible
        // shortcut is Ctrl+=, and hidden items keep Ctrl+Plus and the keypad's + and − working too (one accelerator
        // per item). Do not merge them.
        { role: 'zoomIn', label: t('menu.zoomIn'), accelerator: 'CommandOrControl+=' },
        { role: 'zoomIn', accelerator: 'CommandOrControl+Plus', visible: false },
        { role: 'zoomIn', accelerator: 'CommandOrControl+numadd', visible: false },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { role: 'zoomOut', accelerator: 'CommandOrControl+numsub', visible: false },
        { role: 'resetZoom', label: t('menu.resetZoom') },
        separator,
        { role: 'togglefullscreen', label: t('menu.fullscreen') },
      ],
    },
    { label: t('menu.help'), submenu: [{ label: t('menu.about'), click: showAbout }] },
  ];
  return template;
}

export interface MenuContext extends AboutFacts {
  t: Translate;
  isPackaged: boolean;
  /** The window the About box belongs to, if one is open. */
  window: () => BrowserWindow | null;
}

export function installMenu({ t, isPackaged, version, file, window }: MenuContext): void {
  const showAbout = () => {
    const options = aboutDialogOptions(t, { version, file });
    const parent = window();
    void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(t, { isPackaged, showAbout })));
}
