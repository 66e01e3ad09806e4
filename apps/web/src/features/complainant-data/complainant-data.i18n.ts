import { addDictionaries } from '../../app/i18n';

// The complainant's personal data (issue 16 §5, UU 27/2022): the desk's export of everything held about one
// complainant, and the administrator's retention setting on the complaint settings page.
export const complainantDataId = {
  nav: {
    title: 'Data pribadi pelapor',
    hint: 'Salinan seluruh data yang disimpan tentang seorang pelapor, atas permintaannya (UU 27/2022).',
  },
  title: 'Data pribadi pelapor',
  intro:
    'Bila seorang pelapor meminta salinan data pribadinya (UU 27/2022 Pasal 7), cari dengan kontak yang ia berikan atau nomor tiketnya, periksa hasilnya, lalu unduh berkas JSON dan serahkan kepadanya. Setiap pencarian dicatat di log audit.',
  contact: 'Kontak pelapor',
  contactHint: 'Nomor telepon atau alamat e-mail yang diberikan pelapor (ditulis dengan cara apa pun)',
  or: 'atau',
  ticket: 'Nomor tiket',
  ticketHint: 'Misalnya KTP-2026-000123',
  needOne: 'Isi kontak pelapor atau nomor tiket',
  search: 'Cari data',
  found_one: '{{count}} pengaduan ditemukan',
  found_other: '{{count}} pengaduan ditemukan',
  none: 'Tidak ada pengaduan dengan kontak ini. Pengaduan Anonim tidak pernah dimuat: identitasnya tersembunyi dari petugas, pelapor melihatnya lewat tautan pelacakan pribadi.',
  anonNote: 'Pengaduan Anonim tidak dimuat: identitasnya tersembunyi dari petugas.',
  download: 'Unduh berkas JSON',
  columns: {
    ticket: 'Tiket',
    received: 'Diterima',
    status: 'Status',
    reporter: 'Pelapor',
    contents: 'Isi',
  },
  contents: '{{messages}} pesan, {{files}} lampiran, {{access}} catatan akses',
  anonymised: 'Dianonimkan {{date}}',
  retention: {
    tab: 'Data pribadi',
    title: 'Retensi data pribadi pelapor',
    intro:
      'Setelah pengaduan ditutup atau ditolak selama masa ini, nama, telepon, e-mail, uraian, alamat, pesan dan lampiran pelapor diganti tanda [dianonimkan] oleh tugas harian. Angka statistik, batas waktu dan IKM tetap. Setiap putaran dicatat di log audit.',
    months: 'Masa retensi (bulan)',
    monthsHint: 'Bawaan 24 bulan. Isi 0 agar data pribadi tidak pernah dianonimkan.',
    anonymisedTotal: 'Sudah dianonimkan',
    dueNow: 'Menunggu putaran berikutnya',
    save: 'Simpan',
    saved: 'Masa retensi tersimpan; berlaku pada putaran harian berikutnya.',
  },
};

export const complainantDataEn: typeof complainantDataId = {
  nav: {
    title: 'Complainant personal data',
    hint: 'A copy of everything held about one complainant, at their request (UU 27/2022).',
  },
  title: 'Complainant personal data',
  intro:
    'When a complainant asks for a copy of their personal data (UU 27/2022 Article 7), search with the contact they gave or their ticket number, check the result, then download the JSON file and hand it over. Every search is recorded in the audit log.',
  contact: 'Complainant contact',
  contactHint: 'The phone number or e-mail address the complainant gave (written any way)',
  or: 'or',
  ticket: 'Ticket number',
  ticketHint: 'For example KTP-2026-000123',
  needOne: 'Enter the complainant’s contact or a ticket number',
  search: 'Find data',
  found_one: '{{count}} complaint found',
  found_other: '{{count}} complaints found',
  none: 'No complaint with this contact. Anonymous complaints are never included: their identity is hidden from staff; the complainant sees them through the private tracking link.',
  anonNote: 'Anonymous complaints are not included: their identity is hidden from staff.',
  download: 'Download JSON file',
  columns: {
    ticket: 'Ticket',
    received: 'Received',
    status: 'Status',
    reporter: 'Complainant',
    contents: 'Contents',
  },
  contents: '{{messages}} messages, {{files}} attachments, {{access}} access records',
  anonymised: 'Anonymised {{date}}',
  retention: {
    tab: 'Personal data',
    title: 'Retention of complainants’ personal data',
    intro:
      'Once a complaint has been closed or rejected for this long, the daily job replaces the complainant’s name, phone, e-mail, description, address, messages and files with [dianonimkan]. Statistics, deadlines and the IKM stay. Every run is recorded in the audit log.',
    months: 'Retention period (months)',
    monthsHint: 'Default 24 months. Enter 0 to never anonymise personal data.',
    anonymisedTotal: 'Anonymised so far',
    dueNow: 'Waiting for the next run',
    save: 'Save',
    saved: 'Retention period saved; it applies from the next daily run.',
  },
};

// Mounted under `complainantData` when a chunk that uses these strings first loads (app/i18n/index.ts).
addDictionaries({ id: { complainantData: complainantDataId }, en: { complainantData: complainantDataEn } });
