import type { AuditEntry } from '@sim/contracts';
// Human labels for audit action codes, in both languages. `audit-actions.test.ts` checks that every code the server
// writes has one; an unknown code (a module added later) falls back to the code itself.
const LABELS: Record<string, { id: string; en: string }> = {
  'auth.login': { id: 'Masuk', en: 'Signed in' },
  'auth.logout': { id: 'Keluar', en: 'Signed out' },
  'auth.login_failed': { id: 'Gagal masuk', en: 'Failed sign-in' },
  'auth.login_locked': { id: 'Percobaan masuk saat akun terkunci', en: 'Sign-in while locked' },
  'auth.login_throttled_ip': {
    id: 'Masuk ditahan (terlalu banyak dari satu alamat)',
    en: 'Sign-in throttled (IP)',
  },
  'auth.account_locked': { id: 'Akun dikunci', en: 'Account locked' },
  'auth.unlocked': { id: 'Kunci akun dibuka', en: 'Account unlocked' },
  'auth.password_changed': { id: 'Kata sandi diganti', en: 'Password changed' },
  'auth.password_reset': { id: 'Kata sandi direset admin', en: 'Password reset by admin' },
  'auth.roles_changed': { id: 'Peran diubah', en: 'Roles changed' },
  'auth.user_created': { id: 'Akun dibuat', en: 'Account created' },
  'employee.created': { id: 'Pegawai ditambahkan', en: 'Employee added' },
  'employee.updated': { id: 'Data pegawai diubah', en: 'Employee updated' },
  'employee.transferred': { id: 'Mutasi jabatan', en: 'Position transfer' },
  'employee.deactivated': { id: 'Pegawai dinonaktifkan', en: 'Employee deactivated' },
  'employee.activated': { id: 'Pegawai diaktifkan kembali', en: 'Employee reactivated' },
  'employee.imported': { id: 'Pegawai diimpor (satu kelompok baris)', en: 'Employees imported (batch)' },
  'employee_import.started': { id: 'Impor pegawai dimulai', en: 'Employee import started' },
  'employee_import.finished': { id: 'Impor pegawai selesai', en: 'Employee import finished' },
  'org_unit.created': { id: 'Unit kerja dibuat', en: 'Unit created' },
  'org_unit.updated': { id: 'Unit kerja diubah', en: 'Unit updated' },
  'position.created': { id: 'Jabatan dibuat', en: 'Position created' },
  'position.updated': { id: 'Jabatan diubah', en: 'Position updated' },
  'demo.seeded': { id: 'Data demo dibuat', en: 'Demo data created' },
  'demo.complaints_seeded': { id: 'Data demo pengaduan dibuat', en: 'Demo complaints created' },
  'performance.demo_seeded': { id: 'Data demo kinerja dibuat', en: 'Demo performance data created' },
  'perf_year.opened': { id: 'Tahun kinerja dibuka', en: 'Performance year opened' },
  'perf_year.deadlines_changed': {
    id: 'Tenggat tahun kinerja diubah',
    en: 'Performance year deadlines changed',
  },
  'perf_year.org_predikat_set': {
    id: 'Predikat kinerja organisasi ditetapkan',
    en: 'Organisation rating set',
  },
  'perf_year.distribution_rules_set': {
    id: 'Pola distribusi predikat ditetapkan',
    en: 'Rating distribution pattern set',
  },
  'perf_year.calibration_finalized': { id: 'Kalibrasi difinalkan', en: 'Calibration finalised' },
  'perf_year.rater_delegated': { id: 'Penilai didelegasikan', en: 'Rater delegated' },
  'skp.created': { id: 'SKP dibuat', en: 'SKP created' },
  'skp.saved': { id: 'SKP disimpan', en: 'SKP saved' },
  'skp.ekspektasi_set': { id: 'Ekspektasi pimpinan ditetapkan', en: 'Superior expectations set' },
  'skp.submitted': { id: 'SKP diajukan', en: 'SKP submitted' },
  'skp.approved': { id: 'SKP disetujui', en: 'SKP approved' },
  'skp.returned': { id: 'SKP dikembalikan untuk diperbaiki', en: 'SKP returned for changes' },
  'skp.revision_started': { id: 'Perubahan SKP dimulai', en: 'SKP revision started' },
  'skp.realisation_recorded': { id: 'Realisasi dicatat', en: 'Realisation recorded' },
  'skp.evidence_added': { id: 'Bukti dukung ditambahkan', en: 'Evidence added' },
  'skp.feedback_requested': { id: 'Umpan balik diminta', en: 'Feedback requested' },
  'skp.feedback_given': { id: 'Umpan balik diberikan', en: 'Feedback given' },
  'skp.rated': { id: 'Evaluasi kinerja dinilai', en: 'Performance rated' },
  'skp.rating_changed': { id: 'Penilaian evaluasi diubah', en: 'Performance rating changed' },
  'skp.objection_filed': { id: 'Keberatan diajukan', en: 'Objection filed' },
  'skp.objection_accepted': { id: 'Keberatan diterima', en: 'Objection accepted' },
  'skp.objection_rejected': { id: 'Keberatan ditolak', en: 'Objection rejected' },
  'skp.predikat_calibrated': {
    id: 'Predikat disesuaikan saat kalibrasi',
    en: 'Rating adjusted in calibration',
  },
  'skp.document_issued': { id: 'Dokumen SKP diterbitkan', en: 'SKP document issued' },
  'complaint.received': { id: 'Pengaduan diterima', en: 'Complaint received' },
  'complaint.verify': { id: 'Pengaduan diverifikasi', en: 'Complaint verified' },
  'complaint.reject': { id: 'Pengaduan ditolak', en: 'Complaint rejected' },
  'complaint.disposition': { id: 'Pengaduan didisposisikan', en: 'Complaint assigned' },
  'complaint.reassign': { id: 'Pengaduan dialihkan', en: 'Complaint reassigned' },
  'complaint.note': { id: 'Catatan ditambahkan', en: 'Note added' },
  'complaint.request_info': { id: 'Informasi diminta dari pelapor', en: 'Information requested' },
  'complaint.resolve': { id: 'Pengaduan diselesaikan', en: 'Complaint resolved' },
  'complaint.citizen_information': { id: 'Pelapor menambah informasi', en: 'Citizen added information' },
  'complaint.citizen_confirm': {
    id: 'Pelapor mengonfirmasi penyelesaian',
    en: 'Citizen confirmed resolution',
  },
  'complaint.citizen_reopen': { id: 'Pelapor membuka kembali', en: 'Citizen reopened' },
  'complaint.citizen_rating': { id: 'Pelapor memberi penilaian', en: 'Citizen rated the handling' },
  'complaint.citizen_attachment': { id: 'Pelapor menambah lampiran', en: 'Citizen added an attachment' },
  'complaint.citizen_lookup': {
    id: 'Pelapor meminta tautan pelacakan baru',
    en: 'Citizen requested a new tracking link',
  },
  'complaint.work_photo': { id: 'Foto pekerjaan ditambahkan', en: 'Work photo added' },
  'complaint.auto_closed': { id: 'Pengaduan ditutup otomatis', en: 'Complaint closed automatically' },
  'complaint.escalated': { id: 'Pengaduan dieskalasi', en: 'Complaint escalated' },
  'complaint_category.created': { id: 'Kategori pengaduan dibuat', en: 'Complaint category created' },
  'complaint_category.updated': { id: 'Kategori pengaduan diubah', en: 'Complaint category updated' },
  'complaint_policy.updated': {
    id: 'Aturan batas waktu pengaduan diubah',
    en: 'Complaint deadlines changed',
  },
  'complaint_retention.updated': {
    id: 'Masa retensi data pribadi pelapor diubah',
    en: 'Complainant data retention period changed',
  },
  'complaint.retention_anonymised': {
    id: 'Data pribadi pelapor dianonimkan (retensi)',
    en: 'Complainant personal data anonymised (retention)',
  },
  'complaint.personal_data_exported': {
    id: 'Data pribadi pelapor diekspor atas permintaan',
    en: 'Complainant personal data exported on request',
  },
  'holiday.created': { id: 'Hari libur ditambahkan', en: 'Holiday added' },
  'holiday.deleted': { id: 'Hari libur dihapus', en: 'Holiday deleted' },
  'open311_key.created': { id: 'Kunci API Open311 dibuat', en: 'Open311 API key created' },
  'open311_key.revoked': { id: 'Kunci API Open311 dicabut', en: 'Open311 API key revoked' },
  'skm.survey.create': { id: 'Survei SKM dibuat', en: 'Survey created' },
  'skm.survey.update': { id: 'Survei SKM diubah', en: 'Survey updated' },
  'skm.survey.status': { id: 'Status survei diubah', en: 'Survey status changed' },
  'skm.survey.publish': { id: 'Hasil survei dipublikasikan', en: 'Survey results published' },
  'skm.survey.unpublish': { id: 'Publikasi hasil survei dicabut', en: 'Survey results unpublished' },
  'skm.settings.update': { id: 'Pengaturan SKM diubah', en: 'Survey settings changed' },
  'skm.invitation.create': { id: 'Undangan survei dibuat', en: 'Survey invitation created' },
  'skm.response.exclude': { id: 'Jawaban survei dikecualikan', en: 'Survey response excluded' },
  'skm.response.restore': { id: 'Jawaban survei dipulihkan', en: 'Survey response restored' },
  'skm.suggestion.moderate': { id: 'Saran responden dimoderasi', en: 'Respondent suggestion moderated' },
  'skm.followup.create': { id: 'Rencana tindak lanjut dibuat', en: 'Follow-up plan created' },
  'skm.followup.update': { id: 'Rencana tindak lanjut diubah', en: 'Follow-up plan updated' },
  'competency.create': { id: 'Kompetensi teknis ditambahkan', en: 'Technical competency added' },
  'competency.update': { id: 'Kompetensi diubah', en: 'Competency changed' },
  'competency.standard.set': {
    id: 'Standar kompetensi jabatan ditetapkan',
    en: 'Position competency standard set',
  },
  'competency.assess': { id: 'Kompetensi pegawai dinilai', en: 'Employee competency assessed' },
  'competency.demo.seeded': { id: 'Data demo kompetensi dibuat', en: 'Demo competency data created' },
  'training.need.accept': { id: 'Kebutuhan pelatihan diterima', en: 'Training need accepted' },
  'training.need.dismiss': { id: 'Kebutuhan pelatihan ditolak', en: 'Training need dismissed' },
  'training.needs.settings.update': {
    id: 'Pengaturan kebutuhan pelatihan diubah',
    en: 'Training needs settings changed',
  },
  'training.settings_updated': { id: 'Pengaturan pelatihan diubah', en: 'Training settings changed' },
  'portal.open_data.update': {
    id: 'Batas sel kecil data terbuka diubah',
    en: 'Open-data small-cell minimum changed',
  },
  'training.targets.update': {
    id: 'Target JP dan biaya pelatih eksternal per JP diubah',
    en: 'JP target and external trainer cost per JP changed',
  },
  'training.programme_created': { id: 'Program pelatihan ditambahkan', en: 'Training programme added' },
  'training.programme_updated': { id: 'Program pelatihan diubah', en: 'Training programme changed' },
  'training.trainer_registered': { id: 'Pelatih internal didaftarkan', en: 'Internal trainer registered' },
  'training.trainer_updated': { id: 'Pelatih internal diubah', en: 'Internal trainer changed' },
  'training.session_created': { id: 'Sesi pelatihan dibuat', en: 'Training session created' },
  'training.session_updated': { id: 'Sesi pelatihan diubah', en: 'Training session changed' },
  'training.session_cancelled': { id: 'Sesi pelatihan dibatalkan', en: 'Training session cancelled' },
  'training.session_completed': { id: 'Sesi pelatihan dinyatakan selesai', en: 'Training session completed' },
  'training.attendance_recorded': { id: 'Kehadiran pelatihan dicatat', en: 'Training attendance recorded' },
  'training.enrolment_requested': { id: 'Permintaan ikut pelatihan', en: 'Training seat requested' },
  'training.enrolment_approved': { id: 'Permintaan pelatihan disetujui', en: 'Training request approved' },
  'training.enrolment_rejected': { id: 'Permintaan pelatihan ditolak', en: 'Training request rejected' },
  'training.enrolment_assigned': {
    id: 'Pegawai ditugaskan ke pelatihan',
    en: 'Employee assigned to training',
  },
  'training.enrolment_cancelled': {
    id: 'Pendaftaran pelatihan dibatalkan',
    en: 'Training enrolment cancelled',
  },
  'training.evidence_uploaded': {
    id: 'Bukti pelatihan eksternal diunggah',
    en: 'External training evidence uploaded',
  },
  'training.evidence_approved': {
    id: 'Bukti pelatihan eksternal disetujui',
    en: 'External training evidence approved',
  },
  'training.evidence_rejected': {
    id: 'Bukti pelatihan eksternal ditolak',
    en: 'External training evidence rejected',
  },
  'oversight.team.create': { id: 'Tim pengawas dibentuk', en: 'Oversight team formed' },
  'oversight.team.update': { id: 'Tim pengawas diubah', en: 'Oversight team changed' },
  'oversight.settings.update': { id: 'Pengaturan pengawasan diubah', en: 'Oversight settings changed' },
  'oversight.report.issue': {
    id: 'Kode verifikasi laporan hasil pengawasan diterbitkan',
    en: 'Inspection report verification code issued',
  },
  'oversight.template.create': { id: 'Template checklist dibuat', en: 'Checklist template created' },
  'oversight.template.update': { id: 'Template checklist diubah', en: 'Checklist template changed' },
  'oversight.plan.create': { id: 'Rencana pengawasan dibuat', en: 'Inspection planned' },
  'oversight.plan.update': { id: 'Rencana pengawasan diubah', en: 'Inspection plan changed' },
  'oversight.plan.cancel': { id: 'Rencana pengawasan dibatalkan', en: 'Inspection plan cancelled' },
  'oversight.inspection.start': { id: 'Inspeksi dimulai', en: 'Inspection started' },
  'oversight.inspection.submit': { id: 'Inspeksi dikirim', en: 'Inspection submitted' },
  'oversight.finding.create': { id: 'Temuan dicatat', en: 'Finding recorded' },
  'oversight.finding.update': { id: 'Temuan diubah', en: 'Finding changed' },
  'oversight.finding.file': { id: 'Bukti temuan ditambahkan', en: 'Finding evidence added' },
  'oversight.recommendation.create': { id: 'Rekomendasi diberikan', en: 'Recommendation given' },
  'oversight.recommendation.update': { id: 'Rekomendasi diubah', en: 'Recommendation changed' },
  'oversight.recommendation.submit_follow_up': { id: 'Tindak lanjut dikirim', en: 'Follow-up submitted' },
  'oversight.recommendation.verify_sesuai': {
    id: 'Tindak lanjut diverifikasi sesuai',
    en: 'Follow-up verified as adequate',
  },
  'oversight.recommendation.verify_belum_sesuai': {
    id: 'Tindak lanjut dikembalikan (belum sesuai)',
    en: 'Follow-up returned (not yet adequate)',
  },
  'oversight.recommendation.verify_tidak_dapat': {
    id: 'Rekomendasi dinyatakan tidak dapat ditindaklanjuti',
    en: 'Recommendation declared impossible to follow up',
  },
  'oversight.recommendation.approve_cannot_follow_up': {
    id: 'Pimpinan menyetujui: tidak dapat ditindaklanjuti',
    en: 'Head of office approved: cannot be followed up',
  },
  'oversight.recommendation.refuse_cannot_follow_up': {
    id: 'Pimpinan menolak: rekomendasi dibuka kembali',
    en: 'Head of office refused: recommendation reopened',
  },
  'oversight.recommendation.escalated': { id: 'Rekomendasi dieskalasi', en: 'Recommendation escalated' },
  'oversight.follow_up_settings.updated': {
    id: 'Pengaturan pengingat dan eskalasi rekomendasi diubah',
    en: 'Recommendation reminder and escalation settings changed',
  },
  'oversight.integrity_finding.read': { id: 'Temuan integritas dibaca', en: 'Integrity finding read' },
  'complaint.oversight_examination': {
    id: 'Pengaduan diperiksa tim pengawas',
    en: 'Complaint under examination by the oversight team',
  },
  'forum.policy.create': { id: 'Kebijakan forum disusun', en: 'Forum policy drafted' },
  'forum.policy.update': { id: 'Kebijakan forum diubah', en: 'Forum policy updated' },
  'forum.policy.publish': {
    id: 'Kebijakan dipublikasikan (konsultasi dibuka)',
    en: 'Policy published (consultation opened)',
  },
  'forum.policy.close': { id: 'Konsultasi kebijakan ditutup', en: 'Policy consultation closed' },
  'forum.policy.document.add': { id: 'Dokumen kebijakan diunggah', en: 'Policy document uploaded' },
  'forum.author.reveal': {
    id: 'Identitas penulis anonim dibuka moderator',
    en: 'Anonymous author revealed by a moderator',
  },
  'forum.policy.official_response': { id: 'Tanggapan resmi diterbitkan', en: 'Official response published' },
  'forum.policy.official_response_edit': {
    id: 'Tanggapan resmi diperbaiki',
    en: 'Official response corrected',
  },
  'forum.post.auto_hide': {
    id: 'Tanggapan disembunyikan otomatis setelah laporan',
    en: 'Post hidden automatically after reports',
  },
  'forum.moderation.restore': { id: 'Moderator memulihkan tanggapan', en: 'Moderator restored a post' },
  'forum.moderation.hide': { id: 'Moderator menyembunyikan tanggapan', en: 'Moderator hid a post' },
  'forum.moderation.delete': { id: 'Moderator menghapus tanggapan', en: 'Moderator deleted a post' },
  'forum.moderation.warn': { id: 'Moderator memberi peringatan', en: 'Moderator warned the author' },
  'forum.settings.update': { id: 'Pengaturan forum diubah', en: 'Forum settings changed' },
};

