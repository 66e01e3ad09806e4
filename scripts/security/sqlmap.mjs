// sqlmap (Debian's) against the running app on loopback: every query, path and header parameter and JSON body field
// of the public API, every GET parameter of the staff API and a representative set of staff writes (one create per
// module with free text), the staff ones with a signed-in session of a user holding every role (so the handler, not
// a 403, answers). Targets are derived from /api/openapi.json, so a new route is probed without editing this file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isPublic, jsonBody, operations, sample, sampleBody } from './openapi-sample.mjs';

/** Answers that never end (server-sent events): sqlmap would wait on them forever. */
const STREAMS = new Set(['GET /api/v1/events', 'GET /api/v1/public/events']);
/** Calls that would end the session or change the password sqlmap's session relies on. */
const SESSION_ENDING = /^(POST|PUT|DELETE) \/api\/v1\/auth\/(logout|password)/;

/** Staff writes probed (one create per module, with free text); the others are walked by robustness.test.ts. */
export const STAFF_WRITES = [
  'POST /api/v1/complaints',
  'POST /api/v1/complaints/{id}/notes',
  'POST /api/v1/org/units',
  'POST /api/v1/surveys',
  'POST /api/v1/performance/skps/{id}/feedback',
  'POST /api/v1/training/programmes',
  'POST /api/v1/competencies',
  'POST /api/v1/oversight/findings',
  'POST /api/v1/forum/threads',
  'POST /api/v1/forum/threads/{id}/posts',
];

/** A string that is not an enumeration: what a value for SQL could travel in. */
function isText(schema) {
  const s = schema ?? {};
  const alt = (s.anyOf ?? s.oneOf)?.find((a) => a.type !== 'null') ?? s;
  return alt.type === 'string' && !alt.enum && !('const' in alt);
}

const pathValue = (param) => {
  const v = sample(param?.schema, { text: 'uji' });
  return encodeURIComponent(String(v ?? 1));
};

/**
 * The sqlmap targets: { name, url, method, data, headers, cookie, params } where `params` counts the points sqlmap
 * will test (path values are marked with sqlmap's `*`).
 */
export function sqlmapTargets(doc, base, { trackingSecret, open311Key }) {
  const targets = [];
  for (const { method, path: p, op } of operations(doc)) {
    const name = `${method} ${p}`;
    if (STREAMS.has(name) || SESSION_ENDING.test(name) || method === 'DELETE') continue;
    const pub = isPublic(op);
    const body = jsonBody(op);
    if (method !== 'GET' && !pub && !STAFF_WRITES.includes(name)) continue;
    if (method !== 'GET' && !body && !pub) continue;
    const params = op.parameters ?? [];
    // Staff reads: the parameters that take text (search, codes, dates). A number, boolean or enumeration is
    // checked by its schema before any handler runs (the robustness walk in npm test proves a 400 for every
    // operation), so sqlmap's payloads in it would only test the validation, at ~400 requests each.
    const probed = (x) => pub || isText(x.schema);
    let points = 0;
    let url = p.replace(/\{([^}]+)\}/g, (_m, key) => {
      const param = params.find((x) => x.in === 'path' && x.name === key);
      if (!probed(param ?? {})) return pathValue(param);
      points++;
      return `${pathValue(param)}*`;
    });
    const query = params.filter((x) => x.in === 'query');
    const only = [];
    // Once a path value carries sqlmap's `*`, sqlmap tests only marked places: the query values are marked too.
    const marked = points > 0;
    if (query.length) {
      const qs = new URLSearchParams();
      for (const q of query) {
        const value = String(sample(q.schema, { text: 'uji' }) ?? '1');
        qs.set(q.name, marked && probed(q) ? `${value}*` : value);
        if (probed(q)) only.push(q.name);
      }
      url += `?${qs}`;
      points += only.length;
    }
    const headers = [];
    if (params.some((x) => x.in === 'header' && x.name === 'x-tracking-secret')) {
      headers.push(`X-Tracking-Secret: ${trackingSecret}*`);
      points++;
    }
    let data;
    if (body) {
      data = JSON.stringify(sampleBody(body));
      points += countLeaves(JSON.parse(data));
    }
    if (points === 0) continue;
    // -p keeps sqlmap to the text parameters (with markers sqlmap tests the marked places only).
    const restrict = !pub && method === 'GET' && !url.includes('*') ? only : undefined;
    targets.push({ name, url: base + url, method, data, headers, staff: !pub, params: points, restrict });
  }
  // Open311 GeoReport v2 (not in the OpenAPI document: its own formats): the list filters, a request id, a service
  // code, and a form-encoded write with the demo API key.
  const o = `${base}/open311/v2`;
  targets.push(
    {
      name: 'GET /open311/v2/requests.json',
      url: `${o}/requests.json?service_code=LAMPU&status=open&start_date=2026-01-01T00:00:00Z&end_date=2026-12-31T00:00:00Z&service_request_id=1&page=1`,
      method: 'GET',
      params: 6,
    },
    { name: 'GET /open311/v2/requests/{id}.json', url: `${o}/requests/1*.json`, method: 'GET', params: 1 },
    {
      name: 'GET /open311/v2/services/{code}.xml',
      url: `${o}/services/LAMPU*.xml`,
      method: 'GET',
      params: 1,
    },
    {
      name: 'POST /open311/v2/requests.json',
      url: `${o}/requests.json`,
      method: 'POST',
      data: new URLSearchParams({
        api_key: open311Key,
        service_code: 'LAMPU',
        description: 'Lampu jalan mati di depan masjid sejak tiga malam',
        address_string: 'Jl. Abikusno Cokrosuyoso No. 12',
        first_name: 'Siti',
        last_name: 'Aminah',
        email: 'siti@example.id',
      }).toString(),
      params: 7,
    },
  );
  return targets;
}

