/**
 * Token bucket per client address for anonymous survey submissions: `perMinute` tokens, refilled
 * continuously, so a burst of `perMinute` is allowed and then one request every 60/perMinute s.
 * Kept in memory on purpose — per process, forgotten on restart — so that respondents' addresses
 * never reach the database, not even next to a count.
 */
export interface RateLimiter {
  /** Takes a token; returns 0 when allowed, else the seconds until one will be available. */
  take(address: string): number;
}

/** Buckets kept at most; beyond it, full (idle) buckets are dropped, then the oldest. */
const MAX_BUCKETS = 50_000;

export function createRateLimiter(options: { perMinute: number; now?: () => number }): RateLimiter {
  const now = options.now ?? (() => performance.now());
  const capacity = options.perMinute;
  const perMs = options.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  const prune = (t: number) => {
    for (const [key, b] of buckets) if (b.tokens + (t - b.at) * perMs >= capacity) buckets.delete(key);
    while (buckets.size >= MAX_BUCKETS) buckets.delete(buckets.keys().next().value!);
  };

  return {
    take(address) {
      const t = now();
      let bucket = buckets.get(address);
      if (!bucket) {
        if (buckets.size >= MAX_BUCKETS) prune(t);
        bucket = { tokens: capacity, at: t };
        buckets.set(address, bucket);
      } else {
        bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) * perMs);
        bucket.at = t;
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - bucket.tokens) / perMs / 1000);
    },
  };
}
