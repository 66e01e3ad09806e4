import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/i18n';
import { formatNumber } from '../app/format';

type PagerProps = { page: number; pageSize: number; total: number; onChange: (page: number) => void };

/** "1–25 dari 120" and page buttons with spoken names. */
export function Pager({ page, pageSize, total, onChange }: PagerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const labels = {
    first: t('pager.first'),
    previous: t('pager.previous'),
    next: t('pager.next'),
    last: t('pager.last'),
  };

  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('pager.range', {
          from: formatNumber(from, language),
          to: formatNumber(to, language),
          total: formatNumber(total, language),
        })}
      </Text>
      {pages > 1 && (
        <nav aria-label={t('pager.label')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            siblings={1}
            boundaries={1}
            size="sm"
            getControlProps={(control) => ({ 'aria-label': labels[control] })}
            getItemProps={(item) => ({
              'aria-label': t('pager.page', { page: item }),
              'aria-current': item === page ? 'page' : undefined,
            })}
          />
        </nav>
      )}
    </Group>
  );
}
