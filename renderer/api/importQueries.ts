import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FilePayload } from '../../shared/members/views';
import { useApi } from './ApiProvider';
import { membersChanged } from './memberChanges';

export function useMemberTemplate() {
  const api = useApi();
  return useMutation({ mutationFn: () => api.call('members.template', {}) });
}

/** What importing a file would add, and every problem that stops it; nothing is written. */
export function useImportPreview() {
  const api = useApi();
  return useMutation({ mutationFn: (file: FilePayload) => api.call('members.importPreview', file) });
}

export function useImportCommit() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: FilePayload) => api.call('members.importCommit', file),
    onSuccess: () => membersChanged(queryClient),
  });
}
