import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyCard } from '../../../../shared/exchange/key-card';
import type { FilePayload } from '../../../../shared/members/views';
import { toErrorData } from '../../../api/ApiCallError';
import { useReadKeyCard } from '../../../api/exchangeExportQueries';
import { readFile } from '../../../files/readFile';
import { translateError } from '../../../i18n/translateError';
import classes from './Export.module.css';
import chooser from '../../../components/FileChooser.module.css';

export interface ChosenCard {
  file: FilePayload;
  card: KeyCard;
}

/**
 * The parent's key card, optional: once read and verified, its unit and fingerprint are shown, so the secretary can
 * compare the fingerprint with the one the parent reads aloud before encrypting to it.
 */
export function ParentCardField({ chosen, onChange }: { chosen: ChosenCard | null; onChange: (chosen: ChosenCard | null) => void }) {
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
      <legend className={classes.legend}>{t('exchange.export.card.legend')}</legend>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('exchange.export.card.help')}</Text>
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
            {t('exchange.export.card.label')}
          </Button>
        </div>
        {read.isError && (
          <Alert variant="light" role="alert">
            {translateError(t, toErrorData(read.error))}
          </Alert>
        )}
        {chosen ? (
          <Stack gap={4}>
            <Text fw={600}>{t('exchange.export.card.loaded', { name: chosen.card.name, code: chosen.card.code })}</Text>
            <Text>{t('exchange.export.card.fingerprint', { fingerprint: chosen.card.fingerprint })}</Text>
            <Group>
              <Button variant="subtle" onClick={remove}>
                {t('exchange.export.card.remove')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text c="dimmed">{t('exchange.export.card.none')}</Text>
        )}
      </Stack>
    </fieldset>
  );
}
