import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateDetail } from '../../../shared/candidates/views';
import { formatViDate } from '../../../shared/dates/calendar';
import { dateSchema } from '../../../shared/members/fields';
import { toErrorData } from '../../api/ApiCallError';
import { useAdmitCandidate } from '../../api/candidateQueries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateInput } from '../../components/DateInput';
import { translateError } from '../../i18n/translateError';

/**
 * "Ghi lễ kết nạp": the ceremony's date, asked once more in a dialog because it creates the member. A refusal (the age
 * rule at the decision, the ceremony before the decision…) is shown in the service's words; nothing is then written.
 */
export function AdmitSection({ candidate }: { candidate: CandidateDetail }) {
  const { t } = useTranslation();
  const titleId = useId();
  const admit = useAdmitCandidate();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const name = candidate.fullName;

  const ask = () => {
    const parsed = dateSchema.safeParse(typed);
    if (!parsed.success) {
      setError(t(parsed.error.issues[0]?.message ?? 'validation.date_invalid'));
      return;
    }
    setError(null);
    admit.reset();
    setConfirming(parsed.data);
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="sm">
        {t('candidates.detail.admit.title')}
      </Title>
      {candidate.decisionOn === null ? (
        <Text>{t('candidates.detail.admit.needsDecision')}</Text>
      ) : (
        <Stack gap="md" align="flex-start">
          <Text>{t('candidates.detail.admit.intro', { name, decisionOn: formatViDate(candidate.decisionOn) })}</Text>
          <DateInput
            label={t('candidates.detail.admit.ceremonyOn')}
            required
            value={typed}
            error={error}
            onChange={(event) => setTyped(event.currentTarget.value)}
          />
          <Button onClick={ask}>{t('candidates.detail.admit.submit')}</Button>
          {admit.isError && (
            <Alert title={t('candidates.detail.admit.failed')} variant="light" role="alert">
              {translateError(t, toErrorData(admit.error))}
            </Alert>
          )}
        </Stack>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={t('candidates.detail.admit.confirmTitle')}
        text={t('candidates.detail.admit.confirmText', { name, ceremonyOn: confirming ? formatViDate(confirming) : '' })}
        confirmLabel={t('candidates.detail.admit.confirm')}
        cancelLabel={t('candidates.detail.admit.cancel')}
        busy={admit.isPending}
        onConfirm={() => {
          if (confirming) admit.mutate({ id: candidate.id, ceremonyOn: confirming }, { onSettled: () => setConfirming(null) });
        }}
        onCancel={() => setConfirming(null)}
      />
    </Card>
  );
}
