/**
 * Loading a part of the game that may not arrive, where the caller carries on once it has:
 * the learner's Try again loads it again in place, so the caller's own state (a scenario's
 * opening, a press waiting to be made) is kept, not rebuilt by starting over.
 */
import type { Notices } from './notices.ts';

/** What the learner is told when it does not load (see Notices.offerRetry). */
interface Trouble {
  /** The notice's key: a later notice with it replaces this one. */
  readonly key: string;
  readonly what: string;
  readonly kept: string;
}

/**
 * Loads waiting for a Try again, by notice key. A later notice with the same key replaces the
 * earlier (the scenario's opening and a press both loading the story), so one press, or one
 * load that succeeded, sets every one of them going again: none is left waiting for a notice
 * that is gone.
 */
const waiting = new Map<string, (() => void)[]>();

function wake(key: string): void {
  const waiters = waiting.get(key) ?? [];
  waiting.delete(key);
  for (const waiter of waiters) waiter();
}

/**
 * What `load()` resolves to. If it fails, the learner is told so with a Try again, which loads
 * it again, as often as it takes; the notice goes once it has loaded. Undefined once
 * `stillHere()` is false (the learner has left for another screen), and nothing more is said.
 */
export async function loadOrRetry<T>(
  notices: Pick<Notices, 'offerRetry' | 'dismiss'>,
  { key, what, kept }: Trouble,
  load: () => Promise<T>,
  stillHere: () => boolean,
): Promise<T | undefined> {
  for (;;) {
    try {
      const loaded = await load();
      if (!stillHere()) return undefined;
      notices.dismiss(key);
      wake(key);
      return loaded;
    } catch (error: unknown) {
      if (!stillHere()) return undefined;
      const again = await new Promise<boolean>((retry) => {
        waiting.set(key, [...(waiting.get(key) ?? []), () => retry(stillHere())]);
        notices.offerRetry(key, what, kept, () => wake(key), error);
      });
      if (!again) return undefined;
    }
  }
}
