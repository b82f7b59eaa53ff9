import { describe, expect, it } from 'vitest';
import { foldForSearch } from './text';

describe('foldForSearch', () => {
  it.each([
    ['Łódź', 'lodz'],
    ['ŁÓDZKIE', 'lodzkie'],
    ['Zielona Góra', 'zielona gora'],
    ['Gdańsk', 'gdansk'],
    ['Świętochłowice', 'swietochlowice'],
    ['Żółć  Źdźbło', 'zolc zdzblo'],
    ['Malmö', 'malmo'],
    ['Ærø', 'aero'],
  ])('%s → %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });
});
