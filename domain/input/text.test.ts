import { describe, expect, it } from 'vitest';
import { findUnsafeText, unsafeTextReason } from './text';

describe('unsafeTextReason', () => {
  it('accepts ordinary text, Polish letters, emoji (a valid surrogate pair), tabs and new lines', () => {
    for (const ok of ['', 'Łódź', 'zażółć gęślą jaźń', 'a\tb\r\nc', '😀 ok', '\uD83D\uDE00'])
      expect(unsafeTextReason(ok), JSON.stringify(ok)).toBeNull();
  });

  it('refuses a NUL and lone surrogates, with the 1-based position', () => {
    expect(unsafeTextReason('ab\u0000c')).toBe('contains a NUL character (at position 3)');
    expect(unsafeTextReason('a\uD800')).toMatch(/unpaired UTF-16 surrogate \(at position 2\)/);
    expect(unsafeTextReason('\uDC00a')).toMatch(/unpaired .* position 1/);
    // High surrogate followed by another high one: the first is unpaired.
    expect(unsafeTextReason('\uD800\uD800\uDC00')).toMatch(/position 1/);
    // Low surrogate after a complete pair is unpaired.
    expect(unsafeTextReason('\uD83D\uDE00\uDE00')).toMatch(/position 3/);
  });
});

describe('findUnsafeText', () => {
  it('names the path of the first bad string in nested arrays and objects', () => {
    expect(findUnsafeText({ a: 1, b: ['x', { c: 'y\u0000' }] }, 'body')).toEqual({
      path: 'body.b.1.c',
      message: expect.stringContaining('NUL'),
    });
    expect(findUnsafeText({ ['k\u0000']: 1 }, 'body')?.message).toMatch(/^the key contains a NUL/);
    expect(findUnsafeText({ a: ['ok', 2, null, true] }, 'body')).toBeNull();
  });

  it('walks a deeply nested value without overflowing the stack', () => {
    let deep: unknown = 'x\uD800';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findUnsafeText(deep, 'body')?.message).toMatch(/surrogate/);
  });
});
