/**
 * Zod without its `new Function` probe, for a worker (see public/zod-jitless.js
 * for why: the probe is a Content Security Policy violation). Imported first
 * by the worker, so it runs before any schema is built.
 */
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };
