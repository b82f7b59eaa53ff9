import type { MapLevel, UnitDetail, UnitSummary } from './api';
import { COUNTY_KINDS, MUNICIPALITY_KINDS } from '../../lib/unit-labels';

export interface MapTarget {
  level: MapLevel;
  within?: string;
  highlightCode?: string;
  /** The unit the map is about: the page's unit or, for parts and districts, the nearest mapped ancestor. */
  subject: UnitSummary;
}

/**
 * Which boundary map a unit page shows:
 * - voivodeship → its counties;
 * - county / city with county status → the counties of its voivodeship, this one highlighted;
 * - gmina → the gminy of its county, this one highlighted (a city-county's gmina → as the city-county);
 * - anything below (town/rural parts, city districts) → the map of its nearest mapped ancestor.
 * Units outside TERYT (CSV sets) get no map.
 */
export function mapTargetFor(unit: UnitDetail): MapTarget | null {
  const chain: UnitSummary[] = [...unit.ancestors, unit];
  for (let index = chain.length - 1; index >= 0; index--) {
    const subject = chain[index];
    if (!subject) continue;
    const above = chain.slice(0, index);
    if (subject.kind === 'voivodeship') {
      return { level: 'county', within: subject.code, subject };
    }
    if (COUNTY_KINDS.includes(subject.kind)) {
      const voivodeship = above.findLast((u) => u.kind === 'voivodeship');
      return { level: 'county', within: voivodeship?.code, highlightCode: subject.code, subject };
    }
    if (MUNICIPALITY_KINDS.includes(subject.kind)) {
      const county = above.findLast((u) => COUNTY_KINDS.includes(u.kind));
      if (!county) return null;
      // A city with county status is a single gmina: its gmina map would be one shape, so
      // show the city among the counties of its voivodeship instead.
      if (county.kind === 'city-county') {
        const voivodeship = above.findLast((u) => u.kind === 'voivodeship');
        return { level: 'county', within: voivodeship?.code, highlightCode: county.code, subject: county };
      }
      return { level: 'municipality', within: county.code, highlightCode: subject.code, subject };
    }
  }
  return null;
}
