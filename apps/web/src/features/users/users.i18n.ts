import { addDictionaries } from '../../app/i18n';
/**
 * Strings of the user and role screens, mounted under `users`; `usersEn` must have the same keys (the type checks
 * it).
 */
export const usersId = {
  title: 'Pengguna & peran',
  description: 'Akun masuk, peran, reset kata sandi dan buka kunci akun.',
  search: 'Cari pengguna',
  searchHint: 'Nama atau nama pengguna/NIP',
  filterRole: 'Peran',
  empty: 'Tidak ada pengguna',
  noRoles: 'Tanpa peran',
  never: 'Belum pernah',
  mustChange: 'Wajib ganti kata sandi',
  lockedUntil: 'Terkunci s.d. {{time}}',
  columns: { name: 'Pengguna', roles: 'Peran', status: 'Status', lastLogin: 'Terakhir masuk' },
  roles: {
    open: 'Ubah peran',
    openNamed: 'Ubah peran {{name}}',
    title: 'Peran {{name}}',
    label: 'Peran',
    hint: 'Atasan langsung bukan peran: ditentukan oleh struktur jabatan.',
    saved: 'Peran {{name}} tersimpan.',
  },
  reset: {
    open: 'Reset kata sandi',
    openNamed: 'Reset kata sandi {{name}}',
    title: 'Reset kata sandi',
    message: 'Buat kata sandi sementara untuk {{name}}? Kata sandi lama tidak berlaku lagi.',
    confirm: 'Reset',
    resultTitle: 'Kata sandi sementara',
    resultMessage:
      'Berikan kata sandi ini kepada {{name}} ({{username}}). Pengguna wajib menggantinya saat masuk.',
    password: 'Kata sandi sementara',
    copy: 'Salin',
    copied: 'Tersalin',
    onceWarning:
      'Kata sandi ini hanya ditampilkan sekali. Setelah jendela ini ditutup, kata sandi tidak dapat dilihat lagi.',
  },
  unlock: {
    open: 'Buka kunci',
    openNamed: 'Buka kunci {{name}}',
    done: 'Akun {{name}} tidak terkunci lagi.',
  },
};

export const usersEn: typeof usersId = {
  title: 'Users & roles',
  description: 'Login accounts, roles, password resets and unlocking.',
  search: 'Search users',
  searchHint: 'Name or username/NIP',
  filterRole: 'Role',
  empty: 'No users',
  noRoles: 'No roles',
  never: 'Never',
  mustChange: 'Must change password',
  lockedUntil: 'Locked until {{time}}',
  columns: { name: 'User', roles: 'Roles', status: 'Status', lastLogin: 'Last login' },
  roles: {
    open: 'Edit roles',
    openNamed: 'Edit roles {{name}}',
    title: 'Roles of {{name}}',
    label: 'Roles',
    hint: 'The direct superior is not a role: it follows from the position structure.',
    saved: 'Roles of {{name}} saved.',
  },
  reset: {
    open: 'Reset password',
    openNamed: 'Reset password {{name}}',
    title: 'Reset password',
    message: 'Create a temporary password for {{name}}? The old password stops working.',
    confirm: 'Reset',
    resultTitle: 'Temporary password',
    resultMessage: 'Give this password to {{name}} ({{username}}). They must change it when they log in.',
    password: 'Temporary password',
    copy: 'Copy',
    copied: 'Copied',
    onceWarning: 'This password is shown only once. After you close this window it cannot be seen again.',
  },
  unlock: {
    open: 'Unlock',
    openNamed: 'Unlock {{name}}',
    done: 'Account {{name}} is unlocked.',
  },
};

// Mounted under `users` when a chunk that uses these strings first loads (app/i18n/index.ts).
addDictionaries({ id: { users: usersId }, en: { users: usersEn } });
