import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatViDate } from '../../../shared/dates/calendar';
import type { OrgUnit } from '../../../shared/members/views';
import classes from './UnitsPage.module.css';

export type UnitAction = 'add' | 'rename' | 'move' | 'close';

/**
 * What can be done to a unit. The home unit's place is set by its parent committee outside the register, so it is
 * neither moved nor closed here; a closed unit takes no new unit under it and only keeps its name up to date.
 */
export function actionsFor(unit: OrgUnit): UnitAction[] {
  if (unit.closedOn !== null) return ['rename'];
  return unit.isHome ? ['add', 'rename'] : ['add', 'rename', 'move', 'close'];
}

interface UnitRowProps {
  unit: OrgUnit;
  /** The id of the unit's name, which takes the focus after a change to the unit. */
  nameId: string;
  buttonId: (action: UnitAction) => string;
  /** The action whose form is open under this row, if any. */
  open: UnitAction | null;
  onAction: (action: UnitAction) => void;
}

/** One unit: its name, code and kind, whether it keeps the register or is closed, and under them the buttons for its actions. */
export function UnitRow({ unit, nameId, buttonId, open, onAction }: UnitRowProps) {
  const { t } = useTranslation();
  const details = `${t('units.code', { code: unit.code })} · ${t(`org.kind.${unit.kind}.label`)}`;
  return (
    <div className={classes.row} data-home={unit.isHome || undefined} data-closed={unit.closedOn !== null || undefined}>
      <div>
        <Text id={nameId} tabIndex={-1} fz="lg" fw={700} className={classes.name}>
          {unit.name}
        </Text>
        <Text c="dimmed">{details}</Text>
        {unit.isHome && <Text fw={500}>{t('units.home')}</Text>}
        {unit.closedOn !== null && <Text fw={500}>{t('units.closed', { date: formatViDate(unit.closedOn) })}</Text>}
      </div>
      <Group gap="xs">
        {actionsFor(unit).map((action) => (
          <Button
            key={action}
            id={buttonId(action)}
            variant={open === action ? 'light' : 'default'}
            aria-label={t(`units.actions.${action}Label`, { name: unit.name })}
            aria-expanded={open === action}
            onClick={() => onAction(action)}
          >
            {t(`units.actions.${action}`)}
          </Button>
        ))}
      </Group>
    </div>
  );
}
