import { addDictionaries } from '../../app/i18n';

/**
 * Strings of the personal and team dashboards (issue 14 §2), mounted under `dashboards`; `dashboardsEn` must have the
 * same keys. `shared` holds the strings of the pieces every dashboard uses (dashboard-parts.tsx).
 */
export const dashboardsId = {
  shared: {
    export: { xlsx: 'Unduh XLSX', pdf: 'Unduh PDF' },
    exportLabel: { xlsx: 'Unduh XLSX: {{table}}', pdf: 'Unduh PDF: {{table}}' },
  },
};

export const dashboardsEn: typeof dashboardsId = {
  shared: {
    export: { xlsx: 'Download XLSX', pdf: 'Download PDF' },
    exportLabel: { xlsx: 'Download XLSX: {{table}}', pdf: 'Download PDF: {{table}}' },
  },
};

// Mounted under `dashboards` when a chunk that uses these strings first loads (app/i18n/index.ts).
addDictionaries({ id: { dashboards: dashboardsId }, en: { dashboards: dashboardsEn } });
