/**
 * A browser's connection to the classroom server, kept up: the phone's (learner-view.ts) and
 * the projector's (live-votes.ts). It opens the WebSocket, answers the server's heartbeat
 * pings, and counts the connection lost when it closes or when nothing at all has arrived for
 * the window the server announced (class-heartbeat.ts): a socket whose far end went away
 * without a goodbye (a phone asleep, Wi-Fi gone) never fires `close` in time, and a phone that
 * believes it is connected sends its votes nowhere. After a loss it tries again every second
 * until stopped.
 */
import { HEARTBEAT, lostAfterFrom } from '../../sim/classroom/class-heartbeat.ts';

/** What a link needs of a WebSocket: the browser's, or a fake in tests. */
export interface LinkSocket {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'close', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export interface LinkHandlers {
  /** Connected (again): say hello; `send` works now. */
  readonly opened: () => void;
  /** A message from the server (pings are answered here and not passed on). */
  readonly received: (message: { type: string }) => void;
  /** The connection is gone: closed, or silent past the window. Another is tried soon. */
  readonly lost: () => void;
}

export interface LinkOptions {
  /** Opens a socket to the server (default: a WebSocket to this page's /ws). */
  readonly open?: () => LinkSocket;
  /** The silence window until the server announces its own. */
  readonly lostAfterMs?: number;
  /** How long after a loss the next connection is tried. */
  readonly retryMs?: number;
}

export interface ClassLink {
  /** Sends now if connected; false if not (the caller keeps the message for later). */
  send(message: object): boolean;
  /** Closes for good: no more reconnecting, and no `lost`. */
  stop(): void;
}

const OPEN = 1;
/** An application close code (4000-4999): this side gave up on a silent connection. */
const SILENT = 4000;

function openPageSocket(): LinkSocket {
  const url = new URL('/ws', location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return new WebSocket(url);
}

export function keepLinked(handlers: LinkHandlers, options: LinkOptions = {}): ClassLink {
  const retryMs = options.retryMs ?? 1000;
  let lostAfterMs = options.lostAfterMs ?? HEARTBEAT.lostAfterMs;
  let socket: LinkSocket | null = null;
  let stopped = false;
  let silence: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;

  /** Heard from `current` (or just opened it): the window starts again. */
  const heard = (current: LinkSocket) => {
    clearTimeout(silence);
    silence = setTimeout(() => drop(current, true), lostAfterMs);
  };
  const drop = (current: LinkSocket, silent: boolean) => {
    if (current !== socket) return;
    socket = null;
    clearTimeout(silence);
    // A silent socket may never finish its close: from now on its events are ignored.
    if (silent) current.close(SILENT, 'nothing heard from the server');
    handlers.lost();
    retry = setTimeout(connect, retryMs);
  };
  const connect = () => {
    if (stopped) return;
    const current = (options.open ?? openPageSocket)();
    socket = current;
    // A connection that never opens is given up on after the same window.
    heard(current);
    current.addEventListener('open', () => {
      if (current !== socket) return;
      heard(current);
      handlers.opened();
    });
    current.addEventListener('message', (event) => {
      if (current !== socket) return;
      const message = JSON.parse(String(event.data)) as { type: string; lostAfterMs?: unknown };
      if (message.type === 'ping') {
        lostAfterMs = lostAfterFrom(message.lostAfterMs, lostAfterMs);
        current.send(JSON.stringify({ type: 'pong' }));
      }
      heard(current);
      if (message.type !== 'ping') handlers.received(message);
    });
    current.addEventListener('close', () => drop(current, false));
  };
  connect();
  return {
    send: (message) => {
      if (socket?.readyState !== OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    stop: () => {
      stopped = true;
      clearTimeout(silence);
      clearTimeout(retry);
      const current = socket;
      socket = null;
      current?.close();
    },
  };
}
