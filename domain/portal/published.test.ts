import { describe, expect, it } from 'vitest';
import { publishedAnchor, publishedHref } from './published';

describe('public addresses of published objects', () => {
  it('anchors each kind on the unit profile with a Polish word and the id', () => {
    expect(publishedAnchor('survey', 12)).toBe('ankieta-12');
    expect(publishedAnchor('assessment', 3)).toBe('samoocena-3');
    expect(publishedAnchor('plan', 7)).toBe('plan-7');
  });

  it('leads to the unit profile, the code escaped', () => {
    expect(publishedHref('1206011', 'survey', 12)).toBe('/jst/1206011#ankieta-12');
    expect(publishedHref('a/b', 'plan', 1)).toBe('/jst/a%2Fb#plan-1');
  });
});
