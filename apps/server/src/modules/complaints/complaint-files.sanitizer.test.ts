import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { acceptUpload, sniffFileType, stripJpegMetadata } from './complaint-files.sanitizer';
import { makePngWithMetadata } from './complaints.test-builders';

const segment = (marker: number, payload: Buffer) => {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
};
const jpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8]),
  segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
  segment(0xe1, Buffer.from('Exif\0\0GPS-2.9912,104.7321 Canon EOS serial 1234', 'latin1')),
  segment(0xfe, Buffer.from('komentar kamera', 'latin1')),
  segment(0xdb, Buffer.alloc(65, 1)),
  Buffer.from([0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0, 0x12, 0x34, 0xff, 0xd9]),
]);

describe('complaint attachments', () => {
  it('recognises JPEG, PNG and PDF by content and nothing else', async () => {
    expect(sniffFileType(jpeg)).toBe('image/jpeg');
    expect(sniffFileType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffFileType(Buffer.from('<html>'))).toBeNull();
    expect(await acceptUpload(Buffer.from('GIF89a'))).toBeNull();
  });

  it('removes EXIF and comments from a JPEG and keeps the image data', () => {
    const clean = stripJpegMetadata(jpeg)!;
    expect(clean.includes(Buffer.from('GPS'))).toBe(false);
    expect(clean.includes(Buffer.from('komentar'))).toBe(false);
    expect(clean.includes(Buffer.from('JFIF'))).toBe(true);
    expect(clean.subarray(-4)).toEqual(Buffer.from([0x12, 0x34, 0xff, 0xd9]));
  });

  it('refuses a JPEG that does not decode', async () => {
    expect(await acceptUpload(jpeg.subarray(0, 30))).toBeNull();
  });

  it('re-encodes a PNG without its metadata', async () => {
    const png = makePngWithMetadata('GPS rahasia');
    const accepted = (await acceptUpload(png))!;
    expect(accepted.mime).toBe('image/png');
    expect(accepted.content.includes(Buffer.from('GPS rahasia'))).toBe(false);
    expect(sniffFileType(accepted.content)).toBe('image/png');
  });

  it('re-encodes a camera JPEG without its EXIF', async () => {
    const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3366cc' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'GPS -2.99 104.73', Make: 'KameraUji' } })
      .toBuffer();
    expect(photo.includes(Buffer.from('KameraUji'))).toBe(true);
    const accepted = (await acceptUpload(photo))!;
    expect(accepted.mime).toBe('image/jpeg');
    expect(accepted.content.includes(Buffer.from('KameraUji'))).toBe(false);
  });
});
