import ExcelJS from 'exceljs';
import QRCode from 'qrcode';
import { DEFAULT_IKM_INTERVALS, SKM_UNSUR, toWibIsoDate, todayOf, formatTanggal } from '@sim/domain';
import { UNSUR_CODE_LIST, type SurveyResults } from '@sim/contracts';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import * as repo from './surveys.repository';
import * as responseRepo from './survey-responses.repository';
import { columnOf, formatAngka, toIkmWeight, weightLabel } from './surveys.rules';
import { assertCanReadResults, publicPathOf, unsurOf } from './surveys.service';
import { buildSurveyResults } from './survey-results.service';
import { renderPdf, type PdfContent } from '../../lib/pdf';

// Documents of a survey: the Laporan Hasil SKM (PDF), the raw anonymous responses (XLSX) and the QR poster for a
// counter (PDF and SVG). The report and the export carry no officer, IP, user agent or hash.

const GENDER: Record<string, string> = { L: 'Laki-laki', P: 'Perempuan', '-': 'Tidak diisi' };
const EDUCATION: Record<string, string> = {
  SD: 'SD',
  SMP: 'SMP',
  SMA: 'SMA/SMK',
  D1_D4: 'D1–D4',
  S1: 'S1',
  S2: 'S2',
  S3: 'S3',
  '-': 'Tidak diisi',
};
const OCCUPATION: Record<string, string> = {
  PNS: 'PNS',
  TNI_POLRI: 'TNI/POLRI',
  SWASTA: 'Pegawai swasta',
  WIRAUSAHA: 'Wirausaha',
  LAINNYA: 'Lainnya',
  '-': 'Tidak diisi',
};
const SOURCE: Record<string, string> = { LINK: 'Tautan', QR: 'Kode QR', INVITATION: 'Undangan' };
const FOLLOWUP_STATUS: Record<string, string> = {
  PLANNED: 'Direncanakan',
  IN_PROGRESS: 'Sedang berjalan',
  DONE: 'Selesai',
  CANCELLED: 'Dibatalkan',
};
const ageLabel = (key: string) =>
  key === '-' ? 'Tidak diisi' : key === '<20' ? 'Di bawah 20 tahun' : `${key} tahun`;

const safeName = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60) || 'survei';

function table(headers: string[], rows: PdfContent[][], widths: (number | string)[]): PdfContent {
  return {
    table: {
      headerRows: 1,
      widths,
      dontBreakRows: true,
      body: [headers.map((h) => ({ text: h, bold: true, fillColor: '#e8eef7' })), ...rows],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 10],
  };
}

const h1 = (text: string): PdfContent => ({ text, style: 'h1' });
const p = (text: string): PdfContent => ({ text, margin: [0, 0, 0, 6], alignment: 'justify' });

function percent(part: number, whole: number) {
  return whole > 0 ? `${formatAngka((part / whole) * 100, 1)}%` : '—';
}

function profileTable(title: string, items: { key: string; count: number }[], labels: (k: string) => string) {
  const total = items.reduce((s, i) => s + i.count, 0);
  return [
    { text: title, bold: true, margin: [0, 4, 0, 0] } as PdfContent,
    table(
      ['Kategori', 'Jumlah', 'Persentase'],
      items.map((i) => [labels(i.key), formatAngka(i.count, 0), percent(i.count, total)]),
      ['*', 60, 70],
    ),
  ];
}

