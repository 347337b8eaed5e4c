import { Stack, Text } from '@mantine/core';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CandidateInput } from '../../../shared/candidates/schema';
import type { OrgUnit } from '../../../shared/members/views';
import { toErrorData } from '../../api/ApiCallError';
import { useMemberList } from '../../api/memberQueries';
import { FieldGrid } from '../../components/FieldGrid';
import { FormSection } from '../../components/FormSection';
import { DateField, SelectField, TextField } from '../../forms/fields';
import { translateError } from '../../i18n/translateError';
import { HELPER_SLOTS, type CandidateFormValues } from './candidateFormValues';

type FormControl = Control<CandidateFormValues, unknown, CandidateInput>;

/** Only official members are assigned to help: today's are offered; the service checks the day identified. */
const OFFICIAL = { statuses: ['official' as const] };

function HelperFields({ control }: { control: FormControl }) {
  const { t } = useTranslation();
  const members = useMemberList(OFFICIAL);
  const options = (members.data?.rows ?? []).map((member) => ({ value: String(member.id), label: member.fullName }));
  return (
    <FormSection title={t('candidates.form.helpers')} help={t('candidates.form.helpersHelp')}>
      <Stack gap="md">
        {members.isError && <Text role="alert">{translateError(t, toErrorData(members.error))}</Text>}
        {Array.from({ length: HELPER_SLOTS }, (_, slot) => (
          <FieldGrid key={slot}>
            <SelectField
              control={control}
              name={`helpers.${slot}.memberId`}
              label={t('candidates.form.helperMember', { index: slot + 1 })}
              emptyLabel={t('candidates.form.helperNone')}
              options={options}
            />
            <TextField control={control} name={`helpers.${slot}.name`} label={t('candidates.form.helperName', { index: slot + 1 })} />
          </FieldGrid>
        ))}
      </Stack>
    </FormSection>
  );
}

/** The unit to join, the helpers, the date of each stage reached, and a drop. */
export function CandidateStageFields({ control, units }: { control: FormControl; units: OrgUnit[] }) {
  const { t } = useTranslation();
  const label = (name: string) => t(`candidates.form.${name}`);
  return (
    <>
      {units.length > 1 && (
        <FormSection title={label('unit')}>
          <SelectField
            control={control}
            name="unitCode"
            label={label('unit')}
            options={units.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` }))}
          />
        </FormSection>
      )}
      <HelperFields control={control} />
      <FormSection title={label('stages')} help={label('stagesHelp')}>
        <Stack gap="lg">
          <FieldGrid>
            <DateField control={control} name="identifiedOn" label={label('identifiedOn')} required />
          </FieldGrid>
          <FieldGrid>
            <DateField control={control} name="certificateOn" label={label('certificateOn')} />
            <TextField control={control} name="certificateNumber" label={label('certificateNumber')} />
          </FieldGrid>
          <FieldGrid>
            <DateField control={control} name="applicationOn" label={label('applicationOn')} />
            <DateField control={control} name="verificationOn" label={label('verificationOn')} />
            <DateField control={control} name="resolutionOn" label={label('resolutionOn')} />
          </FieldGrid>
          <FieldGrid>
            <DateField control={control} name="decisionOn" label={label('decisionOn')} />
            <TextField control={control} name="decisionNumber" label={label('decisionNumber')} />
            <TextField control={control} name="decisionBody" label={label('decisionBody')} />
          </FieldGrid>
        </Stack>
      </FormSection>
      <FormSection title={label('drop')} help={label('dropHelp')}>
        <FieldGrid>
          <DateField control={control} name="droppedOn" label={label('droppedOn')} />
          <TextField control={control} name="dropReason" label={label('dropReason')} />
        </FieldGrid>
      </FormSection>
    </>
  );
}
