// The organisation of the generated city: Kota Palembang's other 17 kecamatan (Kertapati is the demo office) with
// their kelurahan, a position tree per unit and the employees who hold the positions. Pure and deterministic: the
// same seed gives the same names, NIPs and tree, so a benchmark run can name its logins in advance.

/** mulberry32, as in the demo seed: small, fast and the same on every machine. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

/**
 * Kota Palembang's kecamatan other than Kertapati (16.71.13), with kelurahan names. Kertapati's codes come from the
 * Kemendagri data in the domain notes; the other codes and the kelurahan lists are plausible, not authoritative
 * (Palembang has 18 kecamatan and 107 kelurahan; with Kertapati's 6 these lists make 107).
 */
export const OTHER_KECAMATAN: { code: string; name: string; kelurahan: string[] }[] = [
  {
    code: '16.71.01',
    name: 'Ilir Barat II',
    kelurahan: ['27 Ilir', '28 Ilir', '29 Ilir', '30 Ilir', '32 Ilir', '35 Ilir', 'Kemang Manis', 'Tangga Buntung'],
  },
  { code: '16.71.02', name: 'Seberang Ulu I', kelurahan: ['1 Ulu', '2 Ulu', '3-4 Ulu', '5 Ulu', '7 Ulu'] },
  {
    code: '16.71.03',
    name: 'Seberang Ulu II',
    kelurahan: ['11 Ulu', '12 Ulu', '13 Ulu', '14 Ulu', '16 Ulu', 'Sentosa'],
  },
  {
    code: '16.71.04',
    name: 'Ilir Barat I',
    kelurahan: ['Bukit Lama', 'Bukit Baru', 'Demang Lebar Daun', 'Lorok Pakjo', 'Siring Agung', '26 Ilir D-I'],
  },
  {
    code: '16.71.05',
    name: 'Ilir Timur I',
    kelurahan: ['15 Ilir', '16 Ilir', '17 Ilir', '18 Ilir', '20 Ilir D-I', 'Kepandean Baru', 'Sungai Pangeran'],
  },
  {
    code: '16.71.06',
    name: 'Ilir Timur II',
    kelurahan: ['2 Ilir', '3 Ilir', '11 Ilir', 'Kuto Batu', 'Lawang Kidul', 'Sungai Buah'],
  },
  {
    code: '16.71.07',
    name: 'Sukarami',
    kelurahan: ['Kebun Bunga', 'Sukabangun', 'Sukajaya', 'Sukarami', 'Sukodadi', 'Talang Betutu', 'Talang Jambe'],
  },
  { code: '16.71.08', name: 'Sako', kelurahan: ['Sako', 'Sako Baru', 'Sialang', 'Sukamaju', 'Sako Kenten'] },
  {
    code: '16.71.09',
    name: 'Kemuning',
    kelurahan: ['Ario Kemuning', 'Kemuning', 'Pahlawan', 'Pipa Reja', 'Sekip Jaya', '20 Ilir D-II', 'Talang Aman'],
  },
  {
    code: '16.71.10',
    name: 'Kalidoni',
    kelurahan: ['Bukit Sangkal', 'Kalidoni', 'Sei Lais', 'Sei Selayur', 'Sei Selincah', 'Kebun Sayur'],
  },
  {
    code: '16.71.11',
    name: 'Bukit Kecil',
    kelurahan: ['19 Ilir', '22 Ilir', '23 Ilir', '24 Ilir', '26 Ilir', 'Talang Semut'],
  },
  { code: '16.71.12', name: 'Gandus', kelurahan: ['36 Ilir', 'Gandus', 'Karang Anyar', 'Karang Jaya', 'Pulokerto'] },
  {
    code: '16.71.14',
    name: 'Plaju',
    kelurahan: ['Bagus Kuning', 'Komperta', 'Plaju Darat', 'Plaju Ilir', 'Plaju Ulu', 'Talang Bubuk', 'Talang Putri'],
  },
  {
    code: '16.71.15',
    name: 'Alang-Alang Lebar',
    kelurahan: ['Alang-Alang Lebar', 'Karya Baru', 'Srijaya', 'Talang Kelapa'],
  },
  { code: '16.71.16', name: 'Sematang Borang', kelurahan: ['Karya Mulya', 'Lebung Gajah', 'Srimulya', 'Suka Mulya'] },
  { code: '16.71.17', name: 'Ilir Timur III', kelurahan: ['1 Ilir', '5 Ilir', '8 Ilir', '9 Ilir', '10 Ilir', 'Duku'] },
  {
    code: '16.71.18',
    name: 'Jakabaring',
    kelurahan: ['8 Ulu', '9-10 Ulu', '15 Ulu', 'Silaberanti', 'Tuan Kentang', 'Tangga Takat'],
  },
];

