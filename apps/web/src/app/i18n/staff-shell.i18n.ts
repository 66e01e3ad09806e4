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
  training: {
    nav: {
      catalogue: 'Katalog pelatihan',
      catalogueHint: 'Sesi pelatihan mendatang dengan sisa kursi; ajukan ikut pelatihan.',
      mine: 'Pelatihan saya',
      mineHint: 'JP tahun ini, pendaftaran, sertifikat dan bukti pelatihan eksternal.',
      approvals: 'Persetujuan pelatihan',
      approvalsHint: 'Permintaan pelatihan dan bukti pelatihan eksternal bawahan langsung.',
      manage: 'Kelola pelatihan',
      manageHint: 'Program, sesi dan registri pelatih internal.',
      attendance: 'Daftar hadir pelatihan',
      attendanceHint: 'Kehadiran per hari, nilai tes dan kelulusan sesi yang Anda latih.',
    },
  },
  competency: {
    nav: {
      competencies: 'Kompetensi',
      competenciesHint: 'Kamus kompetensi dan standar kompetensi jabatan.',
      gaps: 'Kesenjangan kompetensi',
      gapsHint: 'Penilaian kompetensi tim dan kesenjangan terhadap standar jabatan.',
      needs: 'Kebutuhan pelatihan',
      needsHint: 'Rekomendasi pelatihan dari kesenjangan, evaluasi, pengaduan dan SKM.',
    },
  },
  trainingReports: {
    nav: {
      jp: 'Target JP',
      jpHint: 'JP pengembangan kompetensi tahun ini terhadap target 20 JP, tim dan kantor.',
      trainers: 'Pelatih internal',
      trainersHint: 'Sesi, JP yang diajarkan dan penilaian peserta per pelatih.',
    },
  },
  oversight: {
    nav: {
      teams: 'Tim pengawas',
      teamsHint: 'Tim pengawas menurut surat tugas: anggota, ketua, mandat dan masa tugas.',
      plans: 'Rencana pengawasan',
      plansHint: 'Kalender inspeksi terjadwal dan sidak.',
      templates: 'Template checklist',
      templatesHint: 'Daftar periksa berversi untuk inspeksi lapangan.',
      inspections: 'Inspeksi',
      inspectionsHint: 'Isi checklist di lapangan dari ponsel, tetap aman saat sinyal putus.',
      findings: 'Temuan & rekomendasi',
      findingsHint: 'Temuan pengawasan dan rekomendasi dengan penanggung jawab dan batas waktu.',
      settings: 'Pengaturan pengawasan',
      settingsHint: 'Batas waktu bawaan rekomendasi, pengingat dan eskalasi.',
    },
  },
  oversightFollowUp: {
    nav: {
      work: 'Tindak lanjut rekomendasi',
      workHint: 'Rekomendasi pengawasan untuk Anda, untuk diverifikasi, diputuskan, atau yang dieskalasi.',
      report: 'Laporan pengawasan',
      reportHint:
        'Inspeksi, temuan, persentase tindak lanjut dan rekomendasi terlambat per periode dan unit.',
    },
  },
  forum: {
    nav: {
      forum: 'Forum kebijakan',
      forumHint: 'Kebijakan pimpinan, diskusi (boleh anonim), konfirmasi membaca dan sebutan untuk Anda.',
      moderation: 'Moderasi forum',
      moderationHint:
        'Kiriman forum yang dilaporkan: tinjau, pulihkan, sembunyikan, hapus, atau beri peringatan.',
      settings: 'Pengaturan forum',
      settingsHint: 'Ambang sembunyi otomatis, batas tanggapan resmi, dan jam ringkasan e-mail forum.',
    },
  },
  complainantData: {
    nav: {
      title: 'Data pribadi pelapor',
      hint: 'Salinan seluruh data yang disimpan tentang seorang pelapor, atas permintaannya (UU 27/2022).',
    },
  },
  openData: {
    nav: {
      settings: 'Data terbuka',
      settingsHint: 'Batas sel kecil halaman transparansi publik dan data terbuka (CSV, JSON).',
    },
  },
  notifications: {
    nav: {
      centre: 'Notifikasi',
      centreHint: 'Kabar untuk Anda dari semua modul, tandai dibaca, dan pilihan e-mail per jenis.',
    },
  },
  dashboards: {
    nav: {
      me: 'Kinerja Saya',
      meHint: 'Dasbor Anda: capaian SKP, umpan balik, pengaduan, JP, rekomendasi, dan riwayat predikat.',
      team: 'Tim Saya',
      teamHint: 'Dasbor atasan: kinerja tiap bawahan, tugas yang menunggu, dan distribusi predikat tim.',
    },
  },
  dashboardLeadership: {
    nav: {
      title: 'Dasbor pimpinan',
      hint: 'Kinerja kantor per unit kerja dengan tautan ke datanya, ekspor dan ringkasan bulanan PDF.',
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
  training: {
    nav: {
      catalogue: 'Training catalogue',
      catalogueHint: 'Upcoming training sessions with seats left; request a seat.',
      mine: 'My training',
      mineHint: 'JP this year, enrolments, certificates and external training evidence.',
      approvals: 'Training approvals',
      approvalsHint: 'Training requests and external evidence of your direct reports.',
      manage: 'Manage training',
      manageHint: 'Programmes, sessions and the internal trainer registry.',
      attendance: 'Training attendance',
      attendanceHint: 'Attendance per day, test scores and completion of the sessions you train.',
    },
  },
  competency: {
    nav: {
      competencies: 'Competencies',
      competenciesHint: 'Competency dictionary and position competency standards.',
      gaps: 'Competency gaps',
      gapsHint: 'Team competency assessments and gaps against position standards.',
      needs: 'Training needs',
      needsHint: 'Training recommendations from gaps, evaluations, complaints and SKM.',
    },
  },
  trainingReports: {
    nav: {
      jp: 'JP target',
      jpHint: 'Competency development JP this year against the 20 JP target, team and office.',
      trainers: 'Internal trainers',
      trainersHint: 'Sessions, JP taught and participant ratings per trainer.',
    },
  },
  oversight: {
    nav: {
      teams: 'Oversight teams',
      teamsHint: 'Oversight teams by decree: members, leader, mandate and period.',
      plans: 'Inspection plans',
      plansHint: 'Calendar of scheduled and unannounced inspections.',
      templates: 'Checklist templates',
      templatesHint: 'Versioned checklists for field inspections.',
      inspections: 'Inspections',
      inspectionsHint: 'Fill checklists in the field on a phone, safe when the signal drops.',
      findings: 'Findings & recommendations',
      findingsHint: 'Oversight findings and recommendations with owners and due dates.',
      settings: 'Oversight settings',
      settingsHint: 'Default due dates of recommendations, reminders and escalation.',
    },
  },
  oversightFollowUp: {
    nav: {
      work: 'Recommendation follow-up',
      workHint: 'Oversight recommendations for you, to verify, to decide, or escalated.',
      report: 'Oversight report',
      reportHint: 'Inspections, findings, follow-up rate and overdue recommendations by period and unit.',
    },
  },
  forum: {
    nav: {
      forum: 'Policy forum',
      forumHint:
        'Leadership policies, discussions (anonymous if you wish), read confirmations and mentions of you.',
      moderation: 'Forum moderation',
      moderationHint: 'Reported forum posts: review, restore, hide, delete or warn.',
      settings: 'Forum settings',
      settingsHint: 'Auto-hide threshold, official-response limit and e-mail digest hour of the forum.',
    },
  },
  complainantData: {
    nav: {
      title: 'Complainant personal data',
      hint: 'A copy of everything held about one complainant, at their request (UU 27/2022).',
    },
  },
  openData: {
    nav: {
      settings: 'Open data',
      settingsHint: 'Small-cell minimum of the public transparency page and the open data (CSV, JSON).',
    },
  },
  notifications: {
    nav: {
      centre: 'Notifications',
      centreHint: 'News for you from every module, mark read, and e-mail choices per kind.',
    },
  },
  dashboards: {
    nav: {
      me: 'My performance',
      meHint:
        'Your dashboard: SKP achievement, feedback, complaints, JP, recommendations and predikat history.',
      team: 'My team',
      teamHint:
        'The superior’s dashboard: each subordinate’s figures, what waits for you, the team’s predikat.',
    },
  },
  dashboardLeadership: {
    nav: {
      title: 'Leadership dashboard',
      hint: "The office's performance per unit with links to the records, exports and the monthly PDF summary.",
    },
  },
};

addDictionaries({ id: staffShellId, en: staffShellEn });
