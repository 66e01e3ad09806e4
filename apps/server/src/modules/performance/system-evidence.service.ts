import type { SystemEvidence, SystemSource } from '@sim/contracts';
import { toWibIsoDate } from '@sim/domain';
import type { Database } from '../../db/database';
import { getComplaintStatsForEmployeeInRanges } from '../complaints/complaint-stats.service';
import { getOfficerSkmEvidence } from '../surveys/survey-results.service';
import { getTrainerDelivery } from '../training/training-trainers.service';
import type { Relation } from './performance.policy';
import type * as repo from './performance.repository';

// Bukti sistem (issue 3 §3, issue 4 §5): an indicator linked to a system source gets, per period, a realisation
// computed on read from the complaints or surveys service for the SKP's owner and the period's dates. Nothing is
// copied into the performance tables, so the figure changes as soon as the other module's data does. Those modules
// are reached through their services only; the callers here have already checked who may read the SKP.

export const SYSTEM_SOURCE_LABELS: Record<SystemSource, string> = {
  COMPLAINTS_ON_TIME_PCT: 'Pengaduan selesai tepat waktu (%)',
  COMPLAINTS_FINISHED: 'Jumlah pengaduan selesai',
  COMPLAINTS_AVG_RATING: 'Rata-rata penilaian warga atas pengaduan (1–5)',
  SKM_OFFICER_IKM: 'Hasil SKM atas pelayanan petugas (nilai konversi)',
  TRAINING_SESSIONS_DELIVERED: 'Sesi pelatihan yang diajarkan sebagai pelatih internal',
  TRAINING_JP_DELIVERED: 'JP pelatihan yang diajarkan sebagai pelatih internal',
};

/** Sources read from the training module (an internal trainer's delivered sessions, issue 11 §4). */
const isTrainingSource = (s: SystemSource) =>
  s === 'TRAINING_SESSIONS_DELIVERED' || s === 'TRAINING_JP_DELIVERED';

/** The complaints list metric that shows the records behind each complaint source. */
const METRIC_OF: Partial<Record<SystemSource, string>> = {
  COMPLAINTS_ON_TIME_PCT: 'onTime',
  COMPLAINTS_FINISHED: 'finished',
  COMPLAINTS_AVG_RATING: 'rated',
};

/** The complaints list scope the viewer can open: own queue, team queue, or everything (desk and Pimpinan). */
const SCOPE_OF: Record<Relation, string> = { self: 'mine', superior: 'team', above: 'team', none: 'all' };

const formatNumber = (n: number, digits = 2) => n.toLocaleString('id-ID', { maximumFractionDigits: digits });

type PeriodLike = Pick<repo.PeriodRow, 'id' | 'start_date' | 'end_date'>;
type IndicatorLike = Pick<repo.IndicatorRow, 'id' | 'system_source'>;

/**
 * Bukti sistem for every linked indicator in every period that has started, keyed `indicatorId:periodId`. The
 * complaint figures are read once for all the periods and the SKM result once per year, whatever the number of indicators.
 */
