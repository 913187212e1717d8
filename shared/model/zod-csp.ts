/**
 * In a page (the renderer), zod must not probe for eval: it tries `new Function` when a schema is built,
 * the CSP (script-src 'self', no 'unsafe-eval') refuses it and reports a violation. Imported by the model's
 * modules before they build any schema; the main process keeps zod's compiled parsers.
 */
import { z } from 'zod';

if ('document' in globalThis) z.config({ jitless: true });
