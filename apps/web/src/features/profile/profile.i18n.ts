import { addDictionaries } from '../../app/i18n';
/**
 * Strings of the profile page, mounted under `profile`; `profileEn` must have the same keys (the type checks it).
 */
export const profileId = {
  title: 'Profil saya',
  account: 'Akun',
  displayName: 'Nama tampilan',
  username: 'Nama pengguna',
  roles: 'Peran',
  noEmployee: 'Akun ini tidak terhubung dengan data pegawai.',
};

export const profileEn: typeof profileId = {
  title: 'My profile',
  account: 'Account',
  displayName: 'Display name',
  username: 'Username',
  roles: 'Roles',
  noEmployee: 'This account is not linked to an employee record.',
};

// Mounted under `profile` when a chunk that uses these strings first loads (app/i18n/index.ts).
addDictionaries({ id: { profile: profileId }, en: { profile: profileEn } });