export function auditActionLabel(code: string, language: string): string | undefined {
  const label = LABELS[code];
  return label ? (language.startsWith('en') ? label.en : label.id) : undefined;
}

/** Every labelled code, for the action filter's suggestions. */
export const AUDIT_ACTION_CODES = Object.keys(LABELS);

const TYPES: Record<string, { id: string; en: string }> = {
  user: { id: 'Akun', en: 'Account' },
  employee: { id: 'Pegawai', en: 'Employee' },
  import_job: { id: 'Impor pegawai', en: 'Employee import' },
  org_unit: { id: 'Unit kerja', en: 'Unit' },
  position: { id: 'Jabatan', en: 'Position' },
  perf_year: { id: 'Tahun kinerja', en: 'Performance year' },
  perf_skp: { id: 'SKP', en: 'SKP' },
  perf_evaluation: { id: 'Evaluasi kinerja', en: 'Performance evaluation' },
  complaint: { id: 'Pengaduan', en: 'Complaint' },
  complaint_category: { id: 'Kategori pengaduan', en: 'Complaint category' },
  holiday: { id: 'Hari libur', en: 'Holiday' },
  open311_key: { id: 'Kunci API Open311', en: 'Open311 API key' },
  setting: { id: 'Pengaturan', en: 'Setting' },
  skm_survey: { id: 'Survei SKM', en: 'Survey' },
  skm_response: { id: 'Jawaban survei', en: 'Survey response' },
  skm_followup: { id: 'Tindak lanjut SKM', en: 'Survey follow-up' },
  skm_invitation: { id: 'Undangan survei', en: 'Survey invitation' },
  training_programme: { id: 'Program pelatihan', en: 'Training programme' },
  training_trainer: { id: 'Pelatih internal', en: 'Internal trainer' },
  training_session: { id: 'Sesi pelatihan', en: 'Training session' },
  training_enrolment: { id: 'Pendaftaran pelatihan', en: 'Training enrolment' },
  training_evidence: { id: 'Bukti pelatihan eksternal', en: 'External training evidence' },
  oversight_team: { id: 'Tim pengawas', en: 'Oversight team' },
  oversight_checklist_template: { id: 'Template checklist', en: 'Checklist template' },
  oversight_plan: { id: 'Rencana pengawasan', en: 'Inspection plan' },
  oversight_inspection: { id: 'Inspeksi', en: 'Inspection' },
  oversight_finding: { id: 'Temuan', en: 'Finding' },
  oversight_recommendation: { id: 'Rekomendasi', en: 'Recommendation' },
  forum_policy: { id: 'Kebijakan forum', en: 'Forum policy' },
  forum_post: { id: 'Tanggapan forum', en: 'Forum post' },
};

