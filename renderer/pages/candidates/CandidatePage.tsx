import { Alert, Anchor, Button, Group, List, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { STAGES, dateOf, type Stage } from '../../../shared/candidates/stages';
import type { CandidateDetail } from '../../../shared/candidates/views';
import { formatViDate } from '../../../shared/dates/calendar';
import { ethnicityName, religionName } from '../../../shared/members/lookup';
import { toErrorData } from '../../api/ApiCallError';
import { useCandidate, useDeleteCandidate } from '../../api/candidateQueries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailList } from '../../components/DetailList';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { translateError } from '../../i18n/translateError';
import { usePageTitle } from '../../layout/usePageTitle';
import { AdmitSection } from './AdmitSection';
import { certificateText, nextText, stageText } from './describeCandidate';
import { SectionCard } from '../../components/SectionCard';

function StateSection({ candidate }: { candidate: CandidateDetail }) {
  const { t } = useTranslation();
  const { state } = candidate;
  const details = [
    { term: t('candidates.detail.status'), value: t(`candidates.detail.statusValue.${state.status}`) },
    { term: t('candidates.detail.unit'), value: `${candidate.unitName} (${candidate.unitCode})` },
    { term: t('candidates.detail.stage'), value: stageText(t, state) },
  ];
  if (state.next) details.push({ term: t('candidates.detail.next'), value: nextText(t, state) });
  details.push(
    { term: t('candidates.detail.certificate'), value: certificateText(t, state.certificate) },
    {
      term: t('candidates.detail.helpers'),
      value: candidate.helpers.length === 0 ? t('candidates.detail.helpersNone') : candidate.helpers.map((helper) => helper.name).join(', '),
    },
  );
  if (candidate.droppedOn) {
    details.push({
      term: t('candidates.detail.dropped'),
      value: t('candidates.list.droppedValue', { date: formatViDate(candidate.droppedOn), reason: candidate.dropReason ?? '' }),
    });
  }
  return (
    <SectionCard title={t('candidates.detail.state')}>
      <DetailList details={details} />
    </SectionCard>
  );
}

/** What a stage's line adds to its date: the certificate's number, the decision's number and committee. */
function stageExtra(t: ReturnType<typeof useTranslation>['t'], candidate: CandidateDetail, stage: Stage): string | null {
  if (stage === 'class' && candidate.certificateNumber) return t('candidates.detail.certificateDetail', { number: candidate.certificateNumber });
  if (stage === 'decision' && candidate.decisionNumber) {
    return t('candidates.detail.decisionDetail', { number: candidate.decisionNumber, body: candidate.decisionBody ?? '' });
  }
  return null;
}

/** Every stage in order, with its date or "not yet". */
function TimelineSection({ candidate }: { candidate: CandidateDetail }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('candidates.detail.timeline')}>
      <List type="ordered" spacing="xs">
        {STAGES.map((stage) => {
          const on = dateOf(candidate, stage);
          const extra = stageExtra(t, candidate, stage);
          return (
            <List.Item key={stage}>
              {[t(`candidates.stage.${stage}`), on ? formatViDate(on) : t('candidates.detail.notYet'), extra].filter(Boolean).join(' — ')}
            </List.Item>
          );
        })}
      </List>
    </SectionCard>
  );
}

function PersonSection({ candidate }: { candidate: CandidateDetail }) {
  const { t } = useTranslation();
  const { record } = candidate;
  return (
    <SectionCard title={t('candidates.detail.person')}>
      <DetailList
        details={[
          { term: t('candidates.detail.birthDate'), value: formatViDate(record.birthDate) },
          { term: t('candidates.detail.gender'), value: t(`member.gender.${record.gender}`) },
          { term: t('candidates.detail.ethnicity'), value: ethnicityName(record.ethnicity) },
          { term: t('candidates.detail.religion'), value: religionName(record.religion) },
          { term: t('candidates.detail.birthPlace'), value: record.birthPlace ?? t('candidates.detail.notGiven') },
        ]}
      />
    </SectionCard>
  );
}

function CandidateDetails({ candidate }: { candidate: CandidateDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteCandidate();
  const [confirming, setConfirming] = useState(false);
  const admitted = candidate.memberId !== null;
  return (
    <>
      <Group justify="space-between" align="flex-end" gap="md">
        <PageHeading>{candidate.fullName}</PageHeading>
        {!admitted && (
          <Group gap="md">
            <Button component={Link} to={`/candidates/${candidate.id}/edit`} variant="default">
              {t('candidates.detail.edit')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                remove.reset();
                setConfirming(true);
              }}
            >
              {t('candidates.detail.delete')}
            </Button>
          </Group>
        )}
      </Group>
      {admitted && candidate.ceremonyOn && (
        <Alert variant="light" title={t('candidates.detail.readOnly', { ceremonyOn: formatViDate(candidate.ceremonyOn) })}>
          <Anchor component={Link} to={`/members/${candidate.memberId}`}>
            {t('candidates.detail.memberLink', { name: candidate.fullName })}
          </Anchor>
        </Alert>
      )}
      {remove.isError && (
        <Alert title={t('candidates.detail.deleteFailed')} variant="light" role="alert">
          {translateError(t, toErrorData(remove.error))}
        </Alert>
      )}
      {candidate.state.warnings.length > 0 && (
        <SectionCard title={t('candidates.detail.warnings')}>
          <List spacing="xs">
            {candidate.state.warnings.map((warning) => (
              <List.Item key={warning.key}>{t(warning.key, warning.params)}</List.Item>
            ))}
          </List>
        </SectionCard>
      )}
      <StateSection candidate={candidate} />
      <TimelineSection candidate={candidate} />
      {candidate.state.status === 'active' && <AdmitSection candidate={candidate} />}
      <PersonSection candidate={candidate} />
      <ConfirmDialog
        open={confirming}
        title={t('candidates.detail.confirmTitle')}
        text={t('candidates.detail.confirmText', { name: candidate.fullName })}
        confirmLabel={t('candidates.detail.confirm')}
        cancelLabel={t('candidates.detail.keep')}
        busy={remove.isPending}
        onConfirm={() =>
          remove.mutate({ id: candidate.id }, { onSuccess: () => void navigate('/candidates'), onSettled: () => setConfirming(false) })
        }
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

/** One candidate: where they stand, what to watch, each stage, and the ceremony that makes them a member. */
export function CandidatePage({ id }: { id: number }) {
  const { t } = useTranslation();
  const candidate = useCandidate(id);
  usePageTitle(candidate.data?.fullName ?? t('candidates.list.title'));
  return (
    <Stack gap="xl" maw="72rem">
      <Anchor component={Link} to="/candidates" size="md">
        <span aria-hidden="true">← </span>
        {t('candidates.detail.back')}
      </Anchor>
      <QueryState query={candidate} failedTitle={t('candidates.detail.loadFailed')}>
        {(detail) => <CandidateDetails candidate={detail} />}
      </QueryState>
    </Stack>
  );
}
