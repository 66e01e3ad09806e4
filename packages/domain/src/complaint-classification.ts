/**
 * Classification of complaints: the SP4N-LAPOR! report kinds (PermenPANRB 62/2018 practice), the Ombudsman's
 * maladministration types (UU 37/2008), and the complaints.md rule that integrity issues are Rahasia by default and
 * also go to the internal oversight team.
 */

/** Report kind as classified in SP4N-LAPOR!. */
export type ComplaintKind = 'PENGADUAN' | 'ASPIRASI' | 'PERMINTAAN_INFORMASI' | 'WHISTLE_BLOWING';

/** Indonesian labels of the report kinds. */
export const COMPLAINT_KIND_LABELS: Readonly<Record<ComplaintKind, string>> = {
  PENGADUAN: 'Pengaduan',
  ASPIRASI: 'Aspirasi',
  PERMINTAAN_INFORMASI: 'Permintaan Informasi',
  WHISTLE_BLOWING: 'Whistle Blowing',
};

/** Maladministration types used by the Ombudsman, a classification of complaints about staff. */
export type MaladministrationType =
  | 'PENUNDAAN_BERLARUT'
  | 'PENYALAHGUNAAN_WEWENANG'
  | 'PENYIMPANGAN_PROSEDUR'
  | 'PENGABAIAN_KEWAJIBAN_HUKUM'
  | 'PERMINTAAN_IMBALAN'
  | 'DISKRIMINASI'
  | 'TIDAK_KOMPETEN'
  | 'TIDAK_PATUT';

/** Indonesian labels of the maladministration types. */
export const MALADMINISTRATION_TYPE_LABELS: Readonly<Record<MaladministrationType, string>> = {
  PENUNDAAN_BERLARUT: 'Penundaan berlarut',
  PENYALAHGUNAAN_WEWENANG: 'Penyalahgunaan wewenang',
  PENYIMPANGAN_PROSEDUR: 'Penyimpangan prosedur',
  PENGABAIAN_KEWAJIBAN_HUKUM: 'Pengabaian kewajiban hukum',
  PERMINTAAN_IMBALAN: 'Permintaan imbalan (pungli)',
  DISKRIMINASI: 'Diskriminasi',
  TIDAK_KOMPETEN: 'Tidak kompeten',
  TIDAK_PATUT: 'Tidak patut',
};

/** Which classifications count as integrity issues; editable by the administrator. */
export type IntegrityIssuePolicy = {
  maladministrationTypes: readonly MaladministrationType[];
  kinds: readonly ComplaintKind[];
};

/**
 * Default integrity issues: *permintaan imbalan* (named by complaints.md) and whistle-blowing reports (integrity
 * reports by definition). Other types, e.g. penyalahgunaan wewenang, can be added by the administrator.
 */
export const DEFAULT_INTEGRITY_ISSUE_POLICY: IntegrityIssuePolicy = {
  maladministrationTypes: ['PERMINTAAN_IMBALAN'],
  kinds: ['WHISTLE_BLOWING'],
};

/**
 * Defaults a verifier starts from when classifying a complaint (complaints.md): an integrity issue is **Rahasia**
 * (hidden from the public) and is also routed to the internal oversight team; anything else is neither. The
 * verifier may still change the Rahasia flag; the reporter's own Rahasia/Anonim choice is kept by the caller.
 */
export function getClassificationDefaults(
  classification: { kind?: ComplaintKind | null; maladministration?: MaladministrationType | null },
  policy: IntegrityIssuePolicy = DEFAULT_INTEGRITY_ISSUE_POLICY,
): { isIntegrityIssue: boolean; isRahasia: boolean; routeToOversight: boolean } {
  const isIntegrityIssue =
    // Stryker disable next-line ConditionalExpression: the null check only narrows the type; includes(null) is false for a list of kinds
    (classification.kind != null && policy.kinds.includes(classification.kind)) ||
    // Stryker disable next-line ConditionalExpression: the null check only narrows the type; includes(null) is false for a list of types
    (classification.maladministration != null &&
      policy.maladministrationTypes.includes(classification.maladministration));
  return { isIntegrityIssue, isRahasia: isIntegrityIssue, routeToOversight: isIntegrityIssue };
}
