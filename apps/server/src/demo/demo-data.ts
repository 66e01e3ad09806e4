import type { Role } from '@sim/contracts';

// The Kecamatan Kertapati demo as data: units, positions, employees. demo-seed.ts turns it into rows; nothing here
// is computed except the six kelurahan, which share one structure (see KELURAHAN_POSITIONS).

export type DemoUnit = {
  key: string;
  parent: string | null;
  name: string;
  type: 'KOTA' | 'KECAMATAN' | 'KELURAHAN' | 'SEKRETARIAT' | 'SUBBAGIAN' | 'SEKSI' | 'LAINNYA';
  code: string | null;
};

export type DemoPosition = {
  key: string;
  name: string;
  category: 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS' | 'PELAKSANA' | 'FUNGSIONAL';
  unit: string;
  superior: string | null;
};

export type DemoAssignment = { position: string; start: string; end: string; reason: string };

export type DemoEmployee = {
  name: string;
  gender: 'L' | 'P';
  front?: string;
  back?: string;
  kind: 'PNS' | 'PPPK';
  golongan: string;
  position: string;
  /** Start of the current assignment; default DEFAULT_SINCE. */
  since?: string;
  sinceReason?: string;
  /** Earlier assignments, oldest first; the last one ends the day before `since`. */
  history?: DemoAssignment[];
  /** Extra roles besides PEGAWAI. */
  roles?: Role[];
  /** Login name instead of the NIP (the Camat logs in as `camat`). */
  username?: string;
  /** A retired employee: the record is inactive and the assignment ended the day before `date`. */
  retired?: { reason: string; date: string; bornYear: number };
};

export const DEFAULT_SINCE = '2023-01-02';

export const KELURAHAN = [
  { key: 'kemas-rindo', name: 'Kemas Rindo', code: '16.71.13.1001' },
  { key: 'kemang-agung', name: 'Kemang Agung', code: '16.71.13.1002' },
  { key: 'keramasan', name: 'Keramasan', code: '16.71.13.1003' },
  { key: 'kertapati', name: 'Kertapati', code: '16.71.13.1004' },
  { key: 'karya-jaya', name: 'Karya Jaya', code: '16.71.13.1005' },
  { key: 'ogan-baru', name: 'Ogan Baru', code: '16.71.13.1006' },
] as const;

export const DEMO_UNITS: DemoUnit[] = [
  { key: 'kota', parent: null, name: 'Pemerintah Kota Palembang', type: 'KOTA', code: '16.71' },
  { key: 'kecamatan', parent: 'kota', name: 'Kecamatan Kertapati', type: 'KECAMATAN', code: '16.71.13' },
  { key: 'sekretariat', parent: 'kecamatan', name: 'Sekretariat Kecamatan', type: 'SEKRETARIAT', code: null },
  {
    key: 'subbag-umum',
    parent: 'sekretariat',
    name: 'Subbagian Umum dan Kepegawaian',
    type: 'SUBBAGIAN',
    code: null,
  },
  {
    key: 'subbag-keuangan',
    parent: 'sekretariat',
    name: 'Subbagian Perencanaan dan Keuangan',
    type: 'SUBBAGIAN',
    code: null,
  },
  { key: 'seksi-pem', parent: 'kecamatan', name: 'Seksi Pemerintahan', type: 'SEKSI', code: null },
  {
    key: 'seksi-trantib',
    parent: 'kecamatan',
    name: 'Seksi Ketenteraman dan Ketertiban Umum',
    type: 'SEKSI',
    code: null,
  },
  { key: 'seksi-kesos', parent: 'kecamatan', name: 'Seksi Kesejahteraan Sosial', type: 'SEKSI', code: null },
  { key: 'seksi-pm', parent: 'kecamatan', name: 'Seksi Pemberdayaan Masyarakat', type: 'SEKSI', code: null },
  {
    key: 'seksi-pelayanan',
    parent: 'kecamatan',
    name: 'Seksi Pelayanan Umum (PATEN)',
    type: 'SEKSI',
    code: null,
  },
  ...KELURAHAN.map((k): DemoUnit => ({
    key: k.key,
    parent: 'kecamatan',
    name: `Kelurahan ${k.name}`,
    type: 'KELURAHAN',
    code: k.code,
  })),
];

