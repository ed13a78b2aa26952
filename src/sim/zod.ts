/**
 * Zod, set to validate without `eval`: every schema in src/sim takes `z` from
 * here. Zod compiles fast validators with `new Function` when it may, and it
 * probes for that the first time an object schema is built; under the strict
 * Content Security Policy (no 'unsafe-eval', src/build/csp.ts) the probe is
 * reported as a violation even though Zod catches the error. Set here, before
 * any module that builds a schema runs (each imports this one first), so no
 * schema is built with the probe, in the page and in its workers alike; and
 * the page's first screen, which has no Zod, carries none of it.
 */
// eslint-disable-next-line no-restricted-imports -- the one place src/sim takes Zod from
import { z } from 'zod';

z.config({ jitless: true });

export { z };