/** "Pegawai", "Evaluasi kinerja"… for an entity type code; unknown types show the code. */
export function auditEntityTypeLabel(type: string, language: string): string {
  const label = TYPES[type];
  return label ? (language.startsWith('en') ? label.en : label.id) : type;
}

type EntityLinkInput = Pick<AuditEntry, 'entityType' | 'entityId' | 'entityRef'>;

/** The page that shows the record, or null when there is none (a sign-in, a removed record). */
export function auditEntityPath(e: EntityLinkInput): string | null {
  const ref = e.entityRef;
  switch (e.entityType) {
    case 'employee':
      return e.entityId ? `/employees/${e.entityId}` : null;
    case 'complaint':
      return e.entityId ? `/complaints/${e.entityId}` : null;
    case 'perf_skp':
      return ref?.skpId ? `/kinerja/skp/${ref.skpId}` : null;
    case 'perf_evaluation':
      return ref?.skpId && ref.periodId ? `/kinerja/skp/${ref.skpId}/evaluasi/${ref.periodId}` : null;
    case 'skm_survey':
    case 'skm_response':
    case 'skm_followup':
    case 'skm_invitation':
      return ref?.surveyId ? `/skm/${ref.surveyId}` : null;
    case 'org_unit':
    case 'position':
      return '/org';
    case 'training_session':
      return e.entityId ? `/pelatihan/sesi/${e.entityId}` : null;
    case 'training_programme':
    case 'training_trainer':
      return '/pelatihan/kelola';
    case 'oversight_inspection':
      return e.entityId ? `/pengawasan/inspeksi/${e.entityId}` : null;
    case 'oversight_finding':
      return e.entityId ? `/pengawasan/temuan/${e.entityId}` : null;
    case 'forum_policy':
      return e.entityId ? `/forum/kebijakan/${e.entityId}` : null;
    case 'complaint_category':
    case 'holiday':
    case 'open311_key':
      return '/complaints/settings';
    default:
      return null;
  }
}
