import ExcelJS from 'exceljs';
import {
  ORGANISATION_PREDIKAT_LABELS,
  PREDIKAT_LABELS,
  RATING_LABELS,
  fullNameOf,
  todayOf,
} from '@sim/domain';
import type { Database } from '../../db/database';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { auditContextOf } from '../../lib/actor';
import { pangkatOfGolongan } from '../org/employee.rules';
import { findUnitSubtreeIds, getSuperiorOf } from '../org/org.service';
import { getSkpRow, getYearRow, loadSkpParts, referenceDate, targetLabel } from './performance-access';
import {
  documentSha256,
  newVerificationCode,
  renderPdf,
  type PdfContent,
  verificationUrl,
} from '../../lib/pdf';
import * as policy from './performance.policy';
import * as repo from './performance.repository';
import { getSkp } from './skp.service';
import { loadRealisations } from './performance-work.service';
import { raterOn } from './evaluation.service';

// Documents: the SKP and the Dokumen Evaluasi Kinerja Pegawai as PDF with a verification code and QR, the public
// verification (genuine: the code was issued here; unaltered: the data it was rendered from still hashes the same),
// and the XLSX export of a unit's targets, realisations and predikat.

const PLACE = 'Palembang';
const ASPEK_LABEL: Record<string, string> = {
  KUANTITAS: 'Kuantitas',
  KUALITAS: 'Kualitas',
  WAKTU: 'Waktu',
  BIAYA: 'Biaya',
};
const PERSPEKTIF_LABEL: Record<string, string> = {
  PENERIMA_LAYANAN: 'Penerima Layanan',
  PROSES_BISNIS: 'Proses Bisnis',
  PENGUATAN_INTERNAL: 'Penguatan Internal',
  ANGGARAN: 'Anggaran',
};

type DocPerson = { nama: string; nip: string; pangkat: string; jabatan: string; unitKerja: string };

/** The five fields of a person on official forms; non-PNS staff leave NIP empty (performance-skp.md). */
async function docPerson(db: Database, employeeId: number | null, date: string): Promise<DocPerson | null> {
  if (employeeId === null) return null;
  const [p] = await repo.findPersons(db, [employeeId], date);
  if (!p) return null;
  const pangkat = pangkatOfGolongan(p.kind, p.golongan);
  return {
    nama: fullNameOf(p),
    nip: p.kind === 'PNS' ? p.nip : '',
    pangkat: pangkat ? `${pangkat} (${p.golongan})` : (p.golongan ?? '-'),
    jabatan: p.position_name ?? '-',
    unitKerja: p.unit_name ?? '-',
  };
}

/**
 * The data an SKP document is rendered from; its hash is what verification compares. The Pejabat Penilai Kinerja is
 * the rater the evaluation uses (passed up past a superior who may not rate, or the delegate), not simply the direct
 * superior, so the SKP and the Dokumen Evaluasi name the same person.
 */
export async function skpDocumentData(db: Database, skpId: number) {
  const row = await getSkpRow(db, skpId);
  const date = referenceDate(row.year, row.approved_at ?? row.updated_at);
  const rater = await raterOn(db, row.employee_id, row.year_id, date);
  const { rhk } = await loadSkpParts(db, skpId);
  const indicators = await repo.findIndicatorsOfRhk(
    db,
    rhk.map((r) => r.id),
  );
  return {
    kind: 'SKP' as const,
    year: row.year,
    version: row.version,
    status: row.status,
    approach: row.approach,
    pegawai: await docPerson(db, row.employee_id, date),
    penilai: await docPerson(db, rater?.employeeId ?? null, date),
    rhk: rhk.map((r) => ({
      section: r.section,
      text: r.text,
      parent: r.parentRhkText,
      perspektif: r.perspektif,
      indikator: indicators
        .filter((i) => i.rhk_id === r.id)
        .map((i) => ({ aspek: i.aspek, text: i.text, target: targetLabel(i) })),
    })),
    ekspektasi: row.ekspektasi as Record<string, string>,
    lampiran: row.lampiran as Record<string, string[]>,
  };
}

