import { createHash } from 'node:crypto';
import {
  OPEN_DATA_DATASETS,
  OPEN_DATA_LICENCE,
  type OpenDataMonthRow,
  type OpenDataUnitRow,
} from '@sim/contracts';
import { INDONESIAN_MONTHS } from '@sim/domain';
import {
  OPEN_DATA_ROW_JSON_SCHEMAS,
  OPEN_DATA_TITLES,
  type TransparencyReport,
} from './transparency.service';
import { TRANSPARENCY_PAGE_TEXT, type TransparencyPageLanguage } from './transparency-page.i18n';

// /transparansi is written by the server as one HTML document with its styles inline (ADR 0009): a
// citizen's cheap phone on a slow network gets the figures in the first response, the charts are plain SVG bars with
// the same figures in a table beside them, and the period filter is a GET form. Nothing here reads the database. The one tiny inline script only refreshes the
// figures live (ADR 0011); the page needs no script.

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

type Text = (typeof TRANSPARENCY_PAGE_TEXT)[TransparencyPageLanguage];

/**
 * Live updates (ADR 0011), the page's only script, inline so it costs no request: without JavaScript (or without
 * EventSource) nothing happens and the page is as before. When the public stream says the figures changed — or it
 * reconnects after a drop, when it may have missed one — it waits a moment (several changes, one re-read), re-reads
 * this same address and swaps in the new `#angka`, then announces the time in the polite live region. Allowed by
 * its hash in the page's Content-Security-Policy (`TRANSPARENCY_SCRIPT_HASH`), not by 'unsafe-inline'.
 */
export const TRANSPARENCY_LIVE_SCRIPT =
  "(function(d){var E=window.EventSource,o=d.getElementById('angka'),s=d.getElementById('live-status');" +
  "if(!E||!o||!s||!window.fetch||!window.DOMParser)return;var t,f=1,es=new E('/api/v1/public/events');" +
  "function z(n){return(n<10?'0':'')+n}" +
  "function load(){fetch(location.href,{cache:'no-store'}).then(function(r){return r.ok?r.text():''})" +
  ".then(function(h){var n=h&&new DOMParser().parseFromString(h,'text/html').getElementById('angka');if(!n)return;" +
  'o.innerHTML=n.innerHTML;var w=new Date(Date.now()+252e5);' +
  "s.textContent=s.getAttribute('data-msg').replace('{t}',z(w.getUTCHours())+'.'+z(w.getUTCMinutes()))})" +
  "['catch'](function(){})}" +
  'function later(){clearTimeout(t);t=setTimeout(load,800)}' +
  'es.onmessage=later;es.onopen=function(){if(!f)later();f=0}})(document)';

