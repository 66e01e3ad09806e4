import type { IssuedDocumentVerification, OversightReport, OversightReportQuery } from '@sim/contracts';
import {
  followUpRate,
  formatTanggal,
  fullNameOf,
  isRecommendationOpen,
  isRecommendationOverdue,
  startOfWibDayNumber,
  todayOf,
  toWibIsoDate,
  wibDayNumberFromIsoDate,
} from '@sim/domain';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';
import {
  documentSha256,
  newVerificationCode,
  renderPdf,
  verificationUrl,
  type PdfContent,
} from '../../lib/pdf';
import { XLSX_CONTENT_TYPE } from '../../lib/table-export';
import { recordAudit } from '../audit/audit.service';
import { findUnitSubtreeIds } from '../org/org.service';
import { filterReadableRecommendations, toRecommendationSummary } from './oversight-followups.service';
import {
  canReadIntegrityFinding,
  canReadOversightReports,
  isHeadOfOffice,
} from './oversight-followups.policy';
import * as followUpRepo from './oversight-followups.repository';
import { recordIntegrityRead } from './oversight-integrity.service';
import * as repo from './oversight-reports.repository';

// Oversight reports (issue 12 §5): per period and unit — inspections done, findings by severity, the follow-up rate
// and the overdue list — as JSON for the screen (chart + table), as XLSX, and the laporan hasil pengawasan of one
// inspection as PDF. Counts include integrity findings (a number names nobody); lists show only the recommendations
// the reader may read.

const SEVERITY_LABEL = { BERAT: 'Berat', SEDANG: 'Sedang', RINGAN: 'Ringan' } as const;
const STATUS_LABEL = {
  OPEN: 'Terbuka',
  SUBMITTED: 'Menunggu verifikasi',
  RETURNED: 'Dikembalikan',
  CLOSED: 'Selesai',
  CANNOT_FOLLOW_UP_PENDING: 'Menunggu persetujuan pimpinan',
  CANNOT_FOLLOW_UP_APPROVED: 'Tidak dapat ditindaklanjuti (disetujui)',
} as const;

async function assertMayRead(ctx: ServiceContext, actor: Actor) {
  const teams =
    actor.employeeId === null
      ? []
      : await followUpRepo.findTeamIdsOf(ctx.db, actor.employeeId, todayOf(ctx.now()));
  if (!canReadOversightReports(actor, teams.length > 0)) {
    throw forbidden('Laporan pengawasan hanya untuk Pimpinan dan anggota tim pengawas');
  }
}

/** The report of a period (WIB calendar days, both ends included) and a unit with the units below it. */
export async function getOversightReport(
  ctx: ServiceContext,
  actor: Actor,
  q: OversightReportQuery,
): Promise<OversightReport> {
  await assertMayRead(ctx, actor);
  const today = todayOf(ctx.now());
  const unitIds = q.unitId ? await findUnitSubtreeIds(ctx.db, q.unitId) : null;
  const scope = {
    from: startOfWibDayNumber(wibDayNumberFromIsoDate(q.from)),
    to: startOfWibDayNumber(wibDayNumberFromIsoDate(q.to) + 1),
    unitIds,
  };
  const byUnit = await repo.countInspectionsByUnit(ctx.db, scope);
  const bySeverity = await repo.countFindingsBySeverity(ctx.db, scope);
  const recommendations = await followUpRepo.findRecommendations(ctx.db, {
    createdFrom: scope.from,
    createdTo: scope.to,
    ...(unitIds ? { findingUnitIds: unitIds } : {}),
  });
  // Overdue as of the period's end, or today while the period runs.
  const asOf = q.to < today ? q.to : today;
  const overdueRows = recommendations.filter((r) => isRecommendationOverdue(r.status, r.due_date, asOf));
  const done = recommendations.filter((r) => !isRecommendationOpen(r.status)).length;
  const unitName = q.unitId ? (byUnit.find((u) => u.unit_id === q.unitId)?.unit_name ?? null) : null;
  // Whoever reads the report sees the ordinary overdue recommendations; an integrity one only those who may.
  const readableIntegrity = new Set(
    (
      await filterReadableRecommendations(
        ctx.db,
        actor,
        overdueRows.filter((r) => r.is_integrity),
        today,
      )
    ).map((r) => r.id),
  );
  return {
    from: q.from,
    to: q.to,
    unitId: q.unitId ?? null,
    unitName,
    inspectionsDone: byUnit.reduce((n, u) => n + u.n, 0),
    inspectionsByUnit: byUnit.map((u) => ({ unitId: u.unit_id, unitName: u.unit_name, count: u.n })),
    findingsBySeverity: {
      BERAT: bySeverity.find((s) => s.severity === 'BERAT')?.n ?? 0,
      SEDANG: bySeverity.find((s) => s.severity === 'SEDANG')?.n ?? 0,
      RINGAN: bySeverity.find((s) => s.severity === 'RINGAN')?.n ?? 0,
    },
    recommendations: {
      total: recommendations.length,
      done,
      open: recommendations.length - done,
      overdue: overdueRows.length,
      followUpRate: followUpRate({ due: recommendations.length, done }),
    },
    overdue: overdueRows
      .filter((r) => !r.is_integrity || readableIntegrity.has(r.id))
      .map((r) => toRecommendationSummary(r, asOf)),
  };
}

