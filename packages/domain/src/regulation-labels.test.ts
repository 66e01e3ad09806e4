import { describe, expect, it } from 'vitest';
import {
  BERAKHLAK,
  COMPLAINT_KIND_LABELS,
  COMPLEXITY_CLASS_LABELS,
  GOLONGAN_PNS,
  GOLONGAN_PPPK,
  MALADMINISTRATION_TYPE_LABELS,
  ORGANISATION_PREDIKATS,
  POSITION_CATEGORIES,
  PREDIKAT_ORDER,
  RATINGS,
  ORGANISATION_PREDIKAT_LABELS,
  PREDIKAT_LABELS,
  RATING_LABELS,
  SKM_UNSUR,
  UNSUR_CODES,
  performancePeriods,
  positionCategoryLabel,
} from './index';
import type { PositionCategory } from './index';

// Every text a user reads that comes straight from a regulation, pinned as an inline snapshot. The snapshots were
// checked line by line against the domain documents named in each test (satisfaction-survey-skm.md,
// performance-skp.md, asn-identity.md, complaints.md): a change here changes what is printed on an official form,
// so it must be a deliberate edit of the snapshot, never a side effect.

describe('SKM labels (satisfaction-survey-skm.md, Lampiran PermenPANRB 14/2017)', () => {
  it('names the nine unsur and their answer labels 1 → 4 as in the model questionnaire', () => {
    const table = UNSUR_CODES.map(
      (code) => `${code} | ${SKM_UNSUR[code].name} | ${SKM_UNSUR[code].answerLabels.join(' / ')}`,
    );
    expect(table).toMatchInlineSnapshot(`
      [
        "U1 | Persyaratan | Tidak sesuai / Kurang sesuai / Sesuai / Sangat sesuai",
        "U2 | Sistem, Mekanisme, dan Prosedur | Tidak mudah / Kurang mudah / Mudah / Sangat mudah",
        "U3 | Waktu Penyelesaian | Tidak cepat / Kurang cepat / Cepat / Sangat cepat",
        "U4 | Biaya/Tarif | Sangat mahal / Cukup mahal / Murah / Gratis",
        "U5 | Produk Spesifikasi Jenis Pelayanan | Tidak sesuai / Kurang sesuai / Sesuai / Sangat sesuai",
        "U6 | Kompetensi Pelaksana | Tidak kompeten / Kurang kompeten / Kompeten / Sangat kompeten",
        "U7 | Perilaku Pelaksana | Tidak sopan dan ramah / Kurang sopan dan ramah / Sopan dan ramah / Sangat sopan dan ramah",
        "U8 | Penanganan Pengaduan, Saran dan Masukan | Tidak ada / Ada tetapi tidak berfungsi / Berfungsi kurang maksimal / Dikelola dengan baik",
        "U9 | Sarana dan Prasarana | Buruk / Cukup / Baik / Sangat Baik",
      ]
    `);
  });
});