// Camat and Sekretaris Camat are administrators (eselon III.a / III.b); Kasi and Kasubag are pengawas (IV.a).
export const KECAMATAN_POSITIONS: DemoPosition[] = [
  { key: 'camat', name: 'Camat Kertapati', category: 'ADMINISTRATOR', unit: 'kecamatan', superior: null },
  {
    key: 'sekcam',
    name: 'Sekretaris Camat',
    category: 'ADMINISTRATOR',
    unit: 'sekretariat',
    superior: 'camat',
  },
  {
    key: 'kasubag-umum',
    name: 'Kepala Subbagian Umum dan Kepegawaian',
    category: 'PENGAWAS',
    unit: 'subbag-umum',
    superior: 'sekcam',
  },
  {
    key: 'kasubag-keuangan',
    name: 'Kepala Subbagian Perencanaan dan Keuangan',
    category: 'PENGAWAS',
    unit: 'subbag-keuangan',
    superior: 'sekcam',
  },
  {
    key: 'kasi-pem',
    name: 'Kepala Seksi Pemerintahan',
    category: 'PENGAWAS',
    unit: 'seksi-pem',
    superior: 'camat',
  },
  {
    key: 'kasi-trantib',
    name: 'Kepala Seksi Ketenteraman dan Ketertiban Umum',
    category: 'PENGAWAS',
    unit: 'seksi-trantib',
    superior: 'camat',
  },
  {
    key: 'kasi-kesos',
    name: 'Kepala Seksi Kesejahteraan Sosial',
    category: 'PENGAWAS',
    unit: 'seksi-kesos',
    superior: 'camat',
  },
  {
    key: 'kasi-pm',
    name: 'Kepala Seksi Pemberdayaan Masyarakat',
    category: 'PENGAWAS',
    unit: 'seksi-pm',
    superior: 'camat',
  },
  {
    key: 'kasi-pelayanan',
    name: 'Kepala Seksi Pelayanan Umum',
    category: 'PENGAWAS',
    unit: 'seksi-pelayanan',
    superior: 'camat',
  },
  {
    key: 'adm-umum',
    name: 'Pengadministrasi Umum',
    category: 'PELAKSANA',
    unit: 'subbag-umum',
    superior: 'kasubag-umum',
  },
  {
    key: 'pengelola-kepegawaian',
    name: 'Pengelola Kepegawaian',
    category: 'PELAKSANA',
    unit: 'subbag-umum',
    superior: 'kasubag-umum',
  },
  {
    key: 'arsiparis',
    name: 'Arsiparis Terampil',
    category: 'FUNGSIONAL',
    unit: 'subbag-umum',
    superior: 'kasubag-umum',
  },
  {
    key: 'pranata-komputer',
    name: 'Pranata Komputer Ahli Pertama',
    category: 'FUNGSIONAL',
    unit: 'subbag-umum',
    superior: 'kasubag-umum',
  },
  {
    key: 'bendahara',
    name: 'Bendahara Pengeluaran',
    category: 'PELAKSANA',
    unit: 'subbag-keuangan',
    superior: 'kasubag-keuangan',
  },
  {
    key: 'penyusun-anggaran',
    name: 'Penyusun Program Anggaran dan Pelaporan',
    category: 'PELAKSANA',
    unit: 'subbag-keuangan',
    superior: 'kasubag-keuangan',
  },
  {
    key: 'pengelola-bmd',
    name: 'Pengelola Barang Milik Daerah',
    category: 'PELAKSANA',
    unit: 'subbag-keuangan',
    superior: 'kasubag-keuangan',
  },
  {
    key: 'analis-pem',
    name: 'Analis Pemerintahan',
    category: 'PELAKSANA',
    unit: 'seksi-pem',
    superior: 'kasi-pem',
  },
  {
    key: 'pengelola-adminduk',
    name: 'Pengelola Data Administrasi Kependudukan',
    category: 'PELAKSANA',
    unit: 'seksi-pem',
    superior: 'kasi-pem',
  },
  {
    key: 'pengelola-trantib',
    name: 'Pengelola Ketenteraman dan Ketertiban',
    category: 'PELAKSANA',
    unit: 'seksi-trantib',
    superior: 'kasi-trantib',
  },
  {
    key: 'adm-trantib',
    name: 'Pengadministrasi Ketenteraman dan Ketertiban',
    category: 'PELAKSANA',
    unit: 'seksi-trantib',
    superior: 'kasi-trantib',
  },
  {
    key: 'analis-kesos',
    name: 'Analis Kesejahteraan Sosial',
    category: 'PELAKSANA',
    unit: 'seksi-kesos',
    superior: 'kasi-kesos',
  },
  {
    key: 'pengelola-bansos',
    name: 'Pengelola Bantuan Sosial',
    category: 'PELAKSANA',
    unit: 'seksi-kesos',
    superior: 'kasi-kesos',
  },
  {
    key: 'fasilitator-pm',
    name: 'Fasilitator Pemberdayaan Masyarakat',
    category: 'PELAKSANA',
    unit: 'seksi-pm',
    superior: 'kasi-pm',
  },
  {
    key: 'adm-pm',
    name: 'Pengadministrasi Pemberdayaan Masyarakat',
    category: 'PELAKSANA',
    unit: 'seksi-pm',
    superior: 'kasi-pm',
  },
  {
    key: 'petugas-paten',
    name: 'Petugas Pelayanan PATEN',
    category: 'PELAKSANA',
    unit: 'seksi-pelayanan',
    superior: 'kasi-pelayanan',
  },
  {
    key: 'pengelola-pengaduan',
    name: 'Pengelola Pengaduan Masyarakat',
    category: 'PELAKSANA',
    unit: 'seksi-pelayanan',
    superior: 'kasi-pelayanan',
  },
  {
    key: 'pengolah-data-pelayanan',
    name: 'Pengolah Data Pelayanan',
    category: 'PELAKSANA',
    unit: 'seksi-pelayanan',
    superior: 'kasi-pelayanan',
  },
];

