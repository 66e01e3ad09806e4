import type { LeadershipDashboard, LeadershipMonthlyQuery, LeadershipUnitRow } from '@sim/contracts';
import { INDONESIAN_MONTHS, PREDIKAT_LABELS, formatTanggal, todayOf } from '@sim/domain';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { renderPdf, type PdfContent } from '../../lib/pdf';
import { canReadLeadershipDashboard } from './dashboard-leadership.policy';
import { computeLeadershipDashboard, monthBounds } from './dashboard-leadership.service';

// The Pimpinan's monthly summary PDF (issue 14 §5): one document with the month's figures per unit, each beside the
// previous month's, the on-time share drawn as simple bars, IKM with its trend, the predikat distribution, training
// coverage, oversight follow-up and the policies awaiting a response. Official documents stay Indonesian.

/** `2026-11` → `November 2026`. */
export const monthLabel = (month: string) =>
  `${INDONESIAN_MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** The month before `YYYY-MM`. */
export function previousMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The month a summary is for by default: the last complete WIB month. */
export const lastCompleteMonth = (now: Date) => previousMonth(todayOf(now).slice(0, 7));

const num = (v: number | null, digits = 0) =>
  v === null ? '—' : v.toLocaleString('id-ID', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const pct = (v: number | null) => (v === null ? '—' : `${num(v, 1)}%`);

/** "naik 2,5" / "turun 1" / "tetap" against last month (— when either side has no figure). */
function trend(now: number | null, before: number | null, digits = 1): string {
  if (now === null || before === null) return '—';
  const d = Math.round((now - before) * 10 ** digits) / 10 ** digits;
  return d > 0 ? `naik ${num(d, digits)}` : d < 0 ? `turun ${num(-d, digits)}` : 'tetap';
}

const header = (cells: string[]): PdfContent[] =>
  cells.map((text) => ({ text, bold: true, fillColor: '#eeeeee' }));

function table(widths: (number | string)[], head: string[], body: PdfContent[][]): PdfContent {
  return {
    table: { headerRows: 1, widths, body: [header(head), ...body], dontBreakRows: true },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 12],
  };
}

/** Horizontal bars (0–100%) as SVG, one per unit, for the on-time share; the same numbers are in the table above. */
function barsSvg(rows: { label: string; value: number | null }[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const rowHeight = 18;
  const labelWidth = 190;
  const barWidth = 270;
  const parts = rows.map((r, i) => {
    const y = i * rowHeight;
    const w = r.value === null ? 0 : Math.max(0, Math.min(100, r.value)) * (barWidth / 100);
    return (
      `<text x="0" y="${y + 12}" font-size="9" font-family="Helvetica">${escape(r.label.slice(0, 38))}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="11" fill="#e9ecef"/>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="11" fill="#1c7ed6"/>` +
      `<text x="${labelWidth + barWidth + 6}" y="${y + 12}" font-size="9" font-family="Helvetica">${escape(pct(r.value))}</text>`
    );
  });
  const height = Math.max(rowHeight, rows.length * rowHeight);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="515" height="${height}" viewBox="0 0 515 ${height}">${parts.join('')}</svg>`;
}

function complaintRows(cur: LeadershipDashboard, prev: LeadershipDashboard): PdfContent[][] {
  const before = new Map(prev.units.map((u) => [u.unitId, u]));
  return cur.units.map((u) => {
    const p = before.get(u.unitId);
    return [
      { text: u.unitName, bold: u.isTotal },
      `${num(u.complaints.received.value)} (${num(p?.complaints.received.value ?? null)})`,
      num(u.complaints.finished.value),
      pct(u.complaints.onTimePercent.value),
      trend(u.complaints.onTimePercent.value, p?.complaints.onTimePercent.value ?? null),
      num(u.complaints.medianWorkingDays.value, 1),
    ];
  });
}

const otherRows = (units: LeadershipUnitRow[]): PdfContent[][] =>
  units.map((u) => [
    { text: u.unitName, bold: u.isTotal },
    `${num(u.training.reached.value)} / ${num(u.training.employees.value)}`,
    pct(u.training.percent.value),
    `${num(u.oversight.done.value)} / ${num(u.oversight.due.value)}`,
    pct(u.oversight.followUpRate.value),
    num(u.oversight.overdue.value),
  ]);

