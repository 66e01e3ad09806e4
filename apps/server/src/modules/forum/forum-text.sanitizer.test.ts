import { FORUM_ALLOWED_TAGS } from '@sim/contracts';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { excerptOf, plainTextOf, safeHref, sanitizeForumHtml } from './forum-text.sanitizer';
import { XSS_CORPUS } from './forum-xss-corpus';

// Issue 13 §3: post bodies keep only the safe subset; every XSS payload comes out inert.

type Element = DefaultTreeAdapterTypes.Element;
const allowed = new Set<string>(FORUM_ALLOWED_TAGS);

/** Every element a browser would build from `html`, walking the parsed tree. */
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(parseFragment(html));
  return found;
}

/** Inert: only allowlisted HTML elements, no attribute but a link's http(s)/mailto href and its rel. */
function expectInert(html: string) {
  for (const el of elementsOf(html)) {
    expect(el.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    expect(allowed.has(el.tagName), `<${el.tagName}> in ${html}`).toBe(true);
    const names = el.attrs.map((a) => a.name).sort();
    if (el.tagName === 'a') {
      expect(names).toEqual(['href', 'rel']);
      const href = el.attrs.find((a) => a.name === 'href')!.value;
      expect(['http:', 'https:', 'mailto:']).toContain(new URL(href).protocol);
      expect(el.attrs.find((a) => a.name === 'rel')!.value).toBe('noopener nofollow');
    } else {
      expect(names).toEqual([]);
    }
  }
}

describe('forum rich text: the safe subset', () => {
  it.each(XSS_CORPUS.map((p) => [p]))('leaves the XSS payload inert: %s', (payload) => {
    const out = sanitizeForumHtml(payload);
    expectInert(out);
    // Stable: sanitising the output again changes nothing (no mutation on a second parse).
    expect(sanitizeForumHtml(out)).toBe(out);
    expect(out).not.toMatch(/<(script|img|svg|iframe|style|object|embed|math|form|input)/i);
    expect(out).not.toMatch(/javascript:|vbscript:|data:text/i);
  });

  it('keeps the allowed subset: paragraphs, breaks, bold, italic, lists, quotes, code and safe links', () => {
    const html =
      '<p>Satu<br><strong>tebal</strong> <em>miring</em></p><ul><li>a</li></ul><ol><li>b</li></ol>' +
      '<blockquote>kutip</blockquote><code>x = 1</code><a href="https://contoh.id/a?b=1&amp;c=2">tautan</a>';
    expect(sanitizeForumHtml(html)).toBe(
      '<p>Satu<br><strong>tebal</strong> <em>miring</em></p><ul><li>a</li></ul><ol><li>b</li></ol>' +
        '<blockquote>kutip</blockquote><code>x = 1</code>' +
        '<a href="https://contoh.id/a?b=1&amp;c=2" rel="noopener nofollow">tautan</a>',
    );
  });

  it('writes b and i as strong and em, and an editor line (div) as a line break', () => {
    expect(sanitizeForumHtml('baris<div><b>dua</b></div><div><i>tiga</i></div>')).toBe(
      'baris<br><strong>dua</strong><br><em>tiga</em>',
    );
  });

  it('keeps the text of a removed element and of a link with an unsafe address', () => {
    expect(sanitizeForumHtml('<span style="x">halo</span> <a href="javascript:x()">tautan</a>')).toBe(
      'halo tautan',
    );
  });

  it('accepts only absolute http, https and mailto link addresses', () => {
    expect(safeHref('https://contoh.id')).toBe('https://contoh.id/');
    expect(safeHref('mailto:camat@contoh.id')).toBe('mailto:camat@contoh.id');
    for (const bad of [
      'javascript:alert(1)',
      '/relatif',
      '//host/x',
      'data:text/html,x',
      'ftp://h/x',
      'https://',
    ]) {
      expect(safeHref(bad), bad).toBeNull();
    }
  });

  it('gives the plain text of a body for search, quotes and e-mail', () => {
    expect(plainTextOf('<p>Satu <strong>dua</strong></p><ul><li>tiga</li><li>empat</li></ul>')).toBe(
      'Satu dua\ntiga\nempat',
    );
    expect(excerptOf('kata '.repeat(100), 20)).toMatch(/^(kata ){2,3}kata…$|…$/);
    expect(excerptOf('pendek', 20)).toBe('pendek');
  });
});