function countLeaves(v) {
  if (Array.isArray(v)) return v.reduce((n, x) => n + countLeaves(x), 0);
  if (v && typeof v === 'object') return Object.values(v).reduce((n, x) => n + countLeaves(x), 0);
  return 1;
}

/** Runs one sqlmap process for `target`; resolves with what its output says. */
function runOne(target, { origin, cookie, workDir, timeoutMs }) {
  const id = target.name.replace(/[^a-z0-9]+/gi, '_').slice(0, 80);
  const traffic = path.join(workDir, `${id}.traffic`);
  const headers = [`Origin: ${origin}`, ...(target.headers ?? [])];
  if (target.data?.startsWith('{')) headers.push('Content-Type: application/json');
  const args = [
    '-u',
    target.url,
    '--method',
    target.method,
    '--batch',
    '--level=2',
    '--risk=1',
    '--technique=BEUST',
    '--disable-coloring',
    '--flush-session',
    // One folder per target: sqlmap keeps a session file per host, and two processes sharing it (one flushing it
    // while the other writes) break each other with "disk I/O error".
    `--output-dir=${path.join(workDir, 'out', id)}`,
    '-t',
    traffic,
    `--headers=${headers.join('\n')}`,
    // 401/403/404 are ordinary answers of this API (a probe of another record); sqlmap would stop at them.
    '--ignore-code=401,403,404,409,422',
  ];
  if (target.data) args.push(`--data=${target.data}`);
  if (target.restrict?.length) args.push(`-p`, target.restrict.join(','));
  if (target.staff && cookie) args.push(`--cookie=${cookie}`, `--skip=${cookie.split('=')[0]}`);
  return new Promise((resolve) => {
    const child = spawn('sqlmap', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (out += b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const requests = fs.existsSync(traffic)
        ? (fs.readFileSync(traffic, 'utf8').match(/^HTTP request \[#\d+\]:/gm) ?? []).length
        : 0;
      fs.writeFileSync(path.join(workDir, `${id}.log`), out);
      resolve({ ...parseSqlmap(out), requests, timedOut: signal === 'SIGKILL', exitCode: code });
    });
  });
}

/** What sqlmap's output says: parameters tested and not injectable, injectable points, critical errors. */
export function parseSqlmap(out) {
  const clean = new Set(
    [...out.matchAll(/\] \[WARNING\] (.+? parameter '.+?') does not seem to be injectable/g)].map(
      (m) => m[1],
    ),
  );
  const injectable = [...out.matchAll(/^Parameter: (.+)$/gm)].map((m) => m[1].trim());
  const critical = [...out.matchAll(/\[CRITICAL\] (.+)/g)].map((m) => m[1].trim());
  return { clean: [...clean], injectable, critical };
}

/** Runs every target, `jobs` sqlmap processes at a time; returns per-target results and the totals. */
export async function runSqlmap(targets, { origin, cookie, workDir, jobs = 2, timeoutMs = 900_000, onDone }) {
  fs.mkdirSync(workDir, { recursive: true });
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const target = targets[next++];
      const r = await runOne(target, { origin, cookie, workDir, timeoutMs });
      results.push({ name: target.name, points: target.params, ...r });
      onDone?.(results.length, targets.length, target, r);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  results.sort((a, b) => a.name.localeCompare(b.name));
  return {
    operations: results.length,
    parametersDeclared: results.reduce((n, r) => n + r.points, 0),
    parametersTested: results.reduce((n, r) => n + r.clean.length + r.injectable.length, 0),
    requests: results.reduce((n, r) => n + r.requests, 0),
    injectable: results.flatMap((r) => r.injectable.map((p) => `${r.name}: ${p}`)),
    incomplete: results
      .filter((r) => r.timedOut || (r.clean.length === 0 && r.injectable.length === 0))
      .map((r) => ({ name: r.name, timedOut: r.timedOut, critical: r.critical })),
    results,
  };
}
