import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,1]},"b":1}');
    expect(canonicalJson({ a: { c: 'x', d: [2, 1] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [2, 1], c: 'x' } }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('tells types apart and leaves out undefined members as JSON.stringify does', () => {
    expect(canonicalJson({ q: 4 })).not.toBe(canonicalJson({ q: '4' }));
    expect(canonicalJson({ q: 4, r: undefined })).toBe(JSON.stringify({ q: 4 }));
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('gives the same text as JSON.stringify for a value whose keys are already sorted', () => {
    const value = { a: [1, { b: true, c: null }], d: 'ż"\\' };
    expect(canonicalJson(value)).toBe(JSON.stringify(value));
  });
});