/**
 * The data a Dokumen Evaluasi Kinerja Pegawai is rendered from (fields per performance-skp.md); the rater is the one
 * stored on the evaluation.
 */
export async function evaluationDocumentData(db: Database, skpId: number, periodId: number) {
  const row = await getSkpRow(db, skpId);
  const ev = await repo.findEvaluation(db, skpId, periodId);
  if (!ev) throw notFound('Penilaian periode ini');
  const period = (await repo.findPeriodById(db, periodId))!;
  const year = await getYearRow(db, row.year_id);
  const date = period.end_date;
  const raterSuperior = await getSuperiorOf(db, ev.rater_employee_id, date);
  return {
    kind: 'EVALUASI' as const,
    evaluationId: ev.id,
    periode: period.label,
    tahun: row.year,
    mulai: period.start_date,
    selesai: period.end_date,
    pegawai: await docPerson(db, row.employee_id, date),
    penilai: await docPerson(db, ev.rater_employee_id, date),
    atasanPenilai: await docPerson(db, raterSuperior?.employeeId ?? null, date),
    capaianOrganisasi: year.org_predikat
      ? ORGANISATION_PREDIKAT_LABELS[year.org_predikat]
      : 'Belum ditetapkan',
    ratingHasilKerja: RATING_LABELS[ev.rating_hasil_kerja],
    ratingPerilaku: RATING_LABELS[ev.rating_perilaku],
    predikat: PREDIKAT_LABELS[ev.predikat],
    catatan: ev.catatan ?? ev.reason,
  };
}

/** The verification code of this exact content: reused when the same content was issued before. */
async function issueCode(
  ctx: ServiceContext,
  actor: Actor,
  kind: 'SKP' | 'EVALUASI',
  skpId: number,
  evaluationId: number | null,
  title: string,
  employeeName: string,
  sha256: string,
) {
  const existing = await repo.findDocumentByHash(ctx.db, kind, skpId, sha256);
  if (existing) return existing.code;
  const code = newVerificationCode(kind === 'SKP' ? 'SKP' : 'EKP');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertDocument(trx, {
      code,
      kind,
      skp_id: skpId,
      evaluation_id: evaluationId,
      title,
      employee_name: employeeName,
      sha256,
      issued_by: actor.userId,
      issued_at: ctx.now(),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skp.document_issued',
      entityType: 'perf_skp',
      entityId: skpId,
      after: { code, kind, sha256 },
    });
  });
  return code;
}

const formatDate = (iso: string) => iso.split('-').reverse().join('-');

function personTable(title: string, p: DocPerson | null): PdfContent {
  const rows: [string, string][] = p
    ? [
        ['Nama', p.nama],
        ['NIP', p.nip || '-'],
        ['Pangkat/Gol. Ruang', p.pangkat],
        ['Jabatan', p.jabatan],
        ['Unit Kerja', p.unitKerja],
      ]
    : [['Nama', '-']];
  return {
    table: {
      widths: [120, '*'],
      body: [
        [{ text: title, bold: true, colSpan: 2, fillColor: '#eeeeee' }, ''],
        ...rows.map(([k, v]) => [k, v]),
      ],
    },
    margin: [0, 0, 0, 8],
  };
}

function verificationFooter(code: string, url: string, sha256: string): PdfContent {
  return {
    columns: [
      { qr: url, fit: 80, width: 90 },
      {
        stack: [
          { text: `Kode verifikasi: ${code}`, bold: true },
          { text: `Periksa keaslian dokumen di ${url}`, fontSize: 8 },
          { text: `SHA-256 data: ${sha256}`, fontSize: 7, color: '#555555' },
        ],
      },
    ],
    margin: [0, 16, 0, 0],
  };
}

