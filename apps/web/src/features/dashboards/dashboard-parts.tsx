import { Anchor, Box, Group, Paper, Text, Title, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl } from '../../app/api';
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
  /** The table's name, for the links' spoken names ("Unduh XLSX: Capaian SKP" — the visible text first, WCAG 2.5.3). */
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
