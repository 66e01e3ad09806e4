// Load generation with wrk (Debian package, C, one epoll loop per thread): the generator costs a fraction of the
// server's CPU, so on a 2-core machine it is the server that saturates, not the client. A small Lua script rotates
// through a scenario's requests and prints wrk's own percentiles as one JSON line.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const luaString = (s) => `"${String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/**
 * The Lua script for one scenario. `requests` is a list of { method, path, headers, body }; a body may contain
 * `{{n}}`, replaced by a per-thread counter so that writes differ from each other.
 */
export function wrkScript(requests) {
  const entries = requests.map((r) => {
    const headers = Object.entries(r.headers ?? {})
      .map(([k, v]) => `[${luaString(k)}] = ${luaString(v)}`)
      .join(', ');
    const body = r.body === undefined ? 'nil' : luaString(r.body);
    return `{ method = ${luaString(r.method ?? 'GET')}, path = ${luaString(r.path)}, headers = { ${headers} }, body = ${body} }`;
  });
  return `
local reqs = { ${entries.join(',\n  ')} }
local n = 0
local tid = 0
local threads = {}
setup = function(thread)
  tid = tid + 1
  thread:set("tid", tid)
  table.insert(threads, thread)
end
request = function()
  n = n + 1
  local r = reqs[(n % #reqs) + 1]
  local body = r.body
  if body then body = string.gsub(body, "{{n}}", tostring(tid or 0) .. "-" .. tostring(n)) end
  return wrk.format(r.method, r.path, r.headers, body)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\\nWRKJSON {"requests":%d,"durationUs":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,' ..
    '"status":%d,"p50":%.3f,"p95":%.3f,"p99":%.3f,"max":%.3f,"mean":%.3f}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000))
end
`;
}

/** Runs wrk against `base` for `duration` seconds with `connections`; returns req/s, latency (ms) and errors. */
export async function runWrk({ base, requests, duration, connections, threads = 2, timeoutSeconds = 10 }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-wrk-'));
  const script = path.join(dir, 'scenario.lua');
  fs.writeFileSync(script, wrkScript(requests));
  const args = [
    `-t${Math.min(threads, connections)}`,
    `-c${connections}`,
    `-d${duration}s`,
    `--timeout`,
    `${timeoutSeconds}s`,
    '-s',
    script,
    base,
  ];
  const out = await new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`wrk exit ${code}: ${text}`)),
    );
  });
  fs.rmSync(dir, { recursive: true, force: true });
  const line = out.split('\n').find((l) => l.startsWith('WRKJSON '));
  if (!line) throw new Error(`wrk gave no summary:\n${out}`);
  const s = JSON.parse(line.slice('WRKJSON '.length));
  const seconds = s.durationUs / 1e6;
  return {
    requests: s.requests,
    rps: Math.round(s.requests / seconds),
    p50: s.p50,
    p95: s.p95,
    p99: s.p99,
    max: s.max,
    errors: s.connect + s.read + s.write + s.timeout,
    non2xx: s.status,
  };
}
