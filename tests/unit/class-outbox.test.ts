import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLASS_KEYS, learnerTokenKey, readClassKey } from '../../src/ui/classroom/class-keys.ts';
import type { ClassMembership } from '../../src/ui/classroom/class-outbox.ts';
import type { EvidenceExport } from '../../src/sim/evidence/evidence.ts';

/** localStorage as a page sees it, in memory. */
function memoryStorage(
  initial: Record<string, string> = {},
): Storage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
    clear: () => data.clear(),
  };
}

const membership: ClassMembership = {
  code: 'ABC234',
  learnerToken: 'learner-token-0123456789',
  name: 'Asha',
  joinedAt: '2026-12-02T09:00:00.000Z',
};

const queued = (attemptId: string) => ({
  attemptId,
  code: membership.code,
  learnerToken: membership.learnerToken,
  evidence: { attemptId } as unknown as EvidenceExport,
});

/** The server: every attempt received, each POST counted. */
function classServer() {
  const posts: string[] = [];
  const fetch = vi.fn((_url: string, init: { body: string }) => {
    posts.push((JSON.parse(init.body) as { evidence: { attemptId: string } }).evidence.attemptId);
    return Promise.resolve(
      new Response(JSON.stringify({ receivedAt: '2026-12-02T10:00:00.000Z' }), { status: 201 }),
    );
  });
  return { posts, fetch };
}

/** A fresh page: the module (and its one shared queue) loaded anew, online, with a window. */
async function freshPage() {
  vi.resetModules();
  const page = new EventTarget();
  vi.stubGlobal('window', page);
  vi.stubGlobal('navigator', { onLine: true });
  const server = classServer();
  vi.stubGlobal('fetch', server.fetch);
  const module = await import('../../src/ui/classroom/class-outbox.ts');
  return { page, server, ...module };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => vi.useRealTimers());
afterEach(() => vi.unstubAllGlobals());

describe('the class outbox on a page', () => {
  it('is one queue however many parts of the page ask for it', async () => {
    const { classOutbox } = await freshPage();
    const storage = memoryStorage();
    expect(classOutbox(storage)).toBe(classOutbox(storage));
  });

  it('sends a waiting attempt once when the network comes back, however many parts of the page hold a queue', async () => {
    const { page, server, classOutbox, ClassOutbox } = await freshPage();
    const storage = memoryStorage({ [CLASS_KEYS.outbox]: JSON.stringify([queued('a1')]) });
    // The page's start and the report each take the queue, as main.ts and class-delivery.ts do;
    // a queue made on its own (as a test makes one) does not listen for the network.
    const atStart = classOutbox(storage);
    const inReport = classOutbox(storage);
    const apart = new ClassOutbox(storage);
    const flushes = [vi.spyOn(atStart, 'flush'), vi.spyOn(apart, 'flush')];
    page.dispatchEvent(new Event('online'));
    await settled();
    expect(flushes.map((flush) => flush.mock.calls.length)).toEqual([1, 0]);
    expect(server.posts).toEqual(['a1']);
    expect(inReport.delivery('a1')).toMatchObject({ state: 'received' });
  });
});

describe('the classroom keys, once spelt with dots', () => {
  it('sends attempts queued under the old dotted key, and keeps them under the new key meanwhile', async () => {
    const { server, ClassOutbox } = await freshPage();
    const storage = memoryStorage({
      'service-chain.class-outbox': JSON.stringify([queued('old-1'), queued('old-2')]),
    });
    vi.stubGlobal('navigator', { onLine: false });
    const outbox = new ClassOutbox(storage);
    expect(outbox.delivery('old-1')).toEqual({ state: 'queued', code: 'ABC234', offline: true });
    expect(storage.data.has('service-chain.class-outbox')).toBe(false);
    expect(JSON.parse(storage.getItem(CLASS_KEYS.outbox) ?? '[]')).toHaveLength(2);

    vi.stubGlobal('navigator', { onLine: true });
    await outbox.flush();
    expect(server.posts).toEqual(['old-1', 'old-2']);
    expect(storage.getItem(CLASS_KEYS.outbox)).toBe('[]');
  });

  it('joins a queue an old tab wrote under the old key to the new one, each attempt once', async () => {
    const { ClassOutbox } = await freshPage();
    const storage = memoryStorage({
      'service-chain.class-outbox': JSON.stringify([queued('old'), queued('both')]),
      [CLASS_KEYS.outbox]: JSON.stringify([queued('both'), queued('new')]),
    });
    vi.stubGlobal('navigator', { onLine: false });
    const outbox = new ClassOutbox(storage);
    for (const id of ['old', 'both', 'new'])
      expect(outbox.delivery(id)).toMatchObject({ state: 'queued' });
    const ids = (
      JSON.parse(storage.getItem(CLASS_KEYS.outbox) ?? '[]') as { attemptId: string }[]
    ).map((q) => q.attemptId);
    expect(ids).toEqual(['old', 'both', 'new']);
  });

  it('keeps the class joined, what became of each attempt, and the tutor and learner tokens', async () => {
    const { classMembership, ClassOutbox } = await freshPage();
    const storage = memoryStorage({
      'service-chain.class-membership': JSON.stringify(membership),
      'service-chain.class-delivered': JSON.stringify({
        a9: { state: 'received', code: 'ABC234', receivedAt: '2026-12-01T10:00:00.000Z' },
      }),
      'service-chain.class-tutor': '{"code":"ABC234"}',
      'service-chain.learner.ABC234': 'learner-token-0123456789',
    });
    expect(classMembership(storage)).toEqual(membership);
    expect(new ClassOutbox(storage).delivery('a9')).toMatchObject({ state: 'received' });
    expect(readClassKey(storage, CLASS_KEYS.tutor)).toBe('{"code":"ABC234"}');
    expect(readClassKey(storage, learnerTokenKey('ABC234'))).toBe('learner-token-0123456789');
    expect([...storage.data.keys()].sort()).toEqual([
      'service-chain:class-delivered',
      'service-chain:class-membership',
      'service-chain:class-tutor',
      'service-chain:learner:ABC234',
    ]);
  });

  it('leaves a value under the old key when the move cannot be written, so nothing is lost', () => {
    const storage = memoryStorage({ 'service-chain.class-outbox': '[{"attemptId":"x"}]' });
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(readClassKey(storage, CLASS_KEYS.outbox)).toBe('[{"attemptId":"x"}]');
    expect(storage.data.get('service-chain.class-outbox')).toBe('[{"attemptId":"x"}]');
  });
});
