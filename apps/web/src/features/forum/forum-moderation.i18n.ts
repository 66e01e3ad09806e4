import { addDictionaries } from '../../app/i18n';

/**
 * Strings of the forum's moderation queue, reports, notifications and settings, mounted under `forumModeration`;
 * `forumModerationEn` must have the same keys (the type checks it).
 */
export const forumModerationId = {
  queue: {
    title: 'Moderasi forum',
    description:
      'Kiriman yang dilaporkan pegawai. Nama pelapor tidak ditampilkan; penulis anonim tetap anonim kecuali identitasnya dibuka dengan alasan tercatat.',
    pending: 'Menunggu tinjauan',
    reviewed: 'Sudah ditinjau',
    filter: 'Tampilkan',
    empty: 'Tidak ada kiriman yang menunggu tinjauan.',
    emptyReviewed: 'Belum ada kiriman yang ditinjau.',
    thread: 'Diskusi',
    author: 'Penulis',
    anonymous: 'Anonim',
    revealedAuthor: 'Identitas dibuka: {{name}}',
    postedAt: 'Dikirim {{date}}',
    editedAt: 'diubah {{date}}',
    pendingReports: '{{count}} laporan menunggu',
    reasons: 'Alasan laporan',
    notes: 'Catatan pelapor',
    lastAction: 'Tindakan terakhir: {{action}} oleh {{moderator}} pada {{date}} — {{reason}}',
    thresholdHint: 'Kiriman disembunyikan otomatis setelah {{count}} laporan dari pegawai berbeda.',
    history: 'Riwayat suntingan ({{count}})',
    hideHistory: 'Tutup riwayat suntingan',
    historyEmpty: 'Kiriman ini belum pernah diubah.',
    historyVersion: 'Sebelum suntingan {{date}}',
    historyBy: 'oleh {{name}}',
  },
  visibility: {
    VISIBLE: 'Tampil',
    AUTO_HIDDEN: 'Disembunyikan otomatis',
    HIDDEN: 'Disembunyikan moderator',
    DELETED: 'Dihapus',
  },
  decisions: {
    RESTORE: 'Pulihkan',
    HIDE: 'Sembunyikan',
    DELETE: 'Hapus',
    WARN: 'Beri peringatan',
  },
  decisionHelp: {
    RESTORE: 'Kiriman tampil kembali dan laporan dinyatakan tidak terbukti.',
    HIDE: 'Kiriman tidak tampil bagi pegawai; laporan ditindaklanjuti. Dapat dipulihkan kemudian.',
    DELETE:
      'Kiriman dihapus permanen dari tampilan pegawai (tetap tersimpan untuk moderator dan audit). Tindakan ini tidak dapat dibatalkan.',
    WARN: 'Kiriman tetap seperti sekarang; penulis menerima peringatan beserta alasan Anda. Peringatan tidak dapat ditarik.',
  },
  actionsLabel: 'Tindakan moderator',
  actions: {
    HIDE_POST: 'Sembunyikan',
    RESTORE_POST: 'Pulihkan',
    DISMISS_REPORTS: 'Tolak laporan',
    HIDE_THREAD: 'Sembunyikan diskusi',
    RESTORE_THREAD: 'Pulihkan diskusi',
    LOCK_THREAD: 'Kunci diskusi',
    UNLOCK_THREAD: 'Buka kunci diskusi',
    REVEAL_AUTHOR: 'Buka identitas',
    DELETE_POST: 'Hapus',
    WARN_AUTHOR: 'Beri peringatan',
  },
  decide: {
    reason: 'Alasan tindakan (wajib, dicatat di log audit)',
    confirm: '{{action}} kiriman ini?',
    done: 'Keputusan moderator tersimpan.',
  },
  reveal: {
    action: 'Buka identitas penulis',
    reason: 'Alasan membuka identitas (wajib, dicatat di log audit dan diberitahukan kepada penulis)',
    confirm: 'Buka identitas',
    done: 'Identitas penulis dibuka dan dicatat di log audit.',
  },
  reasons: {
    SARA: 'SARA',
    KASAR: 'Kasar atau menghina',
    SPAM: 'Spam',
    DATA_PRIBADI: 'Data pribadi',
    HOAKS: 'Hoaks',
    LAINNYA: 'Lainnya',
  },
  report: {
    action: 'Laporkan',
    title: 'Laporkan kiriman',
    hint: 'Laporan Anda hanya dilihat moderator; pelapor lain tidak mengetahuinya. Hasil tinjauan muncul di notifikasi Anda.',
    reason: 'Alasan laporan',
    note: 'Catatan untuk moderator (tidak wajib)',
    submit: 'Kirim laporan',
    done: 'Laporan terkirim. Terima kasih, moderator akan meninjaunya.',
  },
  myReports: {
    title: 'Laporan saya',
    empty: 'Anda belum pernah melaporkan kiriman.',
    status: { PENDING: 'Menunggu tinjauan', UPHELD: 'Ditindaklanjuti', DISMISSED: 'Tidak terbukti' },
    item: 'Dilaporkan {{date}} · {{reason}}',
    reviewNote: 'Catatan moderator: {{note}}',
  },
  notifications: {
    title: 'Laporan saya & ringkasan e-mail',
    description:
      'Laporan yang Anda kirim beserta hasil tinjauannya, dan ringkasan e-mail harian kabar forum. Notifikasi forum ada di halaman Notifikasi.',
    open: 'Notifikasi',
    openUnread: 'Notifikasi ({{count}} baru)',
    digest: 'Ringkasan e-mail harian',
    digestHint:
      'Satu e-mail per hari berisi kabar forum sejak ringkasan terakhir (balasan, sebutan, tanggapan resmi, keputusan moderator), dikirim ke alamat e-mail akun Anda bila ada kabar baru.',
    digestOn: 'Ringkasan e-mail harian diaktifkan.',
    digestOff: 'Ringkasan e-mail harian dimatikan.',
  },
  settings: {
    title: 'Pengaturan forum',
    description:
      'Aturan forum kebijakan yang berlaku untuk seluruh kantor. Setiap perubahan dicatat di log audit.',
    autoHideReports: 'Ambang sembunyi otomatis (jumlah pelapor berbeda)',
    autoHideReportsHint:
      'Kiriman disembunyikan sambil menunggu tinjauan moderator bila pelapornya mencapai angka ini. Bawaan: 3.',
    responseDueSoonDays: 'Batas "segera berakhir" tanggapan resmi (hari)',
    responseDueSoonDaysHint:
      'Kebijakan terbuka tanpa tanggapan resmi ditandai "segera berakhir" di beranda pimpinan sejak sekian hari sebelum konsultasi ditutup. Bawaan: 7.',
    digestHourWib: 'Jam pengiriman ringkasan e-mail (WIB, 0–23)',
    digestHourWibHint: 'Bawaan: 7 (pukul 07.00 WIB).',
    saved: 'Pengaturan forum tersimpan.',
  },
};

