import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberListQuery } from '../../../shared/members/views';
import { toErrorData } from '../../api/ApiCallError';
import { useExportMembers } from '../../api/memberQueries';
import { saveFile } from '../../files/saveFile';
import { translateError } from '../../i18n/translateError';

/** Saves the list being looked at — same search, same filters — as an Excel file. */
export function ExportButton({ query, disabled }: { query: MemberListQuery; disabled: boolean }) {
  const { t } = useTranslation();
  const exportMembers = useExportMembers();
  return (
    <>
      <Button
        variant="default"
        disabled={disabled || exportMembers.isPending}
        onClick={() => exportMembers.mutate(query, { onSuccess: saveFile })}
      >
        {exportMembers.isPending ? t('members.list.exporting') : t('members.list.export')}
      </Button>
      {exportMembers.isError && (
        <Text role="alert" c="var(--mantine-color-error)">
          {t('members.list.exportFailed')}: {translateError(t, toErrorData(exportMembers.error))}
        </Text>
      )}
    </>
  );
}
