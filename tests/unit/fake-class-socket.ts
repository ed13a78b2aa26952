/**
 * A WebSocket the classroom unit tests drive by hand (class-link, the phone, the projector):
 * it opens, receives and closes only when told to, and keeps what was sent to it.
 */
import type { LinkSocket } from '../../src/ui/classroom/class-link.ts';

export class FakeSocket implements LinkSocket {
  readyState = 0;
  readonly sent: { type: string; [key: string]: unknown }[] = [];
  /** The code `close` was called with: null while it has not been called. */
  closedWith: number | undefined | null = null;
  private readonly listeners = new Map<string, ((event: { data: unknown }) => void)[]>();
  addEventListener(type: string, listener: (event: { data: unknown }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  private fire(type: string, data?: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }
  send(data: string): void {
    this.sent.push(JSON.parse(data) as { type: string });
  }
  /** Closing, as a browser's socket is until its close event (which `closes` fires). */
  close(code?: number): void {
    this.closedWith = code;
    this.readyState = 2;
  }
  opens(): void {
    this.readyState = 1;
    this.fire('open');
  }
  receives(message: object): void {
    this.fire('message', JSON.stringify(message));
  }
  /** The close event (the browser's, however late). */
  closes(): void {
    this.readyState = 3;
    this.fire('close');
  }
}
