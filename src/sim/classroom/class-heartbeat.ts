/**
 * How the classroom server and the browsers notice a connection that has gone quiet. A
 * WebSocket reports a loss only when its close completes: a phone that slept, or Wi-Fi that
 * dropped without a goodbye, leaves a socket that looks open on both ends while nothing gets
 * through. So the server sends a ping every `everyMs` and each browser answers it; either side
 * that hears nothing at all for `lostAfterMs` counts the connection lost (the server drops it,
 * the browser opens a new one and says "Reconnecting…"). The server puts its `lostAfterMs` in
 * every ping, so a browser uses the server's window once it has heard one.
 */
export interface HeartbeatTiming {
  /** How often the server pings each connection. */
  readonly everyMs: number;
  /** Silence after which either side counts the connection lost: a few pings missed. */
  readonly lostAfterMs: number;
}

export const HEARTBEAT: HeartbeatTiming = { everyMs: 10_000, lostAfterMs: 25_000 };

/** The bounds a browser keeps an announced window within (`lostAfterFrom`). */
const WINDOW = { min: 500, max: 120_000 };

/**
 * `timing`, if it can work; else an error that says why. A connection must be able to miss a
 * ping and still be kept (two pings fit in the window), or every link drops again and again;
 * and the window must be one browsers accept as announced.
 */
export function checkedHeartbeat(timing: HeartbeatTiming): HeartbeatTiming {
  const { everyMs, lostAfterMs } = timing;
  if (!(everyMs > 0) || !(2 * everyMs <= lostAfterMs))
    throw new Error(
      `classroom heartbeat: a ping every ${everyMs} ms must fit twice in the ${lostAfterMs} ms window`,
    );
  if (!(lostAfterMs >= WINDOW.min && lostAfterMs <= WINDOW.max))
    throw new Error(
      `classroom heartbeat: the ${lostAfterMs} ms window must be within ${WINDOW.min}-${WINDOW.max} ms`,
    );
  return timing;
}

/**
 * The window a browser uses after a ping that announced `announced`: the server's, within
 * bounds, so that a wrong value can neither drop a healthy link every moment nor never.
 */
export function lostAfterFrom(announced: unknown, current: number): number {
  if (typeof announced !== 'number' || !Number.isFinite(announced)) return current;
  return Math.min(WINDOW.max, Math.max(WINDOW.min, announced));
}
