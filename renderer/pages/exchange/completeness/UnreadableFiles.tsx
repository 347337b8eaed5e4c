import { List, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompletenessBoard } from '../../../../shared/exchange/completeness';

/** Files nested in a received file but encrypted to the committee in between: named, with why they are not read. */
export function UnreadableFiles({ files }: { files: CompletenessBoard['unreadable'] }) {
  const { t } = useTranslation();
  const titleId = useId();
  if (files.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title order={2} id={titleId}>
        {t('exchange.completeness.unreadable.title')}
      </Title>
      <List spacing="xs">
        {files.map((file) => (
          <List.Item key={`${file.insideUnitCode}/${file.unitCode}`}>
            {t('exchange.completeness.unreadable.line', { code: file.unitCode, inside: file.insideUnitCode })}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
