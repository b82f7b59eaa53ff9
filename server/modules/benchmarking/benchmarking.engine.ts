/**
 * The benchmarking engine: approved values are read once into typed arrays (one Float64Array per
 * variable and period over all current units), indicator columns are evaluated column-wise and
 * cached, as are shared peer groups, neighbour models and peer universes (STACK.md: milliseconds,
 * not SQL round trips). Everything is rebuilt lazily after any value change (`invalidate`). The
 * service (benchmarking.service.ts) turns requests into answers on top of it.
 */
import {
  buildNeighbourModel,
  nearestNeighbourCodes,
  type NeighbourModel,
} from '../../../domain/benchmarking/nearest-neighbours';
import {
  commonDefaultPeriod,
  dashboardPeriod,
  defaultPeriod,
  type PeriodCoverage,
  type UnitPeriodCount,
} from '../../../domain/benchmarking/coverage';
import { parsePeerSpec, resolvePeerSpec, type PeerUniverse } from '../../../domain/benchmarking/peer-spec';
import { sortGroup, type Polarity, type SortedGroup } from '../../../domain/benchmarking/stats';
import { AppError } from '../../http/errors';
import type { GroupsService } from '../groups/groups.service';
import type { LoadedCatalogue } from '../indicators/indicators.service';
import type { UnitsService } from '../units/units.service';

export type BenchmarkingEngine = ReturnType<typeof createBenchmarkingEngine>;

/** Structural variables of the nearest-neighbour model (METHODS §4.3, Polish adaptation), as indicator codes. */
export const NEIGHBOUR_VARIABLES = [
  { key: 'population_total', transform: 'log' as const },
  { key: 'population_density', transform: 'log' as const },
  { key: 'pre_working_age_share' },
  { key: 'post_working_age_share' },
  { key: 'own_revenue_per_capita', transform: 'log' as const },
];

/** How much approved data an indicator has: units with a value per period (of the kinds it applies to) and per kind. */
export interface IndicatorCoverage {
  /** The latest period with substantial data for this indicator (domain/benchmarking/coverage.ts); null: none. */
  defaultPeriod: string | null;
  /** Periods with at least one value, ascending. */
  periods: (PeriodCoverage & { byKind: Record<string, number> })[];
}

export interface Engine {
  catalogue: LoadedCatalogue;
  units: { id: number; code: string; name: string; kind: string; voivodeship: string | null }[];
  indexOf: Map<number, number>;
  indexByCode: Map<string, number>;
  periods: string[];
  /** period → variable code → value per unit index (NaN = none). */
  variables: Map<string, Map<string, Float64Array>>;
  /** `${indicator}|${period}` → values per unit index. */
  indicatorCache: Map<string, Float64Array>;
  /** `${kind}|${period}` → neighbour model over units of that kind. */
  neighbourModels: Map<string, NeighbourModel | null>;
  /** `${indicator}|${period}|${spec}` → the group's statistics and sorted values, for shared specs (kind, voivodeship, size, all); `group:` membership lives outside the value store. */
  groupCache: Map<string, SortedGroup>;
  /** `${indicator}` → its columns for the yearly periods (the trend), in period order. */
  yearColumns: Map<string, Float64Array[]>;
  /** period → the units as peer specs see them (with that period's population). */
  peerUniverses: Map<string, PeerUniverse>;
  /** indicator → its coverage, computed on first ask. */
  coverage: Map<string, IndicatorCoverage>;
}

/** Entries of the group cache before it is emptied (a few tens of MB at most). */
const GROUP_CACHE_LIMIT = 100_000;

export type EngineValue = { unitId: number; variableId: number; period: string; value: number };

export interface EngineDeps {
  units: Pick<UnitsService, 'universe' | 'findAnyUnitId'>;
  /** `group:` peer terms; the public engine has none (a network's membership is its members' business). */
  groups: Pick<GroupsService, 'exists' | 'memberUnitIds'>;
  /** The catalogue and the values the engine is built from, read together once per build. */
  read: () => Promise<{ catalogue: LoadedCatalogue; values: EngineValue[] | AsyncIterable<EngineValue[]> }>;
}

