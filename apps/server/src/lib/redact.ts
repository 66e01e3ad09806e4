/** Query parameters whose values are secrets: never written to logs. */
const SECRET_PARAMS =
  /^(api_key|apikey|key|token|access_token|password|passwd|secret|tracking_secret|signature)$/i;

/**
 * The URL with secret query values replaced by `[REDACTED]`, for logs: Open311 clients send `api_key` in the query
 * string, and a log line must not hand the key to whoever reads the logs.
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const query = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawName = eq < 0 ? pair : pair.slice(0, eq);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        // A malformed escape: judge the raw name.
      }
      return eq >= 0 && SECRET_PARAMS.test(name.trim()) ? `${rawName}=[REDACTED]` : pair;
    })
    .join('&');
  return `${url.slice(0, q)}?${query}`;
}