const KECAMATAN_SECTIONS = [
  { type: 'SEKRETARIAT', name: 'Sekretariat Kecamatan', head: 'Sekretaris Camat', headCategory: 'ADMINISTRATOR' },
  { type: 'SEKSI', name: 'Seksi Pemerintahan', head: 'Kepala Seksi Pemerintahan', headCategory: 'PENGAWAS' },
  {
    type: 'SEKSI',
    name: 'Seksi Ketenteraman dan Ketertiban Umum',
    head: 'Kepala Seksi Trantib',
    headCategory: 'PENGAWAS',
  },
  { type: 'SEKSI', name: 'Seksi Kesejahteraan Sosial', head: 'Kepala Seksi Kesos', headCategory: 'PENGAWAS' },
  {
    type: 'SEKSI',
    name: 'Seksi Pemberdayaan Masyarakat',
    head: 'Kepala Seksi Pemberdayaan Masyarakat',
    headCategory: 'PENGAWAS',
  },
  {
    type: 'SEKSI',
    name: 'Seksi Pelayanan Umum (PATEN)',
    head: 'Kepala Seksi Pelayanan Umum',
    headCategory: 'PENGAWAS',
  },
] as const;

const KELURAHAN_LEADS = [
  'Sekretaris Kelurahan',
  'Kepala Seksi Pemerintahan dan Trantib',
  'Kepala Seksi Pemberdayaan Masyarakat dan Kesos',
] as const;

const STAFF_TITLES = [
  ['Pengadministrasi Umum', 'PELAKSANA'],
  ['Pengelola Data Pelayanan', 'PELAKSANA'],
  ['Pengadministrasi Kependudukan', 'PELAKSANA'],
  ['Pengelola Layanan Pengaduan', 'PELAKSANA'],
  ['Pengolah Data Pemerintahan', 'PELAKSANA'],
  ['Pengadministrasi Keuangan', 'PELAKSANA'],
  ['Pranata Komputer Ahli Pertama', 'FUNGSIONAL'],
  ['Analis Kebijakan Ahli Muda', 'FUNGSIONAL'],
  ['Penata Kelola Sistem dan Teknologi Informasi', 'FUNGSIONAL'],
  ['Pengelola Ketenteraman dan Ketertiban', 'PELAKSANA'],
] as const;

