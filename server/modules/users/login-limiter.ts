/**
 * Counts failed logins in memory, per e-mail and per client address, over a sliding window. While
 * either count is over its limit, login answers 429 without checking the password — for known and
 * unknown e-mails alike, so the limiter reveals nothing about which accounts exist.
 *
 * An attempt is *reserved* — counted as a failure — before the password is checked, in the same
 * synchronous step as the limit check, and released only when the password turns out right.
 * Checking first and counting after the (slow, asynchronous) password hash let 100 concurrent
 * wrong passwords all pass the check before any was counted.
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

  const retryAfter = (email: string, address: string): number => {
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
  };

  return {
    /** Seconds until the caller may try again, or 0 when not limited. */
    retryAfter,
    /**
     * Checks the limits and, when not limited, counts this attempt as a failure at once (no await
     * in between, so concurrent attempts cannot all slip through). Returns the wait in seconds
     * (nothing reserved) or a reservation to release when the password was right.
     */
    reserve(email: string, address: string): { wait: number; release: () => void } {
      const wait = retryAfter(email, address);
      if (wait > 0) return { wait, release: () => {} };
      const t = options.now();
      const keys = [`e:${email}`, `a:${address}`];
      for (const key of keys) failures.set(key, [...recent(key), t]);
      return {
        wait: 0,
        release: () => {
          // A right password clears the account's failures and takes back this attempt from the address.
          failures.delete(keys[0]!);
          const list = failures.get(keys[1]!);
          const i = list?.lastIndexOf(t) ?? -1;
          if (list && i >= 0) list.splice(i, 1);
        },
      };
    },
  };
}
