// Human labels for audit action codes. Unknown codes (new modules) fall back to the code itself.
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
};

export function auditActionLabel(code: string, language: string): string | undefined {
  const label = LABELS[code];
  return label ? (language.startsWith('en') ? label.en : label.id) : undefined;
}