const MALE = [
  'Ahmad', 'Muhammad', 'Rizki', 'Hendra', 'Agus', 'Budi', 'Dedi', 'Eko', 'Fajar', 'Hafiz', 'Irfan', 'Joko',
  'Kurniawan', 'Lukman', 'Mulyadi', 'Nur', 'Rahmat', 'Syahrial', 'Taufik', 'Wahyu', 'Yudi', 'Zulkifli', 'Andi',
  'Bambang', 'Darmawan', 'Fikri', 'Gunawan', 'Haris', 'Iwan', 'Rudi',
];
const FEMALE = [
  'Siti', 'Nurul', 'Dewi', 'Rina', 'Yuli', 'Fitri', 'Lestari', 'Maya', 'Novi', 'Putri', 'Ratna', 'Sari', 'Tuti',
  'Wulan', 'Yanti', 'Ayu', 'Dian', 'Eka', 'Indah', 'Kartika', 'Lina', 'Mega', 'Nadia', 'Rahma', 'Susanti', 'Vera',
  'Wati', 'Yesi', 'Zahra', 'Anisa',
];
const FAMILY = [
  'Saputra', 'Pratama', 'Hidayat', 'Wijaya', 'Kusuma', 'Santoso', 'Rahman', 'Hakim', 'Syafei', 'Firdaus',
  'Ramadhan', 'Nugroho', 'Setiawan', 'Lubis', 'Harahap', 'Siregar', 'Anwar', 'Basri', 'Chandra', 'Daulay',
  'Effendi', 'Fauzi', 'Gani', 'Husin', 'Iskandar', 'Jamil', 'Kadir', 'Latif', 'Mansyur', 'Nasution',
];
const PALEMBANG_PREFIX = { L: ['Kms.', 'Kgs.', 'Mgs.', 'R.'], P: ['Nyimas', 'Nyayu', 'R.A.'] } as const;
const DEGREES = ['S.Sos.', 'S.E.', 'S.Kom.', 'S.H.', 'S.STP.', 'S.I.P.', 'A.Md.', 'S.Pd.', 'S.AP.'];
const GOLONGAN_PNS = ['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b'];

export type PlanUnit = { key: string; parentKey: string | null; name: string; type: string; code: string | null };
export type PlanPosition = {
  key: string;
  name: string;
  category: string;
  unitKey: string;
  superiorKey: string | null;
};
export type PlanEmployee = {
  nip: string;
  name: string;
  front: string | null;
  back: string | null;
  kind: 'PNS' | 'PPPK';
  gender: 'L' | 'P';
  birthDate: string;
  tmt: string;
  golongan: string;
  email: string;
  phone: string;
  positionKey: string;
  /** Heads of a kecamatan lead; their accounts also get the Pimpinan role there. */
  isCamat: boolean;
};
export type CityPlan = { units: PlanUnit[]; positions: PlanPosition[]; employees: PlanEmployee[] };

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The units, positions and employees to add next to the demo office. `kecamatanCount` of the 17 other kecamatan get
 * `employees` people between them; kelurahan get about half the staff, the kecamatan office sections the rest.
 * `kotaKey` is the key the caller maps to the existing Pemerintah Kota unit.
 */
