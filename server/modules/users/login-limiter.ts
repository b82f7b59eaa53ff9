/**
 * Counts failed logins in memory, per e-mail and per client address, over a sliding window. While
 * either count is over its limit, login answers 429 without checking the password — for known and
 * unknown e-mails alike, so the limiter reveals nothing about which accounts exist.
 * Kept in memory on purpose: it is per process and forgets on restart, which is acceptable for a
 * throttle and keeps client addresses out of the database.
 */
export interface LoginLimiterOptions {
  maxPerEmail: number;
  maxPerAddress: number;
  windowMs: number;
  now: () => number;
}

export function createLoginLimiter(options: LoginLimiterOptions) {
  const failures = new Map<string, number[]>();

  const recent = (key: string): number[] => {
    const since = options.now() - options.windowMs;
    const list = (failures.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) failures.delete(key);
    else failures.set(key, list);
    return list;
  };

  return {
    /** Seconds until the caller may try again, or 0 when not limited. */
    retryAfter(email: string, address: string): number {
      const checks: [string, number][] = [
        [`e:${email}`, options.maxPerEmail],
        [`a:${address}`, options.maxPerAddress],
      ];
      let wait = 0;
      for (const [key, max] of checks) {
        const list = recent(key);
        if (list.length >= max)
          wait = Math.max(wait, Math.ceil((list[list.length - max]! + options.windowMs - options.now()) / 1000));
      }
      return wait;
    },
    recordFailure(email: string, address: string): void {
      const t = options.now();
      for (const key of [`e:${email}`, `a:${address}`]) failures.set(key, [...recent(key), t]);
    },
    recordSuccess(email: string): void {
      failures.delete(`e:${email}`);
    },
  };
}
