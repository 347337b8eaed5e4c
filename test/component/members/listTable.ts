import { screen, within } from '@testing-library/react';
import { vi as messages } from '../../../shared/i18n/vi';

/** The names in the members table, top to bottom, as a reader sees them. */
export function namesShown(): string[] {
  const table = screen.getByRole('table', { name: messages.members.list.table });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]?.textContent ?? '');
}
