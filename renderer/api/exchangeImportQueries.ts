import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IMPORT_BATCH_MAX } from '../../shared/exchange/import-calls';
import type { ImportVerdict } from '../../shared/exchange/import-outcome';
import type { FilePayload } from '../../shared/members/views';
import { completenessKeys } from './exchangeCompletenessQueries';
import { useApi } from './ApiProvider';
import { queryKeys } from './queryKeys';

/** Cache keys of the import's calls. */
export const exchangeImportKeys = {
  log: ['exchange.importLog'],
  receivedAll: ['exchange.received'],
  received: (period: string | undefined) => ['exchange.received', period ?? null] as const,
} as const;

/** Files per commit call: small enough that the progress bar moves for a folder of files. */
export const COMMIT_BATCH = 10;

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function useImportLog() {
  const api = useApi();
  return useQuery({ queryKey: exchangeImportKeys.log, queryFn: () => api.call('exchange.importLog', {}) });
}

export function useReceivedFiles(period?: string) {
  const api = useApi();
  return useQuery({
    queryKey: exchangeImportKeys.received(period),
    queryFn: () => api.call('exchange.received', period === undefined ? {} : { period }),
  });
}

/** What importing the files would do, file by file (in batches the service accepts); nothing is written. */
export function useExchangeImportPreview() {
  const api = useApi();
  return useMutation({
    mutationFn: async (files: FilePayload[]) => {
      const out: ImportVerdict[] = [];
      for (const batch of batches(files, IMPORT_BATCH_MAX)) out.push(...(await api.call('exchange.importPreview', { files: batch })).files);
      return out;
    },
  });
}

export interface CommitRequest {
  files: FilePayload[];
  trust: string[];
  repin: { unitCode: string; fingerprint: string }[];
  onProgress: (done: number) => void;
}

/**
 * Imports the files in batches of COMMIT_BATCH, reporting progress after each; the register is backed up before the
 * first batch. Each batch is one transaction, so a stop half way leaves whole batches imported and logged.
 */
export function useExchangeImportCommit() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ files, trust, repin, onProgress }: CommitRequest) => {
      const verdicts: ImportVerdict[] = [];
      let backupFile: string | null = null;
      for (const [index, batch] of batches(files, COMMIT_BATCH).entries()) {
        const result = await api.call('exchange.importCommit', { files: batch, trust, repin, backup: index === 0 });
        backupFile ??= result.backupFile;
        verdicts.push(...result.files);
        onProgress(verdicts.length);
      }
      return { files: verdicts, backupFile };
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: exchangeImportKeys.log }),
        queryClient.invalidateQueries({ queryKey: exchangeImportKeys.receivedAll }),
        // Trusting an unknown sender adds its unit below the home unit.
        queryClient.invalidateQueries({ queryKey: queryKeys.orgUnits }),
        queryClient.invalidateQueries({ queryKey: queryKeys.reminders }),
        queryClient.invalidateQueries({ queryKey: completenessKeys.boards }),
      ]);
    },
  });
}
