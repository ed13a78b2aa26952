/**
 * A learner's attempts on their way to the class they joined on the classroom
 * server. Each finished attempt is put in a queue kept on the device (so a
 * reload or a closed tab loses nothing), sent, and taken out of the queue once
 * the server has answered for it: received (the first time or again), or
 * refused for a reason that sending again would not change. Without a
 * network it waits and tries again, and at once when the browser says it is
 * back online. The server keeps an attempt once whatever arrives twice, and
 * this queue never holds one attempt twice, so none is counted twice. There
 * is one queue per page (classOutbox), listening once for 'online'. What
 * the learner adds after sending (a reflection) follows the same way, as an
 * update of the attempt the server has (PUT, which it takes as often as it
 * comes); added before the attempt left the device, it simply goes with it.
 */
import type { EvidenceExport } from '../../sim/evidence/evidence.ts';
import { CLASS_KEYS, readClassKey } from './class-keys.ts';

/** The class this device joined with a code: kept when the learner joins. */
export interface ClassMembership {
  readonly code: string;
  readonly learnerToken: string;
  /** The name given on joining, put in each attempt sent; '' when none. */
  readonly name: string;
  readonly joinedAt: string;
}

interface Queued {
  readonly attemptId: string;
  readonly code: string;
  readonly learnerToken: string;
  readonly evidence: EvidenceExport;
  /** The attempt reached the class already: this replaces its evidence there. */
  readonly update?: boolean;
}

/** What became of an attempt: shown to the learner beside the report. */
export type Delivery =
  | { readonly state: 'queued'; readonly code: string; readonly offline: boolean }
  | {
      readonly state: 'received';
      readonly code: string;
      readonly receivedAt: string;
      /** When the class last took a later version of it (with the reflection). */
      readonly updatedAt?: string;
    }
  | { readonly state: 'refused'; readonly code: string; readonly reason: string };

const { membership: MEMBERSHIP, outbox: OUTBOX, delivered: DELIVERED } = CLASS_KEYS;
/** Deliveries remembered, newest kept: enough for every attempt a learner reopens. */
const REMEMBERED = 300;

