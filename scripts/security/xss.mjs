// Stored XSS: the corpus written through the API into every free-text field the runner can reach, then every page
// that shows those fields opened in Chromium. A payload that runs calls `__xss(N)`; a payload the Content Security
// Policy stopped shows up as a `securitypolicyviolation` event; markup that survived as live elements (event-handler
// attributes, javascript: links, frames) is counted from the DOM. Any of the three fails the run.
import { chromium } from 'playwright-core';
import { FIELD_VALUES, isFreeText, isPublic, jsonBody, operations, sampleBody } from './openapi-sample.mjs';
import { XSS_PAYLOADS, payload } from './xss-corpus.mjs';

/** Writes left out: they end the session, change who may do what, or take a record out of use. */
const SKIP_WRITE =
  /\/auth\/|\/users\/|\/deactivate$|\/transfer$|\/open311-keys|\/public\/complaints\/(challenge|lookup)$/;

const CLOSING =
  /\/(rejection|resolution|close|cancel|finalize|decision|verification|cannot-follow-up-decision)$/;

const collectionOf = (p) => p.slice(0, p.indexOf('/{'));

function leaves(value, schema, at = []) {
  // The free-text string positions of a sampled body: [path, schema].
  const out = [];
  const s = schema ?? {};
  const alt = (s.anyOf ?? s.oneOf)?.find((a) => a.type !== 'null') ?? s;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) out.push(...leaves(v, alt.properties?.[k], [...at, k]));
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...leaves(v, alt.items, [...at, i])));
  } else if (typeof value === 'string' && isFreeText(s) && !(at.at(-1) in FIELD_VALUES)) {
    out.push(at);
  }
  return out;
}

function setAt(obj, at, v) {
  let o = obj;
  for (const k of at.slice(0, -1)) o = o[k];
  o[at.at(-1)] = v;
}

