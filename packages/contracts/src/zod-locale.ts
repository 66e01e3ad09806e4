import { z } from 'zod';

// Every message zod writes itself (a missing field, a wrong type, a value outside an enumeration) is in Bahasa
// Indonesia, like the messages our schemas spell out: the API answers in the user's language, never half in English.
// The index imports this first, so it holds for the server and the web app alike.
z.config(z.locales.id());

// In a browser (the web app) zod parses without its `new Function` fast path. The app's Content Security Policy has
// no 'unsafe-eval', so zod's probe of whether eval works (made when the first object schema is built, i.e. on every
// page load) is refused; zod catches that, but the browser still reports a `securitypolicyviolation`, noise that
// would hide a real injected script in CSP reports and in `npm run verify:security`. It must be set here, before any
// schema exists: zod decides per schema when it is built. The server keeps the fast path.
const browser = (globalThis as { window?: { document?: unknown } }).window;
if (browser?.document !== undefined) z.config({ jitless: true });
