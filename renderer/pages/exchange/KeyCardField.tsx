import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyCard } from '../../../shared/exchange/key-card';
import type { FilePayload } from '../../../shared/members/views';
import { toErrorData } from '../../api/ApiCallError';
import { useReadKeyCard } from '../../api/exchangeExportQueries';
import { readFile } from '../../files/readFile';
import { translateError } from '../../i18n/translateError';
import chooser from '../../components/FileChooser.module.css';
import classes from './Exchange.module.css';

export interface ChosenCard {
  file: FilePayload;
  card: KeyCard;
}

/** Where a field's words are: the parent's card for the period file, the receiving unit's for a member's transfer. */
export type KeyCardWords = 'exchange.export.card' | 'exchange.transfer.export.card';

/**
 * The key card of the unit a file is for, optional: once read and verified, its unit and fingerprint are shown, so the
 * secretary can compare the fingerprint with the one that unit reads aloud before the file is encrypted to it.
 */
export function KeyCardField({
  words,
  chosen,
  onChange,
}: {
  words: KeyCardWords;
  chosen: ChosenCard | null;
  onChange: (chosen: ChosenCard | null) => void;
}) {
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
      <legend className={classes.legend}>{t(`${words}.legend`)}</legend>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t(`${words}.help`)}</Text>
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
            {t(`${words}.label`)}
          </Button>
        </div>
        {read.isError && (
          <Alert variant="light" role="alert">
            {translateError(t, toErrorData(read.error))}
          </Alert>
        )}
        {chosen ? (
          <Stack gap={4}>
            <Text fw={600}>{t(`${words}.loaded`, { name: chosen.card.name, code: chosen.card.code })}</Text>
            <Text>{t(`${words}.fingerprint`, { fingerprint: chosen.card.fingerprint })}</Text>
            <Group>
              <Button variant="subtle" onClick={remove}>
                {t(`${words}.remove`)}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text c="dimmed">{t(`${words}.none`)}</Text>
        )}
      </Stack>
    </fieldset>
  );
}
