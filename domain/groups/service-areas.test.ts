import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICE_AREAS } from './service-areas';

const locale = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../web/src/locales/${lang}/groups.json`, import.meta.url), 'utf8'))
    .serviceAreas as Record<string, string>;

describe('service areas', () => {
  it('are unique slugs and include the three areas of the GWD networks', () => {
    expect(new Set(SERVICE_AREAS).size).toBe(SERVICE_AREAS.length);
    for (const area of SERVICE_AREAS) expect(area).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(SERVICE_AREAS).toEqual(expect.arrayContaining(['education', 'roads', 'health']));
  });

  it('each has a Polish and an English name, different from its id, and the web names no others', () => {
    const pl = locale('pl');
    const en = locale('en');
    for (const area of SERVICE_AREAS) {
      expect(pl[area], `pl: ${area}`).toBeTruthy();
      expect(en[area], `en: ${area}`).toBeTruthy();
      expect(pl[area]).not.toBe(area);
    }
    expect(Object.keys(pl).sort()).toEqual([...SERVICE_AREAS].sort());
  });
});