function reportContent(r: SurveyResults, survey: repo.SurveyRow, printedOn: string): PdfContent[] {
  const weight = toIkmWeight(survey.weight);
  const weightValue = weight === 'exact' ? 1 / 9 : weight;
  const s = r.sample;
  const content: PdfContent[] = [
    { text: 'LAPORAN HASIL', style: 'title' },
    { text: 'SURVEI KEPUASAN MASYARAKAT (SKM)', style: 'title' },
    { text: survey.unit_name.toUpperCase(), style: 'subtitle' },
    { text: survey.title, alignment: 'center', margin: [0, 0, 0, 2] },
    {
      text: `Periode ${formatTanggal(survey.period_start)} s.d. ${formatTanggal(survey.period_end)}`,
      alignment: 'center',
      margin: [0, 0, 0, 16],
    },

    h1('I. Pendahuluan'),
    p(
      'Survei Kepuasan Masyarakat (SKM) dilaksanakan berdasarkan Undang-Undang Nomor 25 Tahun 2009 tentang ' +
        'Pelayanan Publik dan Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei ' +
        'Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik. Survei ini mengukur tingkat kepuasan masyarakat ' +
        `atas pelayanan ${survey.unit_name} sebagai bahan evaluasi dan perbaikan kualitas pelayanan.`,
    ),

    h1('II. Metode'),
    p(
      'Kuesioner memuat sembilan unsur pelayanan (persyaratan; sistem, mekanisme dan prosedur; waktu ' +
        'penyelesaian; biaya/tarif; produk spesifikasi jenis pelayanan; kompetensi pelaksana; perilaku ' +
        'pelaksana; penanganan pengaduan, saran dan masukan; sarana dan prasarana), masing-masing dengan empat ' +
        'pilihan jawaban bernilai 1 (tidak baik) sampai 4 (sangat baik).',
    ),
    p(
      `Jenis layanan yang disurvei: ${survey.service_types.join('; ')}. Kuesioner diisi secara daring dan anonim ` +
        'melalui tautan, kode QR di loket pelayanan, atau undangan sekali pakai setelah layanan/pengaduan selesai.',
    ),
    p(
      (s.population !== null && s.targetSample !== null
        ? `Populasi penerima layanan pada periode ini ${formatAngka(s.population, 0)} orang; jumlah sampel minimal ` +
          `menurut tabel Krejcie dan Morgan adalah ${formatAngka(s.targetSample, 0)} responden. `
        : 'Populasi penerima layanan belum ditetapkan, sehingga target sampel belum dihitung. ') +
        `Responden yang diolah berjumlah ${formatAngka(s.respondents, 0)} orang` +
        (s.targetSample ? ` (${percent(s.respondents, s.targetSample)} dari target)` : '') +
        '. ' +
        (s.excluded > 0
          ? `Sebanyak ${formatAngka(s.excluded, 0)} jawaban dikecualikan oleh admin dengan alasan tercatat. `
          : '') +
        (s.flagged > 0
          ? `${formatAngka(s.flagged, 0)} jawaban ditandai sebagai kemungkinan pengisian berulang dan tetap diolah. `
          : ''),
    ),
    p(
      'Nilai rata-rata (NRR) tiap unsur = jumlah nilai unsur dibagi jumlah responden yang menjawab unsur itu. ' +
        `Bobot tiap unsur ${weightLabel(survey.weight)}. IKM = jumlah NRR tertimbang (NRR × bobot), dengan ` +
        'rentang 1–4; nilai konversi = IKM × 25 (rentang 25–100), dibulatkan dua desimal. Mutu pelayanan ' +
        'ditentukan dari nilai konversi menurut tabel berikut.',
    ),
    table(
      ['Nilai persepsi', 'Nilai interval konversi', 'Mutu pelayanan', 'Kinerja unit pelayanan'],
      DEFAULT_IKM_INTERVALS.map((row, i, all) => {
        const upper = i === 0 ? 100 : all[i - 1]!.minKonversi - 0.01;
        return [
          String(row.nilaiPersepsi),
          `${formatAngka(row.minKonversi, 2)} – ${formatAngka(upper, 2)}`,
          row.mutu,
          row.kinerja,
        ];
      }),
      [70, '*', 80, 110],
    ),

    h1('III. Profil Responden'),
    ...profileTable('Jenis kelamin', r.profile.gender, (k) => GENDER[k] ?? k),
    ...profileTable('Umur', r.profile.ageGroup, ageLabel),
    ...profileTable('Pendidikan', r.profile.education, (k) => EDUCATION[k] ?? k),
    ...profileTable('Pekerjaan', r.profile.occupation, (k) => OCCUPATION[k] ?? k),
    ...profileTable('Jenis layanan yang diterima', r.profile.serviceType, (k) => k),

    h1('IV. Hasil Pengukuran'),
  ];

  if (r.ikm) {
    const ikm = r.ikm;
    content.push(
      table(
        ['No', 'Unsur pelayanan', 'Responden', 'NRR', 'NRR tertimbang'],
        ikm.unsur.map((u, i) => [
          String(i + 1),
          `${u.code} ${u.name}`,
          formatAngka(u.answered, 0),
          formatAngka(u.nrr, 4),
          formatAngka(u.nrr * weightValue, 4),
        ]),
        [24, '*', 60, 55, 80],
      ),
      table(
        ['Indeks Kepuasan Masyarakat', 'Nilai'],
        [
          ['IKM (1–4)', formatAngka(ikm.ikm, 4)],
          ['Nilai konversi (IKM × 25)', { text: formatAngka(ikm.konversi, 2), bold: true }],
          ['Mutu pelayanan', { text: ikm.mutu, bold: true }],
          ['Kinerja unit pelayanan', { text: ikm.kinerja, bold: true }],
        ],
        ['*', 120],
      ),
    );
    const byService = r.profile.serviceType.filter((x) => x.konversi !== null);
    if (byService.length > 1) {
      content.push(
        { text: 'Hasil per jenis layanan', bold: true },
        table(
          ['Jenis layanan', 'Responden', 'Nilai konversi', 'Mutu'],
          byService.map((x) => [x.key, formatAngka(x.count, 0), formatAngka(x.konversi!, 2), x.mutu ?? '—']),
          ['*', 60, 80, 40],
        ),
      );
    }
  } else {
    content.push(p(r.ikmUnavailableReason ?? 'IKM belum dapat dihitung.'));
  }

  content.push(h1('V. Analisis'));
  if (r.ikm) {
    const sorted = [...r.ikm.unsur].sort((a, b) => b.nrr - a.nrr);
    const best = sorted[0]!;
    content.push(
      p(
        `Nilai IKM ${survey.unit_name} sebesar ${formatAngka(r.ikm.konversi, 2)} menempatkan mutu pelayanan pada ` +
          `kategori ${r.ikm.mutu} (${r.ikm.kinerja}). Unsur dengan nilai tertinggi adalah ${best.code} ${best.name} ` +
          `(NRR ${formatAngka(best.nrr, 4)}); unsur dengan nilai terendah adalah ` +
          r.weakest.map((w) => `${w.code} ${w.name} (NRR ${formatAngka(w.nrr, 4)})`).join(', ') +
          ', yang menjadi prioritas perbaikan.',
      ),
    );
  }
  const points = r.trend.filter((t) => t.konversi !== null);
  const idx = points.findIndex((t) => t.surveyId === r.survey.id);
  if (idx > 0 && r.ikm) {
    const prev = points[idx - 1]!;
    const delta = r.ikm.konversi - prev.konversi!;
    content.push(
      p(
        `Dibandingkan periode sebelumnya (${prev.title}, nilai konversi ${formatAngka(prev.konversi!, 2)}, mutu ` +
          `${prev.mutu}), nilai konversi ${delta >= 0 ? 'naik' : 'turun'} ${formatAngka(Math.abs(delta), 2)} poin.`,
      ),
    );
  }
  if (r.suggestions.approved.length > 0) {
    content.push(
      { text: 'Saran dan masukan masyarakat (telah dimoderasi)', bold: true },
      { ul: r.suggestions.approved.slice(0, 10).map((x) => x.text), margin: [0, 4, 0, 8] },
    );
  }

  content.push(h1('VI. Rencana Tindak Lanjut'));
  if (r.followups.length > 0) {
    content.push(
      table(
        ['No', 'Unsur', 'Rencana tindakan', 'Penanggung jawab', 'Batas waktu', 'Status'],
        r.followups.map((f, i) => [
          String(i + 1),
          `${f.unsurCode} ${f.unsurName}`,
          f.action,
          f.ownerName ?? '—',
          formatTanggal(f.dueDate),
          FOLLOWUP_STATUS[f.status] ?? f.status,
        ]),
        [20, 80, '*', 80, 60, 55],
      ),
    );
  } else {
    content.push(p('Rencana tindak lanjut belum disusun.'));
  }
  if (r.previousFollowups.length > 0) {
    content.push(
      { text: 'Evaluasi tindak lanjut periode sebelumnya', bold: true },
      table(
        ['Unsur', 'Tindakan', 'Status', 'NRR sebelum', 'NRR sesudah'],
        r.previousFollowups.map((f) => [
          `${f.unsurCode} ${f.unsurName}`,
          f.action,
          FOLLOWUP_STATUS[f.status] ?? f.status,
          f.evaluation.nrrBefore === null ? '—' : formatAngka(f.evaluation.nrrBefore, 4),
          f.evaluation.nrrAfter === null ? '—' : formatAngka(f.evaluation.nrrAfter, 4),
        ]),
        [80, '*', 60, 55, 55],
      ),
    );
  }

  content.push(
    h1('VII. Penutup'),
    p(
      'Hasil survei ini dipublikasikan kepada masyarakat beserta rencana tindak lanjutnya dan menjadi bahan ' +
        'evaluasi kinerja unit serta perbaikan pelayanan pada periode berikutnya.',
    ),
    {
      columns: [
        { text: '', width: '*' },
        {
          width: 220,
          stack: [
            `Palembang, ${formatTanggal(printedOn)}`,
            `Kepala ${survey.unit_name}`,
            { text: ' ', margin: [0, 36, 0, 0] },
            '(.......................................)',
          ],
          alignment: 'center',
        },
      ],
      margin: [0, 16, 0, 0],
    },
  );
  return content;
}

