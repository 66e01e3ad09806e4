import { sql, type Kysely } from 'kysely';

// Issue 11 §1: the competency dictionary (PermenPANRB 38/2017), position standards and the superior's assessments
// (PermenPANRB 6/2022 Format B.1.9: a score 1–5 with a reason).
//
// A technical competency is not tied to one position by a column: one technical competency (e.g. Pengelolaan
// Pengaduan) serves several front-line positions, so `competency_standards` (position, competency, required level)
// is the join — a technical competency belongs to the positions whose standard names it.
//
// Reference data: the 8 managerial competencies (levels 1–5) and Perekat Bangsa (levels 1–3, competency-training.md)
// with their level descriptions, and the technical competency Pengelolaan Pengaduan that the default training-need
// mapping sends late complaints to. Copied here rather than imported: migrations never import app code.

const MANAGERIAL: { code: string; name: string; description: string; levels: string[] }[] = [
  {
    code: 'INTEGRITAS',
    name: 'Integritas',
    description:
      'Konsisten berperilaku selaras dengan nilai, norma dan/atau etika organisasi, dan jujur dalam hubungan dengan manajemen, rekan kerja, bawahan langsung, dan pemangku kepentingan.',
    levels: [
      'Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi',
      'Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi',
      'Mampu memastikan, menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi, dalam lingkup formal',
      'Mampu menciptakan situasi kerja yang membuat rekan kerja tetap bertindak sesuai nilai, norma, dan etika organisasi dalam segala situasi dan kondisi',
      'Mampu menjadi role model dalam penerapan standar keadilan dan etika di tingkat nasional',
    ],
  },
  {
    code: 'KERJASAMA',
    name: 'Kerjasama',
    description:
      'Kemampuan menjalin, membina, mempertahankan hubungan kerja yang efektif, memiliki komitmen saling membantu dalam penyelesaian tugas, dan mengoptimalkan segala sumber daya untuk mencapai tujuan strategis organisasi.',
    levels: [
      'Berpartisipasi dalam kelompok kerja',
      'Menumbuhkan tim kerja yang partisipatif dan efektif',
      'Efektif membangun tim kerja untuk peningkatan kinerja organisasi',
      'Membangun komitmen yang tinggi untuk menyelesaikan tugas tim',
      'Menciptakan situasi kerja sama secara konsisten, baik di dalam maupun di luar instansi',
    ],
  },
  {
    code: 'KOMUNIKASI',
    name: 'Komunikasi',
    description:
      'Kemampuan untuk menerangkan pandangan dan gagasan secara jelas, sistematis disertai argumentasi yang logis dengan cara-cara yang sesuai baik secara lisan maupun tertulis.',
    levels: [
      'Menyampaikan informasi dengan jelas, lengkap, dan pemahaman yang sama',
      'Aktif menjalankan komunikasi secara formal dan informal; bersedia mendengarkan orang lain dan menanggapi pesan dengan respons yang sesuai',
      'Berkomunikasi secara asertif, terampil berkomunikasi lisan dan tertulis untuk menyampaikan informasi yang sensitif, rumit, atau kompleks',
      'Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan dengan tujuan meningkatkan kinerja secara keseluruhan',
      'Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi dengan tujuan meningkatkan kinerja',
    ],
  },
  {
    code: 'ORIENTASI_HASIL',
    name: 'Orientasi pada Hasil',
    description:
      'Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, bertanggung jawab, mampu secara sistematis mengidentifikasi risiko dan peluang dengan memperhatikan keterhubungan antara perencanaan dan hasil.',
    levels: [
      'Bertanggung jawab untuk memenuhi standar kerja',
      'Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar yang ditetapkan, mencari dan mencoba metode alternatif untuk peningkatan kinerja',
      'Menetapkan target kerja yang menantang bagi unit kerja, memberi apresiasi dan teguran untuk mendorong kinerja',
      'Mendorong unit kerja mencapai target yang ditetapkan atau melebihi hasil kerja sebelumnya',
      'Menyusun kebijakan kinerja yang berdampak positif pada peningkatan kinerja instansi',
    ],
  },
  {
    code: 'PELAYANAN_PUBLIK',
    name: 'Pelayanan Publik',
    description:
      'Kemampuan dalam melaksanakan tugas-tugas pemerintahan, pembangunan dan kegiatan pemenuhan kebutuhan pelayanan publik secara profesional, transparan, mengikuti standar pelayanan yang objektif, netral, dan tidak memihak.',
    levels: [
      'Menjalankan tugas mengikuti standar pelayanan',
      'Mampu mensupervisi, mengawasi, dan menjelaskan proses pelaksanaan tugas pemerintahan atau pelayanan publik secara transparan',
      'Mampu memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik di lingkup unit kerja',
      'Mampu memonitor, mengevaluasi, dan mengantisipasi dampak isu jangka panjang dalam pelayanan kebutuhan pemangku kepentingan secara transparan, objektif, dan profesional',
      'Mampu memastikan kebijakan pelayanan publik yang menjamin pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif, dan tidak terpengaruh kepentingan pribadi atau kelompok',
    ],
  },
  {
    code: 'PENGEMBANGAN_DIRI',
    name: 'Pengembangan Diri dan Orang Lain',
    description:
      'Kemampuan untuk meningkatkan pengetahuan dan menyempurnakan keterampilan diri; menginspirasi orang lain untuk mengembangkan dan menyempurnakan pengetahuan dan keterampilan yang relevan dengan pekerjaan.',
    levels: [
      'Pengembangan diri: meningkatkan pengetahuan dan keterampilan sendiri',
      'Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan cara melaksanakan suatu pekerjaan',
      'Memberikan umpan balik dan membimbing',
      'Menyusun program pengembangan jangka panjang dalam rangka mendorong manajemen pembelajaran',
      'Menciptakan situasi yang mendorong organisasi mengembangkan kemampuan belajar secara berkelanjutan untuk mendukung pencapaian hasil',
    ],
  },
  {
    code: 'MENGELOLA_PERUBAHAN',
    name: 'Mengelola Perubahan',
    description:
      'Kemampuan dalam menyesuaikan diri dengan situasi yang baru atau berubah dan tidak bergantung secara berlebihan pada metode dan proses lama, mengambil tindakan untuk mendukung dan melaksanakan insiatif perubahan.',
    levels: [
      'Menyadari perlunya perubahan dan beradaptasi dengan perubahan',
      'Proaktif beradaptasi mengikuti perubahan',
      'Membantu orang lain mengikuti perubahan, mengantisipasi perubahan secara tepat',
      'Memimpin perubahan pada unit kerja',
      'Mengarahkan dan memimpin perubahan di tingkat instansi secara strategis',
    ],
  },
  {
    code: 'PENGAMBILAN_KEPUTUSAN',
    name: 'Pengambilan Keputusan',
    description:
      'Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan diri setelah mempertimbangkan prinsip kehati-hatian, dirumuskan secara sistematis dan seksama berdasarkan berbagai informasi, alternatif pemecahan masalah dan konsekuensinya.',
    levels: [
      'Mengumpulkan informasi untuk bertindak sesuai kewenangan',
      'Menganalisis masalah secara mendalam',
      'Membandingkan berbagai alternatif, menyeimbangkan risiko keberhasilan dalam implementasi',
      'Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan, dan membuat tindakan pengamanan untuk mitigasi risiko',
      'Menghasilkan solusi dan mengambil keputusan untuk mengatasi permasalahan jangka panjang atau strategis yang berdampak nasional',
    ],
  },
];

