import { Stack, Text } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../shared/members/views';
import { useOrgUnits } from '../../api/organisationQueries';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../layout/usePageTitle';
import { AddUnitForm } from './AddUnitForm';
import { CloseUnitForm } from './CloseUnitForm';
import { MoveUnitForm } from './MoveUnitForm';
import { RenameUnitForm } from './RenameUnitForm';
import { buildTree, type UnitNode } from './unitTree';
import type { UnitAction } from './UnitRow';
import { UnitTree, type OpenPanel } from './UnitTree';

const asTree = (units: OrgUnit[]) => ({ units, roots: buildTree(units) });

/**
 * The register's units as a tree, each with what can be done to it: a unit added under it, a new name, a move under
 * another unit, closing. Each change opens a form in place under the unit's row; once done, a line says what was done
 * and the focus goes to the unit changed (or back to the button, when the form is cancelled).
 */
export function UnitsPage() {
  const { t } = useTranslation();
  usePageTitle(t('units.title'));
  const tree = useOrgUnits(asTree);
  const [panel, setPanel] = useState<OpenPanel | null>(null);
  const [done, setDone] = useState('');
  const idBase = useId();
  const nameId = (code: string) => `${idBase}-${code}`;
  const buttonId = (code: string, action: UnitAction) => `${idBase}-${code}-${action}`;

  // The element to focus once it is on screen: a unit just added appears only when the tree has been read again.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const element = focusNext.current === null ? null : document.getElementById(focusNext.current);
    if (element) {
      element.focus();
      focusNext.current = null;
    }
  });

  const openPanel = (unit: OrgUnit, action: UnitAction) => {
    setDone('');
    if (panel?.code === unit.code && panel.action === action) {
      setPanel(null);
    } else {
      setPanel({ code: unit.code, action });
    }
  };
  const finished = (message: string, code: string) => {
    setPanel(null);
    setDone(message);
    focusNext.current = nameId(code);
  };
  const cancelled = () => {
    if (panel) focusNext.current = buttonId(panel.code, panel.action);
    setPanel(null);
  };

  const renderPanel = (units: OrgUnit[]) => (unit: OrgUnit, action: UnitAction) => {
    const key = `${unit.code}-${action}`;
    const common = { onDone: finished, onCancel: cancelled };
    switch (action) {
      case 'add':
        return <AddUnitForm key={key} {...common} parent={unit} />;
      case 'rename':
        return <RenameUnitForm key={key} {...common} unit={unit} />;
      case 'move':
        return <MoveUnitForm key={key} {...common} unit={unit} units={units} />;
      case 'close':
        return <CloseUnitForm key={key} {...common} unit={unit} />;
    }
  };

  return (
    <Stack gap="lg" maw="64rem">
      <PageHeading>{t('units.title')}</PageHeading>
      <Text>{t('units.intro')}</Text>
      <Text role="status" fw={500}>
        {done}
      </Text>
      <QueryState query={tree} failedTitle={t('units.loadFailed')}>
        {({ units, roots }: { units: OrgUnit[]; roots: UnitNode[] }) => (
          <UnitTree
            roots={roots}
            panel={panel}
            nameId={nameId}
            buttonId={buttonId}
            onAction={openPanel}
            renderPanel={renderPanel(units)}
          />
        )}
      </QueryState>
    </Stack>
  );
}
