import { Anchor, Box, Group, NativeSelect, Paper, Text, Title, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiUrl } from '../../app/api';
import { formatNumber, todayInWib, type Language } from '../../app/format';
import './dashboards.i18n';

// The pieces every dashboard page is made of (issue 14 §2): a figure is always a link to the records behind it, a
// chart always stands beside a table that says the same, and each table can be downloaded with the page's filters.
// Shared by Kinerja Saya, Tim Saya and the Pimpinan dashboard.

type FigureTileProps = {
  label: string;
  /** The formatted figure ("87,5%", "12 / 20"). */
  value: ReactNode;
  /** Where the records behind the figure are (an app route with its query): no number without a drill-down. */
  to: string;
  /** A short line under the figure (e.g. "dari 8 pengaduan"). */
  hint?: ReactNode;
  /** A colour for a figure that needs attention (e.g. 'red.8' when something is late). */
  color?: string;
};

/** One headline figure as a card that is a link to its records; the whole card is the link's target. */
export function FigureTile({ label, value, to, hint, color }: FigureTileProps) {
  return (
    <UnstyledButton component={Link} to={to} className="figure-tile" style={{ display: 'block' }}>
      <Paper withBorder p="sm" h="100%">
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text fz="xl" fw={700} c={color}>
          {value}
        </Text>
        {hint !== undefined && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </Paper>
    </UnstyledButton>
  );
}

type ExportButtonsProps = {
  /** The API path of the table without the extension, e.g. `/dashboards/me/skp`. */
  path: string;
  /** The page's filters, sent as the query string of both files. */
  query: Record<string, string | number | null | undefined>;
  /** The table's name, for the links' spoken names ("Unduh XLSX: Capaian SKP", starting with the visible text). */
  tableLabel: string;
};

/** The XLSX and PDF downloads of one table, with the same filters as the page shows. */
export function ExportButtons({ path, query, tableLabel }: ExportButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" mt="xs">
      {(['xlsx', 'pdf'] as const).map((format) => (
        <Anchor
          key={format}
          href={apiUrl(`${path}.${format}`, query)}
          download
          size="sm"
          aria-label={t(`dashboards.shared.exportLabel.${format}`, { table: tableLabel })}
        >
          {t(`dashboards.shared.export.${format}`)}
        </Anchor>
      ))}
    </Group>
  );
}

type ChartWithTableProps = {
  /** The section heading; also names the table for screen readers. */
  title: string;
  /** The heading's id (unique on the page). */
  id: string;
  /** The chart: hidden from assistive technology, since the table says the same. */
  chart: ReactNode;
  /** The same numbers as a table (a `DataTable`), always present. */
  table: ReactNode;
  /** Download links or other actions under the table. */
  actions?: ReactNode;
};

/**
 * A chart with its accessible alternative: the chart is for looking (aria-hidden, no focusable parts — pass
 * `barChartProps={{ accessibilityLayer: false }}` to a Mantine chart), the table below it for reading.
 */
export function ChartWithTable({ title, id, chart, table, actions }: ChartWithTableProps) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} fz="h4" mb="sm" id={id}>
        {title}
      </Title>
      <Box aria-hidden mb="sm">
        {chart}
      </Box>
      {table}
      {actions}
    </section>
  );
}

/** A percentage figure ("87,5%"), or "—" when there is nothing to divide by. */
export function percentText(value: number | null, language: Language, maximumFractionDigits = 2): string {
  return value === null ? '—' : `${formatNumber(value, language, { maximumFractionDigits })}%`;
}

/**
 * The page's URL query and a setter that changes some of its values in place (`null` removes one): a dashboard's
 * filters live in the URL, so a link or a reload shows the same view, and a filter change is no new history entry.
 */
export function useUrlFilters(): [URLSearchParams, (patch: Record<string, string | null>) => void] {
  const [params, setParams] = useSearchParams();
  const set = (patch: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(patch)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  return [params, set];
}

/** The years a dashboard offers: this WIB year and the four before it, newest first. */
export function recentYears(): number[] {
  const thisYear = Number(todayInWib().slice(0, 4));
  return [0, 1, 2, 3, 4].map((n) => thisYear - n);
}

/** The year of Kinerja Saya and Tim Saya (`?year=`), this WIB year unless the URL names an earlier one. */
export function useDashboardYear(): [number, (year: number) => void, number[]] {
  const [params, set] = useUrlFilters();
  const years = recentYears();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= years[0]! ? asked : years[0]!;
  return [year, (y) => set({ year: String(y) }), years];
}

export function YearSelect({
  year,
  years,
  onChange,
}: {
  year: number;
  years: number[];
  onChange: (y: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('dashboards.shared.year')}
      value={String(year)}
      data={years.map(String)}
      onChange={(e) => onChange(Number(e.currentTarget.value))}
      w={120}
    />
  );
}
