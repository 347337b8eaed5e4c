import { Pagination, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatViDate } from '../../../shared/dates/calendar';
import { MemberTable } from './MemberTable';
import { ReportPart } from './ReportPart';
import { useReport } from './useReport';

/** A page of the list at a time: a committee's thousands of members stay quick to show; a cell's fit on one page. */
const PAGE_SIZE = 100;

/** Danh sách đảng viên as of the period's last day, in the register's order (tên, tên đệm, họ). */
export function MemberListView() {
  const { t } = useTranslation();
  const { report } = useReport();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(report.members.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = report.members.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const caption = t('reports.ui.members.caption', { date: formatViDate(report.asOf), count: report.members.length });
  return (
    <ReportPart title={t('reports.ui.sections.members')}>
      {report.members.length === 0 ? (
        <Text>{t('reports.ui.members.empty')}</Text>
      ) : (
        <>
          <MemberTable
            t={t}
            caption={caption}
            rows={rows}
            firstIndex={(current - 1) * PAGE_SIZE + 1}
            showUnit={report.units.length > 1}
            linked
          />
          {pages > 1 && (
            <nav aria-label={t('reports.ui.members.pages')}>
              <Pagination
                total={pages}
                value={current}
                onChange={setPage}
                getItemProps={(number) => ({ 'aria-label': t('reports.ui.members.page', { page: number }) })}
                getControlProps={(control) => ({ 'aria-label': t(`reports.ui.members.${control}`) })}
              />
            </nav>
          )}
        </>
      )}
    </ReportPart>
  );
}
