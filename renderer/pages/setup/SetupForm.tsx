import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { homeSetupSchema, type HomeSetup, type HomeSetupInput } from '../../../shared/org/schemas';
import { kindNeedsParent } from '../../../shared/org/kinds';
import { toErrorData } from '../../api/ApiCallError';
import { useSetupHome } from '../../api/organisationQueries';
import { translateError } from '../../i18n/translateError';
import { CodeInput } from './CodeInput';
import { KindChoice } from './KindChoice';
import { asText, EMPTY_SETUP, FIELD_MESSAGE_PARAMS, type SetupField } from './setupFields';
import { SERVER_ERROR, serverIssueParams, showServerIssues } from './serverIssues';
import classes from './SetupForm.module.css';

/** Section titles are headings too, so a screen reader can jump between the two parts of the form. */
function SectionTitle({ children }: { children: string }) {
  return (
    <Title order={2} size="h3">
      {children}
    </Title>
  );
}

/**
 * First-run declaration of the organisation keeping the register, checked as the user types with the same schema the
 * store applies. A field shows an error once the user has typed in it or tried to save; a change in one field then
 * updates the errors already showing on the fields that depend on it (the parent fields depend on the kind, the
 * parent's code on the unit's own code).
 */
export function SetupForm() {
  const { t } = useTranslation();
  const parentHelpId = useId();
  const setupHome = useSetupHome();
  const { control, handleSubmit, formState, trigger, setError } = useForm<
    HomeSetupInput,
    unknown,
    HomeSetup
  >({
    resolver: zodResolver(homeSetupSchema),
    mode: 'onChange',
    defaultValues: EMPTY_SETUP,
  });
  const failure = setupHome.isError ? toErrorData(setupHome.error) : null;
  // Undefined until a kind is chosen, whatever the input type says.
  const kind = useWatch({ control, name: 'kind' }) as HomeSetupInput['kind'] | undefined;
  const parentOptional = kind !== undefined && !kindNeedsParent(kind);

  // Read while rendering so react-hook-form keeps these up to date (it tracks only what a render has read).
  const { errors, dirtyFields, touchedFields, isSubmitted } = formState;

  const revalidateIfShown = (fields: SetupField[]) => {
    const shown = fields.filter(
      (field) => isSubmitted || dirtyFields[field] || touchedFields[field] || errors[field] !== undefined,
    );
    if (shown.length > 0) void trigger(shown);
  };

  const errorText = (field: SetupField): string | undefined => {
    const error = errors[field];
    if (!error?.message) return undefined;
    const params = error.type === SERVER_ERROR ? serverIssueParams(failure, field) : FIELD_MESSAGE_PARAMS[field];
    return t(error.message, params);
  };

  const save = handleSubmit((setup) =>
    setupHome.mutate(setup, { onError: (error) => showServerIssues(toErrorData(error), setError) }),
  );

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="xl">
        <Fieldset
          legend={<SectionTitle>{t('setup.orgSection')}</SectionTitle>}
          variant="unstyled"
          classNames={{ legend: classes.legend }}
        >
          <Stack gap="lg">
            <Controller
              control={control}
              name="name"
              render={({ field }) => (
                <TextInput
                  {...field}
                  label={t('setup.name.label')}
                  placeholder={t('setup.name.placeholder')}
                  error={errorText('name')}
                  autoComplete="off"
                />
              )}
            />
            <Controller
              control={control}
              name="code"
              render={({ field }) => (
                <CodeInput
                  {...field}
                  onChange={(code) => {
                    field.onChange(code);
                    revalidateIfShown(['parentCode']);
                  }}
                  label={t('setup.code.label')}
                  description={t('setup.code.description')}
                  placeholder={t('setup.code.placeholder')}
                  error={errorText('code')}
                />
              )}
            />
            <Controller
              control={control}
              name="kind"
              render={({ field }) => (
                <KindChoice
                  value={field.value}
                  onChange={(chosen) => {
                    field.onChange(chosen);
                    revalidateIfShown(['parentName', 'parentCode']);
                  }}
                  error={errorText('kind')}
                  firstChoiceRef={field.ref}
                />
              )}
            />
          </Stack>
        </Fieldset>

        <Fieldset
          legend={<SectionTitle>{t('setup.parentSection')}</SectionTitle>}
          variant="unstyled"
          classNames={{ legend: classes.legend }}
          aria-describedby={parentHelpId}
        >
          <Stack gap="lg">
            <Text id={parentHelpId} c="dimmed">
              {t('setup.parentHelp')}
              {parentOptional && ` ${t('setup.parentOptional')}`}
            </Text>
            <Controller
              control={control}
              name="parentName"
              render={({ field }) => (
                <TextInput
                  {...field}
                  value={asText(field.value)}
                  onChange={(event) => {
                    field.onChange(event);
                    revalidateIfShown(['parentCode']);
                  }}
                  label={t('setup.parentName.label')}
                  placeholder={t('setup.parentName.placeholder')}
                  error={errorText('parentName')}
                  autoComplete="off"
                />
              )}
            />
            <Controller
              control={control}
              name="parentCode"
              render={({ field }) => (
                <CodeInput
                  {...field}
                  value={asText(field.value)}
                  onChange={(code) => {
                    field.onChange(code);
                    revalidateIfShown(['parentName']);
                  }}
                  label={t('setup.parentCode.label')}
                  placeholder={t('setup.parentCode.placeholder')}
                  error={errorText('parentCode')}
                />
              )}
            />
          </Stack>
        </Fieldset>

        {failure && (
          <Alert title={t('setup.failed')} variant="light">
            {translateError(t, failure)}
          </Alert>
        )}

        <div>
          <Button type="submit" size="lg" disabled={setupHome.isPending}>
            {setupHome.isPending ? t('setup.saving') : t('setup.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
