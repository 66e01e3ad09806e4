import { addDictionaries } from '../../app/i18n';
/**
 * Strings of the staff home page, mounted under `home`; `homeEn` must have the same keys (the type checks it).
 * The menu's descriptions (`home.shortcuts`) belong to the staff shell (app/i18n/staff-shell.i18n.ts).
 */
export const homeId = {
  greeting: {
    morning: 'Selamat pagi, {{name}}',
    midday: 'Selamat siang, {{name}}',
    afternoon: 'Selamat sore, {{name}}',
    evening: 'Selamat malam, {{name}}',
  },
  intro: 'SIM Kinerja — Sistem Informasi Manajemen Kinerja ASN Kecamatan Kertapati.',
  myPosition: 'Jabatan saya',
  myComplaints: 'Pengaduan saya (tahun ini)',
  myComplaintsHint: 'Setiap angka membuka daftar pengaduan di belakangnya.',
  allStats: 'Buka statistik pengaduan lengkap',
  myTeam: 'Tim saya',
  teamAssigned: 'Pengaduan yang ditugaskan ke tim tahun ini: {{n}}',
  teamLink: 'Buka pengaduan tim saya tahun ini',
  mySkp: 'SKP saya',
  skpStatus: 'Status',
  skpPredikat: 'Predikat terakhir',
  noSkp: 'Belum ada SKP untuk tahun kinerja ini.',
  noYear: 'Belum ada tahun kinerja yang dibuka.',
  openSkp: 'Buka halaman Kinerja (SKP saya)',
  shortcutsTitle: 'Menu Anda',
};

export const homeEn: typeof homeId = {
  greeting: {
    morning: 'Good morning, {{name}}',
    midday: 'Good afternoon, {{name}}',
    afternoon: 'Good afternoon, {{name}}',
    evening: 'Good evening, {{name}}',
  },
  intro: 'SIM Kinerja — performance management for the civil servants of Kertapati District.',
  myPosition: 'My position',
  myComplaints: 'My complaints (this year)',
  myComplaintsHint: 'Each figure opens the complaints behind it.',
  allStats: 'Open the full complaint statistics',
  myTeam: 'My team',
  teamAssigned: 'Complaints assigned to my team this year: {{n}}',
  teamLink: 'Open my team’s complaints of this year',
  mySkp: 'My SKP',
  skpStatus: 'Status',
  skpPredikat: 'Latest rating',
  noSkp: 'No SKP for this performance year yet.',
  noYear: 'No performance year has been opened yet.',
  openSkp: 'Open the Performance page (my SKP)',
  shortcutsTitle: 'Your menu',
};

// Mounted under `home` when a chunk that uses these strings first loads (app/i18n/index.ts).
addDictionaries({ id: { home: homeId }, en: { home: homeEn } });