function signatureBlock(
  left: DocPerson | null,
  leftTitle: string,
  right: DocPerson | null,
  rightTitle: string,
  date: string,
): PdfContent {
  const block = (title: string, p: DocPerson | null): PdfContent => ({
    stack: [
      { text: title, margin: [0, 0, 0, 40] },
      { text: p?.nama ?? '-', bold: true },
      { text: p?.nip ? `NIP ${p.nip}` : '' },
    ],
    alignment: 'center',
  });
  return {
    stack: [
      { text: `${PLACE}, ${date}`, alignment: 'right', margin: [0, 12, 0, 6] },
      { columns: [block(leftTitle, left), block(rightTitle, right)] },
    ],
  };
}

/** The SKP as a PDF in the official layout, with its verification code and QR. Readers of the SKP may download. */
export async function buildSkpPdf(ctx: ServiceContext, actor: Actor, skpId: number) {
  await getSkp(ctx, actor, skpId);
  const data = await skpDocumentData(ctx.db, skpId);
  const sha256 = documentSha256(data);
  const title = `Sasaran Kinerja Pegawai ${data.year}`;
  const code = await issueCode(ctx, actor, 'SKP', skpId, null, title, data.pegawai?.nama ?? '-', sha256);
  const url = verificationUrl(ctx.config, code);
  const rhkRows = (section: string): PdfContent[][] => {
    const rows: PdfContent[][] = [];
    for (const r of data.rhk.filter((x) => x.section === section)) {
      for (const [j, i] of r.indikator.entries()) {
        rows.push([
          j === 0 ? (r.parent ?? (r.perspektif ? (PERSPEKTIF_LABEL[r.perspektif] ?? '-') : '-')) : '',
          j === 0 ? r.text : '',
          ASPEK_LABEL[i.aspek] ?? i.aspek,
          i.text,
          i.target,
        ]);
      }
    }
    return rows.length > 0 ? rows : [['-', '-', '-', '-', '-']];
  };
  const header: PdfContent[] = [
    'RHK Pimpinan yang Diintervensi / Perspektif',
    'Rencana Hasil Kerja',
    'Aspek',
    'Indikator Kinerja Individu',
    'Target',
  ].map((t) => ({ text: t, bold: true, fillColor: '#eeeeee' }));
  const ekspektasi = Object.entries(data.ekspektasi).filter(([, v]) => v);
  const body = await renderPdf({
    info: { title, author: 'SIM Kinerja' },
    pageOrientation: 'landscape',
    content: [
      { text: 'SASARAN KINERJA PEGAWAI', style: 'title' },
      {
        text: `PENDEKATAN HASIL KERJA ${data.approach} — PERIODE PENILAIAN 1 JANUARI – 31 DESEMBER ${data.year} — VERSI ${data.version}`,
        alignment: 'center',
        margin: [0, 0, 0, 10],
      },
      {
        columns: [
          personTable('PEGAWAI YANG DINILAI', data.pegawai),
          personTable('PEJABAT PENILAI KINERJA', data.penilai),
        ],
      },
      { text: 'HASIL KERJA — A. UTAMA', bold: true, margin: [0, 6, 0, 4] },
      { table: { headerRows: 1, widths: ['*', '*', 60, '*', 80], body: [header, ...rhkRows('UTAMA')] } },
      { text: 'HASIL KERJA — B. TAMBAHAN', bold: true, margin: [0, 8, 0, 4] },
      { table: { headerRows: 1, widths: ['*', '*', 60, '*', 80], body: [header, ...rhkRows('TAMBAHAN')] } },
      { text: 'PERILAKU KERJA (BerAKHLAK) — Ekspektasi Khusus Pimpinan', bold: true, margin: [0, 8, 0, 4] },
      ekspektasi.length > 0
        ? { ul: ekspektasi.map(([k, v]) => `${k.replace(/_/g, ' ')}: ${v}`) }
        : { text: '-' },
      { text: 'LAMPIRAN SKP', bold: true, margin: [0, 8, 0, 4] },
      ...(['dukunganSumberDaya', 'skemaPertanggungjawaban', 'konsekuensi'] as const).map((k): PdfContent => ({
        stack: [
          {
            text: {
              dukunganSumberDaya: 'Dukungan Sumber Daya',
              skemaPertanggungjawaban: 'Skema Pertanggungjawaban',
              konsekuensi: 'Konsekuensi',
            }[k],
            italics: true,
          },
          (data.lampiran[k] ?? []).length > 0 ? { ul: data.lampiran[k] ?? [] } : { text: '-' },
        ],
        margin: [0, 0, 0, 4],
      })),
      signatureBlock(
        data.pegawai,
        'Pegawai yang Dinilai',
        data.penilai,
        'Pejabat Penilai Kinerja',
        formatDate(todayOf(ctx.now())),
      ),
      verificationFooter(code, url, sha256),
    ],
    styles: { title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 4] } },
  });
  return { body, code, fileName: `skp-${data.year}-${data.pegawai?.nip || skpId}.pdf` };
}

