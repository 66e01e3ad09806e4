import { z } from 'zod';

// Every message zod writes itself (a missing field, a wrong type, a value outside an enumeration) is in Bahasa
// Indonesia, like the messages our schemas spell out: the API answers in the user's language, never half in English.
// The index imports this first, so it holds for the server and the web app alike.
z.config(z.locales.id());
