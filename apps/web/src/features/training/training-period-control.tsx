import { SegmentedControl } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/**
 * The reporting period of the training reports: the whole year or one quarter ('0' … '4'). Five segments do not fit
 * a phone's width side by side, so there they stack.
 */
export function QuarterControl({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const isWide = useMediaQuery('(min-width: 36em)', true, { getInitialValueInEffect: false });
  return (
    <SegmentedControl
      aria-label={t('trainingReports.cost.period')}
      value={value}
      onChange={onChange}
      orientation={isWide ? 'horizontal' : 'vertical'}
      fullWidth={!isWide}
      data={[
        { value: '0', label: t('trainingReports.cost.wholeYear') },
        ...[1, 2, 3, 4].map((n) => ({
          value: String(n),
          label: t('trainingReports.cost.quarter', { q: n }),
        })),
      ]}
      style={isWide ? { alignSelf: 'flex-start' } : undefined}
    />
  );
}