/** The Dokumen Evaluasi Kinerja Pegawai of one period as a PDF with its verification code and QR. */
export async function buildEvaluationPdf(ctx: ServiceContext, actor: Actor, skpId: number, periodId: number) {
  await getSkp(ctx, actor, skpId);
  const data = await evaluationDocumentData(ctx.db, skpId, periodId);
  const sha256 = documentSha256(data);
  const title = `Dokumen Evaluasi Kinerja Pegawai ${data.periode} ${data.tahun}`;
  const code = await issueCode(
    ctx,
    actor,
    'EVALUASI',
    skpId,
    data.evaluationId,
    title,
    data.pegawai?.nama ?? '-',
    sha256,
  );
  const url = verificationUrl(ctx.config, code);
  const body = await renderPdf({
    info: { title, author: 'SIM Kinerja' },
    content: [
      { text: 'DOKUMEN EVALUASI KINERJA PEGAWAI', style: 'title' },
      {
        text: `PERIODE: ${data.periode.toUpperCase()} ${data.tahun} (${formatDate(data.mulai)} s.d. ${formatDate(data.selesai)})`,
        alignment: 'center',
        margin: [0, 0, 0, 10],
      },
      personTable('PEGAWAI YANG DINILAI', data.pegawai),
      personTable('PEJABAT PENILAI KINERJA', data.penilai),
      personTable('ATASAN PEJABAT PENILAI KINERJA', data.atasanPenilai),
      {
        table: {
          widths: [200, '*'],
          body: [
            ['CAPAIAN KINERJA ORGANISASI', { text: data.capaianOrganisasi, bold: true }],
            ['Rating Hasil Kerja', data.ratingHasilKerja],
            ['Rating Perilaku Kerja', data.ratingPerilaku],
            ['PREDIKAT KINERJA PEGAWAI', { text: data.predikat, bold: true }],
            ['CATATAN / REKOMENDASI', data.catatan],
          ],
        },
        margin: [0, 0, 0, 8],
      },
      signatureBlock(
        data.pegawai,
        'Pegawai yang Dinilai',
        data.penilai,
        'Pejabat Penilai Kinerja',
        formatDate(todayOf(ctx.now())),
      ),
      verificationFooter(code, url, sha256),
    ],
    styles: { title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 4] } },
  });
  return {
    body,
    code,
    fileName: `evaluasi-${data.tahun}-${data.periode.replace(/\W+/g, '-')}-${data.pegawai?.nip || skpId}.pdf`,
  };
}

/** The hash of the data a registered document would be rendered from now; null when that data is gone. */
async function currentHashOf(
  db: Database,
  doc: { kind: string; skp_id: number; evaluation_id: number | null },
): Promise<string | null> {
  try {
    if (doc.kind === 'SKP') return documentSha256(await skpDocumentData(db, doc.skp_id));
    const ev = doc.evaluation_id ? await repo.findEvaluationById(db, doc.evaluation_id) : null;
    return ev ? documentSha256(await evaluationDocumentData(db, doc.skp_id, ev.period_id)) : null;
  } catch {
    return null;
  }
}

/**
 * Public verification: a code that was issued here is genuine; it is unaltered when the data it was rendered from
 * still produces the stored hash (a later revision or rating change makes it "no longer current"). Shows only
 * what the document itself shows on its face: title, name, issue date.
 */