// Every kelurahan has the same structure. The Lurah is modelled as PENGAWAS: in Kota Palembang the Lurah post is
// eselon IV.a (pengawas); some regions rank it administrator, which is a one-word change here. Sekretaris Lurah and
// the Kasi are pengawas (IV.b); staff are pelaksana. `{k}` is replaced by the kelurahan key, `{n}` by its name.
export const KELURAHAN_POSITIONS: DemoPosition[] = [
  { key: '{k}:lurah', name: 'Lurah {n}', category: 'PENGAWAS', unit: '{k}', superior: 'camat' },
  {
    key: '{k}:seklur',
    name: 'Sekretaris Kelurahan {n}',
    category: 'PENGAWAS',
    unit: '{k}',
    superior: '{k}:lurah',
  },
  {
    key: '{k}:kasi-pem',
    name: 'Kepala Seksi Pemerintahan dan Trantib Kelurahan {n}',
    category: 'PENGAWAS',
    unit: '{k}',
    superior: '{k}:lurah',
  },
  {
    key: '{k}:kasi-pm',
    name: 'Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial Kelurahan {n}',
    category: 'PENGAWAS',
    unit: '{k}',
    superior: '{k}:lurah',
  },
  {
    key: '{k}:adm-umum',
    name: 'Pengadministrasi Umum Kelurahan {n}',
    category: 'PELAKSANA',
    unit: '{k}',
    superior: '{k}:seklur',
  },
  {
    key: '{k}:pengelola-pem',
    name: 'Pengelola Data Pemerintahan dan Trantib Kelurahan {n}',
    category: 'PELAKSANA',
    unit: '{k}',
    superior: '{k}:kasi-pem',
  },
  {
    key: '{k}:adm-pm',
    name: 'Pengadministrasi Pemberdayaan Masyarakat Kelurahan {n}',
    category: 'PELAKSANA',
    unit: '{k}',
    superior: '{k}:kasi-pm',
  },
];

