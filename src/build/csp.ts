/**
 * The Content Security Policy the built game runs under: everything from its
 * own origin, pictures and sound also from `data:` and `blob:` URLs (the art
 * is drawn as SVG at run time), and nothing inline. Hosts send it as the
 * `Content-Security-Policy` header (see README, "Put it in your LMS").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
].join('; ');