/** The Laporan Hasil SKM as a PDF, for whoever may read the survey's results. */
export async function buildSkmReportPdf(ctx: ServiceContext, actor: Actor, surveyId: number) {
  const { survey } = await assertCanReadResults(ctx, actor, surveyId);
  // Unit-level report: no per-officer rows at all.
  const results = await buildSurveyResults(ctx, survey, { officerScope: new Set() });
  const printedOn = todayOf(ctx.now());
  const body = await renderPdf({
    info: { title: `Laporan Hasil SKM — ${survey.title}`, author: 'SIM Kinerja', subject: survey.unit_name },
    pageMargins: [56, 56, 56, 56],
    content: reportContent(results, survey, printedOn),
    styles: {
      title: { fontSize: 15, bold: true, alignment: 'center' },
      subtitle: { fontSize: 12, bold: true, alignment: 'center', margin: [0, 6, 0, 4] },
      h1: { fontSize: 12, bold: true, margin: [0, 12, 0, 6] },
    },
    footer: (page, pages) => ({
      columns: [
        { text: `Laporan Hasil SKM — ${survey.unit_name}`, fontSize: 8, color: '#555555' },
        { text: `Halaman ${page} dari ${pages}`, fontSize: 8, color: '#555555', alignment: 'right' },
      ],
      margin: [56, 16, 56, 0],
    }),
  });
  return { body, fileName: `laporan-skm-${safeName(survey.unit_name)}-${survey.period_start}.pdf` };
}

