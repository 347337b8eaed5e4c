import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { createTranslator } from '../../../shared/i18n/translator';

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })) },
}));
vi.mock('electron', () => electron);

const { aboutDialogOptions, installMenu, menuTemplate } = await import('../../../electron/main/menu');
const { t } = createTranslator('vi');

const items = (template: MenuItemConstructorOptions[]) =>
  template.flatMap((top) => (Array.isArray(top.submenu) ? top.submenu : []));
const roles = (template: MenuItemConstructorOptions[]) => items(template).map((item) => item.role).filter(Boolean);

describe('menuTemplate', () => {
  const template = menuTemplate(t, { isPackaged: true, showAbout: () => {} });

  it('speaks Vietnamese', () => {
    expect(template.map((top) => top.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    const visible = items(template).filter((item) => item.type !== 'separator' && item.visible !== false);
    for (const item of visible) expect(item.label, String(item.role)).toMatch(/\S/);
    expect(visible.find((item) => item.role === 'quit')?.label).toBe('Thoát');
    expect(visible.find((item) => item.role === 'zoomIn')?.label).toBe('Phóng to');
  });

  it('offers editing, reloading, zoom and full screen through roles', () => {
    expect(roles(template)).toEqual(
      expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
  });

  it('zooms in with Ctrl+= as well as Ctrl+Plus and the keypad', () => {
    const zoomIn = items(template).filter((item) => item.role === 'zoomIn').map((item) => item.accelerator);
    expect(zoomIn).toEqual(expect.arrayContaining(['CommandOrControl+=', 'CommandOrControl+Plus', 'CommandOrControl+numadd']));
    const zoomOut = items(template).filter((item) => item.role === 'zoomOut').map((item) => item.accelerator);
    expect(zoomOut).toContain('CommandOrControl+numsub');
  });

  it('has developer tools only in development', () => {
    expect(roles(template)).not.toContain('toggleDevTools');
    expect(roles(menuTemplate(t, { isPackaged: false, showAbout: () => {} }))).toContain('toggleDevTools');
  });
});

describe('the About box', () => {
  it('names the version and the data file', () => {
    const options = aboutDialogOptions(t, { version: '1.2.3', file: '/home/bt/.config/SoChiBo/sochibo.sqlite' });
    expect(options.message).toBe('Sổ Chi bộ');
    expect(options.detail).toContain('1.2.3');
    expect(options.detail).toContain('/home/bt/.config/SoChiBo/sochibo.sqlite');
    expect(options.buttons).toEqual(['Đóng']);
  });

  it('opens from Help, attached to the window', () => {
    const window = { id: 1 };
    installMenu({ t, isPackaged: true, version: '1.2.3', file: '/data/sochibo.sqlite', window: () => window as never });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(electron.Menu.buildFromTemplate.mock.results[0]?.value);
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    const about = items(template).find((item) => item.label === 'Giới thiệu Sổ Chi bộ');
    (about?.click as () => void)();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(window, expect.objectContaining({ detail: expect.stringContaining('1.2.3') }));
  });
});
