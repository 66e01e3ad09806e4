/**
 * A Content-Disposition value with a safe ASCII `filename` and the exact name as RFC 5987 `filename*`: a name from
 * an upload must not break the header or smuggle parameters into it.
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\w.\- ]+/g, '_').slice(-150) || 'berkas';
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
