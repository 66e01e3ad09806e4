import { describe, expect, it } from 'vitest';
import { newUuid, unsentCount, type InspectionDraft } from './inspection-drafts';

describe('newUuid (works without a secure context)', () => {
  it('makes RFC 4122 version-4 UUIDs the server accepts, never the same twice', () => {
    const made = Array.from({ length: 200 }, () => newUuid());
    for (const uuid of made) {
      expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(made).size).toBe(made.length);
  });
});

describe('unsentCount (the "belum terkirim" number)', () => {
  const draft = (o: Partial<InspectionDraft>): InspectionDraft =>
    ({
      revision: 1,
      sentRevision: 1,
      photos: [],
      submitRequested: false,
      status: 'DRAFT',
      ...o,
    }) as InspectionDraft;

  it.each<[string, Partial<InspectionDraft>, number]>([
    ['everything sent', {}, 0],
    ['three changes the server has not seen', { revision: 5, sentRevision: 2 }, 3],
    [
      'an unsent photo and a sent one',
      {
        photos: [
          { uuid: 'a', itemId: 1, name: 'a.jpg', dataUrl: 'x', sent: false },
          { uuid: 'b', itemId: 1, name: 'b.jpg', dataUrl: null, sent: true },
        ],
      },
      1,
    ],
    ['the submission waiting for a connection', { submitRequested: true }, 1],
    ['a submitted inspection owes nothing', { status: 'SUBMITTED', revision: 9, sentRevision: 2 }, 0],
  ])('%s → %i', (_, o, expected) => {
    expect(unsentCount(draft(o))).toBe(expected);
  });
});
