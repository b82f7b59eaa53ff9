/**
 * The public portal's data (#15 item 3): what the server-rendered pages show, read only through
 * the public reads of other modules — open data (released values only), units, good practices,
 * competition results, strategy reports, survey results, self-assessments and improvement plans,
 * each by its own publishing workflow. Nothing here
 * sees a value that is not in a published release.
 */
import { placeAmong, rankWithTies, type Polarity } from '../../../domain/portal/ranking';
import { foldForSearch } from '../../../domain/units/text';
import type { Geometry } from '../../../domain/portal/svg-map';
import type { RequestContext } from '../../http/context';
import type { CompetitionService } from '../competition/competition.service';
import type { GoodPracticesService } from '../good-practices/good-practices.service';
import type { OpenDataService } from '../open-data/open-data.service';
import type { ImprovementPlansService } from '../improvement-plans/improvement-plans.service';
import type { SelfAssessmentService } from '../self-assessment/self-assessment.service';
import type { StrategyMonitoringService } from '../strategy-monitoring/strategy-monitoring.service';
import type { SurveyResultsService } from '../surveys/survey-results.service';
import type { MapLevel, UnitsService } from '../units/units.service';

export type PortalService = ReturnType<typeof createPortalService>;
type Indicator = Awaited<ReturnType<OpenDataService['publicIndicators']>>['items'][number];
export type PortalIndicator = Indicator;
export interface PortalUnit {
  code: string;
  name: string;
  kind: string;
  voivodeship: string | null;
}

/** Largest number of units and indicators one comparison holds (a chart stays readable). */
export const COMPARE_MAX_UNITS = 12;
export const COMPARE_MAX_INDICATORS = 6;
/** Search answers at most this many units. */
export const SEARCH_MAX = 50;
/** Columns kept in memory (each one number per unit); the oldest goes first. */
const COLUMN_CACHE_MAX = 200;
/** The snapshot of units and indicators is read again after this long even without a new release. */
const SNAPSHOT_TTL_MS = 5 * 60_000;

/** Pages are cached and shared, so they read as nobody: the public's view even for a signed-in visitor. */
const ANONYMOUS_CONTEXT: RequestContext = { actor: null, requestId: 'portal' };

const isMunicipality = (kind: string) => kind.startsWith('municipality-') && !kind.endsWith('-part');

export type UnitLevel = 'voivodeship' | 'county' | 'municipality' | 'other';
/** The tier of local government a kind belongs to (cities with powiat status count as powiaty). */
export function levelOfKind(kind: string): UnitLevel {
  if (kind === 'voivodeship') return 'voivodeship';
  if (kind === 'county' || kind === 'city-county') return 'county';
  if (isMunicipality(kind)) return 'municipality';
  return 'other';
}

