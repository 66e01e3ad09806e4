import { describe, expect, it } from 'vitest';
import { ApiError, apiUrl } from './api';

describe('apiUrl', () => {
  it('leaves out empty query values', () => {
    expect(apiUrl('/employees', { q: 'budi', unitId: undefined, kind: '', page: 2 })).toBe(
      '/api/v1/employees?q=budi&page=2',
    );
  });
});

describe('ApiError.fieldErrors', () => {
  it('strips a leading "body." and keeps the first message per field', () => {
    const error = new ApiError(400, 'VALIDATION', 'Data tidak valid', [
      { path: 'body.nip', message: 'NIP sudah terdaftar' },
      { path: 'name', message: 'Nama wajib diisi' },
      { path: 'nip', message: 'kedua' },
    ]);
    expect(error.fieldErrors()).toEqual({ nip: 'NIP sudah terdaftar', name: 'Nama wajib diisi' });
  });
});
