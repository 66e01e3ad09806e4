import { FORUM_ALLOWED_TAGS, type SanitizedHtml } from '@sim/contracts';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { normalizeStoredText } from '../../lib/text';

// The forum's rich text, the safe subset (issue 13 §3). A body is parsed by parse5 — the HTML standard's own
// parsing algorithm, so the tree is the one a browser would build, entity-encoded and malformed tricks included —
// and written out again from that tree by this file alone: only the allowlisted elements, no attribute but a safe
// link's href, every text escaped. Nothing of the input is ever copied through as markup. The output is parsed and
// written once more and must come back unchanged (a fixed point): markup that a second parse would read differently
// (mutation XSS) cannot reach a browser, the whole input is then kept as escaped text instead.

type Node = DefaultTreeAdapterTypes.ChildNode;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const ALLOWED = new Set<string>(FORUM_ALLOWED_TAGS);
/** Editors write these for the allowed ones (contentEditable's bold/italic, <b>/<i>). */
const RENAMED: Record<string, string> = { b: 'strong', i: 'em' };
/** Dropped with everything inside: their content is code, styling or another document, never the post's text. */
const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'textarea',
  'title',
  'xmp',
  'select',
  'svg',
  'math',
  'head',
  'audio',
  'video',
  'canvas',
  'applet',
  'plaintext',
]);
/** Block elements that are unwrapped to their content followed by a line break, so lines stay lines. */
const BLOCK_TO_BREAK = new Set([
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'section',
  'article',
  'pre',
]);
const VOID = new Set(['br']);
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An absolute http(s) or mailto URL in its normalised form; null for anything else (javascript:, data:, relative). */
export function safeHref(raw: string): string | null {
  // The URL parser removes tabs and newlines and trims controls exactly as browsers do, so `java\tscript:` is read
  // as the browser would read it.
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  return url.href;
}

function isElement(node: Node): node is DefaultTreeAdapterTypes.Element {
  return 'tagName' in node;
}

function writeChildren(parent: ParentNode, out: string[]) {
  for (const child of parent.childNodes) writeNode(child, out);
}

function writeNode(node: Node, out: string[]) {
  if (node.nodeName === '#text') {
    out.push(escapeText((node as DefaultTreeAdapterTypes.TextNode).value));
    return;
  }
  if (!isElement(node)) return; // comments, doctypes
  if (node.namespaceURI !== HTML_NS) return; // svg/math content: foreign parsing rules, never the post's text
  const name = RENAMED[node.tagName] ?? node.tagName;
  if (DROPPED_WITH_CONTENT.has(name)) return;
  if (!ALLOWED.has(name)) {
    const block = BLOCK_TO_BREAK.has(name);
    // A line of its own: a break before it when text precedes it on the same line, and one after it.
    if (block && out.length > 0 && out.at(-1) !== '<br>' && !out.at(-1)!.startsWith('</')) out.push('<br>');
    writeChildren(node, out);
    if (block) out.push('<br>');
    return;
  }
  if (VOID.has(name)) {
    out.push(`<${name}>`);
    return;
  }
  if (name === 'a') {
    const href = node.attrs.find((a) => a.name === 'href' && !a.prefix);
    const safe = href ? safeHref(href.value) : null;
    if (!safe) {
      writeChildren(node, out); // the link's text stays, the link does not
      return;
    }
    out.push(`<a href="${escapeAttr(safe)}" rel="noopener nofollow">`);
    writeChildren(node, out);
    out.push('</a>');
    return;
  }
  out.push(`<${name}>`);
  writeChildren(node, out);
  out.push(`</${name}>`);
}

function writeSubset(html: string): string {
  const out: string[] = [];
  writeChildren(parseFragment(html), out);
  return out
    .join('')
    .replace(/(<br>)+$/, '')
    .trim();
}

/**
 * The safe subset of `html`: p, br, strong, em, ul/ol/li, blockquote, code and links to http(s)/mailto with
 * rel="noopener nofollow"; all other markup removed (its text kept, except inside script, style and the like).
 */
export function sanitizeForumHtml(html: string): SanitizedHtml {
  const once = writeSubset(normalizeStoredText(html));
  const twice = writeSubset(once);
  // Not a fixed point: a second parse reads the markup differently. Keep the words, none of the markup.
  const result = once === twice ? once : escapeText(plainTextOf(once));
  return result as SanitizedHtml;
}

/**
 * Text that the sanitiser wrote earlier and the database kept: the one place a stored body becomes the API's
 * `SanitizedHtml` again (only `sanitizeForumHtml` writes the body columns).
 */
export const storedSanitizedHtml = (stored: string): SanitizedHtml => stored as SanitizedHtml;

const BLOCKS = new Set([...BLOCK_TO_BREAK, 'p', 'li', 'blockquote', 'br', 'ul', 'ol']);

/** The words of an HTML body as plain text (line breaks between blocks): for search, quotes, mentions, e-mail. */
export function plainTextOf(html: string): string {
  const out: string[] = [];
  const walk = (parent: ParentNode) => {
    for (const node of parent.childNodes) {
      if (node.nodeName === '#text') out.push((node as DefaultTreeAdapterTypes.TextNode).value);
      else if (isElement(node) && node.namespaceURI === HTML_NS && !DROPPED_WITH_CONTENT.has(node.tagName)) {
        walk(node);
        if (BLOCKS.has(node.tagName)) out.push('\n');
      }
    }
  };
  walk(parseFragment(html));
  return out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/** A plain-text excerpt of at most `max` characters, cut at a word where possible. */
export function excerptOf(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