// Palembang names: Kemas (Kms.), Kiagus (Kgs.), Masagus (Mgs.), Raden (R.), Nyimas and Nyayu are hereditary
// Palembang titles and part of the name; H./Hj./Dr./Drs. are front titles, degrees are back titles.
export const DEMO_EMPLOYEES: DemoEmployee[] = [
  // Kantor Kecamatan
  {
    name: 'Kms. Ahmad Rizal Fahlevi',
    gender: 'L',
    front: 'H.',
    back: 'S.STP., M.Si.',
    kind: 'PNS',
    golongan: 'IV/b',
    position: 'camat',
    since: '2024-02-05',
    username: 'camat',
    roles: ['PIMPINAN'],
  },
  {
    name: 'Nyimas Dewi Kartika',
    gender: 'P',
    front: 'Hj.',
    back: 'S.Sos., M.M.',
    kind: 'PNS',
    golongan: 'IV/a',
    position: 'sekcam',
    since: '2023-07-03',
    roles: ['TIM_PENGAWAS'],
  },
  {
    name: 'Mgs. Hendra Saputra',
    gender: 'L',
    back: 'S.E.',
    kind: 'PNS',
    golongan: 'III/d',
    position: 'kasubag-umum',
    roles: ['TIM_PENGAWAS'],
  },
  {
    name: 'Rina Oktaviani',
    gender: 'P',
    back: 'S.E., M.Ak.',
    kind: 'PNS',
    golongan: 'III/d',
    position: 'kasubag-keuangan',
    roles: ['PELATIH'],
  },
  {
    name: 'Kgs. M. Yusuf Effendi',
    gender: 'L',
    back: 'S.H.',
    kind: 'PNS',
    golongan: 'III/d',
    position: 'kasi-pem',
    roles: ['TIM_PENGAWAS'],
  },
  {
    name: 'Agus Salim',
    gender: 'L',
    back: 'S.Sos.',
    kind: 'PNS',
    golongan: 'III/c',
    position: 'kasi-trantib',
  },
  {
    name: 'Siti Aisyah',
    gender: 'P',
    back: 'S.Sos.',
    kind: 'PNS',
    golongan: 'III/c',
    position: 'kasi-kesos',
  },
  {
    name: 'R. Muhammad Iqbal',
    gender: 'L',
    back: 'S.IP.',
    kind: 'PNS',
    golongan: 'III/c',
    position: 'kasi-pm',
  },
  {
    name: 'Yuliana Puspitasari',
    gender: 'P',
    front: 'Dra.',
    kind: 'PNS',
    golongan: 'III/d',
    position: 'kasi-pelayanan',
  },
  { name: 'Dedi Kurniawan', gender: 'L', kind: 'PNS', golongan: 'II/c', position: 'adm-umum' },
  {
    name: 'Fitri Handayani',
    gender: 'P',
    back: 'S.Kom.',
    kind: 'PNS',
    golongan: 'III/a',
    position: 'pengelola-kepegawaian',
    roles: ['MODERATOR'],
  },
  { name: 'Nurhayati', gender: 'P', back: 'A.Md.', kind: 'PNS', golongan: 'II/d', position: 'arsiparis' },
  {
    name: 'Rizky Pratama',
    gender: 'L',
    back: 'S.Kom.',
    kind: 'PPPK',
    golongan: 'IX',
    position: 'pranata-komputer',
    since: '2024-03-01',
    roles: ['PELATIH', 'MODERATOR'],
  },
  {
    name: 'Lestari Wulandari',
    gender: 'P',
    back: 'A.Md.Ak.',
    kind: 'PNS',
    golongan: 'II/d',
    position: 'bendahara',
  },
  {
    name: 'Muhammad Fadli',
    gender: 'L',
    back: 'S.E.',
    kind: 'PNS',
    golongan: 'III/a',
    position: 'penyusun-anggaran',
  },
  { name: 'Hasan Basri', gender: 'L', kind: 'PNS', golongan: 'II/d', position: 'pengelola-bmd' },
  { name: 'Andi Wijaya', gender: 'L', back: 'S.IP.', kind: 'PNS', golongan: 'III/b', position: 'analis-pem' },
  { name: 'Sri Wahyuni', gender: 'P', kind: 'PNS', golongan: 'II/b', position: 'pengelola-adminduk' },
  { name: 'Joko Susanto', gender: 'L', kind: 'PNS', golongan: 'II/c', position: 'pengelola-trantib' },
  { name: 'Ahmad Fauzi', gender: 'L', kind: 'PNS', golongan: 'II/a', position: 'adm-trantib' },
  {
    name: 'Ratna Sari',
    gender: 'P',
    back: 'S.Sos.',
    kind: 'PNS',
    golongan: 'III/a',
    position: 'analis-kesos',
  },
  { name: 'Kgs. Abdul Rahman', gender: 'L', kind: 'PNS', golongan: 'II/b', position: 'pengelola-bansos' },
  {
    name: 'Yanti Marlina',
    gender: 'P',
    back: 'S.P.',
    kind: 'PNS',
    golongan: 'III/a',
    position: 'fasilitator-pm',
  },
  {
    name: 'Herman Syahputra',
    gender: 'L',
    kind: 'PPPK',
    golongan: 'V',
    position: 'adm-pm',
    since: '2024-03-01',
  },
  {
    name: 'Dwi Anggraini',
    gender: 'P',
    back: 'A.Md.',
    kind: 'PNS',
    golongan: 'II/c',
    position: 'petugas-paten',
    roles: ['PETUGAS_PENGADUAN'],
  },
  {
    name: 'Bayu Setiawan',
    gender: 'L',
    kind: 'PNS',
    golongan: 'II/b',
    position: 'petugas-paten',
    since: '2026-01-05',
    sinceReason: 'Mutasi ke Seksi Pelayanan Umum (PATEN)',
    history: [
      { position: 'kemas-rindo:adm-umum', start: '2022-04-01', end: '2026-01-04', reason: 'Data awal' },
    ],
  },
  {
    name: 'Nyayu Siti Maryam',
    gender: 'P',
    kind: 'PPPK',
    golongan: 'V',
    position: 'petugas-paten',
    since: '2024-03-01',
  },
  {
    name: 'Indah Permatasari',
    gender: 'P',
    back: 'S.Sos.',
    kind: 'PNS',
    golongan: 'III/a',
    position: 'pengelola-pengaduan',
    roles: ['PETUGAS_PENGADUAN'],
  },
  {
    name: 'Novita Sari',
    gender: 'P',
    back: 'S.Kom.',
    kind: 'PNS',
    golongan: 'III/a',
    position: 'pengolah-data-pelayanan',
  },

  // Kelurahan Kemas Rindo
  {
    name: 'Kms. Hasanuddin',
    gender: 'L',
    back: 'S.Sos.',
    kind: 'PNS',
    golongan: 'III/d',
    position: 'kemas-rindo:lurah',
  },
  {
    name: 'Eka Pratiwi',
    gender: 'P',
    back: 'S.E.',
    kind: 'PNS',
    golongan: 'III/c',
    position: 'kemas-rindo:seklur',
  },
  {
    name: 'Zulkifli',
    gender: 'L',
    back: 'S.H.',
    kind: 'PNS',
    golongan: 'III/c',
    position: 'kemas-rindo:kasi-pem',
  },
  {
    name: 'Maya Sari',
    gender: 'P',
    back: 'S.Sos.',
    kind: 'PNS',
    golongan: 'III/b',
    position: 'kemas-rindo:kasi-pm',
  },
  {
    name: 'Putri Rahmadani',
    gender: 'P',
    kind: 'PNS',
    golongan: 'II/a',
    position: 'kemas-rindo:adm-umum',
    since: '2026-02-02',
    sinceReason: 'Mengisi formasi yang lowong',
  },
  { name: 'Rudi Hartono', gender: 'L', kind: 'PNS', golongan: 'II/c', position: 'kemas-rindo:pengelola-pem' },
  {
    name: 'Wulan Dari',
    gender: 'P',
    back: 'A.Md.',
    kind: 'PNS',
    golongan: 'II/c',
    position: 'kemas-rindo:adm-pm',
  },

  // Kelurahan Kemang Agung
  {
    name: 'Ki. Ahmad Mursyid',
    gender: 'L',
    back: 'S.IP.',
    kind: 'PNS',
    golongan: 'III/d',
    position: 'kemang-agung:lurah',
  },
  {
    name: 'Nurul Hidayah',
    gender: 'P',
    back: 'S.Sos.',
    kind: 'PNS',
    golongan: 'III/c',
    position: 'kemang-agung:seklur',
  },
  {
    name: 'Firmansyah',
    gender: 'L',
    back: 'S.H.',
    kind: 'PNS',
    golongan: 'III/b',
    position: 'kemang-agung:kasi-pem',
  },
  {
    name: 'Desi Ratnasari',
    gender: 'P',
    back: 'S.P.',
    kind: 'PNS',
    golongan: 'III/c',
    position: 'kemang-agung:kasi-pm',
  },
  { name: 'Taufik Hidayat', gender: 'L', kind: 'PNS', golongan: 'II/b', position: 'kemang-agung:adm-umum' },
  {
    name: 'Rahmat Hidayat',
    gender: 'L',
    kind: 'PNS',
    golongan: 'II/d',
    position: 'kemang-agung:pengelola-pem',
  },
  {
    name: 'Anisa Fitriani',
    gender: 'P',
    kind: 'PPPK',
    golongan: 'V',
    position: 'kemang-agung:adm-pm',
    since: '2024-03-01',
  },

  // Kelurahan Keramasan (the Kasi Pemberdayaan Masyarakat post is vacant: its staff's superior is the Lurah, acting)
  {
    name: 'Rosmalina',
    gender: 'P',
    front: 'Hj.',
    back: 'S.Sos., M.Si.',
    kind: 'PNS',
    golongan: 'III/d',
    position: 'keramasan:lurah',
  },
  {
    name: 'Mgs. Ridwan',
    gender: 'L',
    back: 'S.E.',
    kind: 'PNS',
    golongan: 'III/c',
    position: 'keramasan:seklur',
  },
  {
    name: 'Irwan Setiawan',
    gender: 'L',
    back: 'S.IP.',
    kind: 'PNS',
    golongan: 'III/c',
    position: 'keramasan:kasi-pem',
  },
  { name: 'Sri Mulyani', gender: 'P', kind: 'PNS', golongan: 'II/c', position: 'keramasan:adm-umum' },
  { name: 'Fajar Ramadhan', gender: 'L', kind: 'PNS', golongan: 'II/a', position: 'keramasan:pengelola-pem' },
  {
    name: 'Yuni Astuti',
    gender: 'P',
    back: 'A.Md.',
    kind: 'PNS',
    golongan: 'II/d',
    position: 'keramasan:adm-pm',
  },

  // Kelurahan Kertapati (the previous Lurah retired on 30 June 2025; a Kasi from Karya Jaya was promoted)
  {
    name: 'Kms. Umar Said',
    gender: 'L',
    front: 'Drs.',
    kind: 'PNS',
    golongan: 'IV/a',
    position: 'kertapati:lurah',
    since: '2019-01-02',
    retired: { reason: 'Pensiun batas usia (58 tahun) per 1 Juli 2025', date: '2025-07-01', bornYear: 1967 },
  },
  {
    name: 'Mgs. Syaiful Anwar',
    gender: 'L',
    back: 'S.Sos.',
    kind: 'PNS',
    golongan: 'III/d',
    position: 'kertapati:lurah',
    since: '2025-07-01',
    sinceReason: 'Promosi menjadi Lurah Kertapati',
    history: [
      { position: 'karya-jaya:kasi-pem', start: '2022-01-03', end: '2025-06-30', reason: 'Data awal' },
    ],
  },
  {
    name: 'Lina Marlina',
    gender: 'P',
    back: 'S.E.',
    kind: 'PNS',
    golongan: 'III/c',
    position: 'kertapati:seklur',
  },
  {
    name: 'Hendri Gunawan',
    gender: 'L',
    back: 'S.H.',
    kind: 'PNS',
    golongan: 'III/c',
    position: 'kertapati:kasi-pem',
  },
  {
    name: 'Evi Susanti',
    gender: 'P',
    back: 'S.Sos.',
    kind: 'PNS',
    golongan: 'III/b',
    position: 'kertapati:kasi-pm',
  },
  { name: 'Arif Rahman', gender: 'L', kind: 'PNS', golongan: 'II/c', position: 'kertapati:adm-umum' },
  {
    name: 'Dian Purnama Sari',
    gender: 'P',
    kind: 'PNS',
    golongan: 'II/b',
    position: 'kertapati:pengelola-pem',
  },
  { name: 'Robi Kurniawan', gender: 'L', kind: 'PNS', golongan: 'II/a', position: 'kertapati:adm-pm' },

  // Kelurahan Karya Jaya
  {
    name: 'R.A. Agustina Wati',
    gender: 'P',
    back: 'S.Sos.',
    kind: 'PNS',
    golongan: 'III/d',
    position: 'karya-jaya:lurah',
  },
  {
    name: 'Bambang Irawan',
    gender: 'L',
    back: 'S.E.',
    kind: 'PNS',
    golongan: 'III/c',
    position: 'karya-jaya:seklur',
  },
  {
    name: 'Tri Wahyudi',
    gender: 'L',
    back: 'S.IP.',
    kind: 'PNS',
    golongan: 'III/b',
    position: 'karya-jaya:kasi-pem',
    since: '2025-07-01',
    sinceReason: 'Promosi menjadi Kepala Seksi Pemerintahan dan Trantib Kelurahan Karya Jaya',
    history: [
      { position: 'ogan-baru:pengelola-pem', start: '2021-03-01', end: '2025-06-30', reason: 'Data awal' },
    ],
  },
  {
    name: 'Herlina',
    gender: 'P',
    back: 'S.Sos.',
    kind: 'PNS',
    golongan: 'III/c',
    position: 'karya-jaya:kasi-pm',
  },
  { name: 'Eko Prasetyo', gender: 'L', kind: 'PNS', golongan: 'II/c', position: 'karya-jaya:adm-umum' },
  { name: 'Megawati', gender: 'P', kind: 'PNS', golongan: 'II/b', position: 'karya-jaya:pengelola-pem' },
  { name: 'Kgs. Muhammad Ali', gender: 'L', kind: 'PNS', golongan: 'II/d', position: 'karya-jaya:adm-pm' },

  // Kelurahan Ogan Baru
  {
    name: 'Darmawan',
    gender: 'L',
    back: 'S.Sos., M.Si.',
    kind: 'PNS',
    golongan: 'III/d',
    position: 'ogan-baru:lurah',
  },
  {
    name: 'Ayu Lestari',
    gender: 'P',
    back: 'S.E.',
    kind: 'PNS',
    golongan: 'III/b',
    position: 'ogan-baru:seklur',
  },
  {
    name: 'Nyimas Rahmawati',
    gender: 'P',
    back: 'S.H.',
    kind: 'PNS',
    golongan: 'III/c',
    position: 'ogan-baru:kasi-pem',
  },
  {
    name: 'Fauzan Azima',
    gender: 'L',
    back: 'S.IP.',
    kind: 'PNS',
    golongan: 'III/b',
    position: 'ogan-baru:kasi-pm',
  },
  { name: 'Sutrisno', gender: 'L', kind: 'PNS', golongan: 'II/d', position: 'ogan-baru:adm-umum' },
  {
    name: 'Rini Handayani',
    gender: 'P',
    kind: 'PNS',
    golongan: 'II/a',
    position: 'ogan-baru:pengelola-pem',
    since: '2025-08-01',
    sinceReason: 'Mengisi formasi yang lowong',
  },
  {
    name: 'Deni Saputra',
    gender: 'L',
    kind: 'PPPK',
    golongan: 'V',
    position: 'ogan-baru:adm-pm',
    since: '2024-03-01',
  },
];

