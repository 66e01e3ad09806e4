// The named scenarios of `npm run bench`. Each one prepares its requests through the public API (log in, look up
// ids), then hands them to the load generator. Users default to the README's demo accounts; a generated city data
// set keeps the same accounts (bench:data), and --employee/--superior/--officer name others.
import { loadMix } from './mix.mjs';
import { loginCookie, PASSWORD } from './servers.mjs';

const json = (cookie) => ({ cookie, accept: 'application/json' });

async function getJson(base, path, cookie) {
  const res = await fetch(`${base}${path}`, { headers: json(cookie) });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${(await res.text()).slice(0, 200)}`);
  return res.json();
}

/** Today in WIB (YYYY-MM-DD) and the same day a year earlier, for the period filters. */
function period() {
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  return { from: yearAgo, to: today, year: today.slice(0, 4) };
}

async function currentYearId(base, cookie) {
  const years = await getJson(base, '/api/v1/performance/years', cookie);
  const items = years.items ?? years;
  const { year } = period();
  const found = items.find((y) => String(y.year) === year) ?? items[0];
  return found?.id;
}

/** Whether a route exists on this server (a 404 from the router means it does not). */
async function routeExists(base, path, cookie) {
  const res = await fetch(`${base}${path}`, { headers: json(cookie) });
  await res.arrayBuffer();
  return res.status !== 404;
}

const get = (path, cookie) => ({ method: 'GET', path, headers: cookie ? json(cookie) : { accept: '*/*' } });

/**
 * Scenarios by name: `prepare(ctx)` returns the request list (rotated by wrk) and a note; `sse` marks the fan-out,
 * which has its own driver. `ctx` = { base, users, cookieFor(username) }.
 */
export const SCENARIOS = {
  healthz: {
    title: 'GET /healthz (per-request stack, no database)',
    prepare: async () => ({ requests: [get('/healthz')] }),
  },
  'auth-me': {
    title: 'GET /api/v1/auth/me (session lookup)',
    prepare: async (c) => ({ requests: [get('/api/v1/auth/me', await c.cookieFor(c.users.employee))] }),
  },
  login: {
    title: 'POST /api/v1/auth/login (argon2id verify + new session)',
    prepare: async (c) => ({
      requests: [
        {
          method: 'POST',
          path: '/api/v1/auth/login',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: c.users.employee, password: PASSWORD }),
        },
      ],
    }),
  },
  dashboard: {
    title: 'Personal dashboard (employee)',
    prepare: async (c) => {
      const cookie = await c.cookieFor(c.users.employee);
      if (await routeExists(c.base, '/api/v1/dashboards/me', cookie))
        return { requests: [get('/api/v1/dashboards/me', cookie)], note: '/api/v1/dashboards/me' };
      // No dashboard endpoint on this build: the home page's own calls, in the order the page makes them.
      const me = await getJson(c.base, '/api/v1/auth/me', cookie);
      const employeeId = me.user?.employeeId ?? me.employeeId;
      const yearId = await currentYearId(c.base, cookie);
      const { from, to } = period();
      return {
        note: 'home page calls (no /api/v1/dashboards/me on this build)',
        requests: [
          get('/api/v1/auth/me', cookie),
          get(`/api/v1/employees/${employeeId}`, cookie),
          get(`/api/v1/complaints/stats?employeeId=${employeeId}&from=${from}&to=${to}`, cookie),
          get('/api/v1/performance/years', cookie),
          get(`/api/v1/performance/skps?yearId=${yearId}&scope=mine`, cookie),
        ],
      };
    },
  },
  team: {
    title: "Superior's team view",
    prepare: async (c) => {
      const cookie = await c.cookieFor(c.users.superior);
      if (await routeExists(c.base, '/api/v1/dashboards/team', cookie))
        return { requests: [get('/api/v1/dashboards/team', cookie)], note: '/api/v1/dashboards/team' };
      const yearId = await currentYearId(c.base, cookie);
      return {
        note: 'team SKP list + deadlines (no /api/v1/dashboards/team on this build)',
        requests: [
          get(`/api/v1/performance/skps?yearId=${yearId}&scope=team`, cookie),
          get(`/api/v1/performance/years/${yearId}/deadlines`, cookie),
        ],
      };
    },
  },
  'complaint-list': {
    title: 'Complaint list page, filtered (officer, 25 rows)',
    prepare: async (c) => {
      const cookie = await c.cookieFor(c.users.officer);
      const { from, to } = period();
      return {
        requests: [
          get(`/api/v1/complaints?scope=all&from=${from}&to=${to}&page=1&pageSize=25`, cookie),
          get(`/api/v1/complaints?scope=all&open=true&from=${from}&to=${to}&page=1&pageSize=25`, cookie),
          get(`/api/v1/complaints?scope=all&status=SELESAI&page=2&pageSize=25`, cookie),
          get(`/api/v1/complaints?scope=all&q=jalan&page=1&pageSize=25`, cookie),
        ],
      };
    },
  },
  'complaint-file': {
    title: 'POST /api/v1/public/complaints (write path, committed before the answer)',
    prepare: async (c) => {
      const options = await getJson(c.base, '/api/v1/public/complaint-options', '');
      const category = options.categories.find(
        (x) => !x.isIntegrity && x.attributes.every((a) => !a.required),
      );
      const challenge = await getJson(c.base, '/api/v1/public/complaints/challenge', '');
      if (challenge.difficulty > 0)
        throw new Error(
          `the server asks a proof-of-work of ${challenge.difficulty} bits per complaint; run it with COMPLAINT_POW_BITS=0 to measure the server's work`,
        );
      return {
        requests: [
          {
            method: 'POST',
            path: '/api/v1/public/complaints',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              categoryCode: (category ?? options.categories[0]).code,
              description: 'Lampu penerangan jalan di depan gang mati sejak tiga malam (uji beban {{n}}).',
              kelurahan: options.kelurahan[0],
              address: 'Jl. Abikusno Cokrosuyoso, dekat Pasar Kertapati',
              reporterName: 'Siti Aminah',
              reporterPhone: '081234567890',
            }),
          },
        ],
      };
    },
  },
  open311: {
    title: 'Open311 GET requests.json (date range + status)',
    prepare: async () => {
      // Open311 answers at most 90 days per query (open311.service.ts): the last 60 days, then the default window.
      const to = period().to;
      const from = new Date(Date.parse(to) - 60 * 86_400_000).toISOString().slice(0, 10);
      return {
        requests: [
          get(`/open311/v2/requests.json?start_date=${from}&end_date=${to}`),
          get(`/open311/v2/requests.json?status=open`),
        ],
      };
    },
  },
  ikm: {
    title: 'IKM of one unit and period (survey results)',
    prepare: async (c) => {
      const cookie = await c.cookieFor(c.users.admin);
      const surveys = await getJson(c.base, '/api/v1/surveys', cookie);
      const items = surveys.items ?? surveys;
      if (!items.length) throw new Error('no survey on this server');
      return {
        note: `survey ${items[0].id}`,
        requests: items.slice(0, 3).map((s) => get(`/api/v1/surveys/${s.id}/results`, cookie)),
      };
    },
  },
  transparency: {
    title: 'Public transparency page /transparansi (HTML)',
    prepare: async () => ({ requests: [get('/transparansi')] }),
  },
  'sse-fanout': { title: 'SSE fan-out: one event to every open stream', sse: true },
  mix: {
    title: 'Mix: walk-in writes + /auth/me + own queue, every read checked against the serial answer',
    custom: async (c, options) => {
      const cookies = {
        petugas: await c.cookieFor(c.users.officer),
        employee: await c.cookieFor(c.users.employee),
        kasi: await c.cookieFor(c.users.superior),
      };
      return loadMix(c.base, cookies, options);
    },
  },
};

export const DEFAULT_SCENARIOS = Object.keys(SCENARIOS);

export { getJson, loginCookie };