/** The CSP source that allows exactly `TRANSPARENCY_LIVE_SCRIPT`. */
export const TRANSPARENCY_SCRIPT_HASH = `'sha256-${createHash('sha256').update(TRANSPARENCY_LIVE_SCRIPT).digest('base64')}'`;

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1b1e;background:#f8f9fa}
a{color:#1c5a96}
header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem}
.brand{font-weight:700;font-size:1.1rem}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;margin:.5rem 0}
nav a{display:inline-block;padding:.4rem 0}
h1{font-size:1.6rem;line-height:1.25;margin:.75rem 0 .25rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem}
.muted{color:#495057}
form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;background:#fff;border:1px solid #ced4da;border-radius:8px;padding:.75rem;margin:1rem 0}
label{display:flex;flex-direction:column;font-size:.9rem;font-weight:600}
select,button{font:inherit;min-height:44px;padding:.25rem .5rem;border:1px solid #868e96;border-radius:6px;background:#fff;color:#1a1b1e}
button{background:#1c5a96;border-color:#1c5a96;color:#fff;font-weight:600;padding:.25rem 1rem}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(10.5rem,1fr));gap:.75rem;margin:0}
.tiles div{background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:.75rem}
.tiles dt{font-size:.9rem;color:#495057}
.tiles dd{margin:0;font-size:1.35rem;font-weight:700}
.scroll{overflow-x:auto;background:#fff;border:1px solid #dee2e6;border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;padding:.5rem .75rem;font-weight:600}
th,td{padding:.45rem .75rem;border-top:1px solid #dee2e6;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left;white-space:normal}
thead th{background:#f1f3f5}
.chart{background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:.5rem;margin:0 0 .75rem}
.chart svg{display:block;width:100%;height:auto}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem;margin:.25rem .5rem}
.legend .muted{flex-basis:100%}
.key{display:inline-block;width:.9rem;height:.9rem;border-radius:2px;vertical-align:-2px;margin-right:.3rem}
.k1{background:#1c5a96}.k2{background:#2b8a3e}
footer{padding:2rem 1rem;color:#495057;font-size:.9rem}
`;

function numberFormat(t: Text) {
  const f = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 2 });
  return (n: number | null) => (n === null ? t.none : f.format(n));
}

const ENGLISH_MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, i, 15)),
);
const monthNamesOf = (t: Text) => (t.locale === 'id-ID' ? INDONESIAN_MONTHS : ENGLISH_MONTHS);

function dateText(t: Text, iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${monthNamesOf(t)[m! - 1]} ${y}`;
}

/** "5 Desember 2026 pukul 12.34 WIB" — the instant in WIB (UTC+7, no daylight saving). */
function instantText(t: Text, at: Date) {
  const wib = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  const sep = t.locale === 'id-ID' ? '.' : ':';
  return `${dateText(t, wib.slice(0, 10))} ${t.at} ${wib.slice(11, 13)}${sep}${wib.slice(14, 16)} WIB`;
}

const monthLabel = (t: Text, month: string, short = false) => {
  const name = monthNamesOf(t)[Number(month.slice(5, 7)) - 1]!;
  return short ? name.slice(0, 3) : `${name} ${month.slice(0, 4)}`;
};

function table(caption: string, head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`,
    )
    .join('');
  // A wide table scrolls inside its own box on a phone; the box is focusable so a keyboard can scroll it.
  return `<div class="scroll" role="region" aria-label="${escapeHtml(caption)}" tabindex="0"><table><caption>${escapeHtml(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function complaintCells(
  t: Text,
  row: OpenDataUnitRow | OpenDataMonthRow,
  n: ReturnType<typeof numberFormat>,
) {
  if (row.ditekan) return [t.suppressedCell, t.none, t.none, t.none];
  return [
    n(row.diterima),
    n(row.selesai),
    row.persen_tepat_waktu === null ? t.none : `${n(row.persen_tepat_waktu)}%`,
    row.median_hari_kerja === null ? t.none : n(row.median_hari_kerja),
  ];
}

/** Paired vertical bars per month (received, finished), scaled to the largest month. */
function monthChart(t: Text, months: OpenDataMonthRow[]): string {
  const shown = months.filter((m) => !m.ditekan);
  if (shown.length === 0) return '';
  const max = Math.max(1, ...shown.map((m) => m.diterima ?? 0));
  const slot = 30;
  const height = 160;
  const bars = shown
    .map((m, i) => {
      const x = i * slot + 8;
      const h1 = Math.round(((m.diterima ?? 0) / max) * (height - 30));
      const h2 = Math.round(((m.selesai ?? 0) / max) * (height - 30));
      return `<rect x="${x}" y="${height - 20 - h1}" width="12" height="${h1}" fill="#1c5a96"/><rect x="${x + 13}" y="${height - 20 - h2}" width="12" height="${h2}" fill="#2b8a3e"/><text x="${x + 12}" y="${height - 5}" text-anchor="middle" font-size="10" fill="#495057">${escapeHtml(monthLabel(t, m.bulan, true))}</text>`;
    })
    .join('');
  const width = shown.length * slot + 8;
  return `<figure class="chart" aria-labelledby="trend-desc"><svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="trend-desc"><line x1="0" y1="${height - 20}" x2="${width}" y2="${height - 20}" stroke="#868e96"/>${bars}</svg><figcaption id="trend-desc" class="legend"><span><span class="key k1"></span>${t.chartLegendReceived}</span><span><span class="key k2"></span>${t.chartLegendFinished}</span><span class="muted">${t.chartDescription}</span></figcaption></figure>`;
}

/** Horizontal bars of the IKM score (25–100) per survey. */
function ikmChart(t: Text, report: TransparencyReport): string {
  const scored = report.ikm.filter((r) => r.nilai_ikm !== null);
  if (scored.length === 0) return '';
  const n = numberFormat(t);
  const row = 28;
  const bars = scored
    .map((r, i) => {
      const w = Math.round((r.nilai_ikm! / 100) * 200);
      return `<text x="0" y="${i * row + 18}" font-size="12" fill="#1a1b1e">${escapeHtml(r.unit.slice(0, 28))}</text><rect x="190" y="${i * row + 6}" width="${w}" height="16" fill="#1c5a96"/><text x="${196 + w}" y="${i * row + 18}" font-size="12" fill="#1a1b1e">${n(r.nilai_ikm)} ${escapeHtml(r.mutu ?? '')}</text>`;
    })
    .join('');
  return `<figure class="chart" aria-labelledby="ikm-desc"><svg viewBox="0 0 440 ${scored.length * row + 4}" role="img" aria-labelledby="ikm-desc">${bars}</svg><figcaption id="ikm-desc" class="legend muted">${t.ikmChartDescription}</figcaption></figure>`;
}

export type TransparencyPageOptions = {
  language: TransparencyPageLanguage;
  cacheSeconds: number;
  years: number[];
};

/** The whole /transparansi document for a report. */
export function renderTransparencyPage(report: TransparencyReport, o: TransparencyPageOptions): string {
  const t = TRANSPARENCY_PAGE_TEXT[o.language];
  const n = numberFormat(t);
  const { period } = report;
  const office = report.units[0]!;
  const query = `year=${period.year}${period.quarter ? `&amp;quarter=${period.quarter}` : ''}`;
  const otherLang = `/transparansi?${query}${o.language === 'en' ? '' : '&amp;lang=en'}`;

  const yearOptions = o.years
    .map((y) => `<option value="${y}"${y === period.year ? ' selected' : ''}>${y}</option>`)
    .join('');
  const quarterOptions = [`<option value="">${t.wholeYear}</option>`]
    .concat(
      [1, 2, 3, 4].map(
        (q) => `<option value="${q}"${q === period.quarter ? ' selected' : ''}>${t.quarterName(q)}</option>`,
      ),
    )
    .join('');

  // With fewer complaints than the minimum (none at all included: the minimum is at least 1) the office shows no
  // figures, so neither do its units nor its months.
  const suppressedNote = `<p>${escapeHtml(t.officeSuppressed(report.minCellCount))}</p>`;
  const ikm = report.officeIkm;
  const officeTiles = office.ditekan
    ? suppressedNote
    : `<dl class="tiles">
<div><dt>${t.received}</dt><dd>${n(office.diterima)}</dd></div>
<div><dt>${t.finished}</dt><dd>${n(office.selesai)}</dd></div>
<div><dt>${t.onTime}</dt><dd>${office.persen_tepat_waktu === null ? t.none : `${n(office.persen_tepat_waktu)}%`}</dd></div>
<div><dt>${t.median}</dt><dd>${office.median_hari_kerja === null ? t.none : t.workingDays(n(office.median_hari_kerja))}</dd></div>
<div><dt>${t.ikm}</dt><dd>${ikm ? escapeHtml(t.ikmValue(n(ikm.konversi), ikm.mutu, n(ikm.respondents))) : t.noIkm}</dd></div>
</dl>`;

  const unitRows = report.units.slice(1);
  const unitsSection = office.ditekan
    ? ''
    : table(
        t.unitsCaption,
        [t.unit, t.received, t.finished, t.onTime, t.median],
        [office, ...unitRows].map((r) => [
          escapeHtml(r.jenis === 'KANTOR' ? t.officeHeading : r.unit),
          ...complaintCells(t, r, n),
        ]),
      );

  const monthsSection = office.ditekan
    ? suppressedNote
    : monthChart(t, report.months) +
      table(
        t.trendCaption,
        [t.month, t.received, t.finished, t.onTime, t.median],
        report.months.map((m) => [escapeHtml(monthLabel(t, m.bulan)), ...complaintCells(t, m, n)]),
      );

  const ikmSection =
    report.ikm.length === 0
      ? `<p>${t.noIkm}.</p>`
      : ikmChart(t, report) +
        table(
          t.ikmCaption,
          [t.unit, t.surveyPeriod, t.respondents, t.ikmScore, t.mutu],
          report.ikm.map((r) => [
            escapeHtml(r.unit),
            escapeHtml(`${dateText(t, r.tanggal_awal)} – ${dateText(t, r.tanggal_akhir)}`),
            n(r.responden),
            n(r.nilai_ikm),
            escapeHtml(r.mutu ?? t.none),
          ]),
        );

  const datasets = OPEN_DATA_DATASETS.map((d) => {
    const base = `/api/v1/public/open-data/${d}`;
    const fields = Object.entries(OPEN_DATA_ROW_JSON_SCHEMAS[d].properties)
      .map(
        ([k, v]) =>
          `<tr><th scope="row"><code>${k}</code></th><td>${escapeHtml(v.description ?? '')}</td></tr>`,
      )
      .join('');
    return `<li><strong>${escapeHtml(OPEN_DATA_TITLES[d].title)}</strong> — <a href="${base}.csv?${query}">CSV</a> · <a href="${base}.json?${query}">JSON</a> · <a href="/api/v1/public/open-data/schema/${d}.json">${t.schema}</a>
<details><summary>${t.dictionary}</summary><div class="scroll"><table><thead><tr><th scope="col">${t.column}</th><th scope="col">${t.meaning}</th></tr></thead><tbody>${fields}</tbody></table></div></details></li>`;
  }).join('');

  return `<!doctype html>
<html lang="${o.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} — ${t.office}</title>
<meta name="description" content="${escapeHtml(t.intro)}">
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<header>
<div class="brand">${t.office}</div>
<nav aria-label="${t.navLabel}"><ul>
<li><a href="/pengaduan">${t.nav.complaint}</a></li>
<li><a href="/pengaduan/lacak">${t.nav.track}</a></li>
<li><a href="/transparansi/skm">${t.nav.survey}</a></li>
<li><a href="/verifikasi">${t.nav.verify}</a></li>
<li><a href="${otherLang}" lang="${o.language === 'en' ? 'id' : 'en'}">${t.language}</a></li>
</ul></nav>
</header>
<main>
<h1>${t.title}</h1>
<p>${escapeHtml(t.intro)}</p>
<p id="live-status" class="muted" role="status" aria-live="polite" data-msg="${escapeHtml(t.liveUpdated)}"></p>
<form method="get" action="/transparansi" aria-label="${t.filter}">
<label>${t.year}<select name="year">${yearOptions}</select></label>
<label>${t.quarter}<select name="quarter">${quarterOptions}</select></label>
${o.language === 'en' ? '<input type="hidden" name="lang" value="en">' : ''}<button type="submit">${t.show}</button>
</form>
<div id="angka">
<p class="muted">${escapeHtml(t.updated(instantText(t, report.generatedAt), o.cacheSeconds))}</p>
<p><strong>${escapeHtml(t.periodLabel(dateText(t, period.from), dateText(t, period.to)))}</strong></p>
<section aria-labelledby="h-office"><h2 id="h-office">${t.officeHeading}</h2>${officeTiles}</section>
<section aria-labelledby="h-units"><h2 id="h-units">${t.unitsHeading}</h2>${unitsSection}
<p class="muted">${escapeHtml(t.smallCellNote(report.minCellCount))}</p></section>
<section aria-labelledby="h-trend"><h2 id="h-trend">${t.trendHeading}</h2>${monthsSection}</section>
<section aria-labelledby="h-ikm"><h2 id="h-ikm">${t.ikmHeading}</h2>${ikmSection}
<p><a href="/transparansi/skm">${t.ikmDetails}</a></p></section>
</div>
<section aria-labelledby="h-open"><h2 id="h-open">${t.openDataHeading}</h2>
<p>${escapeHtml(t.openDataIntro(OPEN_DATA_LICENCE.name)).replace(escapeHtml(OPEN_DATA_LICENCE.name), `<a href="${OPEN_DATA_LICENCE.url}" rel="license">${escapeHtml(OPEN_DATA_LICENCE.name)}</a>`)}</p>
<ul>${datasets}</ul>
<p><a href="/api/v1/public/open-data">${t.catalogue}</a></p>
</section>
</main>
<footer>${t.office}</footer>
<script>${TRANSPARENCY_LIVE_SCRIPT}</script>
</body>
</html>`;
}

/**
 * `renderTransparencyPage` kept per report: a cached report is served to every visitor for the cache's lifetime,
 * and rendering its page again for each of them was most of what a request still cost (issue 15: /transparansi at
 * 99 % CPU with its figures cached). Keyed by the report object (gone with it) and by everything else the page
 * shows, so the same report in the same language with the same year list is the same page.
 */
export function createTransparencyPageRenderer(): (
  report: TransparencyReport,
  o: TransparencyPageOptions,
) => string {
  const pages = new WeakMap<TransparencyReport, Map<string, string>>();
  return (report, o) => {
    let byOptions = pages.get(report);
    if (!byOptions) {
      byOptions = new Map();
      pages.set(report, byOptions);
    }
    const key = `${o.language}|${o.cacheSeconds}|${o.years.join(',')}`;
    let html = byOptions.get(key);
    if (html === undefined) {
      html = renderTransparencyPage(report, o);
      byOptions.set(key, html);
    }
    return html;
  };
}
