import { MantineProvider } from '@mantine/core';
import type { ForumConsultation, ForumLeadershipFlag, ForumPoll, SanitizedHtml } from '@sim/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import '../../app/i18n';
import { ConsultationPanel, OfficialResponseHighlight } from './forum-consultation';
import { FlagRow } from './forum-leadership-card';
import { PollCard } from './forum-polls';

// The app's i18n sets <html lang> when it starts; the unit tests run in Node, where a bare element stands in.
vi.hoisted(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: {} };
});

// The forum screens show what the server decided (issue 13): these render them as a browser would receive them and
// check the rules the screens themselves hold — no voter list for anonymous voting, results readable as a table, the
// close blockers named, the official response set apart, each flag linking to its policy.

/** The markup of a screen, without the style sheets Mantine's provider writes ahead of it. */
function render(node: ReactElement): string {
  const client = new QueryClient();
  const markup = renderToStaticMarkup(
    createElement(
      MantineProvider,
      null,
      createElement(QueryClientProvider, { client }, createElement(MemoryRouter, null, node)),
    ),
  );
  return markup.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
}

const makePoll = (over: Partial<ForumPoll> = {}): ForumPoll => ({
  id: 7,
  threadId: null,
  policyId: 2,
  question: 'Jam apel yang paling cocok?',
  kind: 'SINGLE',
  isAnonymousVoting: false,
  closesAt: '2026-12-10T05:00:00.000Z',
  isOpen: true,
  voterCount: 8,
  options: [
    { id: 1, label: '07.30', count: 5, percentTenths: 625 },
    { id: 2, label: '07.45', count: 3, percentTenths: 375 },
  ],
  myChoice: [],
  canVote: true,
  canListVoters: true,
  createdAt: '2026-12-01T01:00:00.000Z',
  ...over,
});

const makeConsultation = (over: Partial<ForumConsultation> = {}): ForumConsultation => ({
  policyId: 2,
  status: 'OPEN',
  consultationClosesAt: '2026-12-10T05:00:00.000Z',
  officialResponse: null,
  officialResponseAt: null,
  officialResponseByName: null,
  officialResponseState: 'DUE_SOON',
  closingSummary: null,
  closedAt: null,
  canRespond: true,
  canClose: false,
  closeBlockers: [
    { field: 'officialResponse', message: 'Tanggapan resmi harus diterbitkan sebelum konsultasi ditutup.' },
    { field: 'closingSummary', message: 'Ringkasan penutupan (apa yang berubah) wajib diisi.' },
  ],
  ...over,
});

const html = (s: string) => s as SanitizedHtml;

describe('polls', () => {
  it('anonymous voting: no voter list is offered, even if the poll said it could be listed', () => {
    const out = render(
      createElement(PollCard, { poll: makePoll({ isAnonymousVoting: true, canListVoters: true }) }),
    );
    expect(out).not.toContain('Lihat siapa memilih apa');
    expect(out).toContain('Suara anonim: tidak ada yang dapat melihat siapa memilih apa.');
  });

  it('open voting: the voter list can be opened', () => {
    expect(render(createElement(PollCard, { poll: makePoll() }))).toContain('Lihat siapa memilih apa');
  });

  it('results are readable as a table with the chart’s figures (count and share per option)', () => {
    const out = render(createElement(PollCard, { poll: makePoll() }));
    expect(out).toContain('<caption');
    expect(out).toContain('Hasil jajak pendapat: Jam apel yang paling cocok?');
    expect(out).toMatch(/07\.30<\/th>.*?>5<\/td>.*?>62,5%<\/td>/s);
    expect(out).toMatch(/07\.45<\/th>.*?>3<\/td>.*?>37,5%<\/td>/s);
  });

  it('single choice votes with radio buttons, multiple choice with checkboxes', () => {
    expect(render(createElement(PollCard, { poll: makePoll() }))).toContain('type="radio"');
    const multiple = render(createElement(PollCard, { poll: makePoll({ kind: 'MULTIPLE' }) }));
    expect(multiple).toContain('type="checkbox"');
    expect(multiple).toContain('totalnya dapat melebihi 100%');
  });

  it('a vote can be changed while the poll is open', () => {
    const out = render(createElement(PollCard, { poll: makePoll({ myChoice: [2] }) }));
    expect(out).toContain('Ubah suara');
    expect(out).not.toContain('Kirim suara');
  });

  it('a closed poll takes no vote and tells the voter what they chose', () => {
    const out = render(
      createElement(PollCard, { poll: makePoll({ isOpen: false, canVote: false, myChoice: [2] }) }),
    );
    expect(out).not.toContain('type="radio"');
    expect(out).toContain('Pilihan Anda: 07.45');
  });
});

