import { addDictionaries } from '../../app/i18n';
/**
 * Strings the audit screen added for readable entries (issue 10 §3), mounted under `auditLog`. `auditLogEn` must
 * have the same keys (the type checks it).
 */
export const auditLogId = {
  actor: {
    CITIZEN: 'Pelapor',
    SYSTEM: 'Sistem',
    INTEGRATION: 'Open311 (aplikasi lain)',
    UNKNOWN: '{{name}} (tidak dikenal)',
  },
  account: 'Akun {{username}}',
  open: 'Buka {{name}}',
  removed: '{{type}} #{{id}} (tidak ditemukan lagi)',
};

export const auditLogEn: typeof auditLogId = {
  actor: {
    CITIZEN: 'Complainant',
    SYSTEM: 'System',
    INTEGRATION: 'Open311 (another application)',
    UNKNOWN: '{{name}} (unknown)',
  },
  account: 'Account {{username}}',
  open: 'Open {{name}}',
  removed: '{{type}} #{{id}} (no longer found)',
};

// Mounted under `auditLog` when the audit chunk first loads (app/i18n/index.ts).
addDictionaries({ id: { auditLog: auditLogId }, en: { auditLog: auditLogEn } });
