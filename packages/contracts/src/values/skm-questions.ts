// Values of the API without zod: the SKM model questions. See ./index.ts.
import type { SkmUnsurCode } from './surveys';

/** The model questions of Lampiran PermenPANRB 14/2017, used when a survey does not reword an unsur. */
export const SKM_DEFAULT_QUESTIONS: Readonly<Record<SkmUnsurCode, string>> = {
  U1: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
  U2: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
  U3: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
  U4: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
  U5: 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
  U6: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
  U7: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
  U8: 'Bagaimana pendapat Saudara tentang penanganan pengaduan, saran dan masukan pengguna layanan?',
  U9: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana pelayanan?',
};
