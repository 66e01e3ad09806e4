import type {
  MyDashboard,
  MyDashboardTable,
  TeamDashboard,
  TeamDashboardExportQuery,
  TeamDashboardTable,
  TeamTodoKind,
} from '@sim/contracts';
import { PREDIKAT_LABELS } from '@sim/domain';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import {
  renderTableFile,
  type ExportFile,
  type ExportTable,
  type TableExportFormat,
} from '../../lib/table-export';
import { getMyDashboard, getTeamDashboard } from './dashboards.service';

// Every table of Kinerja Saya and Tim Saya as XLSX or PDF (issue 14 §5): built from the very answer the page shows
// (same service, same authorisation, same filters), so a file never says something the screen does not.

const TODO_LABEL: Record<TeamTodoKind, string> = {
  SKP_APPROVAL: 'Persetujuan SKP',
  EVALUATION_DUE: 'Evaluasi jatuh tempo',
  COMPLAINT_ESCALATED: 'Pengaduan tereskalasi/terlambat',
  RECOMMENDATION_OVERDUE: 'Rekomendasi lewat batas waktu',
};

type TableBody = Pick<ExportTable, 'title' | 'columns' | 'rows'>;

function myTable(d: MyDashboard, table: MyDashboardTable): TableBody {
  switch (table) {
    case 'ringkasan':
      return {
        title: `Ringkasan Kinerja Saya ${d.year}`,
        columns: [
          { header: 'Pengaduan ditangani', key: 'assigned', kind: 'number' },
          { header: 'Selesai', key: 'finished', kind: 'number' },
          { header: 'Selesai tepat waktu', key: 'onTime', kind: 'number' },
          { header: 'Tepat waktu', key: 'onTimePercent', kind: 'percent' },
          { header: 'Rata-rata penilaian warga (1–5)', key: 'rating', kind: 'number' },
          { header: 'JP tahun ini', key: 'jp', kind: 'number' },
          { header: 'Target JP', key: 'jpTarget', kind: 'number' },
          { header: 'Capaian JP', key: 'jpPercent', kind: 'percent' },
        ],
        rows: [
          {
            assigned: d.complaints.assigned,
            finished: d.complaints.finished,
            onTime: d.complaints.finishedOnTime,
            onTimePercent: d.complaints.onTimePercent,
            rating: d.complaints.averageRating,
            jp: d.jp.jp,
            jpTarget: d.jp.target,
            jpPercent: d.jp.percent,
          },
        ],
      };
    case 'skp': {
      const periods = d.skp?.periods ?? [];
      return {
        title: `Target dan Realisasi SKP ${d.year}`,
        columns: [
          { header: 'Rencana Hasil Kerja', key: 'rhk', kind: 'text' },
          { header: 'Indikator', key: 'indicator', kind: 'text' },
          { header: 'Target', key: 'target', kind: 'text', width: 16 },
          ...periods.flatMap((p) => [
            { header: `Realisasi ${p.label}`, key: `value${p.id}`, kind: 'number' as const },
            { header: `Capaian ${p.label}`, key: `percent${p.id}`, kind: 'percent' as const },
          ]),
        ],
        rows: (d.skp?.indicators ?? []).map((i) => ({
          rhk: i.rhkText,
          indicator: i.text,
          target: i.target,
          ...Object.fromEntries(
            i.cells.flatMap((c) => [
              [`value${c.periodId}`, c.value ?? c.text],
              [`percent${c.periodId}`, c.percent],
            ]),
          ),
        })),
      };
    }
    case 'pengaduan':
      return {
        title: `Pengaduan Saya yang Masih Terbuka`,
        columns: [
          { header: 'Tiket', key: 'ticket', kind: 'text', width: 16 },
          { header: 'Layanan', key: 'category', kind: 'text' },
          { header: 'Kelurahan', key: 'kelurahan', kind: 'text', width: 18 },
          { header: 'Diterima', key: 'receivedAt', kind: 'datetime' },
          { header: 'Batas waktu', key: 'deadline', kind: 'datetime' },
          { header: 'Sisa hari kerja', key: 'remaining', kind: 'number' },
        ],
        rows: d.openComplaints.map((c) => ({
          ticket: c.ticket,
          category: c.categoryName,
          kelurahan: c.kelurahan,
          receivedAt: c.receivedAt,
          deadline: c.sla?.deadline ?? null,
          remaining: c.sla?.remainingWorkingDays ?? null,
        })),
      };
    case 'rekomendasi':
      return {
        title: 'Rekomendasi Pengawasan yang Menjadi Tanggung Jawab Saya',
        columns: [
          { header: 'Temuan', key: 'finding', kind: 'text' },
          { header: 'Rekomendasi', key: 'text', kind: 'text' },
          { header: 'Batas waktu', key: 'due', kind: 'date' },
          { header: 'Sisa hari', key: 'days', kind: 'number' },
        ],
        rows: d.recommendations.map((r) => ({
          finding: r.findingTitle,
          text: r.text,
          due: r.dueDate,
          days: r.daysUntilDue,
        })),
      };
    case 'predikat':
      return {
        title: 'Riwayat Predikat Kinerja',
        columns: [
          { header: 'Periode', key: 'period', kind: 'text' },
          { header: 'Akhir periode', key: 'end', kind: 'date' },
          { header: 'Predikat', key: 'predikat', kind: 'text' },
        ],
        rows: d.predikatHistory.map((h) => ({
          period: h.periodLabel,
          end: h.periodEnd,
          predikat: PREDIKAT_LABELS[h.predikat],
        })),
      };
  }
}