export async function verifyDocument(ctx: ServiceContext, code: string) {
  const doc = await repo.findDocumentByCode(ctx.db, code);
  if (!doc) {
    return {
      code,
      valid: false,
      kind: null,
      title: null,
      employeeName: null,
      issuedAt: null,
      sha256: null,
      isCurrent: null,
      message: 'Kode tidak dikenal: dokumen ini tidak diterbitkan oleh SIM Kinerja Kecamatan Kertapati.',
    };
  }
  const isCurrent = (await currentHashOf(ctx.db, doc)) === doc.sha256;
  return {
    code,
    valid: true,
    kind: doc.kind,
    title: doc.title,
    employeeName: doc.employee_name,
    issuedAt: doc.issued_at.toISOString(),
    sha256: doc.sha256,
    isCurrent,
    message: isCurrent
      ? 'Dokumen asli dan datanya tidak berubah sejak diterbitkan.'
      : 'Dokumen asli, tetapi datanya telah berubah sejak diterbitkan (misalnya direvisi); minta dokumen terbaru.',
  };
}

/** XLSX of a unit (and its sub-units): every indicator's target, realisation per period, and predikat per period. */
export async function buildUnitXlsx(ctx: ServiceContext, actor: Actor, yearId: number, unitId: number) {
  if (!policy.canExportUnit(actor)) throw forbidden('Ekspor unit hanya untuk Pimpinan dan Admin Kepegawaian');
  const year = await getYearRow(ctx.db, yearId);
  const date = referenceDate(year.year, ctx.now());
  const unitIds = await findUnitSubtreeIds(ctx.db, unitId);
  if (unitIds.length === 0) throw notFound('Unit kerja');
  const employeeIds = await repo.findEmployeeIdsInUnits(ctx.db, unitIds, date);
  const skps = await repo.findSkps(ctx.db, { yearId, employeeIds });
  const periods = (await repo.findPeriodsOfYears(ctx.db, [yearId])).filter((p) => p.kind === 'PERIODIK');
  const allPeriods = await repo.findPeriodsOfYears(ctx.db, [yearId]);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SIM Kinerja';
  wb.created = ctx.now();
  const targets = wb.addWorksheet('Target & Realisasi');
  targets.addRow([
    'NIP',
    'Nama',
    'Jabatan',
    'Status SKP',
    'RHK',
    'Indikator',
    'Target',
    ...periods.map((p) => `Realisasi ${p.label}`),
  ]);
  const predikatSheet = wb.addWorksheet('Predikat');
  predikatSheet.addRow(['NIP', 'Nama', 'Jabatan', ...allPeriods.map((p) => p.label)]);
  for (const skp of skps) {
    const [person] = await repo.findPersons(ctx.db, [skp.employee_id], date);
    if (!person) continue;
    const { rhk } = await loadSkpParts(ctx.db, skp.id);
    const indicators = await repo.findIndicatorsOfRhk(
      ctx.db,
      rhk.map((r) => r.id),
    );
    const real = await loadRealisations(ctx.db, skp.id, { now: ctx.now(), viewer: 'none' });
    for (const r of rhk) {
      for (const i of indicators.filter((x) => x.rhk_id === r.id)) {
        targets.addRow([
          person.nip,
          fullNameOf(person),
          person.position_name ?? '',
          skp.status,
          r.text,
          i.text,
          targetLabel(i),
          ...periods.map((p) => {
            const x = real.find((y) => y.indicatorId === i.id && y.periodId === p.id);
            return x ? (x.value ?? x.text ?? '') : '';
          }),
        ]);
      }
    }
    const evaluations = await repo.findEvaluationsOfSkp(ctx.db, skp.id);
    predikatSheet.addRow([
      person.nip,
      fullNameOf(person),
      person.position_name ?? '',
      ...allPeriods.map((p) => {
        const ev = evaluations.find((e) => e.period_id === p.id);
        return ev ? PREDIKAT_LABELS[ev.predikat] : '';
      }),
    ]);
  }
  for (const sheet of [targets, predikatSheet]) {
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((c) => (c.width = 22));
  }
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { body, fileName: `kinerja-${year.year}-unit-${unitId}.xlsx` };
}
