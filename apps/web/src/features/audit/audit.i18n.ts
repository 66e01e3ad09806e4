import { addDictionaries } from '../../app/i18n';
/**
 * Strings of the audit log, mounted under `audit`; `auditEn` must have the same keys (the type checks it).
 */
export const auditId = {
  title: 'Log audit',
  description: 'Semua perubahan data penting, berantai dan tidak dapat diubah.',
  filters: 'Filter log audit',
  filter: {
    entityType: 'Jenis entitas',
    entityId: 'ID entitas',
    action: 'Aksi',
    actor: 'Pelaku',
    from: 'Dari tanggal',
    to: 'Sampai tanggal',
  },
  actorUnavailable: 'Daftar pengguna tidak tersedia',
  columns: {
    at: 'Waktu',
    actor: 'Pelaku',
    action: 'Aksi',
    entity: 'Entitas',
    ip: 'Alamat IP',
    details: 'Rincian',
  },
  system: 'Sistem',
  empty: 'Tidak ada entri audit',
  showChanges: 'Lihat perubahan',
  hideChanges: 'Sembunyikan',
  showChangesNamed: 'Lihat perubahan entri {{id}}',
  hideChangesNamed: 'Sembunyikan perubahan entri {{id}}',
  diff: {
    caption: 'Perubahan pada entri {{id}}',
    field: 'Kolom',
    before: 'Sebelum',
    after: 'Sesudah',
    changed: 'berubah',
    value: '(nilai)',
    none: 'Entri ini tidak mencatat data sebelum/sesudah.',
  },
  verify: {
    button: 'Verifikasi rantai',
    okTitle: 'Rantai audit utuh',
    ok: '{{checked}} entri diperiksa; tidak ada yang diubah atau dihapus.',
    brokenTitle: 'Rantai audit rusak',
    broken: '{{checked}} entri diperiksa. Rantai terputus pada entri #{{id}}: {{reason}}',
  },
};

export const auditEn: typeof auditId = {
  title: 'Audit log',
  description: 'Every important data change, hash-chained and append-only.',
  filters: 'Audit log filters',
  filter: {
    entityType: 'Entity type',
    entityId: 'Entity ID',
    action: 'Action',
    actor: 'Actor',
    from: 'From date',
    to: 'To date',
  },
  actorUnavailable: 'The user list is not available',
  columns: {
    at: 'Time',
    actor: 'Actor',
    action: 'Action',
    entity: 'Entity',
    ip: 'IP address',
    details: 'Details',
  },
  system: 'System',
  empty: 'No audit entries',
  showChanges: 'Show changes',
  hideChanges: 'Hide',
  showChangesNamed: 'Show changes of entry {{id}}',
  hideChangesNamed: 'Hide changes of entry {{id}}',
  diff: {
    caption: 'Changes in entry {{id}}',
    field: 'Field',
    before: 'Before',
    after: 'After',
    changed: 'changed',
    value: '(value)',
    none: 'This entry records no before/after data.',
  },
  verify: {
    button: 'Verify chain',
    okTitle: 'The audit chain is intact',
    ok: '{{checked}} entries checked; none was changed or removed.',
    brokenTitle: 'The audit chain is broken',
    broken: '{{checked}} entries checked. The chain breaks at entry #{{id}}: {{reason}}',
  },
};

// Mounted under `audit` when a chunk that uses these strings first loads (app/i18n/index.ts).
addDictionaries({ id: { audit: auditId }, en: { audit: auditEn } });
