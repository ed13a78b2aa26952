/**
 * The rate limit on one connection, as a token bucket: a burst of messages at
 * once, then so many per second.
 */
export interface Bucket {
  tokens: number;
  refilledAt: number;
}

export const fullBucket = (burst: number, now: number): Bucket => ({
  tokens: burst,
  refilledAt: now,
});

/** Takes a token for one message: false when the connection has sent too many. */
export function takeToken(bucket: Bucket, now: number, burst: number, perSecond: number): boolean {
  bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.refilledAt) / 1000) * perSecond);
  bucket.refilledAt = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}
