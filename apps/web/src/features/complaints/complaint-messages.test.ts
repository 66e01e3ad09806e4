import { COMPLAINT_MESSAGE_TERMS_ID, COMPLAINT_MESSAGES_ID, renderComplaintMessageId } from '@sim/contracts';
import { describe, expect, it } from 'vitest';

// The dictionary registers itself with i18next, which sets <html lang>; unit tests run in Node without a DOM.
Object.assign(globalThis, { document: { documentElement: { lang: '' } } });
const { complaintsEn, complaintsId } = await import('./complaints.i18n');
const { timelineMessage } = await import('./timeline-message');
const { i18n } = await import('../../app/i18n');

const line = (messageCode: string, messageParams: Record<string, string | number>) => ({
  message: 'teks tersimpan',
  messageCode,
  messageParams,
  actor: 'Sistem',
});

describe('generated complaint timeline messages', () => {
  it('has every code the server stores, in both languages, with the same parameters', () => {
    expect(Object.keys(complaintsId.messages).sort()).toEqual(Object.keys(COMPLAINT_MESSAGES_ID).sort());
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [code, text] of Object.entries(COMPLAINT_MESSAGES_ID)) {
      const key = code as keyof typeof complaintsId.messages;
      expect(complaintsId.messages[key]).toBe(text);
      expect(params(complaintsEn.messages[key])).toEqual(params(text));
      expect(complaintsEn.messages[key]).not.toBe(text);
    }
  });

  it('has every closed-list parameter word of the server, in both languages', () => {
    expect(complaintsId.messageTerms).toEqual(COMPLAINT_MESSAGE_TERMS_ID);
    for (const [name, terms] of Object.entries(COMPLAINT_MESSAGE_TERMS_ID)) {
      const en = complaintsEn.messageTerms[name as keyof typeof complaintsEn.messageTerms];
      expect(Object.keys(en).sort()).toEqual(Object.keys(terms).sort());
    }
  });

  it('renders the Indonesian text the server stores beside the code', () => {
    expect(renderComplaintMessageId('DISPOSED', { unit: 'Seksi Pemerintahan' })).toBe(
      'Pengaduan diteruskan ke Seksi Pemerintahan untuk ditindaklanjuti.',
    );
    expect(renderComplaintMessageId('RATED', { score: 4 })).toBe('Penilaian 4/5');
    expect(renderComplaintMessageId('WORK_PHOTO_ADDED', { phase: 'SESUDAH', fileName: 'a.png' })).toBe(
      'Foto sesudah penanganan ditambahkan: a.png',
    );
  });

  it('renders the deadlines job lines in English with the window in words and the deadline in WIB', async () => {
    await i18n.changeLanguage('en');
    const t = i18n.getFixedT('en');
    expect(
      timelineMessage(
        line('DEADLINE_BREACHED', { window: 'PENYELESAIAN', deadline: '2026-03-09T09:00:00.000Z' }),
        t,
        'en',
      ),
    ).toBe('The resolution deadline (9 Mar 2026 16:00 WIB) has passed.');
    expect(
      timelineMessage(line('REJECTED', { reason: 'TIDAK_LENGKAP', note: 'Mohon lengkapi lokasi.' }), t, 'en'),
    ).toBe('The complaint cannot be processed: the complaint data is incomplete. Mohon lengkapi lokasi.');
    expect(
      timelineMessage(
        line('AUTO_CLOSED_AFTER_REPLY', { days: 10, lastReply: '2026-05-26T03:00:00.000Z' }),
        t,
        'en',
      ),
    ).toContain('last message on 26 May 2026.');
  });

  it('renders the same line in Indonesian as the server stored it, and old uncoded rows as written', async () => {
    await i18n.changeLanguage('id');
    const t = i18n.getFixedT('id');
    expect(
      timelineMessage(
        line('DEADLINE_WARNING', {
          percent: 75,
          window: 'TINDAK_LANJUT',
          deadline: '2026-03-09T09:00:00.000Z',
        }),
        t,
        'id',
      ),
    ).toBe(
      'Peringatan: 75% batas waktu tindak lanjut pertama telah berjalan; batas waktu 9 Mar 2026 16.00 WIB.',
    );
    expect(timelineMessage({ ...line('X', {}), messageCode: null }, t, 'id')).toBe('teks tersimpan');
  });
});
