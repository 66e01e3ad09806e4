import { COMPLAINT_MESSAGES_ID, renderComplaintMessageId } from '@sim/contracts';
import { describe, expect, it } from 'vitest';

// The dictionary registers itself with i18next, which sets <html lang>; unit tests run in Node without a DOM.
Object.assign(globalThis, { document: { documentElement: { lang: '' } } });
const { complaintsEn, complaintsId } = await import('./complaints.i18n');

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

  it('renders the Indonesian text the server stores beside the code', () => {
    expect(renderComplaintMessageId('DISPOSED', { unit: 'Seksi Pemerintahan' })).toBe(
      'Pengaduan diteruskan ke Seksi Pemerintahan untuk ditindaklanjuti.',
    );
    expect(renderComplaintMessageId('RATED', { score: 4 })).toBe('Penilaian 4/5');
  });
});