export async function computeSystemEvidence(
  db: Database,
  input: {
    ownerId: number;
    year: number;
    indicators: IndicatorLike[];
    periods: PeriodLike[];
    now: Date;
    viewer: Relation;
  },
): Promise<Map<string, SystemEvidence>> {
  const out = new Map<string, SystemEvidence>();
  const linked = input.indicators.filter(
    (i): i is IndicatorLike & { system_source: SystemSource } => i.system_source !== null,
  );
  if (linked.length === 0) return out;
  const today = toWibIsoDate(input.now);
  const started = input.periods.filter((p) => p.start_date <= today);
  const needsComplaints = linked.some(
    (i) => i.system_source !== 'SKM_OFFICER_IKM' && !isTrainingSource(i.system_source),
  );
  const needsTraining = linked.some((i) => isTrainingSource(i.system_source));
  const skm = linked.some((i) => i.system_source === 'SKM_OFFICER_IKM')
    ? await getOfficerSkmEvidence(db, input.ownerId, input.year)
    : null;
  const computedAt = input.now.toISOString();
  // The complaint figures of every started period from one read of the year's complaints.
  const complaintStats = needsComplaints
    ? await getComplaintStatsForEmployeeInRanges(
        db,
        input.ownerId,
        started.map((p) => ({ from: p.start_date, to: p.end_date })),
      )
    : [];
  for (const [index, period] of started.entries()) {
    const stats = needsComplaints ? complaintStats[index]! : null;
    const training = needsTraining
      ? await getTrainerDelivery(db, input.ownerId, period.start_date, period.end_date)
      : null;
    for (const ind of linked) {
      const source = ind.system_source;
      let value: number | null;
      let valueLabel: string;
      let link: string | null = null;
      if (isTrainingSource(source)) {
        const t = training!;
        value = source === 'TRAINING_SESSIONS_DELIVERED' ? t.sessions : t.jpDelivered;
        valueLabel =
          t.sessions === 0
            ? 'Belum ada sesi pelatihan yang selesai diajarkan'
            : `${t.sessions} sesi, ${formatNumber(t.jpDelivered, 1)} JP, ${t.participants} peserta lulus`;
        const q = new URLSearchParams({ from: period.start_date, to: period.end_date });
        link = `/pelatihan/pelatih/${input.ownerId}?${q.toString()}`;
      } else if (source === 'SKM_OFFICER_IKM') {
        value = skm?.isShown ? skm.konversi : null;
        valueLabel =
          value !== null
            ? `${formatNumber(value)} (${skm!.responses} responden, tahun ${input.year})`
            : `Belum cukup respons (${skm?.responses ?? 0} dari minimal ${skm?.minResponses ?? 0})`;
      } else {
        const s = stats!;
        value =
          source === 'COMPLAINTS_ON_TIME_PCT'
            ? s.onTimePercent
            : source === 'COMPLAINTS_FINISHED'
              ? s.finished
              : s.averageRating;
        valueLabel =
          value === null
            ? source === 'COMPLAINTS_ON_TIME_PCT'
              ? 'Belum ada pengaduan selesai'
              : 'Belum ada penilaian warga'
            : source === 'COMPLAINTS_ON_TIME_PCT'
              ? `${formatNumber(value, 1)}% (${s.finishedOnTime} dari ${s.finished} selesai)`
              : source === 'COMPLAINTS_FINISHED'
                ? `${value} pengaduan selesai dari ${s.assigned} ditugaskan`
                : `${formatNumber(value)} dari ${s.rated} penilaian`;
        const q = new URLSearchParams({
          scope: SCOPE_OF[input.viewer],
          assigneeId: String(input.ownerId),
          from: period.start_date,
          to: period.end_date,
          metric: METRIC_OF[source]!,
        });
        link = `/complaints?${q.toString()}`;
      }
      const isSkm = source === 'SKM_OFFICER_IKM';
      const isTraining = isTrainingSource(source);
      out.set(`${ind.id}:${period.id}`, {
        source,
        label: SYSTEM_SOURCE_LABELS[source],
        value,
        valueLabel,
        from: period.start_date,
        to: period.end_date,
        link,
        complaints:
          !isSkm && !isTraining && stats
            ? {
                assigned: stats.assigned,
                finished: stats.finished,
                finishedOnTime: stats.finishedOnTime,
                onTimePercent: stats.onTimePercent,
                medianWorkingDays: stats.medianWorkingDays,
                reopenRatePercent: stats.reopenRatePercent,
                averageRating: stats.averageRating,
                rated: stats.rated,
              }
            : null,
        skm:
          isSkm && skm
            ? {
                year: skm.year,
                responses: skm.responses,
                minResponses: skm.minResponses,
                isShown: skm.isShown,
                konversi: skm.konversi,
              }
            : null,
        training: isTraining && training ? training : null,
        computedAt,
      });
    }
  }
  return out;
}
