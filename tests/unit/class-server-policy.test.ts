/**
 * The classroom server sends the strict Content Security Policy with every
 * response, with the LRS and LMS origins named in SERVICE_CHAIN_CONNECT_ORIGINS
 * added to connect-src (as `npm run preview` and the build do), and refuses to
 * start with an origin it cannot name in a policy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/build/csp.ts';
import { startClassServer, type ClassServer } from '../../src/server/server.ts';

let dist: string;
let server: ClassServer | null = null;

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'class-server-policy-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Service Chain</title>');
});

afterEach(async () => {
  await server?.close();
  server = null;
  rmSync(dist, { recursive: true, force: true });
});

const start = (env: Record<string, string | undefined>) =>
  startClassServer({ dist, database: ':memory:', host: '127.0.0.1', env });

const policyOf = async (running: ClassServer, url: string): Promise<string> => {
  const response = await running.app.inject({ method: 'GET', url });
  return String(response.headers['content-security-policy']);
};

describe('the classroom server’s policy header', () => {
  it('is the strict policy on the game’s pages and the API when no LRS is named', async () => {
    server = await start({});
    expect(await policyOf(server, '/')).toBe(CONTENT_SECURITY_POLICY);
    expect(await policyOf(server, '/api/health')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('adds the LRS and LMS origins from SERVICE_CHAIN_CONNECT_ORIGINS to connect-src only', async () => {
    server = await start({
      SERVICE_CHAIN_CONNECT_ORIGINS: 'https://lrs.example.ac.uk  https://lms.example.ac.uk:8443/',
    });
    const policy = await policyOf(server, '/');
    expect(policy).toContain(
      "connect-src 'self' https://lrs.example.ac.uk https://lms.example.ac.uk:8443",
    );
    expect(policy.replace(/; connect-src .*$/, '')).toBe(
      CONTENT_SECURITY_POLICY.replace(/; connect-src .*$/, ''),
    );
  });

  it('does not start when an origin is not a scheme, host and port', async () => {
    await expect(
      start({ SERVICE_CHAIN_CONNECT_ORIGINS: "https://lrs.example.ac.uk 'unsafe-inline'" }),
    ).rejects.toThrow(/connect-src origin/);
  });
});