/**
 * Birth-year ranges by golongan: rank follows seniority, so a IV/b official is born decades before a II/a clerk.
 * `tmtAge` is the age range at first appointment (CPNS or PPPK).
 */
export const AGE_BANDS: Record<string, { born: [number, number]; tmtAge: [number, number] }> = {
  'IV/b': { born: [1969, 1974], tmtAge: [23, 27] },
  'IV/a': { born: [1966, 1978], tmtAge: [23, 27] },
  'III/d': { born: [1974, 1983], tmtAge: [23, 28] },
  'III/c': { born: [1978, 1986], tmtAge: [23, 28] },
  'III/b': { born: [1983, 1990], tmtAge: [23, 27] },
  'III/a': { born: [1988, 1996], tmtAge: [22, 25] },
  'II/d': { born: [1980, 1988], tmtAge: [20, 24] },
  'II/c': { born: [1983, 1991], tmtAge: [20, 24] },
  'II/b': { born: [1988, 1995], tmtAge: [20, 23] },
  'II/a': { born: [1994, 1999], tmtAge: [20, 22] },
  // PPPK: the first large intakes for technical posts were in 2022–2023.
  IX: { born: [1990, 1997], tmtAge: [26, 32] },
  V: { born: [1988, 1998], tmtAge: [25, 34] },
};

/** PPPK appointments in the demo fall in these years (the NIP carries only the year). */
export const PPPK_TMT_YEARS: [number, number] = [2022, 2023];
/** No PNS appointment later than this year, so every current assignment starts after the TMT. */
export const LAST_PNS_TMT_YEAR = 2020;
