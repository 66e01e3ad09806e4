import { describe, expect, it } from 'vitest';
import { contentDisposition } from './http';

// One Content-Disposition for every download (issue 9 §4): a plain name is sent as it is, a name from an upload that
// could break the header gets a safe ASCII fallback and the exact name as RFC 5987 filename*.

describe('contentDisposition', () => {
  it('sends a plain file name as it is, with no filename*', () => {
    expect(contentDisposition('attachment', 'pegawai-2026-06-15.xlsx')).toBe(
      'attachment; filename="pegawai-2026-06-15.xlsx"',
    );
    expect(contentDisposition('inline', 'foto 1.png')).toBe('inline; filename="foto 1.png"');
  });

  it('replaces quotes, separators and non-ASCII letters in filename and keeps the exact name in filename*', () => {
    expect(contentDisposition('attachment', 'a";b=c\r\n.pdf')).toBe(
      `attachment; filename="a_b_c_.pdf"; filename*=UTF-8''a%22%3Bb%3Dc%0D%0A.pdf`,
    );
    expect(contentDisposition('attachment', 'Laporan Ümit.pdf')).toBe(
      `attachment; filename="Laporan _mit.pdf"; filename*=UTF-8''Laporan%20%C3%9Cmit.pdf`,
    );
  });

  it('keeps the end of a long name (its extension) and names an empty one "berkas"', () => {
    const long = `${'x'.repeat(200)}.pdf`;
    expect(contentDisposition('attachment', long)).toBe(
      `attachment; filename="${long.slice(-150)}"; filename*=UTF-8''${long}`,
    );
    expect(contentDisposition('attachment', '')).toBe('attachment; filename="berkas"');
  });
});