/** The document for `month`; pure layout over two computed dashboards. */
export function monthlySummaryDocument(
  month: string,
  cur: LeadershipDashboard,
  prev: LeadershipDashboard,
  generatedAt: Date,
) {
  const label = monthLabel(month);
  const time = generatedAt.toLocaleTimeString('id-ID', {
    timeZone: 'Asia/Jakarta',
    hour: '2-digit',
    minute: '2-digit',
  });
  const ikmBody: PdfContent[][] = cur.ikm.map((s) => [
    s.unitName,
    `${formatTanggal(s.periodStart)} – ${formatTanggal(s.periodEnd)}`,
    num(s.respondents),
    num(s.konversi, 2),
    s.mutu ?? '—',
    trend(s.konversi, s.previousKonversi, 2),
  ]);
  const p = cur.predikat;
  const content: PdfContent[] = [
    { text: `Ringkasan Kinerja Bulanan — ${label}`, style: 'title' },
    {
      text: `Periode ${formatTanggal(cur.from)} – ${formatTanggal(cur.to)}; dibandingkan dengan ${monthLabel(previousMonth(month))}. Dibuat ${formatTanggal(todayOf(generatedAt))} pukul ${time} WIB.`,
      margin: [0, 0, 0, 10],
    },
    { text: 'Pengaduan per unit kerja', style: 'h2' },
    {
      text: 'Diterima (angka dalam kurung: bulan sebelumnya), selesai, persentase selesai tepat waktu dan trennya, median hari kerja penyelesaian.',
      fontSize: 8,
      color: '#555555',
    },
    table(
      ['*', 70, 45, 55, 60, 50],
      ['Unit', 'Diterima', 'Selesai', 'Tepat waktu', 'Tren', 'Median'],
      complaintRows(cur, prev),
    ),
    { text: 'Persentase selesai tepat waktu', style: 'h3' },
    {
      svg: barsSvg(cur.units.map((u) => ({ label: u.unitName, value: u.complaints.onTimePercent.value }))),
      margin: [0, 2, 0, 12],
    },
    { text: 'Indeks Kepuasan Masyarakat (IKM)', style: 'h2' },
    ikmBody.length > 0
      ? table(
          ['*', 110, 50, 40, 35, 55],
          ['Unit', 'Periode survei', 'Responden', 'IKM', 'Mutu', 'Tren'],
          ikmBody,
        )
      : { text: 'Tidak ada survei pada bulan ini.', italics: true, margin: [0, 2, 0, 12] },
    { text: 'Sebaran predikat kinerja pegawai', style: 'h2' },
    p.periodId === null
      ? { text: 'Belum ada periode penilaian yang berakhir.', italics: true, margin: [0, 2, 0, 12] }
      : {
          stack: [
            `${p.periodLabel} ${p.year}; predikat organisasi: ${p.orgPredikat ?? 'belum ditetapkan'}; ${p.total} pegawai dinilai.`,
            table(
              ['*', 60, 60],
              ['Predikat', 'Jumlah', 'Persen'],
              p.counts.map((c) => [PREDIKAT_LABELS[c.predikat], num(c.count), pct(c.percent)]),
            ),
            p.ok
              ? { text: 'Sebaran memenuhi pola yang diizinkan.', margin: [0, 0, 0, 12] }
              : { ul: p.violations, color: '#a61e4d', margin: [0, 0, 0, 12] },
          ],
        },
    { text: 'Pelatihan dan tindak lanjut pengawasan', style: 'h2' },
    {
      text: `Cakupan: pegawai dengan JP tahun ${cur.trainingYear} ≥ ${cur.trainingTarget} JP. Tindak lanjut: rekomendasi bulan ini yang selesai dari yang dibuat.`,
      fontSize: 8,
      color: '#555555',
    },
    table(
      ['*', 55, 50, 60, 55, 50],
      ['Unit', 'Capai JP', 'Cakupan', 'Tindak lanjut', 'Persen', 'Terlambat'],
      otherRows(cur.units),
    ),
    { text: 'Kebijakan menunggu tanggapan resmi', style: 'h2' },
    cur.policiesAwaitingResponse.items.length > 0
      ? { ul: cur.policiesAwaitingResponse.items.map((f) => f.title) }
      : { text: 'Tidak ada.', italics: true },
  ];
  return {
    info: { title: `Ringkasan Kinerja Bulanan ${label}`, author: 'SIM Kinerja' },
    content,
    styles: {
      title: { fontSize: 15, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 2] },
      h3: { fontSize: 10, bold: true, margin: [0, 0, 0, 2] },
    },
    footer: (page: number, pages: number): PdfContent => ({
      text: `SIM Kinerja — Ringkasan ${label} — halaman ${page} dari ${pages}`,
      fontSize: 8,
      alignment: 'center',
      color: '#666666',
    }),
  };
}

/** `GET /dashboards/leadership/monthly.pdf`: the month asked (default the last complete month) for the whole office. */
export async function getMonthlySummaryPdf(
  ctx: ServiceContext,
  actor: Actor,
  q: LeadershipMonthlyQuery,
): Promise<{ fileName: string; body: Buffer }> {
  if (!canReadLeadershipDashboard(actor))
    throw forbidden('Ringkasan bulanan hanya untuk Pimpinan dan Admin Kepegawaian');
  const month = q.month ?? lastCompleteMonth(ctx.now());
  const [cur, prev] = await Promise.all([
    computeLeadershipDashboard(ctx, monthBounds(month)),
    computeLeadershipDashboard(ctx, monthBounds(previousMonth(month))),
  ]);
  const body = await renderPdf(monthlySummaryDocument(month, cur, prev, ctx.now()));
  return { fileName: `ringkasan-bulanan-${month}.pdf`, body };
}
