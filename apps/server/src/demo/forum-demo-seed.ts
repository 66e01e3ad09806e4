import type { Config } from '../config';
import type { Database } from '../db/database';
import { systemContext } from '../lib/actor';
import { recordAudit } from '../modules/audit/audit.service';
import { plainTextOf, sanitizeForumHtml } from '../modules/forum/forum-text.sanitizer';

// The policy forum demo (issue 13): two policies with lively discussions — the new e-Kinerja performance system
// (closed, with its official response and the summary of what changed) and flexible service hours (open, no
// official response yet, so the Camat's dashboard flags it) — with anonymous posts, polls with votes, and reports
// waiting in the moderators' queue (one post hidden automatically after three reports). Deterministic for `now`.

const DAY = 24 * 60 * 60 * 1000;

type Post = { by: number; text: string; anonymous?: boolean; hoursAgo: number };

/**
 * Seeds the forum demo into a database that already holds the Kertapati organisation and accounts. Does nothing
 * when a forum policy exists already.
 */
export async function seedForumDemo(db: Database, _config: Config, now: Date): Promise<void> {
  if (await db.selectFrom('forum_policies').select('id').limit(1).executeTakeFirst()) return;
  const camat = await db.selectFrom('users').select('id').where('username', '=', 'camat').executeTakeFirst();
  const moderator = await db
    .selectFrom('user_roles')
    .select('user_id')
    .where('role', '=', 'MODERATOR')
    .orderBy('user_id')
    .executeTakeFirst();
  const staff = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.employee_id'])
    .where('r.role', '=', 'PEGAWAI')
    .where('u.employee_id', 'is not', null)
    .where('u.username', '!=', 'camat')
    .orderBy('u.id')
    .limit(12)
    .execute();
  if (!camat || !moderator || staff.length < 10) return;
  const s = staff.map((u) => u.id);
  const employeeOf = new Map(staff.map((u) => [u.id, u.employee_id]));
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 60 * 60 * 1000);

  const policy = async (p: {
    title: string;
    benefits: string;
    body: string;
    opensDaysAgo: number;
    closesInDays: number;
    status: 'OPEN' | 'CLOSED';
    response?: string;
    summary?: string;
  }) => {
    const body = sanitizeForumHtml(p.body);
    const opens = new Date(now.getTime() - p.opensDaysAgo * DAY);
    const closes = new Date(now.getTime() + p.closesInDays * DAY);
    const { id } = await db
      .insertInto('forum_policies')
      .values({
        title: p.title,
        benefits_summary: p.benefits,
        body,
        body_text: plainTextOf(body),
        effective_date: null,
        consultation_opens_at: opens,
        consultation_closes_at: closes,
        audience: 'ALL',
        status: p.status,
        official_response: p.response ? sanitizeForumHtml(p.response) : null,
        official_response_at: p.response ? new Date(closes.getTime() - 2 * DAY) : null,
        official_response_by: p.response ? camat.id : null,
        closing_summary: p.summary ? sanitizeForumHtml(p.summary) : null,
        closed_at: p.status === 'CLOSED' ? new Date(closes.getTime() + DAY) : null,
        closed_by: p.status === 'CLOSED' ? camat.id : null,
        published_at: opens,
        published_by: camat.id,
        created_by: camat.id,
        created_at: opens,
        updated_at: opens,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  };

  const thread = async (policyId: number | null, title: string, posts: Post[]) => {
    const first = posts[0]!;
    const { id } = await db
      .insertInto('forum_threads')
      .values({
        policy_id: policyId,
        title,
        author_user_id: first.by,
        is_anonymous: first.anonymous ?? false,
        created_at: at(first.hoursAgo),
        last_post_at: at(posts.at(-1)!.hoursAgo),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ids: number[] = [];
    for (const p of posts) {
      const body = sanitizeForumHtml(`<p>${p.text}</p>`);
      const row = await db
        .insertInto('forum_posts')
        .values({
          thread_id: id,
          author_user_id: p.by,
          author_employee_id: employeeOf.get(p.by) ?? null,
          is_anonymous: p.anonymous ?? false,
          body,
          body_text: plainTextOf(body),
          created_at: at(p.hoursAgo),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    return { id, posts: ids };
  };

  const poll = async (
    o: {
      threadId?: number;
      policyId?: number;
      question: string;
      kind?: 'SINGLE' | 'MULTIPLE';
      anonymous?: boolean;
    },
    options: string[],
    votes: number[][],
    closesAt: Date | null,
  ) => {
    const { id } = await db
      .insertInto('forum_polls')
      .values({
        thread_id: o.threadId ?? null,
        policy_id: o.policyId ?? null,
        question: o.question,
        kind: o.kind ?? 'SINGLE',
        is_anonymous_voting: o.anonymous ?? false,
        closes_at: closesAt,
        created_by: camat.id,
        created_at: at(24 * 10),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const opts = await db
      .insertInto('forum_poll_options')
      .values(options.map((label, sort) => ({ poll_id: id, label, sort })))
      .returning('id')
      .execute();
    const rows = votes.flatMap((choice, voter) =>
      choice.map((o) => ({
        poll_id: id,
        option_id: opts[o]!.id,
        user_id: s[voter]!,
        created_at: at(24 * 5),
      })),
    );
    if (rows.length) await db.insertInto('forum_poll_votes').values(rows).execute();
  };

  // ------------------------------------------------------------ 1. e-Kinerja (closed, with response and summary)
  const eKinerja = await policy({
    title: 'Penerapan e-Kinerja berbasis SKP bulanan',
    benefits:
      'Capaian kinerja terlihat setiap bulan, umpan balik atasan lebih cepat, dan penilaian akhir tahun tidak lagi menumpuk di Desember.',
    body: '<p>Mulai tahun ini seluruh pegawai Kecamatan Kertapati mengisi realisasi SKP setiap bulan melalui SIM Kinerja, lengkap dengan bukti dukung. Atasan memberikan umpan balik paling lambat tanggal 10 bulan berikutnya.</p><ul><li>Realisasi diisi paling lambat tanggal 5.</li><li>Bukti dukung berupa foto kegiatan, laporan, atau tautan dokumen.</li><li>Penilaian periodik dilakukan per triwulan.</li></ul>',
    opensDaysAgo: 60,
    closesInDays: -20,
    status: 'CLOSED',
    response:
      '<p>Terima kasih atas 40-an masukan selama konsultasi. Keluhan utama: beban unggah bukti dan jaringan di kelurahan. Kami menanggapi: bukti dukung boleh berupa satu foto atau tautan per kegiatan, batas pengisian dilonggarkan menjadi tanggal 7, dan Pranata Komputer membuka klinik e-Kinerja setiap Jumat pagi.</p>',
    summary:
      '<p>Yang berubah: batas pengisian realisasi menjadi tanggal 7; bukti cukup satu per kegiatan; klinik e-Kinerja setiap Jumat 08.00–10.00 di aula kecamatan; kelurahan dengan jaringan lemah boleh mengisi di kantor kecamatan.</p>',
  });
  const t1 = await thread(eKinerja, 'Unggah bukti tiap bulan terlalu berat?', [
    {
      by: s[0]!,
      text: 'Untuk staf lapangan seperti kami, mengunggah bukti tiap bulan cukup menyita waktu. Apakah bisa per triwulan saja?',
      hoursAgo: 24 * 55,
    },
    {
      by: s[1]!,
      text: 'Jaringan di kantor kelurahan sering putus. Kami khawatir terlambat mengisi bukan karena malas.',
      anonymous: true,
      hoursAgo: 24 * 54,
    },
    {
      by: s[2]!,
      text: 'Sepakat soal jaringan. Mungkin bisa disiapkan satu komputer di kecamatan untuk mengisi.',
      hoursAgo: 24 * 53,
    },
    {
      by: s[3]!,
      text: 'Menurut saya bulanan justru membantu, jadi tidak lupa kegiatan apa saja yang sudah dilakukan.',
      hoursAgo: 24 * 50,
    },
  ]);
  await thread(eKinerja, 'Apakah atasan sempat memberi umpan balik setiap bulan?', [
    {
      by: s[4]!,
      text: 'Atasan kami membawahi 12 orang. Tanggal 10 terasa terlalu cepat untuk umpan balik semua.',
      anonymous: true,
      hoursAgo: 24 * 48,
    },
    { by: s[5]!, text: 'Umpan balik singkat pun sudah cukup, yang penting ada catatan.', hoursAgo: 24 * 47 },
  ]);
  await poll(
    { policyId: eKinerja, question: 'Batas pengisian realisasi yang paling realistis?' },
    ['Tanggal 5', 'Tanggal 7', 'Tanggal 10'],
    [[1], [1], [2], [0], [1], [1], [2], [1]],
    new Date(now.getTime() - 25 * DAY),
  );

  // ------------------------------------------------------------ 2. Flexible hours (open, flagged: no response yet)
  const flexi = await policy({
    title: 'Jam layanan fleksibel dan kerja bergilir',
    benefits:
      'Warga yang bekerja bisa dilayani sampai sore, antrean pagi berkurang, dan pegawai dapat mengatur jam kerja dalam batas 37,5 jam per minggu.',
    body: '<p>Loket PATEN dan kelurahan melayani 07.30–17.00 pada hari kerja dengan dua gilir: pagi (07.30–15.30) dan siang (09.00–17.00). Pegawai memilih gilir setiap bulan; setiap loket wajib terisi sepanjang jam layanan.</p>',
    opensDaysAgo: 10,
    closesInDays: 5,
    status: 'OPEN',
  });
  const t2 = await thread(flexi, 'Gilir siang pulang jam 17.00, bagaimana dengan yang punya anak kecil?', [
    {
      by: s[6]!,
      text: 'Saya mendukung, tapi pegawai yang punya balita sulit kalau kebagian gilir siang terus.',
      hoursAgo: 200,
    },
    {
      by: s[7]!,
      text: 'Usul: gilir siang diisi bergantian per minggu, dan boleh tukar gilir dengan persetujuan kasi.',
      hoursAgo: 180,
    },
    {
      by: s[8]!,
      text: 'Kalau tidak ada kepastian, lebih baik kembali ke jam biasa saja. Ini hanya menambah beban.',
      anonymous: true,
      hoursAgo: 150,
    },
    {
      by: s[9]!,
      text: 'Warga di Kemas Rindo banyak yang pulang kerja jam 16.00, jadi layanan sore sangat membantu mereka.',
      hoursAgo: 120,
    },
    {
      by: s[2]!,
      text: 'Dasar hitungan 37,5 jam per minggu sudah sesuai aturan jam kerja ASN, jadi tidak ada tambahan jam.',
      hoursAgo: 90,
    },
    {
      by: s[10]!,
      text: 'Dasar kalian semua malas, tiap ada perubahan pasti mengeluh. Nama-nama yang mengeluh harusnya dicatat.',
      anonymous: true,
      hoursAgo: 30,
    },
  ]);
  await thread(flexi, 'Siapa yang menjaga arsip kalau loket buka sampai sore?', [
    {
      by: s[11]!,
      text: 'Arsip dan stempel biasanya dikunci jam 16.00. Perlu ada petugas yang memegang kunci di gilir siang.',
      hoursAgo: 60,
    },
    { by: s[0]!, text: 'Bisa ditunjuk bergiliran dan dicatat di buku serah terima.', hoursAgo: 40 },
  ]);
  await poll(
    { threadId: t2.id, question: 'Gilir mana yang Anda pilih bila kebijakan berlaku?', anonymous: true },
    ['Gilir pagi 07.30–15.30', 'Gilir siang 09.00–17.00', 'Bergantian tiap minggu'],
    [[0], [2], [2], [1], [0], [2], [2], [0], [1]],
    new Date(now.getTime() + 5 * DAY),
  );
  await poll(
    {
      policyId: flexi,
      question: 'Dukungan apa yang paling diperlukan? (boleh lebih dari satu)',
      kind: 'MULTIPLE',
    },
    ['Tukar gilir yang mudah', 'Penitipan anak terdekat', 'Petugas arsip gilir siang', 'Transportasi pulang'],
    [[0, 1], [0], [2], [0, 2], [1, 3], [0], [2, 3], [0, 1]],
    new Date(now.getTime() + 5 * DAY),
  );

  // A general thread (no policy).
  await thread(null, 'Usul: klinik singkat aplikasi SIM Kinerja setiap Jumat', [
    {
      by: s[3]!,
      text: 'Bagaimana kalau ada sesi 30 menit tiap Jumat untuk tanya jawab aplikasi?',
      hoursAgo: 70,
    },
    { by: s[5]!, text: 'Setuju, terutama untuk fitur unggah bukti dari ponsel.', hoursAgo: 65 },
  ]);

  // Reports: the insulting anonymous post hidden after three reports, waiting for the moderator; one more report.
  const insulting = t2.posts[5]!;
  for (const [i, reporter] of [s[0]!, s[6]!, s[9]!].entries()) {
    await db
      .insertInto('forum_reports')
      .values({
        post_id: insulting,
        reporter_user_id: reporter,
        reason: i === 1 ? 'SARA' : 'KASAR',
        note: i === 0 ? 'Menyerang rekan kerja dan mengancam mencatat nama.' : null,
        created_at: at(28 - i),
      })
      .execute();
  }
  await db
    .updateTable('forum_posts')
    .set({
      visibility: 'AUTO_HIDDEN',
      hidden_reason: 'Disembunyikan otomatis setelah 3 laporan, menunggu tinjauan moderator',
      hidden_at: at(26),
    })
    .where('id', '=', insulting)
    .execute();
  await recordAudit(db, systemContext('forum-auto-hide'), {
    action: 'forum.post.auto_hide',
    entityType: 'forum_post',
    entityId: insulting,
    before: { visibility: 'VISIBLE' },
    after: { visibility: 'AUTO_HIDDEN', pendingReporters: 3, threshold: 3 },
  });
  await db
    .insertInto('forum_reports')
    .values({
      post_id: t2.posts[2]!,
      reporter_user_id: s[7]!,
      reason: 'LAINNYA',
      note: 'Nadanya kurang membangun.',
      created_at: at(100),
    })
    .execute();
  // An edited post, so the moderators' edit history has something to show.
  await db
    .insertInto('forum_post_revisions')
    .values({
      post_id: t1.posts[0]!,
      body: sanitizeForumHtml('<p>Unggah bukti tiap bulan berat.</p>'),
      edited_by: s[0]!,
      edited_at: at(24 * 55 - 1),
    })
    .execute();
  await db
    .updateTable('forum_posts')
    .set({ edited_at: at(24 * 55 - 1) })
    .where('id', '=', t1.posts[0]!)
    .execute();
  // Read confirmations: most staff read the closed policy, fewer the open one.
  await db
    .insertInto('forum_read_confirmations')
    .values([
      ...s.slice(0, 10).map((u) => ({
        policy_id: eKinerja,
        user_id: u,
        employee_id: employeeOf.get(u) ?? null,
        confirmed_at: at(24 * 45),
      })),
      ...s.slice(0, 6).map((u) => ({
        policy_id: flexi,
        user_id: u,
        employee_id: employeeOf.get(u) ?? null,
        confirmed_at: at(48),
      })),
    ])
    .execute();
}
