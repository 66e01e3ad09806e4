import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from './errors';
import { normalizeStoredText } from './text';

// Uploads and downloads, the same way on every route: one multipart reader, one response schema for bytes, one
// Content-Disposition.

/** The response schema of a route that sends bytes: z.any(), so Fastify writes the Buffer as is. */
export const binary = z.any().meta({ type: 'string', format: 'binary', description: 'Berkas unduhan' });

/** The OpenAPI `content` block of a download with its media type (Swagger UI then offers the file). */
export const binaryResponse = (contentType: string, description: string) => ({
  description,
  content: { [contentType]: { schema: binary } },
});

function requireMultipart(req: FastifyRequest) {
  if (!req.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unggah berkas sebagai multipart/form-data', [
      { path: 'file', message: 'Unggah berkas sebagai multipart/form-data' },
    ]);
  }
}

/**
 * Reads a multipart upload: the text fields in any order and the first file part named `file` (null when none).
 * An oversized file ends in a 413 from the multipart plugin.
 */
export async function readUpload(req: FastifyRequest) {
  requireMultipart(req);
  const fields: Record<string, string> = {};
  let file: { buffer: Buffer; fileName: string } | null = null;
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      const buffer = await part.toBuffer();
      if (part.fieldname === 'file' && !file) file = { buffer, fileName: part.filename };
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  return { fields, file };
}

/**
 * Reads a multipart upload with several files: the text fields (up to `maxFieldChars` each, for a written account
 * longer than the app-wide field limit) and every file part named `file`, at most `maxFiles` (one more is a 413 from
 * the multipart plugin, as is an oversized file).
 */
export async function readUploadFiles(req: FastifyRequest, maxFiles: number, maxFieldChars = 8000) {
  requireMultipart(req);
  const fields: Record<string, string> = {};
  const files: { buffer: Buffer; fileName: string }[] = [];
  // fieldSize counts bytes: an Indonesian text is mostly one byte a character, but leave room for others.
  for await (const part of req.parts({ limits: { files: maxFiles, fieldSize: maxFieldChars * 4 } })) {
    if (part.type === 'file') {
      const buffer = await part.toBuffer();
      if (part.fieldname !== 'file' || buffer.length === 0) continue;
      files.push({ buffer, fileName: part.filename });
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  return { fields, files };
}

/** Reads an upload that is one file in the field `file` and nothing else; without it the answer is a 400. */
export async function readSingleFile(req: FastifyRequest) {
  requireMultipart(req);
  const part = await req.file();
  if (!part || part.fieldname !== 'file') {
    throw new AppError('VALIDATION', 'Berkas wajib diunggah pada isian "file"', [
      { path: 'file', message: 'Berkas wajib diunggah' },
    ]);
  }
  return { fileName: part.filename, content: await part.toBuffer() };
}

/** Characters that change how a name is shown without being seen: bidi overrides and isolates, zero-width marks. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * An uploaded file's name as it may be stored and shown: no folder part (`../../etc/passwd` → `passwd`, `..\\win.ini`
 * → `win.ini`), no control, bidi-override (`\u202egpj.exe` shown as `exe.jpg`) or zero-width characters, no leading
 * dots, NFC, at most `maxLength` characters keeping the end (the extension). Empty when nothing is left.
 */
export function cleanUploadName(original: string, maxLength: number): string {
  return normalizeStoredText(original)
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(/^.*[\\/]/, '')
    .trim()
    .replace(/^\.+/, '')
    .slice(-maxLength);
}

/**
 * A Content-Disposition value with a safe ASCII `filename`: a name from an upload must not break the header or
 * smuggle parameters into it. When that safe name differs from the real one, the exact name goes along as RFC 5987
 * `filename*`, which browsers prefer.
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  // A stored name from before names were cleaned may still hold a bidi override: never shown.
  const shown = fileName.replace(INVISIBLE, '');
  const ascii = shown.replace(/[^\w.\- ]+/g, '_').slice(-150) || 'berkas';
  const exact = ascii === shown || shown === '' ? '' : `; filename*=UTF-8''${encodeURIComponent(shown)}`;
  return `${kind}; filename="${ascii}"${exact}`;
}

/**
 * Sends a stored upload: re-encoded photos may show in the page; anything else (a PDF can carry JavaScript) is only
 * a download. Never cached, never sniffed.
 */
export function sendStoredFile(
  reply: FastifyReply,
  file: { fileName: string; mime: string; content: Buffer },
): FastifyReply {
  const isImage = file.mime === 'image/jpeg' || file.mime === 'image/png';
  return reply
    .type(file.mime)
    .header('content-disposition', contentDisposition(isImage ? 'inline' : 'attachment', file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
