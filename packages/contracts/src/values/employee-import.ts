// Values of the API without zod: the employee import file's columns. See ./index.ts.

/**
 * Columns of the employee import file (CSV UTF-8 or XLSX), in template order. The header row names them; `unit` and
 * `jabatan` only make the file readable and, when filled, must match the position named by `jabatan_id`.
 */
export const EMPLOYEE_IMPORT_COLUMNS = [
  { key: 'nip', required: true, description: 'NIP 18 digit (PNS atau PPPK); spasi dan titik boleh' },
  { key: 'nama', required: true, description: 'Nama tanpa gelar' },
  { key: 'gelar_depan', required: false, description: 'Gelar depan, mis. Dr. atau H.' },
  { key: 'gelar_belakang', required: false, description: 'Gelar belakang, mis. S.Sos., M.Si.' },
  { key: 'jenis', required: true, description: 'PNS atau PPPK' },
  { key: 'golongan', required: false, description: 'PNS: I/a … IV/e; PPPK: I … XVII' },
  { key: 'email', required: false, description: 'Alamat e-mail' },
  { key: 'telepon', required: false, description: 'Nomor telepon, mis. 0812 3456 7890' },
  {
    key: 'jabatan_id',
    required: true,
    description: 'ID jabatan (lihat lembar Daftar Jabatan pada templat XLSX)',
  },
  {
    key: 'jabatan',
    required: false,
    description: 'Nama jabatan (hanya untuk dibaca; bila diisi harus cocok)',
  },
  {
    key: 'unit',
    required: false,
    description: 'Nama unit kerja (hanya untuk dibaca; bila diisi harus cocok)',
  },
  { key: 'tmt_jabatan', required: true, description: 'Tanggal mulai menduduki jabatan, YYYY-MM-DD' },
] as const;
export type EmployeeImportColumn = (typeof EMPLOYEE_IMPORT_COLUMNS)[number]['key'];
