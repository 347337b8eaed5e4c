import { Button, Checkbox, Group, List, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isImportSuccess, type ImportVerdict } from '../../../../shared/exchange/import-outcome';
import { INDICATOR_KEYS, indicatorLabelKey, type IndicatorKey } from '../../../../shared/reports/indicators';
import classes from './VerdictTable.module.css';

export interface TrustChoices {
  trusted: ReadonlySet<string>;
  onTrust: (fingerprint: string, trusted: boolean) => void;
  repinned: ReadonlySet<string>;
  onRepin: (unitCode: string, fingerprint: string) => void;
}

/** An indicator by its Vietnamese name; a key this version does not know (a newer sender's) by the key itself. */
function indicatorName(t: TFunction, key: string): string {
  return (INDICATOR_KEYS as readonly string[]).includes(key) ? t(indicatorLabelKey(key as IndicatorKey)) : key;
}

/** Re-pinning a changed key is deliberate: the user types the unit's code before the button does anything. */
function RepinForm({ code, onRepin }: { code: string; onRepin: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  if (!open) {
    return (
      <Button variant="default" size="xs" onClick={() => setOpen(true)}>
        {t('exchange.import.page.repin', { code })}
      </Button>
    );
  }
  return (
    <Stack gap="xs" role="group" aria-label={t('exchange.import.page.repinTitle', { code })}>
      <Text size="sm">{t('exchange.import.page.repinBody', { code })}</Text>
      <Group align="flex-end" gap="xs">
        <TextInput label={t('exchange.import.page.repinCode')} value={typed} onChange={(event) => setTyped(event.currentTarget.value)} size="xs" />
        <Button size="xs" disabled={typed.trim().toUpperCase() !== code} onClick={onRepin}>
          {t('exchange.import.page.repinConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}

function Changes({ verdict }: { verdict: ImportVerdict }) {
  const { t } = useTranslation();
  const changes = verdict.changes;
  if (!changes) return null;
  if (changes.indicators.length === 0 && changes.members.length === 0) return <Text size="sm">{t('exchange.import.page.noChanges')}</Text>;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('exchange.import.page.changesTitle', { revision: changes.previousRevision })}
      </Text>
      {changes.indicators.length > 0 && (
        <List size="sm" aria-label={t('exchange.import.page.changedIndicators')}>
          {changes.indicators.map((change) => (
            <List.Item key={change.key}>
              {t('exchange.import.page.changedIndicator', {
                key: indicatorName(t, change.key),
                before: change.before ?? '—',
                after: change.after ?? '—',
              })}
            </List.Item>
          ))}
        </List>
      )}
      {changes.members.length > 0 && (
        <List size="sm" aria-label={t('exchange.import.page.changedMembers')}>
          {changes.members.map((member) => (
            <List.Item key={member.id}>{t(`exchange.import.page.member.${member.change}`, { name: member.name, id: member.id })}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/**
 * One row per file: its unit, period, revision, the outcome and the reason in words. In the preview (`choices`
 * given) an unknown sender gets a checkbox to trust it, a changed key a deliberate re-pin; both show the fingerprint
 * to compare by phone.
 */
export function VerdictTable({ verdicts, caption, choices }: { verdicts: readonly ImportVerdict[]; caption: string; choices?: TrustChoices }) {
  const { t } = useTranslation();
  return (
    <div className={classes.scroller}>
      <Table className={classes.table} striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('exchange.import.page.columns.file')}</Table.Th>
            <Table.Th scope="col">{t('exchange.import.page.columns.unit')}</Table.Th>
            <Table.Th scope="col">{t('exchange.import.page.columns.period')}</Table.Th>
            <Table.Th scope="col">{t('exchange.import.page.columns.revision')}</Table.Th>
            <Table.Th scope="col">{t('exchange.import.page.columns.outcome')}</Table.Th>
            <Table.Th scope="col">{t('exchange.import.page.columns.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {verdicts.map((verdict, index) => {
            const code = verdict.unit?.code ?? '';
            const fingerprint = verdict.fingerprint ?? '';
            return (
              <Table.Tr key={`${verdict.fileName}-${index}`}>
                <Table.Th scope="row" className={classes.file}>
                  {verdict.fileName}
                </Table.Th>
                <Table.Td>{verdict.unit ? `${verdict.unit.name} (${verdict.unit.code})` : '—'}</Table.Td>
                <Table.Td>{verdict.period ?? '—'}</Table.Td>
                <Table.Td>{verdict.revision ?? '—'}</Table.Td>
                <Table.Td className={isImportSuccess(verdict.outcome) ? classes.success : classes.refused}>
                  {t(`exchange.import.outcome.${verdict.outcome}`)}
                </Table.Td>
                <Table.Td>
                  <Stack gap="xs">
                    <Text size="sm">{t(verdict.reason, verdict.params)}</Text>
                    {verdict.keyAction && <Text size="sm">{t(`exchange.import.keyAction.${verdict.keyAction}`)}</Text>}
                    {(verdict.outcome === 'untrusted' || verdict.outcome === 'key_changed') && (
                      <Text size="sm" className={classes.fingerprint}>
                        {t('exchange.import.page.fingerprint', { fingerprint })}
                      </Text>
                    )}
                    {choices && verdict.outcome === 'untrusted' && (
                      <Checkbox
                        label={t('exchange.import.page.trust', { code })}
                        checked={choices.trusted.has(fingerprint)}
                        onChange={(event) => choices.onTrust(fingerprint, event.currentTarget.checked)}
                      />
                    )}
                    {choices && verdict.outcome === 'key_changed' &&
                      (choices.repinned.has(`${code} ${fingerprint}`) ? (
                        <Text size="sm">{t('exchange.import.page.repinned', { code })}</Text>
                      ) : (
                        <RepinForm code={code} onRepin={() => choices.onRepin(code, fingerprint)} />
                      ))}
                    <Changes verdict={verdict} />
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