describe('SKP labels (performance-skp.md, PermenPANRB 6/2022)', () => {
  it('orders the ratings and the predikat from the lowest, and the organisation predikat from the highest', () => {
    expect({ RATINGS, PREDIKAT_ORDER, ORGANISATION_PREDIKATS }).toMatchInlineSnapshot(`
      {
        "ORGANISATION_PREDIKATS": [
          "ISTIMEWA",
          "BAIK",
          "BUTUH_PERBAIKAN",
          "KURANG",
          "SANGAT_KURANG",
        ],
        "PREDIKAT_ORDER": [
          "SANGAT_KURANG",
          "KURANG",
          "BUTUH_PERBAIKAN",
          "BAIK",
          "SANGAT_BAIK",
        ],
        "RATINGS": [
          "DIBAWAH_EKSPEKTASI",
          "SESUAI_EKSPEKTASI",
          "DIATAS_EKSPEKTASI",
        ],
      }
    `);
  });

  it('names the three ratings and the five predikat as printed in the SKP', () => {
    expect({ ratings: RATING_LABELS, predikat: PREDIKAT_LABELS }).toMatchInlineSnapshot(`
      {
        "predikat": {
          "BAIK": "Baik",
          "BUTUH_PERBAIKAN": "Butuh Perbaikan",
          "KURANG": "Kurang/Misconduct",
          "SANGAT_BAIK": "Sangat Baik",
          "SANGAT_KURANG": "Sangat Kurang",
        },
        "ratings": {
          "DIATAS_EKSPEKTASI": "Di Atas Ekspektasi",
          "DIBAWAH_EKSPEKTASI": "Di Bawah Ekspektasi",
          "SESUAI_EKSPEKTASI": "Sesuai Ekspektasi",
        },
      }
    `);
  });

  it('names the organisation predikat of SE MenPANRB 3/2023', () => {
    expect(ORGANISATION_PREDIKAT_LABELS).toMatchInlineSnapshot(`
      {
        "BAIK": "Baik",
        "BUTUH_PERBAIKAN": "Butuh Perbaikan (Cukup)",
        "ISTIMEWA": "Istimewa",
        "KURANG": "Kurang",
        "SANGAT_KURANG": "Sangat Kurang",
      }
    `);
  });

  it('lists the seven BerAKHLAK values with their behaviour guides (not the state-enterprise AKHLAK)', () => {
    const table = BERAKHLAK.map((value) => `${value.code} | ${value.label} | ${value.guides.join('; ')}`);
    expect(table).toMatchInlineSnapshot(`
      [
        "BERORIENTASI_PELAYANAN | Berorientasi Pelayanan | Memahami dan memenuhi kebutuhan masyarakat; Ramah, cekatan, solutif, dan dapat diandalkan; Melakukan perbaikan tiada henti",
        "AKUNTABEL | Akuntabel | Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi; Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien; Tidak menyalahgunakan kewenangan jabatan",
        "KOMPETEN | Kompeten | Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah; Membantu orang lain belajar; Melaksanakan tugas dengan kualitas terbaik",
        "HARMONIS | Harmonis | Menghargai setiap orang apapun latar belakangnya; Suka menolong orang lain; Membangun lingkungan kerja yang kondusif",
        "LOYAL | Loyal | Memegang teguh ideologi Pancasila, UUD NRI 1945, setia kepada NKRI serta pemerintahan yang sah; Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara; Menjaga rahasia jabatan dan negara",
        "ADAPTIF | Adaptif | Cepat menyesuaikan diri menghadapi perubahan; Terus berinovasi dan mengembangkan kreativitas; Bertindak proaktif",
        "KOLABORATIF | Kolaboratif | Memberi kesempatan kepada berbagai pihak untuk berkontribusi; Terbuka dalam bekerja sama untuk menghasilkan nilai tambah; Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
      ]
    `);
  });

  it('labels the periods of each scheme with Indonesian month names and Roman numerals, then the annual one', () => {
    const labels = (scheme: 'MONTHLY' | 'QUARTERLY' | 'SEMESTER') =>
      performancePeriods(2026, scheme).map((period) => `${period.seq} ${period.label}`);
    expect({
      MONTHLY: labels('MONTHLY'),
      QUARTERLY: labels('QUARTERLY'),
      SEMESTER: labels('SEMESTER'),
    }).toMatchInlineSnapshot(`
      {
        "MONTHLY": [
          "1 Januari",
          "2 Februari",
          "3 Maret",
          "4 April",
          "5 Mei",
          "6 Juni",
          "7 Juli",
          "8 Agustus",
          "9 September",
          "10 Oktober",
          "11 November",
          "12 Desember",
          "13 Akhir (Tahunan)",
        ],
        "QUARTERLY": [
          "1 Triwulan I",
          "2 Triwulan II",
          "3 Triwulan III",
          "4 Triwulan IV",
          "5 Akhir (Tahunan)",
        ],
        "SEMESTER": [
          "1 Semester I",
          "2 Semester II",
          "3 Akhir (Tahunan)",
        ],
      }
    `);
  });
});

