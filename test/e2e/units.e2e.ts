import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/store';
import { vi } from '../../shared/i18n/vi';
import { UnitsPage } from './pages/UnitsPage';
import { saveScreenshot } from './support/artifacts';
import { seriousAccessibilityViolations } from './support/axe';
import { usePreviewSession } from './support/session';

const HOME = 'Đảng ủy phường Hòa Bình';
const SECTION = { name: 'Đảng bộ bộ phận Khu A', code: 'DBBP1' };

/** A fresh register kept by a grassroots committee that already has one intermediate committee under it. */
function committeeRegister(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'scb-e2e-')), 'sochibo.sqlite');
  const store = openStore({ file, appVersion: 'test' });
  store.handlers['org.setupHome']({ code: 'DU05', name: HOME, kind: 'dang_bo_co_so', parentCode: 'TU', parentName: 'Tỉnh ủy' });
  store.handlers['org.add']({ ...SECTION, kind: 'dang_bo_bo_phan', parentCode: 'DU05' });
  store.close();
  return file;
}

describe('the units screen in the browser preview', () => {
  const session = usePreviewSession(committeeRegister);

  it('adds two cells under the home unit, moves one under the intermediate committee and closes the other', async () => {
    const { page, pageErrors } = session();
    const units = new UnitsPage(page);
    await units.open();

    const form = await units.openAddForm(HOME);
    await form.getByRole('button', { name: vi.units.add.save }).click();
    await form.getByText(vi.validation.name_required).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: vi.units.form.cancel }).click();

    await units.add(HOME, { name: 'Chi bộ Khu phố 1', code: 'cb01', kind: 'chi_bo' });
    await units.add(HOME, { name: 'Chi bộ Khu phố 2', code: 'cb02', kind: 'chi_bo' });
    expect(await units.below(HOME, 'Chi bộ Khu phố 1').count()).toBe(1);
    expect(await units.below(HOME, 'Chi bộ Khu phố 2').count()).toBe(1);

    await units.move('Chi bộ Khu phố 2', SECTION);
    await units.below(SECTION.name, 'Chi bộ Khu phố 2').waitFor();

    const dialog = await units.askToClose('Chi bộ Khu phố 1', '31/12/2025');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await units.confirmClose(dialog);
    await units.closedNote('Chi bộ Khu phố 1', '31/12/2025').waitFor();

    await saveScreenshot(page, '20-units');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
