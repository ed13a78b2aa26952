/**
 * Zod compiles fast validators with `new Function` when it may; under the
 * strict Content Security Policy (no 'unsafe-eval') even its probe for that
 * is reported as a violation. Imported first by the entry point, so every
 * schema validates without eval from the start.
 */
import { z } from 'zod';

z.config({ jitless: true });