describe('official response and close', () => {
  it('the close panel names what the server says is missing (the summary is the field below it)', () => {
    const out = render(createElement(ConsultationPanel, { consultation: makeConsultation() }));
    expect(out).toContain('Belum dapat ditutup:');
    expect(out).toContain('Tanggapan resmi harus diterbitkan sebelum konsultasi ditutup.');
    expect(out).not.toContain('wajib diisi.</li>');
    expect(out).toContain('Terbitkan tanggapan resmi');
  });

  it('with the response published the panel offers a correction and lists nothing missing', () => {
    const out = render(
      createElement(ConsultationPanel, {
        consultation: makeConsultation({
          officialResponse: html('<p>Apel tetap 07.45.</p>'),
          officialResponseState: 'PUBLISHED',
          closeBlockers: [
            { field: 'closingSummary', message: 'Ringkasan penutupan (apa yang berubah) wajib diisi.' },
          ],
        }),
      }),
    );
    expect(out).toContain('Perbarui tanggapan resmi');
    expect(out).not.toContain('Belum dapat ditutup:');
  });

  it('someone who may not respond sees no panel', () => {
    const out = render(
      createElement(ConsultationPanel, {
        consultation: makeConsultation({ canRespond: false, closeBlockers: [] }),
      }),
    );
    expect(out).toBe('');
  });

  it('readers see the published response set apart, with who published it and when (WIB)', () => {
    const out = render(
      createElement(OfficialResponseHighlight, {
        consultation: makeConsultation({
          officialResponse: html('<p>Apel tetap 07.45.</p>'),
          officialResponseAt: '2026-12-05T03:00:00.000Z',
          officialResponseByName: 'H. Kms. Ahmad Rizal Fahlevi, S.STP., M.Si.',
        }),
      }),
    );
    expect(out).toContain('Tanggapan resmi pimpinan');
    expect(out).toContain('<p>Apel tetap 07.45.</p>');
    expect(out).toContain(
      'Diterbitkan oleh H. Kms. Ahmad Rizal Fahlevi, S.STP., M.Si. pada 5 Des 2026 10.00 WIB',
    );
  });

  it('no response yet: nothing is highlighted', () => {
    expect(render(createElement(OfficialResponseHighlight, { consultation: makeConsultation() }))).toBe('');
  });
});

describe('leadership flags', () => {
  const flag: ForumLeadershipFlag = {
    policyId: 2,
    title: 'Jam layanan fleksibel',
    consultationClosesAt: '2026-12-10T05:00:00.000Z',
    state: 'DUE_SOON',
    daysLeft: 5,
  };

  it('each flag links to its policy and says how long the window has left', () => {
    const out = render(createElement(FlagRow, { flag }));
    expect(out).toContain('href="/forum/kebijakan/2"');
    expect(out).toContain('Konsultasi berakhir 10 Des 2026 12.00 WIB (5 hari lagi)');
    expect(out).toContain('Tanggapan resmi segera diperlukan');
  });

  it('a window that has ended says so', () => {
    const out = render(createElement(FlagRow, { flag: { ...flag, daysLeft: -1, state: 'MISSING_OVERDUE' } }));
    expect(out).toContain('Masa konsultasi berakhir 10 Des 2026 12.00 WIB');
    expect(out).toContain('Terlambat: tanpa tanggapan resmi');
  });
});
