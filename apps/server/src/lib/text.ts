// A lone UTF-16 surrogate (high without low, or low without high). PostgreSQL's UTF-8 encoding stores it as U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as the database will give it back: lone surrogates become U+FFFD (as the UTF-8 encoder writes them), NUL is
 * removed (text and jsonb refuse it) and the result is NFC. Compare, hash or store this form, never the raw input.
 */
export function normalizeStoredText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replaceAll('\u0000', '').normalize('NFC');
}
