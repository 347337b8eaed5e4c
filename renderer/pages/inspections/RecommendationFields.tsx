import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InspectionInput } from '../../../shared/inspections/schema';
import { FieldGrid } from '../../components/FieldGrid';
import { FormSection } from '../../components/FormSection';
import { DateField, TextareaField, TextField } from '../../forms/fields';
import { EMPTY_RECOMMENDATION, type InspectionFormValues } from './inspectionFormValues';

/** The recommendations, a list the user grows and shrinks; each box named by its number so every one has its own name. */
export function RecommendationFields({ control }: { control: Control<InspectionFormValues, unknown, InspectionInput> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'recommendations', keyName: 'key' });
  return (
    <FormSection title={t('inspections.form.recommendations')} help={t('inspections.form.recommendationsHelp')}>
      <Stack gap="md" align="flex-start">
        {fields.length === 0 && <Text>{t('inspections.form.recommendationsEmpty')}</Text>}
        {fields.map((row, index) => {
          const number = index + 1;
          return (
            <Card key={row.key} withBorder padding="md" w="100%">
              <Stack gap="sm">
                <Text fw={500}>{t('inspections.form.recommendation', { number })}</Text>
                <TextareaField
                  control={control}
                  name={`recommendations.${index}.content`}
                  label={t('inspections.form.recommendationContent', { number })}
                />
                <FieldGrid>
                  <DateField
                    control={control}
                    name={`recommendations.${index}.deadline`}
                    label={t('inspections.form.recommendationDeadline', { number })}
                    required
                  />
                  <TextField
                    control={control}
                    name={`recommendations.${index}.responsible`}
                    label={t('inspections.form.recommendationResponsible', { number })}
                  />
                  <DateField
                    control={control}
                    name={`recommendations.${index}.doneOn`}
                    label={t('inspections.form.recommendationDoneOn', { number })}
                  />
                  <TextField
                    control={control}
                    name={`recommendations.${index}.note`}
                    label={t('inspections.form.recommendationNote', { number })}
                  />
                </FieldGrid>
                <Group justify="flex-end">
                  <Button
                    variant="default"
                    aria-label={t('inspections.form.removeRecommendationLabel', { number })}
                    onClick={() => remove(index)}
                  >
                    {t('inspections.form.removeRecommendation')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          );
        })}
        <Button variant="default" onClick={() => append({ ...EMPTY_RECOMMENDATION })}>
          {t('inspections.form.addRecommendation')}
        </Button>
      </Stack>
    </FormSection>
  );
}