/**
 * The recommendations made in a period (as `getOversightReport` counts them, integrity ones included: a number names
 * nobody) with their finding's unit, whether they are done and whether overdue as of the period's end or today. For
 * the Pimpinan dashboard, which groups them per unit with `followUpRate`; one query, no actor check.
 */
export async function getRecommendationFactsOfPeriod(
  db: Database,
  q: { from: string; to: string; today: string },
): Promise<{ unitId: number; isDone: boolean; isOverdue: boolean }[]> {
  const rows = await followUpRepo.findRecommendations(db, {
    createdFrom: startOfWibDayNumber(wibDayNumberFromIsoDate(q.from)),
    createdTo: startOfWibDayNumber(wibDayNumberFromIsoDate(q.to) + 1),
  });
  const asOf = q.to < q.today ? q.to : q.today;
  return rows.map((r) => ({
    unitId: r.finding_unit_id,
    isDone: !isRecommendationOpen(r.status),
    isOverdue: isRecommendationOverdue(r.status, r.due_date, asOf),
  }));
}

/** The same report as an XLSX workbook: summary, inspections per unit, overdue recommendations. Plain values only. */
export async function buildOversightReportXlsx(ctx: ServiceContext, actor: Actor, q: OversightReportQuery) {
  const report = await getOversightReport(ctx, actor, q);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SIM Kinerja';
  workbook.created = ctx.now();
  const summary = workbook.addWorksheet('Ringkasan');
  summary.columns = [
    { header: 'Uraian', key: 'label', width: 44 },
    { header: 'Nilai', key: 'value', width: 18 },
  ];
  summary.getRow(1).font = { bold: true };
  const rate = report.recommendations.followUpRate;
  for (const [label, value] of [
    ['Periode', `${formatTanggal(report.from)} – ${formatTanggal(report.to)}`],
    ['Unit', report.unitName ?? 'Semua unit'],
    ['Inspeksi selesai', report.inspectionsDone],
    ['Temuan berat', report.findingsBySeverity.BERAT],
    ['Temuan sedang', report.findingsBySeverity.SEDANG],
    ['Temuan ringan', report.findingsBySeverity.RINGAN],
    ['Rekomendasi', report.recommendations.total],
    ['Rekomendasi selesai', report.recommendations.done],
    ['Rekomendasi terbuka', report.recommendations.open],
    ['Rekomendasi lewat batas waktu', report.recommendations.overdue],
    ['Persentase tindak lanjut (%)', rate === null ? '—' : rate],
  ] as const) {
    summary.addRow({ label, value });
  }
  const units = workbook.addWorksheet('Inspeksi per unit');
  units.columns = [
    { header: 'Unit', key: 'unit', width: 40 },
    { header: 'Inspeksi', key: 'count', width: 12 },
  ];
  units.getRow(1).font = { bold: true };
  for (const u of report.inspectionsByUnit) units.addRow({ unit: u.unitName, count: u.count });
  const overdue = workbook.addWorksheet('Rekomendasi terlambat', { views: [{ state: 'frozen', ySplit: 1 }] });
  overdue.columns = [
    { header: 'No', key: 'no', width: 6 },
    { header: 'Temuan', key: 'finding', width: 36 },
    { header: 'Tingkat', key: 'severity', width: 10 },
    { header: 'Rekomendasi', key: 'text', width: 50 },
    { header: 'Penanggung jawab', key: 'owner', width: 32 },
    { header: 'Unit', key: 'unit', width: 30 },
    { header: 'Batas waktu', key: 'due', width: 14, style: { numFmt: '@' } },
    { header: 'Hari terlambat', key: 'late', width: 14 },
    { header: 'Status', key: 'status', width: 24 },
  ];
  overdue.getRow(1).font = { bold: true };
  report.overdue.forEach((r, i) =>
    overdue.addRow({
      no: i + 1,
      finding: r.findingTitle,
      severity: SEVERITY_LABEL[r.severity],
      text: r.text,
      owner: r.ownerName,
      unit: r.unitName ?? '',
      due: r.dueDate,
      late: -r.daysUntilDue,
      status: STATUS_LABEL[r.status],
    }),
  );
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    body,
    contentType: XLSX_CONTENT_TYPE,
    fileName: `laporan-pengawasan-${report.from}-${report.to}.xlsx`,
  };
}

