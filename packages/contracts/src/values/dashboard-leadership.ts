// The Pimpinan dashboard (issue 14 §2, §5): the tables that can be exported and the period kinds of its filter.

/** The dashboard's tables, each exportable as XLSX and PDF with the filters applied (a closed list: anything else is 400). */
export const LEADERSHIP_TABLES = ['unit', 'ikm', 'predikat'] as const;
export type LeadershipTable = (typeof LEADERSHIP_TABLES)[number];

/** How the web page names a period in its URL; the API itself takes `from`/`to` dates. */
export const LEADERSHIP_PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type LeadershipPeriodKind = (typeof LEADERSHIP_PERIOD_KINDS)[number];
