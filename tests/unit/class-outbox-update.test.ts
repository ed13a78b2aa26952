/**
 * A learner's attempts on their way to the class: the reflection written after
 * an attempt was sent follows it as an update of the same attempt (PUT),
 * waits on the device while offline like the attempt, and goes with the
 * attempt instead when the attempt itself has not left yet.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClassOutbox, type ClassMembership } from '../../src/ui/classroom/class-outbox.ts';
import type { EvidenceExport } from '../../src/sim/evidence/evidence.ts';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const membership: ClassMembership = {
  code: 'ABC123',
  learnerToken: 't'.repeat(20),
  name: 'Asha',
  joinedAt: '2026-01-05T09:00:00.000Z',
};
const evidence = (reflection: string | null) =>
  ({ attemptId: 'tiny-3-abc', reflection }) as unknown as EvidenceExport & { attemptId: string };

interface Sent {
  url: string;
  method: string;
  reflection: unknown;
}

/** A classroom server that answers every attempt as received, or no network at all. */
function server(online: { value: boolean }) {
  const sent: Sent[] = [];
  const post = ((input: string, init?: { method?: string; body?: string }) => {
    if (!online.value) return Promise.reject(new TypeError('Failed to fetch'));
    const body = JSON.parse(init?.body ?? '{}') as { evidence: { reflection: unknown } };
    sent.push({
      url: input,
      method: init?.method ?? 'GET',
      reflection: body.evidence.reflection,
    });
    const reply =
      init?.method === 'PUT'
        ? { receivedAt: '2026-01-05T09:30:00.000Z', updatedAt: '2026-01-05T10:00:00.000Z' }
        : { receivedAt: '2026-01-05T09:30:00.000Z' };
    return Promise.resolve(
      new Response(JSON.stringify(reply), { status: init?.method === 'PUT' ? 200 : 201 }),
    );
  }) as unknown as typeof fetch;
  return { sent, post };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', { addEventListener: () => {} });
  vi.stubGlobal('navigator', { onLine: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a reflection written after the attempt was sent', () => {
  it('reaches the class as an update of the same attempt, and the learner is told', async () => {
    const online = { value: true };
    const { sent, post } = server(online);
    const outbox = new ClassOutbox(memoryStorage(), post);
    outbox.send(membership, evidence(null));
    await vi.runOnlyPendingTimersAsync();
    outbox.update(membership, evidence('I should have called back sooner.'));
    await vi.runOnlyPendingTimersAsync();
    expect(sent).toEqual([
      { url: '/api/attempts', method: 'POST', reflection: null },
      {
        url: '/api/attempts/tiny-3-abc',
        method: 'PUT',
        reflection: 'I should have called back sooner.',
      },
    ]);
    expect(outbox.delivery('tiny-3-abc')).toMatchObject({
      state: 'received',
      updatedAt: '2026-01-05T10:00:00.000Z',
    });
  });

  it('waits on the device while it is offline, once, and is sent when the network is back', async () => {
    const online = { value: true };
    const { sent, post } = server(online);
    const outbox = new ClassOutbox(memoryStorage(), post);
    outbox.send(membership, evidence(null));
    await vi.runOnlyPendingTimersAsync();
    online.value = false;
    outbox.update(membership, evidence('first draft'));
    outbox.update(membership, evidence('second draft'));
    await vi.runOnlyPendingTimersAsync();
    expect(outbox.delivery('tiny-3-abc')).toMatchObject({ state: 'received' });
    online.value = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent.filter((s) => s.method === 'PUT')).toEqual([
      { url: '/api/attempts/tiny-3-abc', method: 'PUT', reflection: 'second draft' },
    ]);
  });

  it('goes with the attempt when the attempt has not left the device yet', async () => {
    const online = { value: false };
    const { sent, post } = server(online);
    const outbox = new ClassOutbox(memoryStorage(), post);
    outbox.send(membership, evidence(null));
    outbox.update(membership, evidence('written offline'));
    online.value = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toEqual([{ url: '/api/attempts', method: 'POST', reflection: 'written offline' }]);
  });
});