describe('ASN labels (asn-identity.md)', () => {
  it('pairs every PNS golongan/ruang with its pangkat (PP 99/2000)', () => {
    expect(GOLONGAN_PNS.map((entry) => `${entry.code} ${entry.pangkat}`)).toMatchInlineSnapshot(`
      [
        "I/a Juru Muda",
        "I/b Juru Muda Tk. I",
        "I/c Juru",
        "I/d Juru Tk. I",
        "II/a Pengatur Muda",
        "II/b Pengatur Muda Tk. I",
        "II/c Pengatur",
        "II/d Pengatur Tk. I",
        "III/a Penata Muda",
        "III/b Penata Muda Tk. I",
        "III/c Penata",
        "III/d Penata Tk. I",
        "IV/a Pembina",
        "IV/b Pembina Tk. I",
        "IV/c Pembina Utama Muda",
        "IV/d Pembina Utama Madya",
        "IV/e Pembina Utama",
      ]
    `);
  });

  it('lists the PPPK golongan I to XVII', () => {
    expect(GOLONGAN_PPPK.join(' ')).toMatchInlineSnapshot(
      `"I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII"`,
    );
  });

  it('names the seven position categories of UU 20/2023, in full, managerial first', () => {
    const codes: PositionCategory[] = [
      'JPT_UTAMA',
      'JPT_MADYA',
      'JPT_PRATAMA',
      'ADMINISTRATOR',
      'PENGAWAS',
      'FUNGSIONAL',
      'PELAKSANA',
    ];
    const describeCode = (code: PositionCategory) => {
      const entry = POSITION_CATEGORIES.find((category) => category.code === code);
      return `${code} ${positionCategoryLabel(code)} | ${entry?.fullLabel} | ${entry?.group}`;
    };
    expect(codes.map(describeCode)).toMatchInlineSnapshot(`
      [
        "JPT_UTAMA JPT Utama | Jabatan Pimpinan Tinggi Utama | MANAJERIAL",
        "JPT_MADYA JPT Madya | Jabatan Pimpinan Tinggi Madya | MANAJERIAL",
        "JPT_PRATAMA JPT Pratama | Jabatan Pimpinan Tinggi Pratama | MANAJERIAL",
        "ADMINISTRATOR Administrator | Jabatan Administrator | MANAJERIAL",
        "PENGAWAS Pengawas | Jabatan Pengawas | MANAJERIAL",
        "FUNGSIONAL Fungsional | Jabatan Fungsional | NONMANAJERIAL",
        "PELAKSANA Pelaksana | Jabatan Pelaksana | NONMANAJERIAL",
      ]
    `);
  });
});

describe('complaint labels (complaints.md)', () => {
  it('names the LAPOR! report kinds, the Ombudsman maladministration types and the complexity classes', () => {
    expect({
      kinds: COMPLAINT_KIND_LABELS,
      maladministration: MALADMINISTRATION_TYPE_LABELS,
      complexity: COMPLEXITY_CLASS_LABELS,
    }).toMatchInlineSnapshot(`
      {
        "complexity": {
          "KOMPLEKS": "Kompleks",
          "NORMATIF": "Normatif",
          "PEMERIKSAAN": "Perlu Pemeriksaan",
          "RINGAN": "Ringan",
        },
        "kinds": {
          "ASPIRASI": "Aspirasi",
          "PENGADUAN": "Pengaduan",
          "PERMINTAAN_INFORMASI": "Permintaan Informasi",
          "WHISTLE_BLOWING": "Whistle Blowing",
        },
        "maladministration": {
          "DISKRIMINASI": "Diskriminasi",
          "PENGABAIAN_KEWAJIBAN_HUKUM": "Pengabaian kewajiban hukum",
          "PENUNDAAN_BERLARUT": "Penundaan berlarut",
          "PENYALAHGUNAAN_WEWENANG": "Penyalahgunaan wewenang",
          "PENYIMPANGAN_PROSEDUR": "Penyimpangan prosedur",
          "PERMINTAAN_IMBALAN": "Permintaan imbalan (pungli)",
          "TIDAK_KOMPETEN": "Tidak kompeten",
          "TIDAK_PATUT": "Tidak patut",
        },
      }
    `);
  });
});
