import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A date typed as Vietnamese write it, dd/mm/yyyy, in a plain text box: quicker and surer for these users than a
 * calendar pop-up, and the shared date schema reads it. The format is said under the box, not only in the example.
 */
export function DateInput(props: TextInputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      description={t('members.form.dateHelp')}
      placeholder={t('members.form.datePlaceholder')}
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      {...props}
    />
  );
}
