// Attachments from citizens: the type is decided by the content (magic bytes), never by the name or the declared
// type, and images are re-encoded (sharp/libvips) so that no metadata survives (EXIF with GPS position, camera
// serials, comments) and a malformed or polyglot file is refused. If sharp cannot load on a platform, the
// metadata segments are cut out without re-encoding instead.

import { cleanUploadName } from '../../lib/http';

export type AcceptedFile = {
  mime: 'image/jpeg' | 'image/png' | 'application/pdf';
  extension: string;
  content: Buffer;
};

/** Recognises JPEG, PNG and PDF by their first bytes; anything else is refused. */
export function sniffFileType(content: Buffer): AcceptedFile['mime'] | null {
  if (content.length >= 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff)
    return 'image/jpeg';
  if (
    content.length >= 8 &&
    content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return 'image/png';
  }
  if (content.length >= 5 && content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

/**
 * Drops the APP1–APP15 segments (EXIF, XMP, maker notes) and comments from a JPEG, keeping APP0 (JFIF) and the
 * image data. Returns null when the file is not a well-formed JPEG.
 */
export function stripJpegMetadata(content: Buffer): Buffer | null {
  const parts: Buffer[] = [content.subarray(0, 2)];
  let offset = 2;
  while (offset + 4 <= content.length) {
    if (content[offset] !== 0xff) return null;
    const marker = content[offset + 1]!;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(content.subarray(offset, offset + 2));
      offset += 2;
      continue;
    }
    if (marker === 0xda) {
      parts.push(content.subarray(offset)); // start of scan: the rest is image data up to EOI
      return Buffer.concat(parts);
    }
    const length = content.readUInt16BE(offset + 2);
    if (length < 2 || offset + 2 + length > content.length) return null;
    const isMetadata = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe;
    if (!isMetadata) parts.push(content.subarray(offset, offset + 2 + length));
    offset += 2 + length;
  }
  return null;
}

const PNG_METADATA_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

/** Drops the text, EXIF and time chunks of a PNG. Returns null when the file is not a well-formed PNG. */
export function stripPngMetadata(content: Buffer): Buffer | null {
  const parts: Buffer[] = [content.subarray(0, 8)];
  let offset = 8;
  while (offset + 12 <= content.length) {
    const length = content.readUInt32BE(offset);
    const type = content.subarray(offset + 4, offset + 8).toString('latin1');
    const end = offset + 12 + length;
    if (end > content.length) return null;
    if (!PNG_METADATA_CHUNKS.has(type)) parts.push(content.subarray(offset, end));
    offset = end;
    if (type === 'IEND') return Buffer.concat(parts);
  }
  return null;
}

type Sharp = (typeof import('sharp'))['default'];
let sharpModule: Promise<Sharp | null> | null = null;
const loadSharp = () =>
  (sharpModule ??= import('sharp').then(
    (m) => m.default,
    () => null,
  ));

/** Decodes and re-encodes an image without metadata (orientation applied first); null when it does not decode. */
async function reencodeImage(content: Buffer, mime: 'image/jpeg' | 'image/png'): Promise<Buffer | null> {
  const sharp = await loadSharp();
  if (!sharp) return mime === 'image/jpeg' ? stripJpegMetadata(content) : stripPngMetadata(content);
  try {
    const image = sharp(content, { limitInputPixels: 50_000_000, failOn: 'error' }).rotate();
    return mime === 'image/jpeg'
      ? await image.jpeg({ quality: 85, mozjpeg: true }).toBuffer()
      : await image.png({ compressionLevel: 9 }).toBuffer();
  } catch {
    return null;
  }
}

/**
 * Accepts a file when its content is a JPEG, PNG or PDF; images come back re-encoded without metadata. Null when
 * the content is anything else or an image does not decode.
 */
export async function acceptUpload(content: Buffer): Promise<AcceptedFile | null> {
  const mime = sniffFileType(content);
  if (mime === 'image/jpeg' || mime === 'image/png') {
    const clean = await reencodeImage(content, mime);
    return clean ? { mime, extension: mime === 'image/jpeg' ? 'jpg' : 'png', content: clean } : null;
  }
  if (mime === 'application/pdf') return { mime, extension: 'pdf', content };
  return null;
}

/**
 * The name a re-encoded upload is stored under: the citizen's or officer's name without its extension, reduced to
 * safe characters and 60 of them, with the extension of what the file really is (`fallback` when nothing is left).
 */
export function storedFileName(original: string, extension: string, fallback: string): string {
  const base =
    cleanUploadName(original, 200)
      .replace(/\.[^.]*$/, '')
      .replace(/[^\w-]+/g, '_')
      .slice(0, 60) || fallback;
  return `${base}.${extension}`;
}
