import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import {
  api,
  openYear,
  seedPerfOffice,
  type PerfOffice,
} from '../modules/performance/performance.test-builders';

// Every date input is a real calendar date: "2026-02-30" matches YYYY-MM-DD but names no day, and once stored it
// made later reads (GET …/years/:id/deadlines) fail for everyone.

let t: TestApp;
let office: PerfOffice;
let yearId: number;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-07-01T03:00:00Z') });
  office = await seedPerfOffice(t);
  yearId = (await openYear(t, office)).id;
});
afterAll(() => t.close());

describe('impossible calendar dates', () => {
  it('rejects 2026-02-30 as a year deadline with 400 naming the field, and the deadlines stay readable', async () => {
    const res = await api(t).send(
      'PUT',
      `/api/v1/performance/years/${yearId}/deadlines`,
      office.cookies.admin,
      {
        skpSubmission: '2026-02-30',
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.skpSubmission');
    const read = await api(t).get(`/api/v1/performance/years/${yearId}/deadlines`, office.cookies.staf);
    expect(read.statusCode).toBe(200);
  });

  it('rejects impossible dates when opening a year', async () => {
    const res = await api(t).send('POST', '/api/v1/performance/years', office.cookies.admin, {
      year: 2027,
      deadlines: { annualEvaluation: '2027-04-31' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.deadlines.annualEvaluation');
  });

  // Checked by the request schema (the field path says so), before any service or SQL sees the value.
  it.each([
    [
      'a complaint holiday',
      'POST',
      '/api/v1/complaint-holidays',
      { date: '2026-02-29', name: 'Libur' },
      'body.date',
    ],
    [
      'a complaint list filter',
      'GET',
      '/api/v1/complaints?scope=mine&from=2026-13-01',
      undefined,
      'querystring.from',
    ],
    [
      'a complaint statistics range',
      'GET',
      '/api/v1/complaints/stats?from=2026-01-01&to=2026-06-31',
      undefined,
      'querystring.to',
    ],
    ['an audit filter', 'GET', '/api/v1/audit?from=2026-00-10', undefined, 'querystring.from'],
  ])(
    'rejects an impossible date in %s with 400 from the request schema',
    async (_what, method, url, payload, path) => {
      const res =
        method === 'GET'
          ? await api(t).get(url, office.cookies.admin)
          : await api(t).send(method as 'POST', url, office.cookies.admin, payload!);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].path).toBe(path);
    },
  );

  it('still accepts 29 February in a leap year', async () => {
    const res = await api(t).send(
      'PUT',
      `/api/v1/performance/years/${yearId}/deadlines`,
      office.cookies.admin,
      {
        skpSubmission: '2028-02-29',
      },
    );
    expect(res.statusCode).toBe(200);
  });
});
