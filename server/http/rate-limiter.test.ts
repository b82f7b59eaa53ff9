import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter';

describe('createRateLimiter (token bucket per address)', () => {
  it('allows a burst of perMinute, then one request per 60/perMinute seconds', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 30, now: () => now });
    for (let i = 0; i < 30; i++) expect(limiter.take('a')).toBe(0);
    // Empty: the next token comes in 2 s.
    expect(limiter.take('a')).toBe(2);
    now += 1_000;
    expect(limiter.take('a')).toBe(1);
    now += 1_000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(2);
  });

  it('keeps addresses apart and refills to the burst size, not beyond', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 2, now: () => now });
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 30]);
    expect(limiter.take('b')).toBe(0);
    now += 10 * 60_000; // a long pause refills two tokens, not twenty
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 30]);
  });
});