/**
 * The raw responses as a spreadsheet: one row per response with the WIB date (no time), source, service, profile,
 * U1–U9 and extra answers, approved suggestions only, and the flag/exclusion state so totals reconcile with the
 * report. No officer, IP, user agent or hash.
 */
export async function buildResponsesXlsx(ctx: ServiceContext, actor: Actor, surveyId: number) {
  const { survey } = await assertCanReadResults(ctx, actor, surveyId);
  const rows = await responseRepo.findAllResponses(ctx.db, surveyId);
  const results = await buildSurveyResults(ctx, survey, { officerScope: new Set() });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SIM Kinerja';
  wb.created = ctx.now();

  const sheet = wb.addWorksheet('Jawaban');
  const extra = survey.extra_questions;
  sheet.columns = [
    { header: 'No', key: 'no', width: 6 },
    { header: 'Tanggal', key: 'date', width: 12 },
    { header: 'Sumber', key: 'source', width: 10 },
    { header: 'Jenis layanan', key: 'service', width: 32 },
    { header: 'Jenis kelamin', key: 'gender', width: 12 },
    { header: 'Umur', key: 'age', width: 7 },
    { header: 'Pendidikan', key: 'education', width: 11 },
    { header: 'Pekerjaan', key: 'occupation', width: 15 },
    ...UNSUR_CODE_LIST.map((c) => ({ header: c, key: c, width: 5 })),
    ...extra.map((q) => ({ header: q.text, key: `x_${q.id}`, width: 24 })),
    { header: 'Saran (disetujui)', key: 'suggestion', width: 40 },
    { header: 'Ditandai', key: 'flagged', width: 9 },
    { header: 'Alasan tanda', key: 'flagReason', width: 30 },
    { header: 'Dikecualikan', key: 'excluded', width: 12 },
    { header: 'Alasan pengecualian', key: 'excludedReason', width: 30 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  rows.forEach((r, i) => {
    const values: Record<string, unknown> = {
      no: i + 1,
      date: toWibIsoDate(r.submitted_at),
      source: SOURCE[r.source] ?? r.source,
      service: r.service_type,
      gender: r.gender ?? '',
      age: r.age ?? '',
      education: r.education ? (EDUCATION[r.education] ?? r.education) : '',
      occupation: r.occupation ? (OCCUPATION[r.occupation] ?? r.occupation) : '',
      suggestion: r.suggestion_status === 'APPROVED' ? (r.suggestion ?? '') : '',
      flagged: r.is_flagged ? 'Ya' : 'Tidak',
      flagReason: r.flag_reason ?? '',
      excluded: r.is_excluded ? 'Ya' : 'Tidak',
      excludedReason: r.excluded_reason ?? '',
    };
    for (const c of UNSUR_CODE_LIST) values[c] = r[columnOf(c)] ?? '';
    for (const q of extra) values[`x_${q.id}`] = r.extra_answers[q.id] ?? '';
    sheet.addRow(values);
  });

  const summary = wb.addWorksheet('Ringkasan');
  summary.columns = [
    { header: 'Kode', key: 'code', width: 8 },
    { header: 'Unsur', key: 'name', width: 42 },
    { header: 'Pertanyaan', key: 'question', width: 60 },
    { header: 'Responden', key: 'answered', width: 11 },
    { header: 'NRR', key: 'nrr', width: 10 },
  ];
  summary.getRow(1).font = { bold: true };
  const unsur = unsurOf(survey);
  for (const u of unsur) {
    const got = results.ikm?.unsur.find((x) => x.code === u.code);
    summary.addRow({
      code: u.code,
      name: u.name,
      question: u.question,
      answered: got?.answered ?? 0,
      nrr: got ? Number(got.nrr.toFixed(4)) : '',
    });
  }
  summary.addRow({});
  summary.addRow({ name: 'Unit layanan', question: survey.unit_name });
  summary.addRow({ name: 'Periode', question: `${survey.period_start} s.d. ${survey.period_end}` });
  summary.addRow({ name: 'Bobot', question: weightLabel(survey.weight) });
  summary.addRow({ name: 'Responden diolah', question: results.sample.respondents });
  summary.addRow({ name: 'Target sampel', question: results.sample.targetSample ?? '—' });
  summary.addRow({ name: 'IKM', question: results.ikm ? Number(results.ikm.ikm.toFixed(4)) : '—' });
  summary.addRow({ name: 'Nilai konversi', question: results.ikm ? results.ikm.konversi : '—' });
  summary.addRow({ name: 'Mutu pelayanan', question: results.ikm ? results.ikm.mutu : '—' });
  summary.addRow({ name: 'Kinerja unit', question: results.ikm ? results.ikm.kinerja : '—' });

  const legend = wb.addWorksheet('Keterangan');
  legend.columns = [
    { header: 'Kode', key: 'code', width: 8 },
    { header: 'Unsur', key: 'name', width: 42 },
    { header: '1', key: 'a1', width: 24 },
    { header: '2', key: 'a2', width: 24 },
    { header: '3', key: 'a3', width: 24 },
    { header: '4', key: 'a4', width: 24 },
  ];
  legend.getRow(1).font = { bold: true };
  for (const c of UNSUR_CODE_LIST) {
    const [a1, a2, a3, a4] = SKM_UNSUR[c].answerLabels;
    legend.addRow({ code: c, name: SKM_UNSUR[c].name, a1, a2, a3, a4 });
  }

  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { body, fileName: `jawaban-skm-${safeName(survey.unit_name)}-${survey.period_start}.xlsx` };
}

/** The public address a poster's QR code points to: PUBLIC_URL (or the request's origin) + the survey path. */
export function posterUrl(base: string, code: string, counter: string | undefined): string {
  const params = new URLSearchParams({ sumber: 'qr' });
  if (counter) params.set('loket', counter);
  return `${base.replace(/\/+$/, '')}${publicPathOf(code)}?${params.toString()}`;
}

async function posterTarget(
  ctx: ServiceContext,
  actor: Actor,
  surveyId: number,
  origin: string,
  counter?: string,
) {
  const { survey } = await assertCanReadResults(ctx, actor, surveyId);
  return { survey, url: posterUrl(ctx.config.publicUrl ?? origin, survey.code, counter) };
}

/** The QR code of a survey (optionally for one counter) as SVG, for the printable poster page. */
export async function buildPosterQrSvg(
  ctx: ServiceContext,
  actor: Actor,
  surveyId: number,
  opts: { origin: string; counter?: string },
) {
  const { url } = await posterTarget(ctx, actor, surveyId, opts.origin, opts.counter);
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { svg, url };
}

/** An A4 poster for a counter: title, unit, the QR code, the written address and what to expect. */
export async function buildPosterPdf(
  ctx: ServiceContext,
  actor: Actor,
  surveyId: number,
  opts: { origin: string; counter?: string },
) {
  const { survey, url } = await posterTarget(ctx, actor, surveyId, opts.origin, opts.counter);
  const body = await renderPdf({
    info: { title: `Poster SKM — ${survey.title}`, author: 'SIM Kinerja' },
    pageMargins: [48, 56, 48, 48],
    content: [
      { text: 'SURVEI KEPUASAN MASYARAKAT', fontSize: 24, bold: true, alignment: 'center', color: '#1c3d6e' },
      { text: survey.unit_name, fontSize: 18, bold: true, alignment: 'center', margin: [0, 8, 0, 0] },
      ...(opts.counter
        ? [{ text: opts.counter, fontSize: 16, alignment: 'center', margin: [0, 4, 0, 0] } as PdfContent]
        : []),
      {
        text: 'Bantu kami meningkatkan pelayanan. Pindai kode QR ini dengan kamera ponsel Anda.',
        fontSize: 14,
        alignment: 'center',
        margin: [0, 18, 0, 18],
      },
      { qr: url, fit: 300, alignment: 'center', margin: [0, 0, 0, 16] },
      { text: url, fontSize: 11, alignment: 'center', color: '#1c3d6e', link: url },
      {
        ul: [
          'Tanpa login dan tanpa nama — jawaban Anda anonim.',
          'Hanya sekitar 3 menit: sembilan pertanyaan pilihan.',
          'Hasil survei dan rencana perbaikannya diumumkan kepada masyarakat.',
        ],
        fontSize: 13,
        margin: [40, 24, 40, 0],
      },
      {
        text: `${survey.title} · periode ${formatTanggal(survey.period_start)} s.d. ${formatTanggal(survey.period_end)}`,
        fontSize: 9,
        color: '#555555',
        alignment: 'center',
        margin: [0, 28, 0, 0],
      },
    ],
  });
  const suffix = opts.counter ? `-${safeName(opts.counter)}` : '';
  return { body, fileName: `poster-skm-${safeName(survey.unit_name)}${suffix}.pdf` };
}
