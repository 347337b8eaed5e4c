import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/settings/schemas';
import { ChoiceCards } from '../../components/ChoiceCards';
import { toErrorData } from '../../api/ApiCallError';
import { useSettings, useUpdateSettings } from '../../api/settingsQueries';
import { applyLanguage } from '../../i18n/applyLanguage';
import { translateError } from '../../i18n/translateError';

/**
 * The interface language, saved in the register and applied as soon as it is saved. Each language is named in itself
 * ("English", "Tiếng Việt") so a user who switched by mistake can still find the way back.
 */
export function LanguageSetting() {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const updateSettings = useUpdateSettings();
  // While saving, the new choice shows as chosen; if saving fails, the saved one shows again.
  const current = (updateSettings.isPending ? updateSettings.variables.language : settings.data?.language) ?? null;

  const choose = (value: Language) => {
    updateSettings.mutate({ language: value }, { onSuccess: (saved) => applyLanguage(i18n, saved.language) });
  };

  return (
    <Stack gap="sm">
      <ChoiceCards
        label={t('settings.language')}
        description={t('settings.languageHelp')}
        value={current}
        onChange={choose}
        direction="row"
        choices={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`), lang: language }))}
      />
      <Text role="status" c="dimmed">
        {updateSettings.isSuccess ? t('settings.saved') : ''}
      </Text>
      {updateSettings.isError && (
        <Alert title={t('settings.saveFailed')} variant="light">
          {translateError(t, toErrorData(updateSettings.error))}
        </Alert>
      )}
    </Stack>
  );
}
