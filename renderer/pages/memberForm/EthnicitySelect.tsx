import { Select, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ETHNICITIES } from '../../../shared/members/ethnicities';
import { matchKey } from '../../../shared/members/lookup';

const OPTIONS: ComboboxItem[] = ETHNICITIES.map(({ code, name }) => ({ value: code, label: name }));

/** Every spelling of each group, folded: "tay" finds Tày, "hmong" finds Mông, "khmer" finds Khơ-me. */
const SPELLINGS = new Map(ETHNICITIES.map((e) => [e.code, [e.name, ...(e.aliases ?? [])].map(matchKey)]));

const filter: OptionsFilter = ({ options, search }) => {
  const typed = matchKey(search);
  return options.filter(
    (option) => 'value' in option && (SPELLINGS.get(option.value) ?? []).some((spelling) => spelling.includes(typed)),
  );
};

interface EthnicitySelectProps {
  value: string;
  onChange: (code: string) => void;
  onBlur: () => void;
  error: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

/** One of the 54 groups (or "Khác"), found by typing a few letters with or without marks. */
export function EthnicitySelect({ value, onChange, onBlur, error, ref }: EthnicitySelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      ref={ref}
      label={t('members.field.ethnicity')}
      description={t('members.form.ethnicityHelp')}
      required
      size="md"
      searchable
      allowDeselect={false}
      data={OPTIONS}
      filter={filter}
      nothingFoundMessage={t('members.form.ethnicityNotFound')}
      value={value || null}
      onChange={(code) => onChange(code ?? '')}
      onBlur={onBlur}
      error={error}
      maxDropdownHeight={320}
    />
  );
}
