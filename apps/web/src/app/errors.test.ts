import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { describeError } from './errors';

const t = (key: string) => `[${key}]`;

describe('describeError', () => {
  it("shows the server's message for a full disk (507), which says nothing was stored", () => {
    const full = new ApiError(
      507,
      'INSUFFICIENT_STORAGE',
      'Ruang penyimpanan server penuh; data atau berkas tidak disimpan. Coba lagi nanti atau hubungi admin.',
    );
    expect(describeError(full, t)).toBe(full.message);
  });

  it('shows the translated server-problem sentence for other 5xx, including a database outage (503)', () => {
    expect(
      describeError(new ApiError(503, 'UNAVAILABLE', 'Basis data sedang tidak dapat dihubungi'), t),
    ).toBe('[errors.server]');
    expect(describeError(new ApiError(500, 'INTERNAL', 'Terjadi kesalahan (ref 1)'), t)).toBe(
      '[errors.server]',
    );
  });

  it("keeps the server's message for a 4xx and translates the ones it cannot word better", () => {
    expect(describeError(new ApiError(400, 'VALIDATION', 'NIP sudah terdaftar'), t)).toBe(
      'NIP sudah terdaftar',
    );
    expect(describeError(new ApiError(0, 'NETWORK_ERROR', ''), t)).toBe('[errors.network]');
    expect(describeError(new Error('x'), t)).toBe('[errors.unexpected]');
  });
});
