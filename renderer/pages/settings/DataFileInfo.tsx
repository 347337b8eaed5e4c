import { Card, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toErrorData } from '../../api/ApiCallError';
import { useAppInfo } from '../../api/appInfoQueries';
import { DetailList } from '../../components/DetailList';
import { translateError } from '../../i18n/translateError';
import classes from './DataFileInfo.module.css';

/** Where the register lives and which version keeps it: what a helper on the phone asks first. */
export function DataFileInfo() {
  const { t } = useTranslation();
  const titleId = useId();
  const appInfo = useAppInfo();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="sm">
        {t('settings.dataFile')}
      </Title>
      <Text c="dimmed" mb="sm">
        {t('settings.dataFileHelp')}
      </Text>
      {appInfo.isPending && <Text>{t('common.loading')}</Text>}
      {appInfo.isError && <Text c="var(--mantine-color-error)">{translateError(t, toErrorData(appInfo.error))}</Text>}
      {appInfo.data && (
        <DetailList
          details={[
            { term: t('settings.dataFile'), value: <code className={classes.path}>{appInfo.data.databasePath}</code> },
            { term: t('settings.version'), value: appInfo.data.version },
          ]}
        />
      )}
    </Card>
  );
}
