// CSV as RFC 4180 describes it: CRLF line ends, a header line, a field quoted (with inner quotes doubled) when it
// holds a comma, a quote, CR or LF. UTF-8 without a byte-order mark, so a program reading the header gets the column
// names exactly. Numbers are written with a dot (machine-readable, not the Indonesian comma); null is an empty field.

type CsvValue = string | number | boolean | null;

function field(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of `rows` under `columns` (each row's values read by column name, in the header's order). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map(field).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(row[c] ?? null)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