function parsed<T>(raw: string | null, fallback: T): T {
  try {
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

function read<T>(
  storage: Storage,
  key: string,
  fallback: T,
  merge?: (now: string, old: string) => string,
): T {
  try {
    return parsed(readClassKey(storage, key, merge), fallback);
  } catch {
    return fallback;
  }
}

/** A queue an old tab wrote under the old key joins this one: each attempt once, none lost. */
function mergeQueues(now: string, old: string): string {
  const queue = parsed<Queued[]>(now, []);
  const earlier = parsed<Queued[]>(old, []).filter(
    (item) => !queue.some((q) => q.attemptId === item.attemptId),
  );
  return JSON.stringify([...earlier, ...queue]);
}

function mergeDelivered(now: string, old: string): string {
  return JSON.stringify({ ...parsed(old, {}), ...parsed(now, {}) });
}

function write(storage: Storage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function rememberMembership(storage: Storage, membership: ClassMembership): void {
  write(storage, MEMBERSHIP, membership);
}

export function classMembership(storage: Storage): ClassMembership | null {
  const m = read<Partial<ClassMembership> | null>(storage, MEMBERSHIP, null);
  return m && typeof m.code === 'string' && typeof m.learnerToken === 'string'
    ? {
        code: m.code,
        learnerToken: m.learnerToken,
        name: typeof m.name === 'string' ? m.name : '',
        joinedAt: typeof m.joinedAt === 'string' ? m.joinedAt : '',
      }
    : null;
}

type Listener = (attemptId: string, delivery: Delivery) => void;

export class ClassOutbox {
  private readonly listeners = new Set<Listener>();
  private sending = false;
  private retryMs = 2000;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly post: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  private queue = (): Queued[] => read<Queued[]>(this.storage, OUTBOX, [], mergeQueues);
  private delivered = (): Record<string, Delivery> =>
    read<Record<string, Delivery>>(this.storage, DELIVERED, {}, mergeDelivered);

  /** The browser says the network is back: send now, and wait briefly again if it fails. */
  backOnline(): Promise<void> {
    this.retryMs = 2000;
    return this.flush();
  }

  /** What has become of an attempt, or null if it was never put in the queue. */
  delivery(attemptId: string): Delivery | null {
    const done = this.delivered()[attemptId];
    if (done) return done;
    const queued = this.queue().find((q) => q.attemptId === attemptId);
    return queued ? { state: 'queued', code: queued.code, offline: !navigator.onLine } : null;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Put a finished attempt in the queue (once) and try to send it. */
  send(membership: ClassMembership, evidence: EvidenceExport & { attemptId: string }): Delivery {
    const known = this.delivery(evidence.attemptId);
    if (known) return known;
    const { code, learnerToken } = membership;
    const item = { attemptId: evidence.attemptId, code, learnerToken, evidence };
    if (write(this.storage, OUTBOX, [...this.queue(), item])) void this.flush();
    else
      // Storage full or blocked: one try now, as nothing could be kept to try later.
      void this.deliver(item).then((delivery) =>
        this.tell(
          item.attemptId,
          delivery ?? {
            state: 'refused',
            code,
            reason: 'this device is offline and could not keep the attempt to send later',
          },
        ),
      );
    return { state: 'queued', code, offline: !navigator.onLine };
  }

  /**
   * Send a later export of an attempt (e.g. with the reflection): with the
   * attempt if it still waits on the device, as an update if the class has it.
   */
  update(membership: ClassMembership, evidence: EvidenceExport & { attemptId: string }): void {
    const { attemptId } = evidence;
    const queue = this.queue();
    const waiting = queue.find((q) => q.attemptId === attemptId);
    if (waiting)
      write(
        this.storage,
        OUTBOX,
        queue.map((q) => (q === waiting ? { ...q, evidence } : q)),
      );
    else if (this.delivered()[attemptId]?.state === 'received') {
      const { code, learnerToken } = membership;
      write(this.storage, OUTBOX, [
        ...queue,
        { attemptId, code, learnerToken, evidence, update: true },
      ]);
    } else return;
    void this.flush();
  }

  /** Send what is queued, one attempt at a time, in the order they finished. */
  async flush(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    try {
      for (const item of this.queue()) {
        // The browser knows it has no network: wait for its 'online' event instead.
        if (!navigator.onLine)
          return this.tell(item.attemptId, { state: 'queued', code: item.code, offline: true });
        const delivery = await this.deliver(item);
        if (!delivery) {
          this.tell(item.attemptId, { state: 'queued', code: item.code, offline: true });
          this.timer = setTimeout(() => void this.flush(), this.retryMs);
          this.retryMs = Math.min(this.retryMs * 2, 60_000);
          return;
        }
        // A refused update leaves the attempt as the class received it.
        const previous = item.update ? this.delivered()[item.attemptId] : undefined;
        this.settle(item.attemptId, delivery.state === 'refused' && previous ? previous : delivery);
      }
      this.retryMs = 2000;
    } finally {
      this.sending = false;
    }
  }

  /** One attempt to the server: what became of it, or null when it should be tried again. */
  private async deliver(item: Queued): Promise<Delivery | null> {
    let response: Response;
    try {
      response = await this.post(
        item.update ? `/api/attempts/${encodeURIComponent(item.attemptId)}` : '/api/attempts',
        {
          method: item.update ? 'PUT' : 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            code: item.code,
            learnerToken: item.learnerToken,
            evidence: item.evidence,
          }),
        },
      );
    } catch {
      return null;
    }
    if (response.status >= 500 || response.status === 408) return null;
    const body = (await response.json().catch(() => ({}))) as {
      receivedAt?: string;
      updatedAt?: string;
      error?: string;
    };
    if (response.ok && typeof body.receivedAt === 'string')
      return {
        state: 'received',
        code: item.code,
        receivedAt: body.receivedAt,
        ...(typeof body.updatedAt === 'string' ? { updatedAt: body.updatedAt } : {}),
      };
    return {
      state: 'refused',
      code: item.code,
      reason: body.error ?? `the server answered ${response.status}`,
    };
  }

  private settle(attemptId: string, delivery: Delivery): void {
    const delivered = Object.entries(this.delivered()).filter(([id]) => id !== attemptId);
    write(
      this.storage,
      DELIVERED,
      Object.fromEntries([...delivered.slice(-(REMEMBERED - 1)), [attemptId, delivery]]),
    );
    write(
      this.storage,
      OUTBOX,
      this.queue().filter((q) => q.attemptId !== attemptId),
    );
    this.tell(attemptId, delivery);
  }

  private tell(attemptId: string, delivery: Delivery): void {
    for (const listener of this.listeners) listener(attemptId, delivery);
  }
}

let shared: ClassOutbox | null = null;
/**
 * One queue per page, so two reports (or the page's start and a report) never
 * send the same attempt side by side, and one 'online' listener for it.
 */
export function classOutbox(storage: Storage): ClassOutbox {
  if (!shared) {
    const outbox = new ClassOutbox(storage);
    window.addEventListener('online', () => void outbox.backOnline());
    shared = outbox;
  }
  return shared;
}
