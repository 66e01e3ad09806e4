import { describe, expect, it } from 'vitest';
import { toPrefixQuery } from './forum-search.service';
import { mentionedUsernames } from './forum-posts.service';

// Issue 13 §2 and §6: what counts as a mention, and how typed words become a safe full-text query.

describe('mentions', () => {
  it.each([
    ['halo @199304262022211054 dan @admin-sv.', ['199304262022211054', 'admin-sv']],
    ['surel camat@contoh.id bukan sebutan', []],
    ['@ab terlalu pendek', []],
    ['dua kali @budi @budi', ['budi']],
    ['(@Rina) huruf besar', ['rina']],
  ])('finds the @usernames in "%s"', (text, expected) => {
    expect(mentionedUsernames(text)).toEqual(expected);
  });
});

describe('search query', () => {
  it.each([
    ['Presensi lokasi', 'presensi:* & lokasi:*'],
    ["arsip' | !x & (y)", 'arsip:* & x:* & y:*'],
    ['%%', null],
    ['kata2 ke-3', 'kata2:* & ke:* & 3:*'],
  ])('turns "%s" into prefix terms of letters and digits only', (q, expected) => {
    expect(toPrefixQuery(q)).toBe(expected);
  });
});
