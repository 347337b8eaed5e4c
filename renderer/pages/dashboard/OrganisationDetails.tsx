import { Card, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeOrganisation } from '../../../shared/org/schemas';
import { DetailList } from '../../components/DetailList';
import { formatDateVi } from '../../format/date';

export function OrganisationDetails({ organisation }: { organisation: HomeOrganisation }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { code, kind, parent, createdAt } = organisation;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="sm">
        {t('dashboard.details')}
      </Title>
      <DetailList
        details={[
          { term: t('dashboard.code'), value: code },
          { term: t('dashboard.kind'), value: t(`org.kind.${kind}.label`) },
          {
            term: t('dashboard.parent'),
            value: parent ? t('dashboard.parentValue', parent) : t('dashboard.parentNone'),
          },
          { term: t('dashboard.since'), value: formatDateVi(createdAt) },
        ]}
      />
    </Card>
  );
}