export function planCity(opts: { kecamatanCount: number; employees: number; seed: number }): CityPlan {
  const random = seededRandom(opts.seed);
  const units: PlanUnit[] = [];
  const positions: PlanPosition[] = [];
  const heads: { positionKey: string; unitKey: string; weight: number }[] = [];
  const kecamatan = OTHER_KECAMATAN.slice(0, Math.max(0, Math.min(opts.kecamatanCount, OTHER_KECAMATAN.length)));
  for (const kec of kecamatan) {
    const kk = kec.code.slice(-2);
    const kecKey = `kec-${kk}`;
    units.push({ key: kecKey, parentKey: 'kota', name: `Kecamatan ${kec.name}`, type: 'KECAMATAN', code: kec.code });
    const camatKey = `${kecKey}:camat`;
    positions.push({
      key: camatKey,
      name: `Camat ${kec.name}`,
      category: 'ADMINISTRATOR',
      unitKey: kecKey,
      superiorKey: null,
    });
    KECAMATAN_SECTIONS.forEach((s, i) => {
      const unitKey = `${kecKey}:s${i}`;
      units.push({ key: unitKey, parentKey: kecKey, name: s.name, type: s.type, code: null });
      const headKey = `${unitKey}:head`;
      positions.push({
        key: headKey,
        name: `${s.head} ${kec.name}`,
        category: s.headCategory,
        unitKey,
        superiorKey: camatKey,
      });
      heads.push({ positionKey: headKey, unitKey, weight: 1 });
    });
    kec.kelurahan.forEach((name, i) => {
      const unitKey = `${kecKey}:k${i}`;
      units.push({
        key: unitKey,
        parentKey: kecKey,
        name: `Kelurahan ${name}`,
        type: 'KELURAHAN',
        code: `${kec.code}.${1001 + i}`,
      });
      const lurahKey = `${unitKey}:lurah`;
      positions.push({
        key: lurahKey,
        name: `Lurah ${name}`,
        category: 'PENGAWAS',
        unitKey,
        superiorKey: camatKey,
      });
      KELURAHAN_LEADS.forEach((lead, j) => {
        const key = `${unitKey}:lead${j}`;
        positions.push({ key, name: `${lead} ${name}`, category: 'PENGAWAS', unitKey, superiorKey: lurahKey });
        heads.push({ positionKey: key, unitKey, weight: 1.2 });
      });
    });
  }
  // Staff positions under the section and kelurahan heads, round-robin weighted, until the head count is reached.
  const leaders = positions.length;
  const staffCount = Math.max(0, opts.employees - leaders);
  const totalWeight = heads.reduce((s, h) => s + h.weight, 0);
  let made = 0;
  heads.forEach((h, i) => {
    const n =
      i === heads.length - 1
        ? staffCount - made
        : Math.round((staffCount * h.weight) / Math.max(totalWeight, 1));
    for (let j = 0; j < n && made < staffCount; j++, made++) {
      const [title, category] = STAFF_TITLES[(i + j) % STAFF_TITLES.length]!;
      positions.push({
        key: `${h.positionKey}:staff${j}`,
        name: title,
        category,
        unitKey: h.unitKey,
        superiorKey: h.positionKey,
      });
    }
  });

  const used = new Set<string>();
  const employees: PlanEmployee[] = positions.map((p, i) => {
    const gender: 'L' | 'P' = random.next() < 0.55 ? 'L' : 'P';
    const pppk = p.category === 'PELAKSANA' || p.category === 'FUNGSIONAL' ? random.next() < 0.2 : false;
    const golongan = pppk
      ? random.pick(['V', 'VII', 'IX'])
      : p.category === 'ADMINISTRATOR'
        ? random.pick(['IV/a', 'IV/b'])
        : p.category === 'PENGAWAS'
          ? random.pick(['III/c', 'III/d', 'IV/a'])
          : random.pick(GOLONGAN_PNS.slice(0, 8));
    const rank = GOLONGAN_PNS.indexOf(golongan);
    const bornYear = pppk ? random.int(1988, 1998) : 1999 - Math.max(rank, 0) * 3 - random.int(0, 6);
    const birthDate = `${bornYear}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`;
    const tmtYear = pppk ? random.int(2022, 2024) : Math.min(bornYear + random.int(22, 27), 2020);
    const tmtMonth = pppk ? 1 : random.int(1, 12);
    const prefix = `${birthDate.replace(/-/g, '')}${tmtYear}${pppk ? '21' : pad(tmtMonth, 2)}${gender === 'L' ? 1 : 2}`;
    let serial = random.int(1, 400);
    while (used.has(`${prefix}${pad(serial, 3)}`)) serial++;
    const nip = `${prefix}${pad(serial, 3)}`;
    used.add(nip);
    const first = random.pick(gender === 'L' ? MALE : FEMALE);
    const middle = random.pick(FAMILY);
    const prefixTitle = random.next() < 0.12 ? random.pick(PALEMBANG_PREFIX[gender]) : null;
    const name = `${prefixTitle ? `${prefixTitle} ` : ''}${first} ${middle}`;
    const back = random.next() < 0.7 ? random.pick(DEGREES) : null;
    const front = random.next() < 0.08 ? (gender === 'L' ? 'H.' : 'Hj.') : null;
    return {
      nip,
      name,
      front,
      back,
      kind: pppk ? 'PPPK' : 'PNS',
      gender,
      birthDate,
      tmt: `${tmtYear}-${pad(tmtMonth, 2)}`,
      golongan,
      email: `${first.toLowerCase()}.${middle.toLowerCase()}.${i + 1}@palembang.go.id`,
      phone: `08${random.int(11, 13)}-${pad(random.int(0, 9999), 4)}-${pad(random.int(0, 9999), 4)}`,
      positionKey: p.key,
      isCamat: p.key.endsWith(':camat'),
    };
  });
  return { units, positions, employees };
}
