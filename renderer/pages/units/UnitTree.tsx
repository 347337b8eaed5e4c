import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../shared/members/views';
import type { UnitNode } from './unitTree';
import { UnitRow, type UnitAction } from './UnitRow';
import classes from './UnitsPage.module.css';

export interface OpenPanel {
  action: UnitAction;
  code: string;
}

interface UnitTreeProps {
  roots: UnitNode[];
  panel: OpenPanel | null;
  nameId: (code: string) => string;
  buttonId: (code: string, action: UnitAction) => string;
  onAction: (unit: OrgUnit, action: UnitAction) => void;
  /** The form of the open panel, shown right under its unit's row. */
  renderPanel: (unit: OrgUnit, action: UnitAction) => ReactNode;
}

/**
 * The units as nested lists: a screen reader announces each level ("list, 2 items, level 2") and the eye follows the
 * indentation and the line joining a unit to those below it.
 */
export function UnitTree({ roots, ...props }: UnitTreeProps) {
  const { t } = useTranslation();
  return <Branch nodes={roots} className={classes.tree} label={t('units.tree')} {...props} />;
}

function Branch({ nodes, className, label, ...props }: Omit<UnitTreeProps, 'roots'> & { nodes: UnitNode[]; className?: string; label?: string }) {
  const { panel, nameId, buttonId, onAction, renderPanel } = props;
  return (
    <ul className={className} aria-label={label}>
      {nodes.map(({ unit, children }) => {
        const open = panel?.code === unit.code ? panel.action : null;
        return (
          <li key={unit.code}>
            <UnitRow
              unit={unit}
              nameId={nameId(unit.code)}
              buttonId={(action) => buttonId(unit.code, action)}
              open={open}
              onAction={(action) => onAction(unit, action)}
            />
            {open && renderPanel(unit, open)}
            {children.length > 0 && <Branch nodes={children} className={classes.branch} {...props} />}
          </li>
        );
      })}
    </ul>
  );
}