/** Values placed between two yields to the event loop while building (~10 ms of work). */
const BUILD_SLICE = 20_000;
/** Indicator columns evaluated between two yields while warming. */
const WARM_SLICE = 50;

/** Lets the event loop answer what is waiting (health, other requests) in the middle of a long build. */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function* pagesOf(values: EngineValue[] | AsyncIterable<EngineValue[]>): AsyncIterable<EngineValue[]> {
  if (Array.isArray(values)) yield values;
  else yield* values;
}

export function createBenchmarkingEngine(deps: EngineDeps) {
  let engine: Promise<Engine> | null = null;

  async function build(): Promise<Engine> {
    const [{ catalogue, values }, universe] = await Promise.all([deps.read(), deps.units.universe()]);
    const indexOf = new Map(universe.units.map((u, i) => [u.id, i]));
    const n = universe.units.length;
    const variables = new Map<string, Map<string, Float64Array>>();
    // A unit's own value wins over one reported under its older code for the same period.
    const inherited: EngineValue[] = [];
    const put = (v: EngineValue, index: number, overwrite: boolean) => {
      const code = catalogue.variablesById.get(v.variableId)?.code;
      if (!code) return;
      let byVariable = variables.get(v.period);
      if (!byVariable) variables.set(v.period, (byVariable = new Map()));
      let column = byVariable.get(code);
      if (!column) byVariable.set(code, (column = new Float64Array(n).fill(NaN)));
      if (overwrite || Number.isNaN(column[index]!)) column[index] = v.value;
    };
    // The build never holds the loop for long (#17: no request waits seconds behind a rebuild):
    // the values arrive in pages and are placed in slices with a yield between them.
    for await (const page of pagesOf(values)) {
      for (let start = 0; start < page.length; start += BUILD_SLICE) {
        const end = Math.min(page.length, start + BUILD_SLICE);
        for (let k = start; k < end; k++) {
          const v = page[k]!;
          const own = indexOf.get(v.unitId);
          if (own !== undefined) put(v, own, true);
          else inherited.push(v);
        }
        await yieldToLoop();
      }
    }
    for (const v of inherited) {
      const heir = universe.heirOf.get(v.unitId);
      const index = heir === undefined ? undefined : indexOf.get(heir);
      if (index !== undefined) put(v, index, false);
    }
    return {
      catalogue,
      units: universe.units,
      indexOf,
      indexByCode: new Map(universe.units.map((u, i) => [u.code, i])),
      periods: [...variables.keys()].sort(),
      variables,
      indicatorCache: new Map(),
      neighbourModels: new Map(),
      groupCache: new Map(),
      yearColumns: new Map(),
      peerUniverses: new Map(),
      coverage: new Map(),
    };
  }

  function current(): Promise<Engine> {
    if (!engine) {
      const building = build();
      engine = building;
      // A failed build (e.g. the database away for a moment) must not stay cached.
      building.catch(() => {
        if (engine === building) engine = null;
      });
    }
    return engine;
  }

  function indicatorColumn(e: Engine, code: string, period: string): Float64Array {
    const key = `${code}|${period}`;
    let column = e.indicatorCache.get(key);
    if (!column) {
      const indicator = e.catalogue.indicatorsByCode.get(code)!;
      const byVariable = e.variables.get(period);
      const empty = new Float64Array(e.units.length).fill(NaN);
      const inputs = indicator.compiled.variables.map((v) => byVariable?.get(v) ?? empty);
      column = indicator.compiled.evaluateColumns(inputs, e.units.length).values;
      e.indicatorCache.set(key, column);
    }
    return column;
  }

  function coverageOf(e: Engine, code: string): IndicatorCoverage {
    let coverage = e.coverage.get(code);
    if (coverage) return coverage;
    const indicator = e.catalogue.indicatorsByCode.get(code);
    const periods: IndicatorCoverage['periods'] = [];
    if (indicator) {
      const kinds = new Set(indicator.unitKinds);
      for (const period of e.periods) {
        // Only periods holding every input can give a value; skip the evaluation otherwise.
        const byVariable = e.variables.get(period)!;
        if (!indicator.compiled.variables.every((v) => byVariable.has(v))) continue;
        const column = indicatorColumn(e, code, period);
        const byKind: Record<string, number> = {};
        let units = 0;
        for (let i = 0; i < column.length; i++) {
          if (!Number.isFinite(column[i]!)) continue;
          const kind = e.units[i]!.kind;
          if (!kinds.has(kind)) continue;
          byKind[kind] = (byKind[kind] ?? 0) + 1;
          units++;
        }
        if (units > 0) periods.push({ period, units, byKind });
      }
    }
    coverage = { defaultPeriod: defaultPeriod(periods), periods };
    e.coverage.set(code, coverage);
    return coverage;
  }

  /** Members of a peer group (of the kinds the indicator applies to) with a value in the period. */
  function membersWithValue(e: Engine, code: string, period: string, members: Int32Array) {
    const indicator = e.catalogue.indicatorsByCode.get(code)!;
    const kinds = new Set(indicator.unitKinds);
    const applicable = [...members].filter((m) => kinds.has(e.units[m]!.kind));
    const byVariable = e.variables.get(period);
    if (!byVariable || !indicator.compiled.variables.every((v) => byVariable.has(v)))
      return { units: 0, applicable: applicable.length };
    const column = indicatorColumn(e, code, period);
    return { units: applicable.filter((m) => Number.isFinite(column[m]!)).length, applicable: applicable.length };
  }

  /** A peer group's statistics and sorted values; cached per spec, since a spec string always resolves to the same units while the values stay the same. */
  function groupOf(
    e: Engine,
    code: string,
    period: string,
    spec: string,
    members: Int32Array,
    polarity: Polarity,
  ): SortedGroup {
    // Unit-specific specs (nn:, units:) are small groups, cheap to sort and rarely asked twice: not worth the memory.
    const cacheable = !/group:|nn:|units:/.test(spec);
    const key = `${code}|${period}|${spec}`;
    const hit = cacheable ? e.groupCache.get(key) : undefined;
    if (hit) return hit;
    const group = sortGroup(indicatorColumn(e, code, period), members, polarity);
    if (cacheable) {
      if (e.groupCache.size >= GROUP_CACHE_LIMIT) e.groupCache.clear();
      e.groupCache.set(key, group);
    }
    return group;
  }

  function yearColumnsOf(e: Engine, code: string): Float64Array[] {
    let columns = e.yearColumns.get(code);
    if (!columns) e.yearColumns.set(code, (columns = yearPeriods(e).map((p) => indicatorColumn(e, code, p))));
    return columns;
  }

  function neighbourModel(e: Engine, kind: string, period: string): NeighbourModel | null {
    const key = `${kind}|${period}`;
    if (e.neighbourModels.has(key)) return e.neighbourModels.get(key)!;
    const members = e.units.map((u, i) => [u, i] as const).filter(([u]) => u.kind === kind);
    const available = NEIGHBOUR_VARIABLES.filter((v) => e.catalogue.indicatorsByCode.has(v.key));
    let model: NeighbourModel | null = null;
    if (members.length > 1 && available.length > 0) {
      const columns = available.map((v) => indicatorColumn(e, v.key, period));
      const built = buildNeighbourModel({
        codes: members.map(([u]) => u.code),
        variables: available,
        values: members.map(([, i]) => columns.map((c) => (Number.isFinite(c[i]!) ? c[i]! : null))),
      });
      model = built.ok ? built.model : null;
    }
    e.neighbourModels.set(key, model);
    return model;
  }

  async function requireUnit(e: Engine, code: string) {
    const index = e.indexByCode.get(code);
    if (index === undefined) {
      if ((await deps.units.findAnyUnitId(code)) !== null)
        throw new AppError('UNIT_NOT_FOUND', `Unit ${code} is historical; compare its successor`);
      throw new AppError('UNIT_NOT_FOUND', `Unit ${code} not found`);
    }
    return { index, unit: e.units[index]! };
  }

  function requirePeriod(e: Engine, period: string) {
    if (!e.variables.has(period))
      throw new AppError(
        'PERIOD_NOT_FOUND',
        `No approved data for period ${period}; available: ${e.periods.join(', ')}`,
      );
  }

  /** Unit indexes of a peer-group spec; the nn model uses the period's structural data of the unit's kind. */
  async function resolvePeers(e: Engine, spec: string, period: string): Promise<Int32Array> {
    const parsed = parsePeerSpec(spec);
    if (!parsed.ok) {
      throw new AppError(
        'VALIDATION_FAILED',
        `peers: ${parsed.error.message} (at "${parsed.error.part}", position ${parsed.error.position})`,
        [
          {
            path: 'querystring.peers',
            message: parsed.error.message,
            part: parsed.error.part,
            position: parsed.error.position,
          },
        ],
      );
    }
    let universe = e.peerUniverses.get(period);
    if (!universe) {
      const population = indicatorColumn(e, 'population_total', period);
      universe = {
        units: e.units.map((u, i) => ({
          id: u.id,
          code: u.code,
          kind: u.kind,
          voivodeship: u.voivodeship,
          population: Number.isFinite(population[i]!) ? population[i]! : null,
        })),
      };
      e.peerUniverses.set(period, universe);
    }
    const groupMembers = new Map<number, number[] | null>();
    for (const term of parsed.spec.terms) {
      if (term.type === 'group')
        groupMembers.set(
          term.id,
          (await deps.groups.exists(term.id)) ? await deps.groups.memberUnitIds(term.id) : null,
        );
    }
    const resolved = resolvePeerSpec(parsed.spec, universe, {
      groupMembers: (id) => groupMembers.get(id) ?? null,
      nearestNeighbours: (code, k) => {
        const index = e.indexByCode.get(code);
        const model = index === undefined ? null : neighbourModel(e, e.units[index]!.kind, period);
        return model ? nearestNeighbourCodes(model, code, k) : null;
      },
    });
    if (!resolved.ok) {
      const status =
        resolved.error.code === 'UNKNOWN_GROUP'
          ? 'GROUP_NOT_FOUND'
          : resolved.error.code === 'UNKNOWN_UNIT'
            ? 'UNIT_NOT_FOUND'
            : 'VALIDATION_FAILED';
      throw new AppError(status, `peers: ${resolved.error.message}`, [
        { path: 'querystring.peers', message: resolved.error.message, part: resolved.error.part },
      ]);
    }
    return Int32Array.from(resolved.unitIds.map((id) => e.indexOf.get(id)!));
  }

  /**
   * Shared set-up of the multi-indicator analyses (DEA, composite): indicators must exist and be
   * distinct, the period defaults to the latest with data, and the peer group (default: all units)
   * is narrowed to units every indicator applies to.
   */
  async function matrixSetup(
    e: Engine,
    codes: string[],
    periodAsked: string | undefined,
    peersAsked: string | undefined,
    path: string,
  ) {
    const unknown = codes.filter((c) => !e.catalogue.indicatorsByCode.has(c));
    if (unknown.length > 0)
      throw new AppError(
        'INDICATOR_NOT_FOUND',
        `Unknown indicator${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`,
        unknown.map((c) => ({ path, message: `unknown indicator ${c}` })),
      );
    const duplicate = codes.find((c, i) => codes.indexOf(c) !== i);
    if (duplicate)
      throw new AppError('VALIDATION_FAILED', `Indicator ${duplicate} is listed twice`, [
        { path, message: `${duplicate} listed twice` },
      ]);
    const indicators = codes.map((c) => e.catalogue.indicatorsByCode.get(c)!);
    // Default: the latest period substantial for every chosen indicator, not one global year.
    const period = periodAsked ?? commonDefaultPeriod(codes.map((c) => coverageOf(e, c).periods));
    if (!period) throw new AppError('PERIOD_NOT_FOUND', `No period in which ${codes.join(', ')} all have data`);
    requirePeriod(e, period);
    const spec = peersAsked ?? 'all';
    const members = (await resolvePeers(e, spec, period)).filter((m) =>
      indicators.every((i) => i.unitKinds.includes(e.units[m]!.kind)),
    );
    return { indicators, period, spec, members, columns: codes.map((c) => indicatorColumn(e, c, period)) };
  }
  /** The yearly periods (`YYYY`), ascending: the trend's axis. */
  function yearPeriods(e: Engine): string[] {
    return e.periods.filter((p) => /^\d{4}$/.test(p));
  }

  /**
   * Periods with a substantial share of the data: at least half as many variables as the fullest
   * period. A period holding only a few early-published variables (e.g. the year after the extract,
   * where the previous year's population is already known) is no default for a comparison.
   */
  function substantialPeriods(e: Engine): string[] {
    const sizes = e.periods.map((p) => e.variables.get(p)!.size);
    const fullest = Math.max(0, ...sizes);
    return e.periods.filter((_, i) => sizes[i]! * 2 >= fullest);
  }

  /** The default period for a unit: the latest substantial period in which it has a value. */
  function latestPeriodOf(e: Engine, index: number): string | null {
    const periods = substantialPeriods(e);
    for (let p = periods.length - 1; p >= 0; p--) {
      for (const column of e.variables.get(periods[p]!)!.values())
        if (Number.isFinite(column[index]!)) return periods[p]!;
    }
    return null;
  }

  /** Per period (ascending), how many of the given indicators have a value for the unit; periods with none are left out. */
  function unitPeriodCounts(
    e: Engine,
    index: number,
    indicators: readonly LoadedCatalogue['indicators'][number][],
  ): UnitPeriodCount[] {
    const counts: UnitPeriodCount[] = [];
    for (const period of e.periods) {
      const byVariable = e.variables.get(period)!;
      let n = 0;
      for (const i of indicators) {
        if (!i.compiled.variables.every((v) => byVariable.has(v))) continue;
        if (Number.isFinite(indicatorColumn(e, i.code, period)[index]!)) n++;
      }
      if (n > 0) counts.push({ period, indicators: n });
    }
    return counts;
  }

  /** The dashboard's default period for a unit: the one with the most of its indicators valued (coverage.ts). */
  function dashboardPeriodOf(
    e: Engine,
    index: number,
    indicators: readonly LoadedCatalogue['indicators'][number][],
  ): string | null {
    return dashboardPeriod(unitPeriodCounts(e, index, indicators));
  }

  /**
   * The default period for a unit's nearest neighbours: the latest period in which the unit has a
   * value for every structural variable of the model (a year with population alone gives no
   * neighbours); failing that, the latest substantial period with any value of the unit.
   */
  function neighbourPeriodOf(e: Engine, index: number): string | null {
    const keys = NEIGHBOUR_VARIABLES.map((v) => v.key).filter((k) => e.catalogue.indicatorsByCode.has(k));
    for (let p = e.periods.length - 1; p >= 0; p--) {
      const period = e.periods[p]!;
      const byVariable = e.variables.get(period)!;
      const complete = keys.every((k) => {
        const indicator = e.catalogue.indicatorsByCode.get(k)!;
        return (
          indicator.compiled.variables.every((v) => byVariable.has(v)) &&
          Number.isFinite(indicatorColumn(e, k, period)[index]!)
        );
      });
      if (keys.length > 0 && complete) return period;
    }
    return latestPeriodOf(e, index);
  }

  return {
    /** The engine, built on first use after start or after a change. */
    current,
    /** Builds the arrays and every indicator column now (after start), so the first dashboard does not wait for them. */
    async warm(): Promise<void> {
      const e = await current();
      let evaluated = 0;
      for (const indicator of e.catalogue.indicators)
        for (const period of e.periods) {
          indicatorColumn(e, indicator.code, period);
          if (++evaluated % WARM_SLICE === 0) await yieldToLoop();
        }
    },
    /** Drop the arrays; the next request rebuilds them from the value store. */
    invalidate() {
      engine = null;
    },
    indicatorColumn,
    coverageOf,
    membersWithValue,
    groupOf,
    yearColumnsOf,
    neighbourModel,
    requireUnit,
    requirePeriod,
    resolvePeers,
    matrixSetup,
    yearPeriods,
    substantialPeriods,
    latestPeriodOf,
    unitPeriodCounts,
    dashboardPeriodOf,
    neighbourPeriodOf,
  };
}
