import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatViDate } from '../../../shared/dates/calendar';
import type { InspectionDetail } from '../../../shared/inspections/views';
import { toErrorData } from '../../api/ApiCallError';
import { useDeleteInspection, useInspection } from '../../api/inspectionQueries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DetailList } from '../../components/DetailList';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { translateError } from '../../i18n/translateError';
import { usePageTitle } from '../../layout/usePageTitle';
import { datesText, inspectionTitle, subjectText } from './describeInspection';
import pageClasses from './InspectionPage.module.css';
import { RecommendationsTable } from './RecommendationsTable';
import { SectionCard } from '../../components/SectionCard';

/** The basis: the plan item carried out, with a link to the plan; the upper body's plan; or ad hoc. */
function BasisValue({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const { planItem } = inspection;
  if (inspection.basis === 'ad_hoc') return <>{t('inspections.basis.ad_hoc.label')}</>;
  if (planItem === null) return <>{t('inspections.detail.basisPlanNone')}</>;
  return (
    <Stack gap={4}>
      <Text>
        {t('inspections.detail.basisPlan', {
          year: planItem.year,
          period: t(`inspections.period.${planItem.period}`),
          content: planItem.content,
        })}
      </Text>
      <Anchor component={Link} to={`/inspections/plan?year=${planItem.year}`}>
        {t('inspections.detail.openPlan', { year: planItem.year })}
      </Anchor>
    </Stack>
  );
}

function SubjectValue({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const { subject } = inspection;
  if (subject.type === 'unit') return <>{subject.isHome ? subject.name : `${subject.name} (${subject.unitCode})`}</>;
  return (
    <Anchor component={Link} to={`/members/${subject.memberId}`}>
      {subjectText(t, subject)}
    </Anchor>
  );
}

function DisciplineSection({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const { discipline } = inspection;
  return (
    <SectionCard title={t('inspections.detail.discipline')}>
      {discipline === null ? (
        <Text>{t('inspections.detail.disciplineNone')}</Text>
      ) : (
        <Stack gap="xs" align="flex-start">
          <Text>
            {t('inspections.detail.disciplineValue', {
              form: t(`member.discipline.${discipline.form}`),
              date: formatViDate(discipline.date),
            })}
            {discipline.decisionNumber !== null && ` — ${t('inspections.detail.disciplineDecision', { number: discipline.decisionNumber })}`}
          </Text>
          <Anchor component={Link} to={`/members/${discipline.memberId}`}>
            {t('inspections.detail.openMember', { name: discipline.fullName })}
          </Anchor>
        </Stack>
      )}
    </SectionCard>
  );
}

function InspectionDetails({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteInspection();
  const [confirming, setConfirming] = useState(false);
  const given = (value: string | null) => value ?? t('inspections.detail.notGiven');
  const text = (value: string | null) => <Text className={pageClasses.text}>{given(value)}</Text>;
  const activity = t(`inspections.activity.${inspection.activity}`);

  return (
    <>
      <Group justify="space-between" align="flex-end" gap="md">
        <PageHeading>{inspectionTitle(t, inspection)}</PageHeading>
        <Group gap="md">
          <Button component={Link} to={`/inspections/${inspection.id}/edit`} variant="default">
            {t('inspections.detail.edit')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              remove.reset();
              setConfirming(true);
            }}
          >
            {t('inspections.detail.delete')}
          </Button>
        </Group>
      </Group>
      {remove.isError && (
        <Alert title={t('inspections.detail.deleteFailed')} variant="light" role="alert">
          {translateError(t, toErrorData(remove.error))}
        </Alert>
      )}
      <SectionCard title={t('inspections.detail.general')}>
        <DetailList
          details={[
            { term: t('inspections.detail.direction'), value: t(`inspections.direction.${inspection.direction}.label`) },
            { term: t('inspections.detail.activity'), value: activity },
            { term: t('inspections.detail.kind'), value: t(`inspections.kind.${inspection.kind}`) },
            { term: t('inspections.detail.basis'), value: <BasisValue inspection={inspection} /> },
            { term: t('inspections.detail.conductedBy'), value: inspection.conductedBy },
            { term: t('inspections.detail.team'), value: text(inspection.team) },
            { term: t('inspections.detail.dates'), value: datesText(t, inspection.startDate, inspection.endDate) },
            { term: t('inspections.detail.subject'), value: <SubjectValue inspection={inspection} /> },
          ]}
        />
      </SectionCard>
      <SectionCard title={t('inspections.detail.results')}>
        <DetailList
          details={[
            { term: t('inspections.detail.content'), value: text(inspection.content) },
            { term: t('inspections.detail.strengths'), value: text(inspection.strengths) },
            { term: t('inspections.detail.shortcomings'), value: text(inspection.shortcomings) },
            {
              term: t('inspections.detail.violation'),
              value: inspection.violation ? t('inspections.detail.violationYes') : t('inspections.detail.violationNo'),
            },
            { term: t('inspections.detail.conclusion'), value: text(inspection.conclusion) },
          ]}
        />
      </SectionCard>
      <RecommendationsTable inspection={inspection} />
      {inspection.subject.type === 'member' && <DisciplineSection inspection={inspection} />}
      <ConfirmDialog
        open={confirming}
        title={t('inspections.detail.confirmTitle')}
        text={t('inspections.detail.confirmText', {
          activity: activity.toLowerCase(),
          date: formatViDate(inspection.startDate),
          subject: subjectText(t, inspection.subject),
        })}
        confirmLabel={t('inspections.detail.confirm')}
        cancelLabel={t('inspections.detail.keep')}
        busy={remove.isPending}
        onConfirm={() =>
          remove.mutate(
            { id: inspection.id },
            {
              onSuccess: () => void navigate(`/inspections?year=${inspection.startDate.slice(0, 4)}`),
              onSettled: () => setConfirming(false),
            },
          )
        }
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

/** One record: its facts, findings, recommendations with their status, and the discipline that resulted. */
export function InspectionPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const inspection = useInspection(id);
  const year = inspection.data ? Number(inspection.data.startDate.slice(0, 4)) : new Date().getFullYear();
  usePageTitle(
inspection.data ? inspectionTitle(t, inspection.data) : t('inspections.list.title')
  );
  return (
    <Stack gap="xl" maw="72rem">
      <Anchor component={Link} to={`/inspections?year=${year}`} size="md">
        <span aria-hidden="true">← </span>
        {t('inspections.detail.back', { year })}
      </Anchor>
      <QueryState query={inspection} failedTitle={t('inspections.detail.loadFailed')}>
        {(detail) => <InspectionDetails inspection={detail} />}
      </QueryState>
    </Stack>
  );
}
