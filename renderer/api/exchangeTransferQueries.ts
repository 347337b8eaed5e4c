import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CallInput } from '../../shared/api/contract';
import { useApi } from './ApiProvider';
import { membersChanged } from './memberChanges';

/** The sending unit: makes the member's signed transfer file. Nothing in the register changes. */
export function useTransferExport() {
  const api = useApi();
  return useMutation({ mutationFn: (input: CallInput<'exchange.transferExport'>) => api.call('exchange.transferExport', input) });
}

/** The receiving unit: what importing the file would do; nothing is written. */
export function useTransferPreview() {
  const api = useApi();
  return useMutation({ mutationFn: (input: CallInput<'exchange.transferPreview'>) => api.call('exchange.transferPreview', input) });
}

/** The receiving unit: enters the member; the member lists, the reminders and the meetings' rolls are read again. */
export function useTransferImport() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<'exchange.transferImport'>) => api.call('exchange.transferImport', input),
    onSuccess: () => membersChanged(queryClient),
  });
}