export function createPortalService(deps: {
  openData: Pick<
    OpenDataService,
    'publicIndicators' | 'publicUnits' | 'publicReleases' | 'publicValues' | 'latestRelease'
  >;
  units: Pick<UnitsService, 'map'>;
  goodPractices: Pick<GoodPracticesService, 'search'>;
  competition: Pick<CompetitionService, 'publicList' | 'publicResults'>;
  strategyMonitoring: Pick<StrategyMonitoringService, 'publicReportsOfUnit'>;
  surveyResults: Pick<SurveyResultsService, 'publishedOfUnit'>;
  selfAssessment: Pick<SelfAssessmentService, 'publishedOfUnit'>;
  improvementPlans: Pick<ImprovementPlansService, 'publishedOfUnit'>;
  now: () => Date;
}) {
  type Snapshot = {
    release: number | null;
    at: number;
    releases: Awaited<ReturnType<OpenDataService['publicReleases']>>['items'];
    indicators: Indicator[];
    indicatorsByCode: Map<string, Indicator>;
    units: PortalUnit[];
    unitsByCode: Map<string, PortalUnit>;
    columns: Map<string, Promise<Map<string, number>>>;
  };
  let snapshot: Promise<Snapshot> | null = null;

  /** The latest published release's number: the key under which pages and columns are cached. */
  async function currentRelease(): Promise<number | null> {
    return deps.openData.latestRelease();
  }

  async function load(release: number | null): Promise<Snapshot> {
    const [{ items: releases }, { items: indicators }, { items: units }] = await Promise.all([
      deps.openData.publicReleases(),
      deps.openData.publicIndicators(),
      deps.openData.publicUnits({ page: 1, pageSize: Number.MAX_SAFE_INTEGER }),
    ]);
    return {
      release,
      at: deps.now().getTime(),
      releases,
      indicators,
      indicatorsByCode: new Map(indicators.map((i) => [i.code, i])),
      units,
      unitsByCode: new Map(units.map((u) => [u.code, u])),
      columns: new Map(),
    };
  }

  async function current(): Promise<Snapshot> {
    const release = await currentRelease();
    const known = snapshot ? await snapshot.catch(() => null) : null;
    if (!known || known.release !== release || deps.now().getTime() - known.at > SNAPSHOT_TTL_MS) {
      snapshot = load(release);
      snapshot.catch(() => (snapshot = null));
    }
    return snapshot!;
  }

  /** Released values of one indicator period: unit code → value (units of the indicator's kinds). */
  function column(s: Snapshot, code: string, period: string): Promise<Map<string, number>> {
    const key = `${code}|${period}`;
    let found = s.columns.get(key);
    if (!found) {
      found = (async () => {
        const out = new Map<string, number>();
        for (let page = 1; ; page++) {
          const res = await deps.openData.publicValues({ indicator: [code], period: [period], page, pageSize: 5000 });
          for (const v of res.items) out.set(v.unitCode, v.value);
          if (!res.more) return out;
        }
      })();
      if (s.columns.size >= COLUMN_CACHE_MAX) s.columns.delete(s.columns.keys().next().value!);
      s.columns.set(key, found);
      found.catch(() => s.columns.delete(key));
    }
    return found;
  }

  async function unitValues(code: string) {
    const out = new Map<string, Map<string, number>>();
    for (let page = 1; ; page++) {
      const res = await deps.openData.publicValues({ unit: [code], page, pageSize: 5000 });
      for (const v of res.items) {
        const byPeriod = out.get(v.indicatorCode) ?? new Map<string, number>();
        byPeriod.set(v.period, v.value);
        out.set(v.indicatorCode, byPeriod);
      }
      if (!res.more) return out;
    }
  }

  function searchUnits(s: Snapshot, q: string) {
    const folded = foldForSearch(q.trim());
    if (folded === '') return { items: [] as PortalUnit[], more: false };
    const matches = s.units.filter((u) => u.code.startsWith(q.trim()) || foldForSearch(u.name).includes(folded));
    // Exact names first (the town, not every gmina whose name contains it), then by name.
    matches.sort(
      (a, b) =>
        Number(foldForSearch(b.name) === folded) - Number(foldForSearch(a.name) === folded) ||
        a.name.localeCompare(b.name, 'pl') ||
        (a.code < b.code ? -1 : 1),
    );
    return { items: matches.slice(0, SEARCH_MAX), more: matches.length > SEARCH_MAX };
  }

  /** The map placing a unit: the units of its level in its voivodeship (a voivodeship among all 16). */
  function levelOf(kind: string): MapLevel | null {
    const level = levelOfKind(kind);
    return level === 'other' ? null : level;
  }

  async function features(level: MapLevel, within: string | undefined) {
    const map = (await deps.units.map(level, within)) as {
      features: { properties: { code: string; name: string }; geometry: Geometry }[];
    };
    return map.features.map((f) => ({ code: f.properties.code, name: f.properties.name, geometry: f.geometry }));
  }

  const latestPeriod = (i: Indicator) => i.periods.at(-1)?.period ?? null;

  return {
    currentRelease,
    snapshot: current,
    searchUnits: async (q: string) => searchUnits(await current(), q),

    async home() {
      const s = await current();
      const practices = await deps.goodPractices.search(ANONYMOUS_CONTEXT, { sort: 'date', page: 1, pageSize: 5 });
      const values = s.releases.reduce((n, r) => n + (r.changes?.added.reduce((m, a) => m + a.values, 0) ?? 0), 0);
      return {
        counts: {
          units: s.units.length,
          indicators: s.indicators.length,
          releases: s.releases.length,
          practices: practices.total,
          values,
        },
        releases: s.releases.slice(0, 5),
        practices: practices.items.map((p) => ({ id: p.id, title: p.title, excerpt: p.excerpt, units: p.units })),
      };
    },

    /** A unit's profile; null for a code that is not a current unit (the page answers 404). */
    async unitProfile(code: string) {
      const s = await current();
      const unit = s.unitsByCode.get(code);
      if (!unit) return null;
      const values = await unitValues(code);
      const rows = [];
      for (const indicator of s.indicators) {
        const own = values.get(indicator.code);
        if (!own || own.size === 0) continue;
        const periods = indicator.periods.map((p) => p.period);
        const latest = [...periods].reverse().find((p) => own.has(p))!;
        const col = await column(s, indicator.code, latest);
        const peers = [...col]
          .filter(([c]) => s.unitsByCode.get(c)?.kind === unit.kind)
          .map(([key, value]) => ({ key, value }));
        rows.push({
          indicator,
          period: latest,
          value: own.get(latest)!,
          series: periods.map((p) => ({ period: p, value: own.get(p) ?? null })),
          place: placeAmong(code, peers, indicator.polarity as Polarity),
          peers: peers.length,
        });
      }
      const level = levelOf(unit.kind);
      const within = level === 'voivodeship' ? undefined : (unit.voivodeship ?? undefined);
      const mapFeatures = level && (level === 'voivodeship' || within) ? await features(level, within) : [];
      const practices = await deps.goodPractices.search(ANONYMOUS_CONTEXT, {
        unit: code,
        sort: 'date',
        page: 1,
        pageSize: 20,
      });
      const awards = [];
      for (const edition of (await deps.competition.publicList()).items) {
        const results = await deps.competition.publicResults(edition.id);
        for (const w of results.winners)
          if (w.unit.code === code)
            awards.push({
              editionId: edition.id,
              edition: edition.name,
              year: edition.year,
              title: w.title,
              award: w.award,
            });
      }
      return {
        unit,
        voivodeship: unit.voivodeship ? (s.unitsByCode.get(unit.voivodeship) ?? null) : null,
        rows,
        map: mapFeatures.some((f) => f.code === code) ? { level: level!, features: mapFeatures } : null,
        practices: practices.items.map((p) => ({ id: p.id, title: p.title, excerpt: p.excerpt })),
        awards,
        strategies: await deps.strategyMonitoring.publicReportsOfUnit(code),
        surveys: await deps.surveyResults.publishedOfUnit(code),
        assessments: await deps.selfAssessment.publishedOfUnit(code),
        plans: await deps.improvementPlans.publishedOfUnit(code),
      };
    },

    /**
     * An indicator page; null when the indicator is not released, or the period asked is not a
     * released period of it. `kind` and `voivodeship` narrow the units (unknown values → nothing).
     */
    async indicatorPage(
      code: string,
      query: { period?: string | undefined; kind?: string | undefined; voivodeship?: string | undefined },
    ) {
      const s = await current();
      const indicator = s.indicatorsByCode.get(code);
      if (!indicator) return null;
      const period = query.period ?? latestPeriod(indicator);
      if (!period || !indicator.periods.some((p) => p.period === period)) return null;
      const col = await column(s, code, period);
      let entries = [...col]
        .map(([unitCode, value]) => ({ unit: s.unitsByCode.get(unitCode), value }))
        .filter((e): e is { unit: PortalUnit; value: number } => e.unit !== undefined)
        .filter(
          (e) =>
            (!query.kind || e.unit.kind === query.kind) &&
            (!query.voivodeship || e.unit.voivodeship === query.voivodeship),
        );
      // A voivodeship, a powiat and a gmina in one ranking or histogram compare nothing: without a
      // chosen kind, an indicator of several levels shows the level with the most units.
      let level: UnitLevel | null = null;
      if (!query.kind) {
        const counts = new Map<UnitLevel, number>();
        for (const e of entries) counts.set(levelOfKind(e.unit.kind), (counts.get(levelOfKind(e.unit.kind)) ?? 0) + 1);
        if (counts.size > 1) {
          level = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
          entries = entries.filter((e) => levelOfKind(e.unit.kind) === level);
        }
      }
      const ranked = rankWithTies(
        entries.map((e) => ({ key: e.unit, value: e.value })),
        indicator.polarity as Polarity,
      );
      // The map: units of a powiat level (or voivodeships) directly; gminy nationally as the
      // median per powiat (2,477 shapes would make the page heavy), gminy within one voivodeship directly.
      const kinds = new Set(entries.map((e) => e.unit.kind));
      const gminy = [...kinds].some(isMunicipality);
      let map: {
        level: MapLevel;
        mode: 'direct' | 'county-median';
        features: Awaited<ReturnType<typeof features>>;
        values: Map<string, number>;
      } | null = null;
      if (entries.length > 0) {
        if (gminy && query.voivodeship) {
          map = {
            level: 'municipality',
            mode: 'direct',
            features: await features('municipality', query.voivodeship),
            values: new Map(entries.map((e) => [e.unit.code, e.value])),
          };
        } else if (gminy) {
          const byCounty = new Map<string, number[]>();
          for (const e of entries)
            if (isMunicipality(e.unit.kind)) {
              const county = e.unit.code.slice(0, 4);
              byCounty.set(county, [...(byCounty.get(county) ?? []), e.value]);
            }
          const medians = new Map([...byCounty].map(([c, v]) => [c, median(v)]));
          map = {
            level: 'county',
            mode: 'county-median',
            features: await features('county', undefined),
            values: medians,
          };
        } else if (kinds.has('county') || kinds.has('city-county')) {
          map = {
            level: 'county',
            mode: 'direct',
            features: await features('county', query.voivodeship),
            values: new Map(entries.map((e) => [e.unit.code, e.value])),
          };
        } else if (kinds.has('voivodeship')) {
          map = {
            level: 'voivodeship',
            mode: 'direct',
            features: await features('voivodeship', undefined),
            values: new Map(entries.map((e) => [e.unit.code, e.value])),
          };
        }
        if (map && !map.features.some((f) => map!.values.has(f.code))) map = null;
      }
      const voivodeships = s.units
        .filter((u) => u.kind === 'voivodeship')
        .sort((a, b) => a.name.localeCompare(b.name, 'pl'));
      return { indicator, period, ranked, map, voivodeships, kinds: indicator.unitKinds, level };
    },

    /**
     * A comparison of units on indicators, each indicator in `period` when it is released for it,
     * else in its latest released period. Unknown unit codes and unreleased indicators are returned
     * separately (the page names them), never an error: the form is for anyone.
     */
    async compare(query: { units: string[]; indicators: string[]; period?: string | undefined }) {
      const s = await current();
      const units = [...new Set(query.units)]
        .map((c) => s.unitsByCode.get(c))
        .filter((u): u is PortalUnit => !!u)
        .slice(0, COMPARE_MAX_UNITS);
      const unknownUnits = query.units.filter((c) => !s.unitsByCode.has(c));
      const indicators = [...new Set(query.indicators)]
        .map((c) => s.indicatorsByCode.get(c))
        .filter((i): i is Indicator => !!i)
        .slice(0, COMPARE_MAX_INDICATORS);
      const unknownIndicators = query.indicators.filter((c) => !s.indicatorsByCode.has(c));
      const columns = [];
      for (const indicator of indicators) {
        const period =
          query.period && indicator.periods.some((p) => p.period === query.period)
            ? query.period
            : latestPeriod(indicator)!;
        const col = await column(s, indicator.code, period);
        columns.push({ indicator, period, values: units.map((u) => col.get(u.code) ?? null) });
      }
      return { units, indicators: columns, unknownUnits, unknownIndicators, all: s.indicators };
    },

    /** Every public page worth indexing, for the sitemap. */
    async sitemapEntries() {
      const s = await current();
      const kinds = new Set(s.indicators.flatMap((i) => i.unitKinds));
      return {
        indicators: s.indicators.map((i) => i.code),
        units: s.units.filter((u) => kinds.has(u.kind)).map((u) => u.code),
      };
    },
  };
}

/** Median (mean of the two middle values for an even count); the list is not empty. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
