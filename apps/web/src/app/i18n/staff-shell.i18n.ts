import { addDictionaries } from '.';

/**
 * The staff shell: the label and the description of every menu entry (app/layout/nav-items.ts), shown by the staff
 * layout's navbar and the home page. It loads with the staff layout; each screen's own strings load with its route
 * chunk from its feature's dictionary (features/<m>/<m>.i18n.ts), under the same key paths (addDictionaries merges
 * deep). `staffShellEn` must have the same keys (the type checks it).
 */
export const staffShellId = {
  home: {
    shortcuts: {
      home: 'Ringkasan akun Anda.',
      org: 'Struktur unit kerja, jabatan, atasan dan pemegang jabatan.',
      employees: 'Data pegawai, riwayat jabatan, mutasi dan ekspor.',
      import: 'Impor pegawai dari berkas CSV atau XLSX dengan laporan per baris.',
      users: 'Akun pengguna, peran, reset kata sandi dan buka kunci.',
      audit: 'Jejak perubahan data dan verifikasi rantai audit.',
      profile: 'Data diri, jabatan dan atasan Anda.',
    },
  },
  skm: {
    nav: {
      surveys: 'Survei kepuasan (SKM)',
      surveysHint: 'Survei kepuasan masyarakat: hasil IKM, poster QR, undangan dan tindak lanjut.',
    },
  },
  complaints: {
    nav: {
      queue: 'Pengaduan',
      queueHint:
        'Antrean pengaduan dengan hitung mundur batas waktu, verifikasi, disposisi dan tindak lanjut.',
      stats: 'Statistik pengaduan',
      statsHint:
        'Kinerja penanganan pengaduan per pegawai atau unit: tepat waktu, median, dibuka kembali, penilaian.',
    },
    settings: {
      nav: 'Pengaturan pengaduan',
      navHint: 'Katalog layanan, batas waktu, kalender libur dan kunci API Open311.',
    },
  },
  performance: {
    nav: {
      skp: 'Kinerja (SKP)',
      skpHint: 'SKP saya dan tim: rencana, realisasi, umpan balik, penilaian.',
      cascade: 'Kaskade kinerja',
      cascadeHint: 'Pohon RHK dari pimpinan ke bawah, dengan celah yang ditandai.',
      calibration: 'Kalibrasi predikat',
      calibrationHint: 'Predikat organisasi dan distribusi predikat pegawai.',
    },
  },
  forum: {
    nav: {
      forum: 'Forum kebijakan',
      forumHint: 'Kebijakan pimpinan, diskusi (boleh anonim), konfirmasi membaca dan sebutan untuk Anda.',
    },
  },
};

export const staffShellEn: typeof staffShellId = {
  home: {
    shortcuts: {
      home: 'Your account at a glance.',
      org: 'Units, positions, superiors and position holders.',
      employees: 'Employee records, position history, transfers and export.',
      import: 'Import employees from a CSV or XLSX file with a per-row report.',
      users: 'User accounts, roles, password resets and unlocking.',
      audit: 'Trail of data changes and audit chain verification.',
      profile: 'Your own data, position and superior.',
    },
  },
  skm: {
    nav: {
      surveys: 'Satisfaction survey (SKM)',
      surveysHint: 'Citizen satisfaction surveys: IKM results, QR posters, invitations and follow-up.',
    },
  },
  complaints: {
    nav: {
      queue: 'Complaints',
      queueHint: 'Complaint queue with deadline countdowns, verification, disposition and follow-up.',
      stats: 'Complaint statistics',
      statsHint: 'Complaint handling per employee or unit: on time, median, reopened, rating.',
    },
    settings: {
      nav: 'Complaint settings',
      navHint: 'Service catalogue, deadlines, holiday calendar and Open311 API keys.',
    },
  },
  performance: {
    nav: {
      skp: 'Performance (SKP)',
      skpHint: 'My and my team’s SKP: plans, realisation, feedback, evaluation.',
      cascade: 'Performance cascade',
      cascadeHint: 'The tree of RHK from a leader down, with gaps highlighted.',
      calibration: 'Predikat calibration',
      calibrationHint: 'Organisation predikat and the distribution of employee predikat.',
    },
  },
  forum: {
    nav: {
      forum: 'Policy forum',
      forumHint:
        'Leadership policies, discussions (anonymous if you wish), read confirmations and mentions of you.',
    },
  },
};

addDictionaries({ id: staffShellId, en: staffShellEn });
