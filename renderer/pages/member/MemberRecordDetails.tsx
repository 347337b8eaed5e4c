import { Card, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRecord } from '../../../shared/members/record';
import { DetailList } from '../../components/DetailList';
import { recordValue } from './recordValues';

/** The parts of the record, each with the fields of the party's own forms, in their order. */
const GROUPS = [
  {
    title: 'members.form.personal',
    fields: [
      'fullName',
      'birthName',
      'gender',
      'birthDate',
      'birthPlace',
      'hometown',
      'permanentAddress',
      'temporaryAddress',
      'ethnicity',
      'religion',
      'citizenId',
      'phone',
      'occupation',
      'position',
    ],
  },
  { title: 'members.form.education', fields: ['generalEducation', 'qualification', 'academicTitle', 'theoryLevel'] },
  { title: 'members.form.party', fields: ['partyCardNumber', 'note'] },
] as const satisfies { title: string; fields: (keyof MemberRecord)[] }[];

function RecordGroup({ title, fields, record }: { title: string; fields: readonly (keyof MemberRecord)[]; record: MemberRecord }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="sm">
        {title}
      </Title>
      <DetailList
        details={fields.map((field) => ({
          term: t(`members.field.${field}`),
          value: recordValue(t, field, record[field]) || t('members.detail.notGiven'),
        }))}
      />
    </Card>
  );
}

export function MemberRecordDetails({ record }: { record: MemberRecord }) {
  const { t } = useTranslation();
  return GROUPS.map((group) => <RecordGroup key={group.title} title={t(group.title)} fields={group.fields} record={record} />);
}