function teamTable(d: TeamDashboard, table: TeamDashboardTable): TableBody {
  switch (table) {
    case 'anggota':
      return {
        title: `Kinerja Tim ${d.year}`,
        columns: [
          { header: 'Nama', key: 'name', kind: 'text' },
          { header: 'NIP', key: 'nip', kind: 'text', width: 22 },
          { header: 'Jabatan', key: 'position', kind: 'text' },
          { header: 'Status SKP', key: 'skp', kind: 'text', width: 14 },
          { header: 'Predikat terakhir', key: 'predikat', kind: 'text', width: 18 },
          { header: 'Pengaduan', key: 'assigned', kind: 'number' },
          { header: 'Tepat waktu', key: 'onTime', kind: 'percent' },
          { header: 'Penilaian warga', key: 'rating', kind: 'number' },
          { header: 'JP', key: 'jp', kind: 'number' },
        ],
        rows: d.members.map((m) => ({
          name: m.employee.fullName,
          nip: m.employee.nip,
          position: m.employee.positionName,
          skp: m.skpStatus ?? 'Belum ada',
          predikat: m.latestPredikat ? PREDIKAT_LABELS[m.latestPredikat] : null,
          assigned: m.complaints.assigned,
          onTime: m.complaints.onTimePercent,
          rating: m.complaints.averageRating,
          jp: m.jp.jp,
        })),
      };
    case 'tugas':
      return {
        title: 'Tugas Atasan yang Menunggu',
        columns: [
          { header: 'Jenis', key: 'kind', kind: 'text', width: 24 },
          { header: 'Uraian', key: 'title', kind: 'text' },
          { header: 'Pegawai', key: 'employee', kind: 'text' },
          { header: 'Batas waktu', key: 'due', kind: 'text', width: 22 },
        ],
        rows: d.todos.map((t) => ({
          kind: TODO_LABEL[t.kind],
          title: t.title,
          employee: t.employeeName,
          due: t.dueAt,
        })),
      };
    case 'distribusi':
      return {
        title: `Distribusi Predikat Tim ${d.year}`,
        columns: [
          { header: 'Predikat', key: 'predikat', kind: 'text' },
          { header: 'Jumlah pegawai', key: 'count', kind: 'number' },
        ],
        rows: d.distribution.map((x) => ({ predikat: PREDIKAT_LABELS[x.predikat], count: x.count })),
      };
  }
}

/** A table of Kinerja Saya as a file, for the signed-in employee only. */
export async function exportMyDashboardTable(
  ctx: ServiceContext,
  actor: Actor,
  q: { year?: number | undefined },
  table: MyDashboardTable,
  format: TableExportFormat,
): Promise<ExportFile> {
  const d = await getMyDashboard(ctx, actor, q);
  const body = myTable(d, table);
  return renderTableFile(
    {
      ...body,
      filterLine: `Tahun: ${d.year} · Pegawai: ${d.employee.fullName} (NIP ${d.employee.nip}) · Diminta oleh: ${actor.displayName}`,
      generatedAt: ctx.now(),
      fileBaseName: `kinerja-saya-${table}-${d.year}`,
    },
    format,
  );
}

/**
 * A table of Tim Saya as a file, with the same scope and filters as the page but not its paging: the members' table
 * holds every member in scope (ADR 0021). The to-dos and the distribution do not list members, so for them the
 * members' figures are read for one page only.
 */
export async function exportTeamDashboardTable(
  ctx: ServiceContext,
  actor: Actor,
  q: TeamDashboardExportQuery,
  table: TeamDashboardTable,
  format: TableExportFormat,
): Promise<ExportFile> {
  const d = await getTeamDashboard(ctx, actor, q, table === 'anggota' ? 'all' : { page: 1, pageSize: 1 });
  const body = teamTable(d, table);
  return renderTableFile(
    {
      ...body,
      filterLine: `Tahun: ${d.year} · ${d.unitName ? `Unit: ${d.unitName}` : 'Tim di bawah jabatan peminta'}${d.predikat ? ` · Predikat: ${PREDIKAT_LABELS[d.predikat]}` : ''} · Diminta oleh: ${actor.displayName}`,
      generatedAt: ctx.now(),
      fileBaseName: `tim-saya-${table}-${d.year}`,
    },
    format,
  );
}
