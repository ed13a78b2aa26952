/**
 * What src/sim borrows from its host, named in one place: src/sim is type-checked against the
 * ECMAScript library alone (tsconfig.sim.json), and these three exist in every browser and in
 * Node 20 and later. Nothing else of the browser or Node may be reached from src/sim.
 */
interface HostGlobals {
  readonly performance: { now(): number };
  readonly crypto: {
    readonly subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
  };
  readonly TextEncoder: new () => { encode(text: string): Uint8Array };
}

const host = globalThis as unknown as HostGlobals;

/** Milliseconds from a fixed point, for time budgets (never for the scenario's clock). */
export const monotonicNow = (): number => host.performance.now();

/** SHA-256 digest of a text's UTF-8 bytes. */
export const digestSha256 = (text: string): Promise<ArrayBuffer> =>
  host.crypto.subtle.digest('SHA-256', new host.TextEncoder().encode(text));
