import { inflateRawSync } from 'node:zlib';

// Office files (XLSX, DOCX) are ZIP archives. A few kilobytes of ZIP can inflate to gigabytes (a "zip bomb"), and
// a library that opens the workbook inflates every entry in memory. Before any such library sees an archive, its
// central directory is read here and each entry is inflated with a hard output cap: an archive that declares too
// much, compresses implausibly well, or inflates to more than it declares is refused without being inflated in full.

export type ZipLimits = {
  /** Total inflated size of all entries together. */
  maxTotalBytes: number;
  /** Entries in the archive. */
  maxEntries: number;
  /** Inflated ÷ compressed size of one entry (real spreadsheets and documents stay far below). */
  maxRatio: number;
};

/**
 * Limits for an office file of the size this app accepts: an employee import of 50 000 rows is well under 100 MB of
 * XML, and its sheets compress about 10:1; deflate cannot exceed about 1 030:1, a bomb sits near that.
 */
export const OFFICE_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 100 * 1024 * 1024,
  maxEntries: 2000,
  maxRatio: 200,
};

/** Why an archive was refused, in words for the person who uploaded it; null when it is safe to open. */
export function checkZipArchive(buffer: Buffer, limits: ZipLimits = OFFICE_ZIP_LIMITS): string | null {
  const broken = 'Arsip berkas rusak atau tidak lengkap';
  // End of central directory: at the end, after a comment of at most 65 535 bytes.
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 65_535); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return broken;
  const entries = buffer.readUInt16LE(eocd + 10);
  const directorySize = buffer.readUInt32LE(eocd + 12);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (entries === 0xffff || offset === 0xffffffff) return 'Arsip ZIP64 tidak didukung';
  if (entries > limits.maxEntries) return `Arsip berisi lebih dari ${limits.maxEntries} berkas`;
  if (offset + directorySize > buffer.length) return broken;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) return broken;
    const method = buffer.readUInt16LE(offset + 10);
    const compressed = buffer.readUInt32LE(offset + 20);
    const declared = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localOffset = buffer.readUInt32LE(offset + 42);
    offset += 46 + nameLength + extraLength + commentLength;
    if (compressed === 0xffffffff || declared === 0xffffffff) return 'Arsip ZIP64 tidak didukung';
    total += declared;
    if (total > limits.maxTotalBytes) return 'Isi arsip terlalu besar setelah diekstrak';
    if (declared > 1024 * 1024 && declared > compressed * limits.maxRatio)
      return 'Arsip dikompresi secara tidak wajar (kemungkinan zip bomb)';
    // The entry's data follows its local header, whose name and extra field may differ in length from the
    // directory's.
    if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== 0x04034b50) return broken;
    const start =
      localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    const data = buffer.subarray(start, start + compressed);
    if (data.length !== compressed) return broken;
    if (method === 0) {
      if (compressed !== declared) return broken;
    } else if (method === 8) {
      // Inflate at most one byte more than declared: an entry that lies about its size stops there.
      try {
        const inflated = inflateRawSync(data, { maxOutputLength: declared + 1 });
        if (inflated.length !== declared) return broken;
      } catch {
        return broken;
      }
    } else return 'Metode kompresi arsip tidak didukung';
  }
  return null;
}
