import { afterEach, describe, expect, it } from 'vitest';
import { seedOrgTree, seedUser } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { runComplaintSlaJob } from './complaint-sla.job';
import { COMPLAINT_LIST_COUNT_CAP } from './complaints.repository';
import { makePublicComplaint, seedClosedComplaints, seedComplaintCategory } from './complaints.test-builders';

// Issue 15 at city scale: the deadlines job commits in batches, and the city-wide staff list stops counting at a cap.

const apps: TestApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
});

async function setUp() {
  const t = await createTestApp({ now: new Date('2026-03-02T02:00:00Z') }); // Monday 2 March 2026, 09:00 WIB
  apps.push(t);
  const tree = await seedOrgTree(t.db);
  const category = await seedComplaintCategory(t.db, { unitId: tree.units.seksi, code: 'JALAN' });
  return { t, tree, category };
}

/**
 * Seven complaints filed on Monday, their verification window (3 working days) breached on the next Monday.
 * `whileFiled` runs on Monday right after the filings (e.g. a job run that the server does before it is switched off).
 */
async function sevenOverdueComplaints(whileFiled?: (t: TestApp) => Promise<void>) {
  const s = await setUp();
  for (let i = 0; i < 7; i++) {
    const res = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      payload: makePublicComplaint('JALAN', {
        kelurahan: 'Uji',
        description: `Jalan berlubang nomor ${i} di depan sekolah belum ditambal.`,
      }),
      remoteAddress: `203.0.113.${i + 1}`,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  await whileFiled?.(s.t);
  s.t.clock.now = new Date('2026-03-09T02:00:00Z');
  return s.t;
}

/** What the job leaves behind: every event it recorded and the fields it changes, by ticket. */
async function outcome(t: TestApp) {
  const events = await t.db
    .selectFrom('complaint_events as ev')
    .innerJoin('complaints as k', 'k.id', 'ev.complaint_id')
    .select(['k.ticket', 'ev.type', 'ev.dedupe_key'])
    .where('ev.dedupe_key', 'is not', null)
    .orderBy('k.ticket')
    .orderBy('ev.type')
    .execute();
  const rows = await t.db
    .selectFrom('complaints')
    .select(['ticket', 'status', 'was_breached', 'escalation_level', 'deadline_at'])
    .orderBy('ticket')
    .execute();
  const notices = await t.db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { events, rows, notices: Number(notices.n) };
}

describe('complaint deadlines job in batches', () => {
  it('gives the same result after a partial run and a rerun as after one run', async () => {
    const once = await sevenOverdueComplaints();
    const single = await runComplaintSlaJob(once.app.ctx, once.clock.now);
    expect(single.ran).toBe(true);
    expect(single.events).toBeGreaterThanOrEqual(7);

    const split = await sevenOverdueComplaints();
    const progress: number[] = [];
    const partial = await runComplaintSlaJob(split.app.ctx, split.clock.now, {
      batchSize: 3,
      maxBatches: 1,
      onProgress: (p) => progress.push(p.checked),
    });
    expect(progress).toEqual([3]);
    expect(partial.events).toBeGreaterThan(0);
    expect(partial.events).toBeLessThan(single.events);
    const rest = await runComplaintSlaJob(split.app.ctx, split.clock.now, {
      batchSize: 3,
      onProgress: (p) => progress.push(p.checked),
    });
    // The rerun reads only the four the partial run did not reach (ADR 0013: a checked complaint is not reread).
    expect(progress).toEqual([3, 3, 4]);
    expect(partial.events + rest.events).toBe(single.events);

    expect(await outcome(split)).toEqual(await outcome(once));
    // A third run finds nothing left to do.
    expect((await runComplaintSlaJob(split.app.ctx, split.clock.now, { batchSize: 3 })).events).toBe(0);
  }, 120_000);
});

describe('complaint deadlines job reads only what can change (ADR 0013)', () => {
  const minutes = (t: TestApp, n: number) => new Date(t.clock.now.getTime() + n * 60_000);

  it('an untouched complaint is not reread: a run reads only complaints changed since or with a step due', async () => {
    let t!: TestApp;
    await sevenOverdueComplaints(async (filed) => {
      t = filed;
      // The first run after filing looks at each new complaint once; nothing is due yet.
      const first = await runComplaintSlaJob(t.app.ctx, minutes(t, 1));
      expect(first).toMatchObject({ ran: true, checked: 7, events: 0 });
      // A minute later nothing changed and no step became due: nothing is read.
      expect(await runComplaintSlaJob(t.app.ctx, minutes(t, 2))).toMatchObject({ ran: true, checked: 0 });
      // A staff write (an internal note) makes that one complaint due again, and only that one.
      await seedUser(t.db, { username: 'petugas', roles: ['PETUGAS_PENGADUAN'] });
      const cookie = await t.login('petugas');
      const [one] = await t.db.selectFrom('complaints').select('id').orderBy('id').limit(1).execute();
      const noted = await t.app.inject({
        method: 'POST',
        url: `/api/v1/complaints/${one!.id}/notes`,
        headers: { cookie },
        payload: { message: 'Lokasi sudah dicek, menunggu kelengkapan foto.' },
      });
      expect(noted.statusCode, noted.body).toBe(200);
      expect((await runComplaintSlaJob(t.app.ctx, minutes(t, 3))).checked).toBe(1);
      expect((await runComplaintSlaJob(t.app.ctx, minutes(t, 4))).checked).toBe(0);
    });
    // A week later every complaint's verification deadline has passed: each is read once and marked breached.
    const late = await runComplaintSlaJob(t.app.ctx, t.clock.now);
    expect(late.checked).toBe(7);
    expect(late.events).toBe(7);
    expect((await runComplaintSlaJob(t.app.ctx, minutes(t, 1))).checked).toBe(0);
  }, 120_000);

  it('catches up after the server was off: every step missed meanwhile is recorded on the first run, as one run would', async () => {
    const once = await sevenOverdueComplaints();
    await runComplaintSlaJob(once.app.ctx, once.clock.now);
    // The same complaints, checked on Monday (check times stored), then the server is off until the next Monday.
    const resumed = await sevenOverdueComplaints(async (t) => {
      expect((await runComplaintSlaJob(t.app.ctx, minutes(t, 1))).checked).toBe(7);
    });
    const catchUp = await runComplaintSlaJob(resumed.app.ctx, resumed.clock.now);
    expect(catchUp.checked).toBe(7);
    // The warning time and the deadline both passed while it was off: the breach is recorded (a breached window
    // gets no late warning, as in one run).
    const types = (await outcome(resumed)).events.map((e) => e.type);
    expect(types.filter((x) => x === 'TERLAMBAT')).toHaveLength(7);
    expect(await outcome(resumed)).toEqual(await outcome(once));
  }, 120_000);

  it('a change of the work calendar rereads every watched complaint (a holiday moves deadlines nobody touched)', async () => {
    await sevenOverdueComplaints(async (t) => {
      expect((await runComplaintSlaJob(t.app.ctx, minutes(t, 1))).checked).toBe(7);
      await t.db
        .insertInto('work_holidays')
        .values({ date: '2026-03-04', name: 'Libur uji', kind: 'LAINNYA' })
        .execute();
      expect((await runComplaintSlaJob(t.app.ctx, minutes(t, 2))).checked).toBe(7);
      expect((await runComplaintSlaJob(t.app.ctx, minutes(t, 3))).checked).toBe(0);
    });
  }, 120_000);
});

describe('city-wide complaint list', () => {
  it('the free-text search (q=) finds a fragment of the ticket, description or address in any case, % and _ literally', async () => {
    const { t } = await setUp();
    await seedUser(t.db, { username: 'petugas', roles: ['PETUGAS_PENGADUAN'] });
    const filed: string[] = [];
    for (const [i, [description, address]] of [
      ['Got MAMPET di gang Mawar, air meluap 50% ke jalan.', 'Jl. Kenanga No. 3'],
      ['Lampu jalan mati sejak seminggu yang lalu.', 'Lorong_Durian No. 7'],
      ['Pohon tumbang menutup trotoar.', 'Jl. Abikusno Cokrosuyoso No. 12'],
    ].entries()) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/public/complaints',
        payload: makePublicComplaint('JALAN', { description, address }),
        remoteAddress: `203.0.113.${i + 20}`,
      });
      expect(res.statusCode, res.body).toBe(201);
      filed.push((res.json() as { ticket: string }).ticket);
    }
    const cookie = await t.login('petugas');
    const found = async (q: string) => {
      const res = await t.app.inject({
        url: `/api/v1/complaints?scope=all&page=1&pageSize=25&q=${encodeURIComponent(q)}`,
        headers: { cookie },
      });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { items: { ticket: string }[] }).items.map((x) => x.ticket).sort();
    };
    expect(await found('mampet')).toEqual([filed[0]]); // inside the description, other case
    expect(await found('ENANG')).toEqual([filed[0]]); // inside the address
    expect(await found(filed[2]!.slice(-4).toLowerCase())).toEqual([filed[2]]); // a fragment of the ticket
    expect(await found('50%')).toEqual([filed[0]]); // % is a character, not a wildcard
    expect(await found('g_m')).toEqual([]); // _ is a character (as a wildcard it would match "gang Mawar")
    expect(await found('Lorong_D')).toEqual([filed[1]]);
    expect(await found('jalan')).toEqual([filed[0], filed[1]].sort());
  }, 120_000);

  it('counts the list up to the cap and says there are more, instead of counting every complaint', async () => {
    const { t, tree, category } = await setUp();
    await seedUser(t.db, { username: 'petugas', roles: ['PETUGAS_PENGADUAN'] });
    await seedClosedComplaints(t.db, COMPLAINT_LIST_COUNT_CAP + 30, {
      categoryId: category.id,
      unitId: tree.units.seksi,
      receivedAt: new Date('2026-01-05T03:00:00Z'),
    });
    const cookie = await t.login('petugas');
    const list = async (query: string) => {
      const res = await t.app.inject({ url: `/api/v1/complaints?scope=all&${query}`, headers: { cookie } });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: unknown[]; total: number; totalCapped: boolean };
    };
    const first = await list('page=1&pageSize=25');
    expect(first).toMatchObject({ total: COMPLAINT_LIST_COUNT_CAP, totalCapped: true });
    expect(first.items).toHaveLength(25);
    // Deep pages stay reachable: the count always reaches one page past the one shown.
    const deep = await list('page=6&pageSize=200');
    expect(deep).toMatchObject({ total: COMPLAINT_LIST_COUNT_CAP + 30, totalCapped: false });
    expect(deep.items).toHaveLength(30);
    // A filter narrow enough is counted exactly.
    const narrow = await list('q=data%20uji%2017)&page=1&pageSize=25');
    expect(narrow).toMatchObject({ total: 1, totalCapped: false });
  }, 120_000);
});