export const forumModerationEn: typeof forumModerationId = {
  queue: {
    title: 'Forum moderation',
    description:
      'Posts reported by employees. Reporters are not named; anonymous authors stay anonymous unless revealed with a recorded reason.',
    pending: 'Awaiting review',
    reviewed: 'Reviewed',
    filter: 'Show',
    empty: 'No posts are awaiting review.',
    emptyReviewed: 'No posts have been reviewed yet.',
    thread: 'Discussion',
    author: 'Author',
    anonymous: 'Anonymous',
    revealedAuthor: 'Identity revealed: {{name}}',
    postedAt: 'Posted {{date}}',
    editedAt: 'edited {{date}}',
    pendingReports: '{{count}} reports awaiting review',
    reasons: 'Report reasons',
    notes: 'Reporters’ notes',
    lastAction: 'Last action: {{action}} by {{moderator}} on {{date}} — {{reason}}',
    thresholdHint: 'A post is hidden automatically after {{count}} reports from different employees.',
    history: 'Edit history ({{count}})',
    hideHistory: 'Close edit history',
    historyEmpty: 'This post has never been edited.',
    historyVersion: 'Before the edit of {{date}}',
    historyBy: 'by {{name}}',
  },
  visibility: {
    VISIBLE: 'Shown',
    AUTO_HIDDEN: 'Hidden automatically',
    HIDDEN: 'Hidden by a moderator',
    DELETED: 'Deleted',
  },
  decisions: {
    RESTORE: 'Restore',
    HIDE: 'Hide',
    DELETE: 'Delete',
    WARN: 'Warn the author',
  },
  decisionHelp: {
    RESTORE: 'The post is shown again and the reports are dismissed.',
    HIDE: 'Employees no longer see the post; the reports are upheld. It can be restored later.',
    DELETE:
      'The post is removed from employees’ view for good (kept for moderators and the audit trail). This cannot be undone.',
    WARN: 'The post stays as it is; the author receives a warning with your reason. A warning cannot be withdrawn.',
  },
  actionsLabel: 'Moderator actions',
  actions: {
    HIDE_POST: 'Hide',
    RESTORE_POST: 'Restore',
    DISMISS_REPORTS: 'Dismiss reports',
    HIDE_THREAD: 'Hide discussion',
    RESTORE_THREAD: 'Restore discussion',
    LOCK_THREAD: 'Lock discussion',
    UNLOCK_THREAD: 'Unlock discussion',
    REVEAL_AUTHOR: 'Reveal identity',
    DELETE_POST: 'Delete',
    WARN_AUTHOR: 'Warn the author',
  },
  decide: {
    reason: 'Reason for the action (required, recorded in the audit log)',
    confirm: '{{action}} this post?',
    done: 'The moderator’s decision is saved.',
  },
  reveal: {
    action: 'Reveal the author',
    reason: 'Reason for revealing the identity (required, recorded in the audit log and told to the author)',
    confirm: 'Reveal identity',
    done: 'The author’s identity is revealed and recorded in the audit log.',
  },
  reasons: {
    SARA: 'Ethnic, religious or racial hatred',
    KASAR: 'Rude or insulting',
    SPAM: 'Spam',
    DATA_PRIBADI: 'Personal data',
    HOAKS: 'Hoax',
    LAINNYA: 'Other',
  },
  report: {
    action: 'Report',
    title: 'Report a post',
    hint: 'Only moderators see your report; other reporters do not know of it. The outcome appears in your notifications.',
    reason: 'Reason for the report',
    note: 'Note for the moderator (optional)',
    submit: 'Send report',
    done: 'Report sent. Thank you, a moderator will review it.',
  },
  myReports: {
    title: 'My reports',
    empty: 'You have not reported any post.',
    status: { PENDING: 'Awaiting review', UPHELD: 'Upheld', DISMISSED: 'Dismissed' },
    item: 'Reported {{date}} · {{reason}}',
    reviewNote: 'Moderator’s note: {{note}}',
  },
  notifications: {
    title: 'My reports & e-mail digest',
    description:
      'The reports you sent with their outcome, and the daily e-mail digest of forum news. Forum notifications are on the Notifications page.',
    open: 'Notifications',
    openUnread: 'Notifications ({{count}} new)',
    digest: 'Daily e-mail digest',
    digestHint:
      'One e-mail a day with the forum news since the last digest (replies, mentions, official responses, moderator decisions), sent to your account’s e-mail address when there is news.',
    digestOn: 'Daily e-mail digest switched on.',
    digestOff: 'Daily e-mail digest switched off.',
  },
  settings: {
    title: 'Forum settings',
    description: 'Rules of the policy forum for the whole office. Every change is recorded in the audit log.',
    autoHideReports: 'Auto-hide threshold (different reporters)',
    autoHideReportsHint:
      'A post is hidden pending a moderator’s review when this many employees report it. Default: 3.',
    responseDueSoonDays: '"Due soon" limit for the official response (days)',
    responseDueSoonDaysHint:
      'Open policies without an official response are flagged "due soon" on the leadership home this many days before the consultation closes. Default: 7.',
    digestHourWib: 'Hour the e-mail digest is sent (WIB, 0–23)',
    digestHourWibHint: 'Default: 7 (07:00 WIB).',
    saved: 'Forum settings saved.',
  },
};

// Mounted under `forumModeration` when a chunk that uses these strings first loads (app/i18n/index.ts).
addDictionaries({
  id: { forumModeration: forumModerationId },
  en: { forumModeration: forumModerationEn },
});
