import { addDictionaries } from '../../app/i18n';

// The open-data settings screen (issue 14 §4). The public page /transparansi itself is written by the server.
export const openDataId = {
  title: 'Data terbuka dan halaman transparansi',
  intro:
    'Halaman publik /transparansi dan berkas data terbuka (CSV, JSON) menampilkan angka pengaduan per unit dan IKM per periode tanpa data pribadi warga dan tanpa angka per pegawai.',
  openPage: 'Buka halaman transparansi',
  openCatalogue: 'Katalog data terbuka (JSON)',
  minCellCount: 'Batas sel kecil (jumlah pengaduan minimum per unit)',
  minCellCountHint:
    'Unit dengan pengaduan lebih sedikit dari batas ini dalam periode tidak ditampilkan sendiri, melainkan digabung dengan unit kecil lain. Bawaan: 5.',
  save: 'Simpan',
  saved: 'Pengaturan tersimpan. Halaman publik memakai angka baru paling lambat dalam satu menit.',
};

export const openDataEn: typeof openDataId = {
  title: 'Open data and transparency page',
  intro:
    'The public page /transparansi and the open-data files (CSV, JSON) show complaint figures per unit and the IKM per period without citizens’ personal data and without per-employee figures.',
  openPage: 'Open the transparency page',
  openCatalogue: 'Open-data catalogue (JSON)',
  minCellCount: 'Small-cell minimum (complaints per unit)',
  minCellCountHint:
    'A unit with fewer complaints than this in the period is not shown on its own but merged with other small units. Default: 5.',
  save: 'Save',
  saved: 'Settings saved. The public page uses the new figures within a minute.',
};

addDictionaries({ id: { openData: openDataId }, en: { openData: openDataEn } });
