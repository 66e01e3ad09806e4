// Values of the API without zod: auth. See ./index.ts.

/** Roles from PRODUCT.md. The superior (atasan) relation is NOT a role: it comes from the position tree. */
export const ROLES = [
  'PEGAWAI',
  'PIMPINAN',
  'ADMIN_KEPEGAWAIAN',
  'PETUGAS_PENGADUAN',
  'TIM_PENGAWAS',
  'PELATIH',
  'MODERATOR',
] as const;
export type Role = (typeof ROLES)[number];
