import type { Handlers } from '../../shared/api/contract';
import { localDate } from '../clock';
import type { Db } from '../connection';
import { allUnits } from '../organisations/queries';
import { buildExport } from './export';
import { commitImport, previewImport } from './import-file';
import { buildTemplate, TEMPLATE_FILE_NAME } from './template';

type SpreadsheetCalls = 'members.exportXlsx' | 'members.template' | 'members.importPreview' | 'members.importCommit';

/** The member spreadsheet: the template to fill in, its import (preview, then all or nothing), the list's export. */
export function spreadsheetHandlers(db: Db, now: () => Date, databaseFile: string): Pick<Handlers, SpreadsheetCalls> {
  return {
    'members.template': async () => {
      const units = allUnits(db)
        .filter((unit) => unit.closedOn === null)
        .sort((a, b) => a.code.localeCompare(b.code));
      const bytes = await buildTemplate(units);
      return { fileName: TEMPLATE_FILE_NAME, base64: bytes.toString('base64') };
    },

    'members.exportXlsx': async (query) => {
      const { fileName, bytes } = await buildExport(db, query, localDate(now()));
      return { fileName, base64: bytes.toString('base64') };
    },

    'members.importPreview': (file) => previewImport(db, file, now()),

    'members.importCommit': (file) => commitImport(db, file, now(), databaseFile),
  };
}
