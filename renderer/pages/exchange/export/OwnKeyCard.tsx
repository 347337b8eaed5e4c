import { Button, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useOwnKeyCard } from '../../../api/exchangeExportQueries';
import { QueryState } from '../../../components/QueryState';
import { saveFile } from '../../../files/saveFile';
import classes from '../Exchange.module.css';

/** The home unit's key card to give the parent once, and its fingerprint in large type, to read aloud. */
export function OwnKeyCard() {
  const { t } = useTranslation();
  const titleId = useId();
  const card = useOwnKeyCard();
  return (
    <section aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="sm">
        {t('exchange.export.ownCard.title')}
      </Title>
      <QueryState query={card}>
        {(data) => (
          <Stack gap="sm" align="flex-start">
            <Text>{t('exchange.export.ownCard.help')}</Text>
            <Text fw={600}>{t('exchange.keys.fingerprint')}</Text>
            <Text className={classes.fingerprint} aria-label={`${t('exchange.keys.fingerprint')}: ${data.card.fingerprint}`}>
              {data.card.fingerprint}
            </Text>
            <Text size="sm">{t('exchange.keys.readAloud')}</Text>
            <Button variant="default" onClick={() => saveFile(data.file)}>
              {t('exchange.export.ownCard.download')}
            </Button>
          </Stack>
        )}
      </QueryState>
    </section>
  );
}
