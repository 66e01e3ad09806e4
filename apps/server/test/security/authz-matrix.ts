// The authorisation matrix (issue 16 §1): the expected outcome of every operation of the OpenAPI document for every
// actor, and for a person's records by whose record it is. authz-matrix.test.ts calls each cell on the seeded demo
// database and fails on a difference, and on an operation that has no entry here — a new route is added here with
// its rule, reviewed like code.
//
// Actors: anonymous (no session), citizen (no session, holds the tracking secret of the complaint they filed), and
// the staff roles as the demo logins hold them: pegawai (an ordinary employee), atasan (a section head: superior of
// others, no special role), pimpinan (the Camat), admin (Admin Kepegawaian, no position), petugas (Petugas
// Pengaduan), pengawas (the Sekretaris Camat: Tim Pengawas and superior), pelatih (Pelatih + Moderator).
// Relations (record entries): own, sub (a direct subordinate's), peer (a colleague of the same unit outside the
// actor's line), other (someone of another unit). A cell whose person has no such record is not probed.
//
// Outcomes: an actor listed is allowed (the answer is not 401/403); an actor not listed is refused (401/403/404 and
// never data). `unproven` marks an operation whose generic request is rejected by validation (or finds no record)
// before the role check runs, so the matrix only proves that no session is refused; its rule is tested in the
// module's own tests.

export const ACTORS = [
  'anonymous',
  'citizen',
  'pegawai',
  'atasan',
  'pimpinan',
  'admin',
  'petugas',
  'pengawas',
  'pelatih',
] as const;
export type Actor = (typeof ACTORS)[number];
export const RELATIONS = ['own', 'sub', 'peer', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];
/** Records that belong to one person (see authz-fixture.ts#recordOf). */
export type RecordKind = 'employee' | 'user' | 'skp' | 'evaluation' | 'enrolment' | 'notification';

type Who = readonly Actor[];
type Common = {
  /** Call with a session of its own (the call ends or changes the session). */
  session?: 'fresh';
  /** Extra query string. */
  query?: string;
  /** Statuses an allowed caller may get from the handler itself (the login answers wrong credentials with 401). */
  allowedWith?: readonly number[];
};
export type RoleEntry = Common & {
  allow: Who;
  /** Statuses that also count as a refusal (the tracking routes answer 400 to a caller without a secret). */
  refusedWith?: readonly number[];
};
export type RecordEntry = Common & { kind: RecordKind; param?: string } & Record<Relation, Who>;
export type UnprovenEntry = Common & { unproven: string };
/**
 * A public event stream: every caller is allowed and the allowed answer never ends, so `inject` cannot call it. No
 * cell is probed here; the test file named in `elsewhere` checks that it opens without a session and what it carries.
 */
export type ElsewhereEntry = Common & { elsewhere: string };
export type Entry = RoleEntry | RecordEntry | UnprovenEntry | ElsewhereEntry;

const STAFF: Who = ['pegawai', 'atasan', 'pimpinan', 'admin', 'petugas', 'pengawas', 'pelatih'];
const EVERYONE: Who = ['anonymous', 'citizen', ...STAFF];
const NOBODY: Who = [];
const allStaffBut = (...but: Actor[]): Who => STAFF.filter((a) => !but.includes(a));
const allow = (who: Who, extra: Common = {}): RoleEntry => ({ allow: who, ...extra });
const rec = (kind: RecordKind, who: Record<Relation, Who>, param?: string): RecordEntry => ({
  kind,
  ...who,
  ...(param ? { param } : {}),
});
const unproven = (why: string, extra: Common = {}): UnprovenEntry => ({ unproven: why, ...extra });
/** The citizen's tracking routes: only the holder of the secret; a caller without one is refused with 400. */
const TRACKING: RoleEntry = { allow: ['citizen'], refusedWith: [400] };

