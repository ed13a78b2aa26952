/**
 * The Content Security Policy the built game runs under: everything from its
 * own origin, pictures and sound also from `data:` and `blob:` URLs (the art
 * is drawn as SVG at run time), and nothing inline. Hosts send it as the
 * `Content-Security-Policy` header (see README, "Put it in your LMS").
 *
 * A game launched as a cmi5 AU also talks to its LMS (the fetch URL) and LRS
 * (the xAPI endpoint): when they are on other origins, those origins are added
 * to `connect-src`, and nothing else changes. `npm run preview` and the
 * classroom server take them from the environment variable {@link CONNECT_ENV}
 * (origins separated by spaces, e.g. `https://lrs.example.ac.uk`).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self'",
];

const CONNECT_ENV = 'SERVICE_CHAIN_CONNECT_ORIGINS';

/** An origin as a policy may name it: scheme, host and optional port, nothing more. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

/** The policy, with `connect-src` widened to the given origins (an LRS, an LMS). */
export function contentSecurityPolicy(connectOrigins: readonly string[] = []): string {
  const origins = connectOrigins.map((origin) => origin.replace(/\/$/, ''));
  const bad = origins.filter((origin) => !ORIGIN.test(origin));
  if (bad.length > 0)
    throw new Error(
      `${bad.join(', ')}: a connect-src origin is a scheme, a host and an optional port (https://lrs.example.ac.uk)`,
    );
  return [...DIRECTIVES, ["connect-src 'self'", ...new Set(origins)].join(' ')].join('; ');
}

/** The policy with the origins the environment names (see {@link CONNECT_ENV}). */
export function policyFromEnvironment(env: Readonly<Record<string, string | undefined>>): string {
  return contentSecurityPolicy((env[CONNECT_ENV] ?? '').split(/\s+/).filter(Boolean));
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();
