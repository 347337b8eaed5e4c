import { Button, MultiSelect, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, THEORY_LEVELS } from '../../../shared/members/levels';
import { MEMBER_STATUSES } from '../../../shared/members/state-types';
import { AGE_BANDS, type OrgUnit } from '../../../shared/members/views';
import { AsOfInput } from './AsOfInput';
import { isFiltered, NO_FILTERS, oneOf, THEORY_FILTERS, type ListFilters } from './listFilters';
import classes from './MemberFilters.module.css';

/** The search waits for a pause in typing, so the list is not recomputed for every letter. */
const SEARCH_PAUSE_MS = 200;

interface MemberFiltersProps {
  filters: ListFilters;
  /** Changes some filters, keeping the others as they are by then (the search lands a moment after typing). */
  onChange: (patch: Partial<ListFilters>) => void;
  /** Shown as a filter only when the register holds more than one unit. */
  units: OrgUnit[];
}

/**
 * Search and filters in two rows at most, so that on a 1366×768 screen most of the window is left for the list.
 * Drop-downs are the browser's own; the statuses, of which several can be chosen, are a list with check marks.
 */
export function MemberFilters({ filters, onChange, units }: MemberFiltersProps) {
  const { t } = useTranslation();
  const [searchText, setSearchText] = useState(filters.search);
  const search = useDebouncedCallback((text: string) => onChange({ search: text }), SEARCH_PAUSE_MS);
  const all = { value: '', label: t('members.list.all') };

  return (
    <div role="search" aria-label={t('members.list.filters')} className={classes.filters}>
      <TextInput
        type="search"
        label={t('members.list.search')}
        placeholder={t('members.list.searchHelp')}
        value={searchText}
        onChange={(event) => {
          setSearchText(event.currentTarget.value);
          search(event.currentTarget.value);
        }}
        autoComplete="off"
        spellCheck={false}
        className={classes.search}
      />
      <MultiSelect
        size="md"
        label={t('members.list.status')}
        placeholder={filters.statuses.length === 0 ? t('members.list.all') : undefined}
        data={MEMBER_STATUSES.map((value) => ({ value, label: t(`member.status.${value}`) }))}
        value={filters.statuses}
        onChange={(values) => onChange({ statuses: MEMBER_STATUSES.filter((status) => values.includes(status)) })}
        clearable
        className={classes.status}
      />
      {units.length > 1 && (
        <NativeSelect
          size="md"
          label={t('members.list.unit')}
          value={filters.unitCode}
          onChange={(event) => onChange({ unitCode: event.currentTarget.value })}
          data={[all, ...units.map((unit) => ({ value: unit.code, label: unit.name }))]}
          className={classes.select}
        />
      )}
      <NativeSelect
        size="md"
        label={t('members.list.gender')}
        value={filters.gender}
        onChange={(event) => onChange({ gender: oneOf(GENDERS, event.currentTarget.value) })}
        data={[all, ...GENDERS.map((value) => ({ value, label: t(`member.gender.${value}`) }))]}
        className={classes.select}
      />
      <NativeSelect
        size="md"
        label={t('members.list.ageBand')}
        value={filters.ageBand}
        onChange={(event) => onChange({ ageBand: oneOf(AGE_BANDS, event.currentTarget.value) })}
        data={[all, ...AGE_BANDS.map((value) => ({ value, label: t(`member.ageBand.${value}`) }))]}
        className={classes.select}
      />
      <NativeSelect
        size="md"
        label={t('members.list.theoryLevel')}
        value={filters.theoryLevel}
        onChange={(event) => onChange({ theoryLevel: oneOf(THEORY_FILTERS, event.currentTarget.value) })}
        data={[
          all,
          ...THEORY_LEVELS.map((value) => ({ value, label: t(`member.theory.${value}`) })),
          { value: 'none', label: t('members.list.theoryNone') },
        ]}
        className={classes.select}
      />
      <AsOfInput asOf={filters.asOf} onChange={(asOf) => onChange({ asOf })} className={classes.select} />
      {isFiltered(filters) && (
        <Button
          variant="default"
          onClick={() => {
            search.cancel();
            setSearchText('');
            onChange(NO_FILTERS);
          }}
        >
          {t('members.list.clearFilters')}
        </Button>
      )}
    </div>
  );
}
