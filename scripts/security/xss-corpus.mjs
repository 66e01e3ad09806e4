// The stored-XSS corpus of `npm run verify:security`: classic payloads, each calling `__xss(N)` (defined in the
// page by the runner) when it runs, N naming the field and payload that carried it.

/** `N` is replaced by the placement's number. */
export const XSS_PAYLOADS = [
  ['script tag', '<script>__xss(N)</script>'],
  ['img onerror', '<img src=x onerror=__xss(N)>'],
  ['svg onload', '<svg onload=__xss(N)>'],
  ['svg animate onbegin', '<svg><animate onbegin=__xss(N) attributeName=x dur=1s>'],
  ['attribute breakout "', '"><img src=x onerror=__xss(N)>'],
  ["attribute breakout '", "'><svg/onload=__xss(N)>"],
  ['event attribute "', '" onmouseover="__xss(N)" autofocus onfocus="__xss(N)" x="'],
  ["event attribute '", "' onfocus='__xss(N)' autofocus='"],
  ['iframe srcdoc', '"><iframe srcdoc="<script>parent.__xss(N)</script>">'],
  ['iframe data URL', '<iframe src="data:text/html,<script>parent.__xss(N)</script>">'],
  ['javascript URL', 'javascript:__xss(N)'],
  ['javascript link', '<a href="javascript:__xss(N)">tautan</a>'],
  ['entity javascript link', '<a href="&#106;avascript:__xss(N)">tautan</a>'],
  ['mixed-case javascript img', '<IMG SRC=JaVaScRiPt:__xss(N)>'],
  ['markdown link', '[klik di sini](javascript:__xss(N))'],
  ['markdown image', '![foto](x" onerror="__xss(N))'],
  ['template injection', "{{constructor.constructor('__xss(N)')()}}"],
  ['template literal', '${__xss(N)}'],
  ['details ontoggle', '<details open ontoggle=__xss(N)>'],
  ['input autofocus', '<input autofocus onfocus=__xss(N)>'],
  ['video source onerror', '<video><source onerror=__xss(N)></video>'],
  ['body onload', '<body onload=__xss(N)>'],
  ['mXSS math/style', '<math><mtext><table><mglyph><style><img src=x onerror=__xss(N)>'],
  ['noscript breakout', '<noscript><p title="</noscript><img src=x onerror=__xss(N)>">'],
  ['textarea/title breakout', '</textarea></title><script>__xss(N)</script>'],
  ['unicode escapes', '\\u003cimg src=x onerror=__xss(N)\\u003e'],
  ['entity-encoded tag', '&lt;img src=x onerror=__xss(N)&gt;'],
  ['object data', '<object data="javascript:__xss(N)"></object>'],
  ['form button formaction', '<form><button formaction=javascript:__xss(N)>kirim</button></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:__xss(N)">'],
  ['fullwidth brackets', '＜script＞__xss(N)＜/script＞'],
  ['CDATA/comment', '<!--<img src="--><img src=x onerror=__xss(N)//">'],
];

export const payload = (index, n) => XSS_PAYLOADS[index][1].replaceAll('__xss(N)', `__xss(${n})`);