/**
 * The laporan hasil pengawasan of one submitted inspection: the team and its decree, the inspector, the target,
 * the checklist with answers, and the findings with their recommendations. The team and the Pimpinan may print it;
 * when a finding is an integrity finding the print is an audited read of it.
 */
export async function buildInspectionReportPdf(ctx: ServiceContext, actor: Actor, inspectionId: number) {
  const today = todayOf(ctx.now());
  const inspection = await repo.findInspectionForReport(ctx.db, inspectionId);
  if (!inspection) throw notFound('Inspeksi');
  const isMember =
    actor.employeeId !== null &&
    (await followUpRepo.isTeamMemberOn(ctx.db, inspection.team_id, actor.employeeId, today));
  if (!isMember && !isHeadOfOffice(actor)) throw notFound('Inspeksi');
  if (inspection.status !== 'SUBMITTED') throw forbidden('Laporan dicetak setelah inspeksi dikirim');
  const { answers, findings, recommendations, leader } = await reportContentOf(ctx.db, inspection);
  const issued = await issueReportDocument(ctx, actor, inspection, {
    answers,
    findings,
    recommendations,
  });
  await ctx.db.transaction().execute(async (trx) => {
    for (const f of findings.filter((x) => x.is_integrity)) {
      if (!canReadIntegrityFinding(actor, { isInspector: isMember, isConcerned: false, isOwner: false }))
        continue;
      await recordIntegrityRead(trx, actor, f.id, 'inspection-report', { inspectionId });
    }
  });

  const inspector = fullNameOf({
    name: inspection.inspector_name,
    front_title: inspection.inspector_front_title,
    back_title: inspection.inspector_back_title,
  });
  const target =
    inspection.target_kind === 'EMPLOYEE' && inspection.target_employee_name
      ? `${fullNameOf({ name: inspection.target_employee_name, front_title: inspection.target_employee_front_title, back_title: inspection.target_employee_back_title })}, ${inspection.unit_name}`
      : inspection.target_kind === 'SERVICE'
        ? `${inspection.category_name ?? inspection.target_service_text ?? 'Layanan'}, ${inspection.unit_name}`
        : inspection.unit_name;
  const date = formatTanggal(toWibIsoDate(inspection.submitted_at ?? inspection.started_at));
  const answerText = (a: (typeof answers)[number]) =>
    a.type === 'YES_NO'
      ? a.answer_yes === null
        ? '—'
        : a.answer_yes
          ? 'Ya'
          : 'Tidak'
      : a.type === 'SCORE'
        ? a.answer_score === null
          ? '—'
          : `${a.answer_score} / ${a.score_max ?? ''}`
        : (a.answer_text ?? '—');
  const cell = (text: string, bold = false): PdfContent => ({ text, bold, fontSize: 9 });
  const content: PdfContent[] = [
    { text: 'LAPORAN HASIL PENGAWASAN', style: 'title', alignment: 'center' },
    { text: inspection.team_name, alignment: 'center', margin: [0, 0, 0, 12] },
    {
      table: {
        widths: [140, '*'],
        body: [
          [
            cell('Dasar (surat tugas)', true),
            cell(`${inspection.decree_number}, ${formatTanggal(inspection.decree_date)}`),
          ],
          [cell('Sasaran', true), cell(target)],
          [cell('Jenis', true), cell(inspection.kind === 'UNANNOUNCED' ? 'Inspeksi mendadak' : 'Terencana')],
          [cell('Tanggal', true), cell(date)],
          [cell('Lokasi', true), cell(inspection.location ?? '—')],
          [cell('Pengawas', true), cell(`${inspector} (NIP ${inspection.inspector_nip})`)],
          [
            cell('Daftar periksa', true),
            cell(`${inspection.checklist_name}, versi ${inspection.checklist_version}`),
          ],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
    },
    { text: 'A. Hasil pemeriksaan daftar periksa', style: 'heading' },
    {
      table: {
        headerRows: 1,
        widths: [20, '*', 70, 120],
        body: [
          [cell('No', true), cell('Butir', true), cell('Hasil', true), cell('Catatan', true)],
          ...answers.map((a) => [
            cell(String(a.position)),
            cell(a.text),
            cell(answerText(a)),
            cell(a.note ?? ''),
          ]),
        ],
      },
      margin: [0, 0, 0, 12],
    },
    { text: 'B. Temuan dan rekomendasi', style: 'heading' },
    ...(findings.length === 0
      ? [{ text: 'Tidak ada temuan.', italics: true } as PdfContent]
      : findings.flatMap((f, i): PdfContent[] => [
          {
            text: `${i + 1}. ${f.title} (tingkat ${SEVERITY_LABEL[f.severity].toLowerCase()}${f.is_integrity ? ', temuan integritas — terbatas' : ''})`,
            bold: true,
            margin: [0, 6, 0, 2],
          },
          {
            table: {
              widths: [70, '*'],
              body: [
                [cell('Kondisi', true), cell(f.condition)],
                [cell('Kriteria', true), cell(f.criterion)],
                [cell('Sebab', true), cell(f.cause)],
                [cell('Akibat', true), cell(f.effect)],
              ],
            },
            layout: 'lightHorizontalLines',
          },
          {
            ul: recommendations
              .filter((r) => r.finding_id === f.id)
              .map((r) => {
                const s = toRecommendationSummary(r, today);
                return `${s.text} — penanggung jawab ${s.ownerName}, batas waktu ${formatTanggal(s.dueDate)} (${STATUS_LABEL[s.status].toLowerCase()})`;
              }),
            fontSize: 9,
            margin: [0, 4, 0, 0],
          },
        ])),
    ...(inspection.notes ? [{ text: 'C. Catatan', style: 'heading' } as PdfContent, inspection.notes] : []),
    {
      columns: [
        { text: '', width: '*' },
        {
          width: 220,
          stack: [
            date,
            'Ketua Tim Pengawas,',
            { text: ' ', margin: [0, 30, 0, 0] },
            leader ? fullNameOf(leader) : inspector,
            leader ? `NIP ${leader.nip}` : `NIP ${inspection.inspector_nip}`,
          ],
        },
      ],
      margin: [0, 24, 0, 0],
    },
    {
      columns: [
        { qr: issued.url, fit: 72, width: 84 },
        {
          stack: [
            { text: `Kode verifikasi: ${issued.code}`, bold: true },
            { text: `Periksa keaslian laporan ini di ${issued.url}`, fontSize: 8 },
            { text: `SHA-256 isi laporan: ${issued.sha256}`, fontSize: 7, color: '#555555' },
          ],
        },
      ],
      margin: [0, 24, 0, 0],
    },
  ];
  const body = await renderPdf({
    info: { title: `Laporan hasil pengawasan ${inspection.unit_name} ${date}`, author: 'SIM Kinerja' },
    content,
    styles: {
      title: { fontSize: 14, bold: true },
      heading: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
    },
    defaultStyle: { fontSize: 10 },
    footer: (page, pages) => ({ text: `Halaman ${page} dari ${pages}`, alignment: 'center', fontSize: 8 }),
  });
  return { body, code: issued.code, fileName: `laporan-hasil-pengawasan-${inspectionId}.pdf` };
}

// ---------------------------------------------------------------- verification code (ADR 0007)

type ReportInspection = NonNullable<Awaited<ReturnType<typeof repo.findInspectionForReport>>>;
type ReportContent = Omit<Awaited<ReturnType<typeof reportContentOf>>, 'leader'>;

/** What the laporan hasil pengawasan of an inspection states: its answers, findings and their recommendations. */
async function reportContentOf(db: Database, inspection: ReportInspection) {
  const answers = await repo.findInspectionAnswers(db, inspection.id);
  const findings = await repo.findInspectionFindings(db, inspection.id);
  const recommendations = await followUpRepo.findRecommendations(db, {
    findingIds: findings.map((f) => f.id),
  });
  const leader = await repo.findTeamLeader(db, inspection.team_id);
  return { answers, findings, recommendations, leader };
}

/**
 * The hash of what the report states about the inspection: the answers, the findings and the recommendations with
 * their owners and due dates. The recommendations' status is left out: it moves on with every follow-up, and a
 * report printed before it did is still the same report.
 */
function reportSha256(inspection: ReportInspection, content: ReportContent): string {
  const data = {
    inspection: inspection.id,
    target: [
      inspection.target_kind,
      inspection.unit_name,
      inspection.target_employee_name,
      inspection.category_name,
    ],
    submittedAt: inspection.submitted_at?.toISOString() ?? null,
    location: inspection.location,
    notes: inspection.notes,
    answers: content.answers.map((a) => [a.position, a.answer_yes, a.answer_score, a.answer_text, a.note]),
    findings: content.findings.map((f) => [
      f.id,
      f.title,
      f.severity,
      f.is_integrity,
      f.condition,
      f.criterion,
      f.cause,
      f.effect,
    ]),
    recommendations: content.recommendations.map((r) => [
      r.id,
      r.finding_id,
      r.text,
      r.owner_employee_id,
      r.owner_unit_id,
      r.due_date,
    ]),
  };
  return documentSha256(data);
}

/**
 * An integrity report (from an integrity complaint, or with an integrity finding): the public check may say only
 * that it is genuine, who issued it and when — never the unit, the person or the subject.
 */
const isRestrictedReport = (inspection: ReportInspection, content: ReportContent) =>
  inspection.complaint_id !== null || content.findings.some((f) => f.is_integrity);

/**
 * The code printed on this content of the report: the one issued before for the same content, or a new one
 * (`LHP-` + 48 random bits), registered and audit-logged.
 */
async function issueReportDocument(
  ctx: ServiceContext,
  actor: Actor,
  inspection: ReportInspection,
  content: ReportContent,
) {
  const sha256 = reportSha256(inspection, content);
  const restricted = isRestrictedReport(inspection, content);
  let doc = await repo.findReportDocument(ctx.db, inspection.id, sha256);
  if (!doc) {
    const code = newVerificationCode('LHP');
    const date = formatTanggal(toWibIsoDate(inspection.submitted_at ?? inspection.started_at));
    await ctx.db.transaction().execute(async (trx) => {
      await repo.insertReportDocument(trx, {
        code,
        inspection_id: inspection.id,
        title: restricted
          ? 'Laporan hasil pengawasan (terbatas)'
          : `Laporan hasil pengawasan ${inspection.unit_name}, ${date}`,
        team_name: inspection.team_name,
        is_restricted: restricted,
        sha256,
        issued_by: actor.userId,
        issued_at: ctx.now(),
      });
      await recordAudit(trx, auditContextOf(actor), {
        action: 'oversight.report.issue',
        entityType: 'oversight_inspection',
        entityId: inspection.id,
        after: { code, sha256, restricted },
      });
    });
    doc = await repo.findReportDocument(ctx.db, inspection.id, sha256);
  }
  return { code: doc!.code, sha256, url: verificationUrl(ctx.config, doc!.code) };
}

/**
 * Public check of a report code (ADR 0007): null when oversight did not issue it. Says that the report is genuine,
 * which team issued it and when, and whether the inspection's report still reads the same; for an integrity report
 * nothing more (no unit, person or subject).
 */
export async function verifyOversightReport(
  ctx: ServiceContext,
  code: string,
): Promise<IssuedDocumentVerification | null> {
  const doc = await repo.findReportDocumentByCode(ctx.db, code);
  if (!doc) return null;
  const inspection = await repo.findInspectionForReport(ctx.db, doc.inspection_id);
  const isCurrent =
    inspection !== undefined &&
    reportSha256(inspection, await reportContentOf(ctx.db, inspection)) === doc.sha256;
  const issued = `diterbitkan ${doc.team_name} pada ${formatTanggal(toWibIsoDate(doc.issued_at))}`;
  return {
    code,
    valid: true,
    kind: 'LAPORAN_HASIL_PENGAWASAN',
    title: doc.title,
    employeeName: null,
    issuedAt: doc.issued_at.toISOString(),
    sha256: doc.sha256,
    isCurrent,
    message: doc.is_restricted
      ? `Dokumen asli, ${issued}. Isi laporan bersifat terbatas dan tidak ditampilkan di sini.`
      : isCurrent
        ? `Laporan asli, ${issued}, dan isinya tidak berubah sejak dicetak.`
        : `Laporan asli, ${issued}, tetapi temuan atau rekomendasinya telah berubah sejak dicetak; mintalah cetakan terbaru kepada tim pengawas.`,
  };
}
