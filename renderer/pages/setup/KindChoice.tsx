import { useTranslation } from 'react-i18next';
import type { Ref } from 'react';
import { ORG_KINDS, type OrgKind } from '../../../shared/org/kinds';
import { ChoiceCards } from '../../components/ChoiceCards';

interface KindChoiceProps {
  /** Undefined until the user chooses. */
  value: OrgKind | undefined;
  onChange: (kind: OrgKind) => void;
  error: string | undefined;
  firstChoiceRef: Ref<HTMLButtonElement>;
}

/**
 * The kind of organisation as a list of options each with its explanation: users see every choice and what it means
 * at once, which a drop-down would hide.
 */
export function KindChoice({ value, onChange, error, firstChoiceRef }: KindChoiceProps) {
  const { t } = useTranslation();
  return (
    <ChoiceCards
      label={t('setup.kind.label')}
      error={error}
      value={value ?? null}
      onChange={onChange}
      firstChoiceRef={firstChoiceRef}
      choices={ORG_KINDS.map((kind) => ({
        value: kind,
        label: t(`org.kind.${kind}.label`),
        description: t(`org.kind.${kind}.description`),
      }))}
    />
  );
}
