import { List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompletenessBoard } from '../../../../shared/exchange/completeness';
import { percentText } from '../../reports/describeReport';

/** One line per level: "Cấp 1 (đơn vị trực thuộc): 3/4 đã nộp (75 %), 1 nộp muộn, 1 đã sửa, 1 chưa nộp". */
export function LevelSummary({ board }: { board: Pick<CompletenessBoard, 'levels' | 'home'> }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title order={2} id={titleId}>
        {t('exchange.completeness.levels.title')}
      </Title>
      {board.levels.length === 0 ? (
        <Text>{t('exchange.completeness.levels.none', { name: board.home.name })}</Text>
      ) : (
        <List spacing="xs">
          {board.levels.map((level) => (
            <List.Item key={level.depth}>
              <Text fw={level.depth === 1 ? 600 : 400}>
                {t('exchange.completeness.levels.line', {
                  level:
                    level.depth === 1
                      ? t('exchange.completeness.levels.first')
                      : t('exchange.completeness.levels.deeper', { depth: level.depth }),
                  received: level.received,
                  expected: level.expected,
                  rate: percentText(level.expected === 0 ? 0 : level.received / level.expected, i18n.language),
                  late: level.late,
                  corrected: level.corrected,
                  missing: level.missing,
                })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
