import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyCard } from '../../../../shared/exchange/key-card';
import type { FilePayload } from '../../../../shared/members/views';
import { toErrorData } from '../../../api/ApiCallError';
import { useReadKeyCard } from '../../../api/exchangeExportQueries';
import { readFile } from '../../../files/readFile';
import { translateError } from '../../../i18n/translateError';
import chooser from '../../../components/FileChooser.module.css';
import classes from './Transfer.module.css';

export interface ChosenCard {
  file: FilePayload;
  card: KeyCard;
}

/**
 * The receiving unit's key card, optional: once read and verified, its unit and fingerprint are shown, to compare with
 * the fingerprint the receiving unit reads aloud before the member's file is encrypted to it.
 */
export function RecipientCardField({ chosen, onChange }: { chosen: ChosenCard | null; onChange: (chosen: ChosenCard | null) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const read = useReadKeyCard();

  const choose = async (picked: File | undefined) => {
    onChange(null);
    read.reset();
    if (!picked) return;
    const file = await readFile(picked);
    read.mutate(file, { onSuccess: (card) => onChange({ file, card }) });
  };
  const remove = () => {
    onChange(null);
    read.reset();
    if (input.current) input.current.value = '';
  };

  return (
    <fieldset className={classes.chooser}>
      <legend className={classes.legend}>{t('exchange.transfer.export.cardLegend')}</legend>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('exchange.transfer.export.cardHelp')}</Text>
        <div>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept=".sochibo-key,application/json"
            className={chooser.fileInput}
            onChange={(event) => void choose(event.currentTarget.files?.[0])}
          />
          <Button component="label" htmlFor={inputId} variant="default" className={chooser.fileButton}>
            {t('exchange.transfer.export.cardLabel')}
          </Button>
        </div>
        {read.isError && (
          <Alert variant="light" role="alert">
            {translateError(t, toErrorData(read.error))}
          </Alert>
        )}
        {chosen ? (
          <Stack gap={4}>
            <Text fw={600}>{t('exchange.transfer.export.cardLoaded', { name: chosen.card.name, code: chosen.card.code })}</Text>
            <Text>
              {t('exchange.keys.fingerprint')}: {chosen.card.fingerprint}
            </Text>
            <Group>
              <Button variant="subtle" onClick={remove}>
                {t('exchange.transfer.export.cardRemove')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text c="dimmed">{t('exchange.transfer.export.cardNone')}</Text>
        )}
      </Stack>
    </fieldset>
  );
}