/** A fetch with the session cookie and the same-origin header the app's CSRF check expects. */
function client(base, cookie) {
  return async (method, p, body, headers = {}) => {
    const res = await fetch(base + p, {
      method,
      headers: {
        origin: base,
        ...headers,
        ...(cookie ? { cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, json };
  };
}

const firstId = (json, key = 'id') => {
  const items = Array.isArray(json) ? json : (json?.items ?? json?.data ?? null);
  return Array.isArray(items) && items[0] ? items[0][key] : undefined;
};

/**
 * Writes every payload into every free-text field of every write operation that accepts it: public ones without a
 * session, the others as the first of `cookies` (a user holding every role) or, when refused (403: the owner, the
 * superior or a team member must write it), as the first other demo user who may. Optional fields that a
 * cross-field rule refuses are left out, and a field that refuses the payload (a format or length rule) keeps its
 * sample, so the payload reaches every field that takes it. Returns the placements (N → field) and the figures.
 */
export async function writeCorpus({ base, doc, cookies, surveyCode, fieldValues = {}, log }) {
  const sessions = cookies.map((c) => client(base, c));
  const anon = client(base, null);
  const staff = sessions[0];
  const placements = new Map(); // N → { field, payload }
  const created = new Map(); // collection path → ids created here
  const idCache = new Map();
  const touched = new Map(); // collection path → ids of records that hold a payload
  const fields = new Map(); // "op field" → payloads stored
  const unreached = []; // write operations that stored no payload, with the last answer
  let writes = 0;
  let accepted = 0;
  let n = 0;

  async function idFor(p, key) {
    if (key === 'code' && p.startsWith('/api/v1/public/surveys')) return surveyCode;
    const coll = collectionOf(p);
    if (created.get(coll)?.length) return created.get(coll).at(-1);
    if (!idCache.has(coll)) {
      const r = await staff('GET', coll);
      idCache.set(coll, firstId(r.json, key === 'uuid' ? 'uuid' : 'id'));
    }
    return idCache.get(coll) ?? 1;
  }

  async function newIdOf(coll, json) {
    if (json?.id !== undefined) return json.id;
    if (json?.ticket)
      return firstId((await staff('GET', `${coll}?scope=all&q=${encodeURIComponent(json.ticket)}`)).json);
    return undefined;
  }

  // Creates (no path parameter) first, so later writes on a record use one made here; the citizen's tracking
  // routes after the public form that gives their secret.
  // Steps that close a record (reject, resolve, close, cancel, finalise) come last, so the other writes find it open.
  const rank = ({ path: p, op }) =>
    Number(p.includes('{')) * 2 +
    Number((op.parameters ?? []).some((x) => x.in === 'header')) +
    Number(CLOSING.test(p)) * 4;
  const ops = operations(doc)
    .filter(({ method, op }) => method !== 'GET' && method !== 'DELETE' && jsonBody(op))
    .filter(({ path: p }) => !SKIP_WRITE.test(p))
    .sort((a, b) => rank(a) - rank(b));

  for (const { method, path: p, op } of ops) {
    const schema = jsonBody(op);
    let url = p;
    const onRecords = [];
    for (const m of p.matchAll(/\{([^}]+)\}/g)) {
      const prefix = p.slice(0, m.index);
      const id = await idFor(`${prefix}{x}`, m[1]);
      onRecords.push([collectionOf(`${prefix}{x}`), id]);
      url = url.replace(m[0], String(id));
    }
    const headers = {};
    if ((op.parameters ?? []).some((x) => x.name === 'x-tracking-secret'))
      headers['x-tracking-secret'] = created.get('tracking')?.at(-1) ?? '';
    const base0 = sampleBody(schema, fieldValues, 'Catatan uji keamanan warga Kertapati');
    if (leaves(base0, schema).length === 0) continue;
    let callers = isPublic(op) ? [anon] : sessions;
    let stored = 0;
    let last;
    for (let k = 0; k < XSS_PAYLOADS.length && callers.length; k++) {
      const template = structuredClone(base0);
      let positions = leaves(template, schema);
      const ids = new Map(positions.map((at) => [at.join('.'), ++n]));
      // A field that refuses the bare payload (a minimum length, or nothing left once markup is stripped) gets it
      // inside ordinary words; refused again, it keeps its sample.
      const wrapped = new Set();
      let res;
      for (let attempt = 0; attempt < 10; attempt++) {
        const body = structuredClone(template);
        for (const at of positions) {
          const text = payload(k, ids.get(at.join('.')));
          setAt(body, at, wrapped.has(at) ? `Laporan warga ${text} mohon ditindaklanjuti segera` : text);
        }
        if (isPublic(op) && p === '/api/v1/public/complaints') {
          const ch = await anon('GET', '/api/v1/public/complaints/challenge');
          body.powChallenge = ch.json?.challenge;
          body.powNonce = '0';
        }
        for (const call of callers) {
          writes++;
          res = await call(method, url, body, headers);
          if (res.status !== 403) {
            callers = [call]; // the first user who may: the same for the other payloads
            break;
          }
        }
        if (res.status === 403) callers = []; // nobody may: the other payloads would be refused too
        if (res.status !== 400 && res.status !== 422) break;
        if (!callers.length) break;
        // Validation paths start with "body." (a business rule names the field alone).
        const refused = (res.json?.error?.details ?? [])
          .map((d) => d.path.replace(/^body\./, ''))
          .filter((x) => x && !/^(headers|params|querystring)\b/.test(x));
        let progress = false;
        for (const r of refused) {
          const carrying = positions.filter((at) => `${at.join('.')}.`.startsWith(`${r}.`));
          if (carrying.length) {
            for (const at of carrying) {
              if (wrapped.has(at)) positions = positions.filter((q) => q !== at);
              else wrapped.add(at);
            }
            progress = true;
          } else if (deleteOptional(template, schema, r.split('.'))) {
            progress = true;
          }
        }
        if (!progress || positions.length === 0) break;
      }
      last = res;
      if (res.status >= 200 && res.status < 300 && positions.length) {
        stored++;
        accepted++;
        const coll = p.includes('{') ? null : p;
        const newId = coll ? await newIdOf(coll, res.json) : undefined;
        if (coll && newId !== undefined) {
          created.set(coll, [...(created.get(coll) ?? []), newId]);
          onRecords.push([coll, newId]);
        }
        for (const [c, id] of onRecords) touched.set(c, new Set([...(touched.get(c) ?? []), id]));
        for (const at of positions) {
          const field = `${method} ${p} ${at.join('.')}`;
          placements.set(ids.get(at.join('.')), { field, payload: XSS_PAYLOADS[k][0] });
          fields.set(field, (fields.get(field) ?? 0) + 1);
        }
        if (isPublic(op) && res.json?.trackingSecret)
          created.set('tracking', [...(created.get('tracking') ?? []), res.json.trackingSecret]);
      }
    }
    if (!stored)
      unreached.push({
        op: `${method} ${p}`,
        url,
        status: last?.status,
        error: last?.json?.error ? `${last.json.error.code}: ${last.json.error.message}` : undefined,
        details: last?.json?.error?.details,
      });
  }
  log?.(
    `XSS: ${accepted} of ${writes} writes accepted, ${fields.size} fields, ${placements.size} placements`,
  );
  return {
    writes,
    accepted,
    fields: fields.size,
    placements,
    created,
    touched,
    unreached,
    fieldList: [...fields.keys()],
  };
}

/** Removes the optional field at `at` (one a cross-field rule refused); false when it is required or absent. */
function deleteOptional(obj, schema, at) {
  const parent = getAt(obj, at.slice(0, -1));
  const key = at.at(-1);
  if (!parent || typeof parent !== 'object' || Array.isArray(parent) || !(key in parent)) return false;
  if ((schemaAt(schema, at.slice(0, -1))?.required ?? []).includes(key)) return false;
  delete parent[key];
  return true;
}

function schemaAt(schema, at) {
  let s = schema;
  for (const k of at) {
    s = (s?.anyOf ?? s?.oneOf)?.find((a) => a.type !== 'null') ?? s;
    s = /^\d+$/.test(k) ? s?.items : s?.properties?.[k];
  }
  return (s?.anyOf ?? s?.oneOf)?.find((a) => a.type !== 'null') ?? s;
}

function getAt(obj, at) {
  return at.reduce((o, k) => o?.[k], obj);
}

/** Checks run in each page: live elements an injection would leave behind. */
function domFindings() {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const v = a.value.trim().toLowerCase();
      if (a.name.startsWith('on') && v.includes('__xss')) found.push(`${el.tagName} ${a.name}`);
      if (
        ['href', 'src', 'action', 'formaction', 'data'].includes(a.name) &&
        /^\s*(javascript|data):/.test(v)
      )
        found.push(`${el.tagName} ${a.name}=${v.slice(0, 40)}`);
      if (a.name === 'srcdoc') found.push(`${el.tagName} srcdoc`);
    }
    if (el.tagName === 'SCRIPT' && el.textContent.includes('__xss')) found.push('SCRIPT');
  }
  return found;
}

/**
 * Opens `pages` ({ url, as }) in Chromium (`sessions`: username → cookie value for the app's origin) and records
 * executions, CSP violations and live injected elements.
 */
export async function renderPages({ base, pages, sessions, chromiumPath, log }) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const executed = [];
  const violations = [];
  const injected = [];
  let rendered = 0;
  try {
    for (const [who, group] of Object.entries(groupBy(pages, (p) => p.as ?? 'anonymous'))) {
      const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
      if (sessions[who]) {
        const [name, value] = sessions[who].split('=');
        await context.addCookies([{ name, value, url: base }]);
      }
      let current = '';
      await context.exposeBinding('__xssHit', (_src, id) => executed.push({ id, page: current, as: who }));
      await context.exposeBinding('__cspHit', (_src, v) => violations.push({ ...v, page: current, as: who }));
      await context.addInitScript(() => {
        window.__xss = (id) => window.__xssHit(id);
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__cspHit({
            directive: e.effectiveDirective,
            blocked: e.blockedURI,
            sample: e.sample,
          }),
        );
      });
      const page = await context.newPage();
      for (const { url } of group) {
        current = url;
        try {
          await page.goto(base + url, { waitUntil: 'networkidle', timeout: 30_000 });
        } catch {
          /* a page that keeps a connection open (live updates) never goes idle: look at it anyway */
        }
        await page.waitForTimeout(700);
        for (const f of await page.evaluate(domFindings).catch(() => []))
          injected.push({ page: url, as: who, f });
        rendered++;
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  log?.(`XSS: ${rendered} pages rendered`);
  return { rendered, executed, violations, injected };
}

function groupBy(list, key) {
  const out = {};
  for (const x of list) (out[key(x)] ??= []).push(x);
  return out;
}