const SOCIO_CULTURAL = {
  code: 'PEREKAT_BANGSA',
  name: 'Perekat Bangsa',
  description:
    'Kemampuan dalam mempromosikan sikap toleransi, keterbukaan, peka terhadap perbedaan individu atau kelompok masyarakat; mampu menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat dan membangun hubungan sosial psikologis dengan masyarakat.',
  levels: [
    'Peka memahami dan menerima kemajemukan',
    'Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan',
    'Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektivitas organisasi',
  ],
};

const COMPLAINT_HANDLING = {
  code: 'PENGELOLAAN_PENGADUAN',
  name: 'Pengelolaan Pengaduan',
  description:
    'Kemampuan menerima, memverifikasi, menindaklanjuti, dan menuntaskan pengaduan masyarakat sesuai standar waktu dan ketentuan pengelolaan pengaduan pelayanan publik.',
  levels: [
    'Menerima dan mencatat pengaduan sesuai prosedur',
    'Memverifikasi dan menindaklanjuti pengaduan dalam batas waktu yang ditetapkan',
    'Menangani pengaduan yang rumit dan berkoordinasi lintas unit hingga tuntas',
    'Memantau kinerja penanganan pengaduan unit kerja dan memperbaiki prosedurnya',
    'Merumuskan kebijakan pengelolaan pengaduan instansi',
  ],
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('competencies')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('max_level', 'integer', (c) => c.notNull())
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('competencies_kind', sql`kind in ('TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL')`)
    .addCheckConstraint('competencies_max_level', sql`max_level between 1 and 5`)
    .execute();

  await db.schema
    .createTable('competency_levels')
    .addColumn('competency_id', 'integer', (c) =>
      c.notNull().references('competencies.id').onDelete('cascade'),
    )
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('competency_levels_pk', ['competency_id', 'level'])
    .addCheckConstraint('competency_levels_level', sql`level between 1 and 5`)
    .execute();

  await db.schema
    .createTable('competency_standards')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('position_id', 'integer', (c) => c.notNull().references('positions.id').onDelete('cascade'))
    .addColumn('competency_id', 'integer', (c) =>
      c.notNull().references('competencies.id').onDelete('cascade'),
    )
    .addColumn('required_level', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('competency_standards_position_competency', ['position_id', 'competency_id'])
    .addCheckConstraint('competency_standards_level', sql`required_level between 1 and 5`)
    .execute();
  await db.schema
    .createIndex('competency_standards_competency_idx')
    .on('competency_standards')
    .column('competency_id')
    .execute();

  // Append-only: a new assessment is a new row, so the history of scores stays; the latest (assessed_on, id) counts.
  await db.schema
    .createTable('competency_assessments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('competency_id', 'integer', (c) => c.notNull().references('competencies.id'))
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('assessed_on', 'date', (c) => c.notNull())
    .addColumn('assessed_by', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('competency_assessments_score', sql`score between 1 and 5`)
    .execute();
  await db.schema
    .createIndex('competency_assessments_employee_idx')
    .on('competency_assessments')
    .columns(['employee_id', 'competency_id', 'assessed_on'])
    .execute();

  const reference = [
    ...MANAGERIAL.map((c) => ({ ...c, kind: 'MANAJERIAL' })),
    { ...SOCIO_CULTURAL, kind: 'SOSIAL_KULTURAL' },
    { ...COMPLAINT_HANDLING, kind: 'TEKNIS' },
  ];
  for (const c of reference) {
    const row = await db
      .insertInto('competencies')
      .values({
        code: c.code,
        name: c.name,
        kind: c.kind,
        description: c.description,
        max_level: c.levels.length,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('competency_levels')
      .values(c.levels.map((description, i) => ({ competency_id: row.id, level: i + 1, description })))
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('competency_assessments').execute();
  await db.schema.dropTable('competency_standards').execute();
  await db.schema.dropTable('competency_levels').execute();
  await db.schema.dropTable('competencies').execute();
}
