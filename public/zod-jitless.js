/*
 * Zod compiles fast validators with `new Function` when it may, and it probes
 * for that (`new Function("")`) the first time an object schema is built.
 * Under the strict Content Security Policy (no 'unsafe-eval') the probe is
 * reported as a violation even though Zod catches the error. Zod reads its
 * configuration from `globalThis.__zod_globalConfig` and skips the probe when
 * `jitless` is set there. Setting it in a module is too late: the bundler puts
 * Zod and the schemas built at load into a shared chunk that runs before the
 * entry's own code. This classic script runs before every module script, so
 * no schema is ever built with the probe.
 */
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
});