export const MATRIX: Record<string, Entry> = {
  // auth
  // Wrong credentials (the generic body) answer 401 from the handler itself: the route is open to all.
  'POST /api/v1/auth/login': allow(EVERYONE, { allowedWith: [401] }),
  'POST /api/v1/auth/logout': allow(STAFF, { session: 'fresh' }),
  'GET /api/v1/auth/me': allow(STAFF),
  'POST /api/v1/auth/password': unproven('body or path validated before the role check'),

  // users
  'GET /api/v1/users': allow(['admin']),
  'PUT /api/v1/users/{id}/roles': rec('user', { own: NOBODY, sub: NOBODY, peer: NOBODY, other: ['admin'] }),
  'POST /api/v1/users/{id}/reset-password': rec('user', {
    own: NOBODY,
    sub: NOBODY,
    peer: NOBODY,
    other: ['admin'],
  }),
  'POST /api/v1/users/{id}/unlock': rec('user', { own: NOBODY, sub: NOBODY, peer: NOBODY, other: ['admin'] }),

  // audit
  'GET /api/v1/audit': allow(['pimpinan', 'admin']),
  'GET /api/v1/audit/verify': allow(['pimpinan', 'admin']),

  // org
  'GET /api/v1/org/units': allow(STAFF),
  'POST /api/v1/org/units': allow(['admin']),
  'PATCH /api/v1/org/units/{id}': allow(['admin']),
  'GET /api/v1/org/positions': allow(STAFF),
  'POST /api/v1/org/positions': allow(['admin']),
  'PATCH /api/v1/org/positions/{id}': allow(['admin']),

  // employees
  'GET /api/v1/employees': allow(STAFF),
  'POST /api/v1/employees': allow(['admin']),
  'GET /api/v1/employees/export.xlsx': allow(['pimpinan', 'admin']),
  'GET /api/v1/employees/import/template.csv': allow(['admin']),
  'GET /api/v1/employees/import/template.xlsx': allow(['admin']),
  'POST /api/v1/employees/import': allow(['admin']),
  'GET /api/v1/employees/import/{jobId}': unproven('body or path validated before the role check'),
  'GET /api/v1/employees/{id}': rec('employee', {
    own: allStaffBut('admin'),
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'PATCH /api/v1/employees/{id}': rec('employee', {
    own: NOBODY,
    sub: NOBODY,
    peer: NOBODY,
    other: ['admin'],
  }),
  'POST /api/v1/employees/{id}/deactivate': rec('employee', {
    own: NOBODY,
    sub: NOBODY,
    peer: NOBODY,
    other: ['admin'],
  }),
  'POST /api/v1/employees/{id}/activate': rec('employee', {
    own: NOBODY,
    sub: NOBODY,
    peer: NOBODY,
    other: ['admin'],
  }),
  'POST /api/v1/employees/{id}/transfer': rec('employee', {
    own: NOBODY,
    sub: NOBODY,
    peer: NOBODY,
    other: ['admin'],
  }),
  'GET /api/v1/employees/{id}/superior': rec('employee', {
    own: allStaffBut('admin'),
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),

  // surveys-public
  'GET /api/v1/public/surveys/{code}': allow(EVERYONE),
  'POST /api/v1/public/surveys/{code}/responses': allow(EVERYONE),
  'GET /api/v1/public/skm-results': allow(EVERYONE),

  // surveys
  'GET /api/v1/surveys': allow(STAFF),
  'POST /api/v1/surveys': allow(['pimpinan', 'admin']),
  'GET /api/v1/surveys/{id}': allow(['atasan', 'pimpinan', 'admin', 'petugas']),
  'PATCH /api/v1/surveys/{id}': allow(['pimpinan', 'admin']),
  'POST /api/v1/surveys/{id}/status': allow(['pimpinan', 'admin']),
  'PUT /api/v1/surveys/{id}/publication': allow(['pimpinan', 'admin']),
  'GET /api/v1/surveys/{id}/officers': allow(['atasan', 'pimpinan', 'admin', 'petugas']),
  'GET /api/v1/surveys/{id}/results': allow(['atasan', 'pimpinan', 'admin', 'petugas']),
  'GET /api/v1/surveys/{id}/followups': allow(['atasan', 'pimpinan', 'admin', 'petugas']),
  'POST /api/v1/surveys/{id}/followups': allow(['pimpinan', 'admin']),
  'PATCH /api/v1/surveys/{id}/followups/{followupId}': allow(['pimpinan', 'admin']),
  'GET /api/v1/surveys/{id}/responses': allow(['pimpinan', 'admin']),
  'POST /api/v1/surveys/{id}/responses/{responseId}/exclude': allow(['pimpinan', 'admin']),
  'POST /api/v1/surveys/{id}/responses/{responseId}/restore': allow(['pimpinan', 'admin']),
  'GET /api/v1/surveys/{id}/suggestions': allow(['pimpinan', 'admin']),
  'POST /api/v1/surveys/{id}/suggestions/{responseId}/moderation': allow(['pimpinan', 'admin']),
  'GET /api/v1/surveys/{id}/invitations': allow(['atasan', 'pimpinan', 'admin', 'petugas']),
  'POST /api/v1/surveys/{id}/invitations': allow(['atasan', 'pimpinan', 'admin', 'petugas']),
  'GET /api/v1/surveys/{id}/report.pdf': allow(['atasan', 'pimpinan', 'admin', 'petugas']),
  'GET /api/v1/surveys/{id}/responses.xlsx': allow(['atasan', 'pimpinan', 'admin', 'petugas']),
  'GET /api/v1/surveys/{id}/poster.pdf': allow(['atasan', 'pimpinan', 'admin', 'petugas']),
  'GET /api/v1/surveys/{id}/qr.svg': allow(['atasan', 'pimpinan', 'admin', 'petugas']),
  'GET /api/v1/skm/officers/{employeeId}': rec(
    'employee',
    { own: allStaffBut('admin'), sub: ['atasan', 'pimpinan', 'pengawas'], peer: NOBODY, other: ['admin'] },
    'employeeId',
  ),
  'GET /api/v1/skm/settings': allow(STAFF),
  'PUT /api/v1/skm/settings': allow(['pimpinan', 'admin']),

  // complaints-public
  'GET /api/v1/public/complaint-options': allow(EVERYONE),
  'GET /api/v1/public/complaints/challenge': allow(EVERYONE),
  'POST /api/v1/public/complaints': allow(EVERYONE),
  'GET /api/v1/public/complaints/tracking': TRACKING,
  'POST /api/v1/public/complaints/tracking/information': TRACKING,
  'POST /api/v1/public/complaints/tracking/confirmation': TRACKING,
  'POST /api/v1/public/complaints/tracking/reopen': TRACKING,
  'POST /api/v1/public/complaints/tracking/rating': TRACKING,
  'POST /api/v1/public/complaints/tracking/attachments': TRACKING,

  // complaints
  'GET /api/v1/complaints': allow(STAFF),
  'POST /api/v1/complaints': allow(['petugas']),
  'GET /api/v1/complaints/queue-counts': allow(STAFF),
  'GET /api/v1/complaints/stats': allow(STAFF),
  'GET /api/v1/complaints/assignees': allow(allStaffBut('admin')),
  'GET /api/v1/complaints/attachments/{id}': allow(['pimpinan', 'petugas', 'pengawas']),
  'GET /api/v1/complaints/{id}': allow(['pimpinan', 'petugas']),
  'POST /api/v1/complaints/{id}/verification': allow(['pimpinan', 'petugas']),
  'POST /api/v1/complaints/{id}/rejection': allow(['pimpinan', 'petugas']),
  'POST /api/v1/complaints/{id}/disposition': allow(['pimpinan', 'petugas']),
  'POST /api/v1/complaints/{id}/reassignment': allow(['pimpinan', 'petugas']),
  'POST /api/v1/complaints/{id}/notes': allow(['pimpinan', 'petugas']),
  'POST /api/v1/complaints/{id}/information-requests': allow(['pimpinan', 'petugas']),
  'POST /api/v1/complaints/{id}/resolution': allow(['pimpinan', 'petugas']),

  // complaints-admin
  'GET /api/v1/complaint-categories': allow(STAFF),
  'POST /api/v1/complaint-categories': unproven('body or path validated before the role check'),
  'PATCH /api/v1/complaint-categories/{id}': allow(['admin']),
  'GET /api/v1/complaint-settings/sla-policy': allow(STAFF),
  'PUT /api/v1/complaint-settings/sla-policy': allow(['admin']),
  'GET /api/v1/complaint-holidays/{year}': unproven('body or path validated before the role check'),
  'POST /api/v1/complaint-holidays': allow(['admin']),
  'DELETE /api/v1/complaint-holidays/{date}': unproven('body or path validated before the role check'),
  'GET /api/v1/open311-keys': allow(['admin']),
  'POST /api/v1/open311-keys': allow(['admin']),
  'DELETE /api/v1/open311-keys/{id}': allow(['admin']),
  'GET /api/v1/complaint-settings/retention': allow(['admin']),
  'PUT /api/v1/complaint-settings/retention': allow(['admin']),
  'GET /api/v1/complaint-privacy/export': allow(['petugas', 'admin']),

  // complaints-public
  'POST /api/v1/public/complaints/lookup': allow(EVERYONE),
  'GET /api/v1/public/complaints/tracking/attachments/{id}': TRACKING,

  // complaints
  'POST /api/v1/complaints/{id}/work-photos': unproven('body or path validated before the role check'),

  // performance
  'GET /api/v1/performance/years': allow(STAFF),
  'POST /api/v1/performance/years': allow(['admin']),
  'PUT /api/v1/performance/years/{id}/deadlines': allow(['admin']),
  'GET /api/v1/performance/years/{id}/deadlines': allow(STAFF),
  'GET /api/v1/performance/skps': allow(STAFF),
  'POST /api/v1/performance/skps': allow(allStaffBut('admin')),
  'GET /api/v1/performance/skps/{id}': rec('skp', {
    own: allStaffBut('admin'),
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'PUT /api/v1/performance/skps/{id}/content': unproven('body validated before the owner check'),
  'PUT /api/v1/performance/skps/{id}/ekspektasi': rec('skp', {
    own: NOBODY,
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: NOBODY,
  }),
  'GET /api/v1/performance/skps/{id}/parent-options': rec('skp', {
    own: allStaffBut('admin'),
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'POST /api/v1/performance/skps/{id}/submit': rec('skp', {
    own: allStaffBut('admin'),
    sub: NOBODY,
    peer: NOBODY,
    other: NOBODY,
  }),
  'POST /api/v1/performance/skps/{id}/approve': rec('skp', {
    own: NOBODY,
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'POST /api/v1/performance/skps/{id}/return': rec('skp', {
    own: NOBODY,
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'POST /api/v1/performance/skps/{id}/revise': rec('skp', {
    own: allStaffBut('admin'),
    sub: NOBODY,
    peer: NOBODY,
    other: NOBODY,
  }),
  'GET /api/v1/performance/skps/{id}/versions': rec('skp', {
    own: allStaffBut('admin'),
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'GET /api/v1/performance/skps/{id}/realisations': rec('skp', {
    own: allStaffBut('admin'),
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'PUT /api/v1/performance/skps/{id}/realisations': rec('skp', {
    own: allStaffBut('admin'),
    sub: NOBODY,
    peer: NOBODY,
    other: NOBODY,
  }),
  'POST /api/v1/performance/skps/{id}/evidence/link': unproven('body validated before the owner check'),
  'POST /api/v1/performance/skps/{id}/evidence/file': unproven('body validated before the owner check'),
  'GET /api/v1/performance/evidence/{id}/file': unproven('no record the generic probe can reach'),
  'GET /api/v1/performance/skps/{id}/feedback': rec('skp', {
    own: allStaffBut('admin'),
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'POST /api/v1/performance/skps/{id}/feedback': rec('skp', {
    own: allStaffBut('admin'),
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: NOBODY,
  }),
  'GET /api/v1/performance/skps/{id}/evaluations': rec('skp', {
    own: allStaffBut('admin'),
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'POST /api/v1/performance/skps/{id}/evaluations': rec('skp', {
    own: NOBODY,
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: NOBODY,
  }),
  'GET /api/v1/performance/skps/{id}/evaluation-context/{periodId}': rec('skp', {
    own: allStaffBut('admin'),
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'POST /api/v1/performance/evaluations/{id}/objections': rec('evaluation', {
    own: allStaffBut('pimpinan', 'admin'),
    sub: NOBODY,
    peer: NOBODY,
    other: NOBODY,
  }),
  'GET /api/v1/performance/objections/pending': allow(STAFF),
  'POST /api/v1/performance/objections/{id}/decision': allow(['admin']),
  'GET /api/v1/performance/years/{id}/calibration': allow(['pimpinan', 'admin']),
  'PUT /api/v1/performance/years/{id}/org-predikat': allow(['pimpinan']),
  'PUT /api/v1/performance/years/{id}/distribution-rules': allow(['pimpinan', 'admin']),
  'POST /api/v1/performance/years/{id}/calibration/finalize': allow(['pimpinan']),
  'POST /api/v1/performance/evaluations/{id}/calibration-adjustment': rec('evaluation', {
    own: NOBODY,
    sub: ['pimpinan'],
    peer: NOBODY,
    other: NOBODY,
  }),
  'GET /api/v1/performance/years/{id}/delegations': allow(['pimpinan', 'admin']),
  'PUT /api/v1/performance/years/{id}/delegations': allow(['admin']),
  'GET /api/v1/performance/cascade': allow(STAFF),
  'GET /api/v1/performance/skps/{id}/skp.pdf': rec('skp', {
    own: allStaffBut('admin'),
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'GET /api/v1/performance/skps/{id}/evaluations/{periodId}/document.pdf': rec('skp', {
    own: allStaffBut('pimpinan', 'admin'),
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'GET /api/v1/performance/years/{id}/export.xlsx': allow(['pimpinan', 'admin']),

  // public
  'GET /api/v1/public/performance-documents/{code}': allow(EVERYONE),

  // training
  'GET /api/v1/training/settings': allow(STAFF),
  'PUT /api/v1/training/settings': allow(['admin']),
  'GET /api/v1/training/programmes': allow(STAFF),
  'POST /api/v1/training/programmes': allow(['admin']),
  'GET /api/v1/training/programmes/{id}': allow(STAFF),
  'PATCH /api/v1/training/programmes/{id}': allow(['admin']),
  'GET /api/v1/training/trainers': allow(STAFF),
  'POST /api/v1/training/trainers': allow(['admin']),
  'PATCH /api/v1/training/trainers/{id}': allow(['admin']),
  'GET /api/v1/training/sessions': allow(STAFF),
  'POST /api/v1/training/sessions': allow(['admin']),
  'GET /api/v1/training/sessions/{id}': allow(STAFF),
  'PATCH /api/v1/training/sessions/{id}': allow(['admin']),
  'GET /api/v1/training/sessions/{id}/calendar.ics': allow(STAFF),
  'POST /api/v1/training/sessions/{id}/materials': unproven('body or path validated before the role check'),
  'GET /api/v1/training/sessions/{id}/materials/{materialId}': unproven(
    'no record the generic probe can reach',
  ),
  'DELETE /api/v1/training/sessions/{id}/materials/{materialId}': unproven(
    'no record the generic probe can reach',
  ),
  'POST /api/v1/training/sessions/{id}/requests': allow(allStaffBut('admin')),
  'POST /api/v1/training/sessions/{id}/assignments': allow(['admin']),
  'GET /api/v1/training/sessions/{id}/enrolments': allow(['admin', 'pelatih']),
  'GET /api/v1/training/enrolments/{id}': rec('enrolment', {
    own: ['pegawai', 'atasan', 'pimpinan', 'pengawas'],
    sub: ['pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'POST /api/v1/training/enrolments/{id}/decision': unproven('body validated before the owner check'),
  'POST /api/v1/training/enrolments/{id}/cancel': rec('enrolment', {
    own: ['pegawai', 'atasan', 'pimpinan', 'pengawas'],
    sub: ['pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'POST /api/v1/training/enrolments/{id}/feedback': rec('enrolment', {
    own: ['pegawai', 'atasan', 'pimpinan', 'pengawas'],
    sub: NOBODY,
    peer: NOBODY,
    other: NOBODY,
  }),
  'GET /api/v1/training/enrolments/{id}/certificate.pdf': rec('enrolment', {
    own: ['pegawai', 'atasan', 'pimpinan', 'pengawas'],
    sub: NOBODY,
    peer: NOBODY,
    other: ['admin'],
  }),
  'GET /api/v1/training/sessions/{id}/attendance': allow(['admin', 'pelatih']),
  'PUT /api/v1/training/sessions/{id}/attendance': allow(['admin', 'pelatih']),
  'PUT /api/v1/training/sessions/{id}/scores': allow(['admin', 'pelatih']),
  'POST /api/v1/training/sessions/{id}/complete': allow(['admin', 'pelatih']),
  'GET /api/v1/training/sessions/{id}/feedback': allow(['admin', 'pelatih']),
  'GET /api/v1/training/me': allow(allStaffBut('admin')),
  'GET /api/v1/training/approvals': allow(STAFF),
  'GET /api/v1/training/reminders': allow(STAFF),
  'GET /api/v1/training/employees/{id}/jp': rec('employee', {
    own: allStaffBut('admin'),
    sub: ['atasan', 'pimpinan', 'pengawas'],
    peer: NOBODY,
    other: ['admin'],
  }),
  'POST /api/v1/training/evidence': unproven('body or path validated before the role check'),
  'POST /api/v1/training/evidence/{id}/decision': unproven('body or path validated before the role check'),
  'GET /api/v1/training/evidence/{id}/file': unproven('no record the generic probe can reach'),
  'GET /api/v1/training/jp/me': allow(allStaffBut('admin')),
  'GET /api/v1/training/jp/coverage': allow(STAFF),
  'GET /api/v1/training/jp/employees': allow(STAFF),
  'GET /api/v1/training/targets': allow(['pimpinan', 'admin']),
  'PUT /api/v1/training/targets': allow(['admin']),
  'GET /api/v1/training/trainer-stats': allow(STAFF),
  'GET /api/v1/training/trainer-stats/{employeeId}/sessions': rec(
    'employee',
    { own: allStaffBut('admin'), sub: ['atasan', 'pimpinan', 'pengawas'], peer: NOBODY, other: ['admin'] },
    'employeeId',
  ),
  'GET /api/v1/training/cost-saving': allow(['pimpinan', 'admin']),
  'GET /api/v1/training/cost-saving.xlsx': allow(['pimpinan', 'admin']),

  // public
  'GET /api/v1/public/documents/{code}': allow(EVERYONE),

  // competency
  'GET /api/v1/competencies': allow(STAFF),
  'POST /api/v1/competencies': unproven('body or path validated before the role check'),
  'PATCH /api/v1/competencies/{id}': allow(['admin']),
  'GET /api/v1/competency-standards': allow(STAFF),
  'GET /api/v1/competency-standards/{positionId}': allow(STAFF),
  'PUT /api/v1/competency-standards/{positionId}': allow(['admin']),
  'POST /api/v1/competency-assessments': unproven(
    'the generic body names an employee who is nobody’s subordinate',
  ),
  'GET /api/v1/competency-profiles/{employeeId}': rec(
    'employee',
    { own: allStaffBut('admin'), sub: ['atasan', 'pimpinan', 'pengawas'], peer: NOBODY, other: ['admin'] },
    'employeeId',
  ),
  'GET /api/v1/competency-gaps': allow(STAFF),

  // training-needs
  'GET /api/v1/training-needs': allow(STAFF),
  'POST /api/v1/training-needs/decisions': unproven(
    'the generic body names an employee who is nobody’s subordinate',
  ),
  'GET /api/v1/training-needs/settings': allow(STAFF),
  'PUT /api/v1/training-needs/settings': allow(['admin']),

  // oversight
  'GET /api/v1/oversight/settings': allow(['pimpinan', 'pengawas']),
  'PUT /api/v1/oversight/settings': allow(['pimpinan']),
  'GET /api/v1/oversight/teams': allow(['pimpinan', 'pengawas']),
  'POST /api/v1/oversight/teams': allow(['pimpinan']),
  'GET /api/v1/oversight/teams/candidates': allow(['pimpinan']),
  'GET /api/v1/oversight/people': allow(['pimpinan', 'pengawas']),
  'GET /api/v1/oversight/teams/{id}': allow(['pimpinan', 'pengawas']),
  'PUT /api/v1/oversight/teams/{id}': allow(['pimpinan']),
  'GET /api/v1/oversight/templates': allow(['pimpinan', 'pengawas']),
  'POST /api/v1/oversight/templates': unproven('body or path validated before the role check'),
  'GET /api/v1/oversight/templates/{id}': allow(['pimpinan', 'pengawas']),
  'PATCH /api/v1/oversight/templates/{id}': allow(['pimpinan', 'pengawas']),
  'GET /api/v1/oversight/checklist-versions/{id}': allow(['pimpinan', 'pengawas']),
  'GET /api/v1/oversight/plans': allow(allStaffBut('admin')),
  'POST /api/v1/oversight/plans': allow(['pimpinan', 'pengawas']),
  'GET /api/v1/oversight/plans/{id}': unproven('no record the generic probe can reach'),
  'PATCH /api/v1/oversight/plans/{id}': unproven('no record the generic probe can reach'),
  'GET /api/v1/oversight/inspections': allow(['pimpinan', 'pengawas']),
  'GET /api/v1/oversight/inspections/{id}': allow(['pimpinan', 'pengawas']),
  'PUT /api/v1/oversight/inspections/by-uuid/{uuid}': allow(allStaffBut('admin')),
  'PUT /api/v1/oversight/inspections/by-uuid/{uuid}/photos/{photoUuid}': unproven(
    'body or path validated before the role check',
  ),
  'GET /api/v1/oversight/inspection-photos/{id}': unproven('no record the generic probe can reach'),
  'GET /api/v1/oversight/findings': allow(allStaffBut('admin')),
  'POST /api/v1/oversight/findings': unproven('body or path validated before the role check'),
  'GET /api/v1/oversight/findings/{id}': allow(['atasan', 'pimpinan', 'petugas', 'pengawas']),
  'PATCH /api/v1/oversight/findings/{id}': allow(['pengawas']),
  'POST /api/v1/oversight/findings/{id}/files': unproven('body or path validated before the role check'),
  'GET /api/v1/oversight/finding-files/{id}': unproven('no record the generic probe can reach'),
  'POST /api/v1/oversight/findings/{id}/recommendations': allow(['pengawas']),
  'PATCH /api/v1/oversight/recommendations/{id}': allow(['pengawas']),
  'GET /api/v1/oversight/recommendations/{id}/follow-up': allow(['atasan', 'pimpinan', 'pengawas']),
  'POST /api/v1/oversight/recommendations/{id}/follow-ups': unproven(
    'body or path validated before the role check',
  ),
  'POST /api/v1/oversight/recommendations/{id}/verification': allow(['atasan', 'pimpinan', 'pengawas']),
  'POST /api/v1/oversight/recommendations/{id}/cannot-follow-up-decision': allow([
    'atasan',
    'pimpinan',
    'pengawas',
  ]),
  'GET /api/v1/oversight/follow-up-files/{id}': unproven('no record the generic probe can reach'),
  'GET /api/v1/oversight/work': allow(STAFF),
  'GET /api/v1/oversight/settings/follow-up': allow(allStaffBut('admin')),
  'PUT /api/v1/oversight/settings/follow-up': allow(['pimpinan']),
  'GET /api/v1/oversight/reports': allow(['pimpinan', 'pengawas']),
  'GET /api/v1/oversight/reports/export.xlsx': allow(['pimpinan', 'pengawas']),
  'GET /api/v1/oversight/inspections/{id}/report.pdf': allow(['pimpinan', 'pengawas']),

  // forum
  'GET /api/v1/forum/policies': allow(STAFF),
  'POST /api/v1/forum/policies': allow(['pimpinan']),
  'GET /api/v1/forum/policies/{id}': allow(STAFF),
  'PUT /api/v1/forum/policies/{id}': allow(['pimpinan']),
  'POST /api/v1/forum/policies/{id}/publish': allow(['pimpinan']),
  'POST /api/v1/forum/policies/{id}/close': allow(['pimpinan']),
  'POST /api/v1/forum/policies/{id}/documents': unproven('body or path validated before the role check'),
  'GET /api/v1/forum/policies/{id}/documents/{documentId}': unproven('no record the generic probe can reach'),
  'POST /api/v1/forum/policies/{id}/read': allow(allStaffBut('admin')),
  'GET /api/v1/forum/policies/{id}/participation': allow(STAFF),
  'GET /api/v1/forum/threads': allow(STAFF),
  'POST /api/v1/forum/threads': allow(STAFF),
  'GET /api/v1/forum/threads/{id}': allow(STAFF),
  'POST /api/v1/forum/threads/{id}/posts': unproven('the first thread is closed to replies for everyone'),
  'PATCH /api/v1/forum/posts/{id}': allow(['pengawas']),
  'PUT /api/v1/forum/posts/{id}/reactions/{kind}': unproven('body or path validated before the role check'),
  'DELETE /api/v1/forum/posts/{id}/reactions/{kind}': unproven(
    'body or path validated before the role check',
  ),
  'POST /api/v1/forum/posts/{id}/reveal': allow(['pelatih']),
  'GET /api/v1/forum/me/mentions': allow(STAFF),
  'GET /api/v1/forum/me/reveals': allow(STAFF),
  'GET /api/v1/forum/people': allow(STAFF),
  'GET /api/v1/forum/search': allow(STAFF),
  'POST /api/v1/forum/posts/{id}/reports': allow(STAFF),
  'GET /api/v1/forum/reports/mine': allow(STAFF),
  'GET /api/v1/forum/moderation/queue': allow(['pelatih']),
  'POST /api/v1/forum/moderation/posts/{id}/decision': allow(['pelatih']),
  'GET /api/v1/forum/moderation/posts/{id}/revisions': allow(['pelatih']),
  'GET /api/v1/forum/settings': allow(['pimpinan', 'admin', 'pelatih']),
  'PUT /api/v1/forum/settings': allow(['pimpinan', 'admin']),
  'GET /api/v1/forum/policies/{id}/consultation': allow(STAFF),
  'PUT /api/v1/forum/policies/{id}/official-response': allow(['pimpinan']),
  'GET /api/v1/forum/leadership-flags': allow(['pimpinan']),
  'POST /api/v1/forum/polls': unproven('body or path validated before the role check'),
  'GET /api/v1/forum/polls': unproven('body or path validated before the role check'),
  'GET /api/v1/forum/polls/{id}': allow(STAFF),
  'PUT /api/v1/forum/polls/{id}/vote': allow(allStaffBut('admin')),
  'GET /api/v1/forum/polls/{id}/voters': allow(STAFF),
  'GET /api/v1/forum/notifications/preferences': allow(STAFF),
  'PUT /api/v1/forum/notifications/preferences': allow(STAFF),

  // public
  'GET /api/v1/public/open-data': allow(EVERYONE),
  'GET /api/v1/public/open-data/{dataset}.json': allow(EVERYONE),
  'GET /api/v1/public/open-data/{dataset}.csv': allow(EVERYONE),
  'GET /api/v1/public/open-data/schema/{dataset}.json': allow(EVERYONE),

  // portal
  'GET /api/v1/portal/open-data-settings': allow(['admin']),
  'PUT /api/v1/portal/open-data-settings': allow(['admin']),

  // notifications
  'GET /api/v1/notifications': allow(STAFF),
  'GET /api/v1/notifications/unread-count': allow(STAFF),
  // Everyone may mark their own notification read (a cell whose actor has none is not probed).
  'POST /api/v1/notifications/{id}/read': rec('notification', {
    own: STAFF,
    sub: NOBODY,
    peer: NOBODY,
    other: NOBODY,
  }),
  'POST /api/v1/notifications/read-all': allow(STAFF),
  'GET /api/v1/notifications/preferences': allow(STAFF),
  'PUT /api/v1/notifications/preferences': allow(STAFF),

  // live
  // An event stream's allowed answer never ends: the probe sends an invalid Last-Event-ID, which only a caller past
  // the session check gets as 400.
  'GET /api/v1/events': allow(STAFF, { query: 'lastEventId=abc' }),
  // ADR 0011: the transparency page's anonymous stream (no personal data, capped per address).
  'GET /api/v1/public/events': { elsewhere: 'apps/server/src/modules/live/live-public.test.ts' },

  // dashboards (issue 14 §2): Kinerja Saya for whoever holds a position (the admin has none); Tim Saya for
  // superiors and, office-wide, HR and the Pimpinan; the Pimpinan's dashboard for the Pimpinan and HR (read-only).
  'GET /api/v1/dashboards/me': allow(allStaffBut('admin')),
  'GET /api/v1/dashboards/me/{file}': allow(allStaffBut('admin')),
  'GET /api/v1/dashboards/team': allow(['atasan', 'pimpinan', 'admin', 'pengawas']),
  'GET /api/v1/dashboards/team/{file}': allow(['atasan', 'pimpinan', 'admin', 'pengawas']),
  'GET /api/v1/dashboards/leadership': allow(['pimpinan', 'admin']),
  'GET /api/v1/dashboards/leadership/monthly.pdf': allow(['pimpinan', 'admin']),
  'GET /api/v1/dashboards/leadership/{file}': allow(['pimpinan', 'admin']),
};
