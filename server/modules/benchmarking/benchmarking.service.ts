/**
 * Benchmarking answers — a unit's dashboard, an indicator's distribution, nearest neighbours, DEA,
 * composite indices and the plans' effect series — computed on the engine's arrays
 * (benchmarking.engine.ts) with the pure functions of domain/benchmarking.
 */
import { findNearestNeighbours } from '../../../domain/benchmarking/nearest-neighbours';
import {
  buildCompositeIndex,
  type Aggregation,
  type MissingPolicy,
  type Normalisation,
} from '../../../domain/benchmarking/composite';
import { validateDeaInput, type DeaInput, type DeaModel, type DeaOrientation } from '../../../domain/benchmarking/dea';
<<<<<<< Updated upstream
import { directionOfTravel, positionOf, sortGroup, type Polarity } from '../../../domain/benchmarking/stats';
import { AppError } from '../../http/errors';
import type { LoadedCatalogue } from '../indicators/indicators.service';
import { createBenchmarkingEngine } from './benchmarking.engine';
import { runDeaOffThread } from './dea-runner';
=======
import {
  directionOfTravel,
  positionOf,
  sortGroup,
  type Polarity,
  type SortedGroup,
} from '../../../domain/benchmarking/stats';
import { commonDefaultPeriod, defaultPeriod, type PeriodCoverage } from '../../../domain/benchmarking/coverage';
import { runDeaOffThread } from './dea-runner';
import { AppError } from '../../http/errors';
import type { GroupsService } from '../groups/groups.service';
import type { IndicatorCoverage, IndicatorsService, LoadedCatalogue } from '../indicators/indicators.service';
import type { UnitsService } from '../units/units.service';
>>>>>>> Stashed changes

export type BenchmarkingService = ReturnType<typeof createBenchmarkingService>;

/** Largest DEA asked of the server (one LP per unit, two phases; 5,000 units ≈ 20–40 s). */
export const DEA_MAX_UNITS = 5000;

export interface DeaRequest {
  model: DeaModel;
  orientation: DeaOrientation;
  superEfficiency?: boolean | undefined;
  period?: string | undefined;
  peers?: string | undefined;
  inputs: string[];
  outputs: string[];
}

export interface CompositeRequest {
  period?: string | undefined;
  peers?: string | undefined;
  indicators: { code: string; weight?: number | undefined }[];
  normalisation: Normalisation;
  aggregation: Aggregation;
  missing?: MissingPolicy | undefined;
  sensitivity?: { draws?: number | undefined; spread?: number | undefined; seed?: number | undefined } | undefined;
}

<<<<<<< Updated upstream
export function createBenchmarkingService(deps: Parameters<typeof createBenchmarkingEngine>[0]) {
  const engine = createBenchmarkingEngine(deps);
=======
/** Structural variables of the nearest-neighbour model (METHODS §4.3, Polish adaptation), as indicator codes. */
export const NEIGHBOUR_VARIABLES = [
  { key: 'population_total', transform: 'log' as const },
  { key: 'population_density', transform: 'log' as const },
  { key: 'pre_working_age_share' },
  { key: 'post_working_age_share' },
  { key: 'own_revenue_per_capita', transform: 'log' as const },
];

interface Engine {
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
  /** indicator → its coverage (units with a value per period and kind) and default period. */
  coverage: Map<string, IndicatorCoverage>;
}

/** Entries of the group cache before it is emptied (a few tens of MB at most). */
const GROUP_CACHE_LIMIT = 100_000;

export function createBenchmarkingService(deps: {
  units: UnitsService;
  groups: GroupsService;
  indicators: IndicatorsService;
  approvedValues: () => Promise<{ unitId: number; variableId: number; period: string; value: number }[]>;
}) {
  let engine: Promise<Engine> | null = null;

  async function build(): Promise<Engine> {
    const [catalogue, universe, values] = await Promise.all([
      deps.indicators.catalogue(),
      deps.units.universe(),
      deps.approvedValues(),
    ]);
    const indexOf = new Map(universe.units.map((u, i) => [u.id, i]));
    const n = universe.units.length;
    const variables = new Map<string, Map<string, Float64Array>>();
    // A unit's own value wins over one reported under its older code for the same period.
    const inherited: typeof values = [];
    const put = (v: (typeof values)[number], index: number, overwrite: boolean) => {
      const code = catalogue.variablesById.get(v.variableId)?.code;
      if (!code) return;
      let byVariable = variables.get(v.period);
      if (!byVariable) variables.set(v.period, (byVariable = new Map()));
      let column = byVariable.get(code);
      if (!column) byVariable.set(code, (column = new Float64Array(n).fill(NaN)));
      if (overwrite || Number.isNaN(column[index]!)) column[index] = v.value;
    };
    for (const v of values) {
      const own = indexOf.get(v.unitId);
      if (own !== undefined) put(v, own, true);
      else inherited.push(v);
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

  /** Coverage within one set of units (a peer group): per indicator, members with a value. */
  function membersWithValue(e: Engine, code: string, period: string, members: Int32Array): number {
    const indicator = e.catalogue.indicatorsByCode.get(code)!;
    const byVariable = e.variables.get(period);
    if (!byVariable || !indicator.compiled.variables.every((v) => byVariable.has(v))) return 0;
    const column = indicatorColumn(e, code, period);
    let n = 0;
    for (const m of members) if (Number.isFinite(column[m]!) && indicator.unitKinds.includes(e.units[m]!.kind)) n++;
    return n;
  }

  const asCoverage = (c: IndicatorCoverage): PeriodCoverage[] =>
    c.periods.map((p) => ({ period: p.period, units: p.units }));

  const current = () => (engine ??= build());

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
    // Default: the latest period with substantial data for every indicator chosen.
    const period = periodAsked ?? commonDefaultPeriod(codes.map((c) => asCoverage(coverageOf(e, c))));
    if (!period)
      throw new AppError('PERIOD_NOT_FOUND', `No period in which ${codes.join(', ')} all have data`, [
        { path, message: 'no common period with data' },
      ]);
    requirePeriod(e, period);
    const spec = peersAsked ?? 'all';
    const members = (await resolvePeers(e, spec, period)).filter((m) =>
      indicators.every((i) => i.unitKinds.includes(e.units[m]!.kind)),
    );
    return { indicators, period, spec, members, columns: codes.map((c) => indicatorColumn(e, c, period)) };
  }
>>>>>>> Stashed changes

  function indicatorView(i: LoadedCatalogue['indicators'][number]) {
    return {
      code: i.code,
      names: i.names,
      unit: i.unit,
      decimals: i.decimals,
      polarity: i.polarity,
      area: i.area,
      type: i.type,
    };
  }

  return {
    warm: engine.warm,
    invalidate: engine.invalidate,

    /**
     * A unit's dashboard: every indicator for its kind with the peer group's statistics and the
     * unit's position. Without a period asked, each indicator is shown for its own default period
     * (the latest with substantial data for it), so unemployment 2024 and turnout 2023 sit next to
     * revenue 2019; the top-level period is the unit's latest substantial period overall.
     */
    async unitDashboard(code: string, query: { period?: string | undefined; peers?: string | undefined }) {
      const e = await engine.current();
      const { index, unit } = await engine.requireUnit(e, code);
      const period = query.period ?? engine.latestPeriodOf(e, index);
      if (period === null) throw new AppError('PERIOD_NOT_FOUND', `No approved data for ${code}`);
      engine.requirePeriod(e, period);
      const spec = query.peers ?? `kind:${unit.kind}`;
<<<<<<< Updated upstream
      const members = await engine.resolvePeers(e, spec, period);
      const years = engine.yearPeriods(e);
      const items = e.catalogue.indicators
        .filter((i) => i.unitKinds.includes(unit.kind))
        .map((i) => {
          const polarity = i.polarity as Polarity;
          const { stats, sorted } = engine.groupOf(e, i.code, period, spec, members, polarity);
          const value = engine.indicatorColumn(e, i.code, period)[index]!;
          const trend = engine.yearColumnsOf(e, i.code).map((column, y) => ({
            period: years[y]!,
            value: Number.isFinite(column[index]!) ? column[index]! : null,
          }));
          return {
            indicator: indicatorView(i),
            value: Number.isFinite(value) ? value : null,
            stats,
            position: Number.isFinite(value) ? positionOf(value, sorted, stats, polarity) : null,
            trend,
            direction: directionOfTravel(
              trend.map((t) => ({ period: Number(t.period), value: t.value })),
              polarity,
            ),
          };
=======
      const membersByPeriod = new Map<string, Int32Array>();
      const membersOf = async (p: string) => {
        let m = membersByPeriod.get(p);
        if (!m) membersByPeriod.set(p, (m = await resolvePeers(e, spec, p)));
        return m;
      };
      const members = await membersOf(period);
      const years = yearPeriods(e);
      const items = [];
      for (const i of e.catalogue.indicators.filter((x) => x.unitKinds.includes(unit.kind))) {
        const polarity = i.polarity as Polarity;
        const coverage = coverageOf(e, i.code);
        const itemPeriod = query.period ?? coverage.defaultPeriod ?? period;
        const { stats, sorted } = groupOf(e, i.code, itemPeriod, spec, await membersOf(itemPeriod), polarity);
        const value = indicatorColumn(e, i.code, itemPeriod)[index]!;
        const trend = yearColumnsOf(e, i.code).map((column, y) => ({
          period: years[y]!,
          value: Number.isFinite(column[index]!) ? column[index]! : null,
        }));
        items.push({
          indicator: indicatorView(i),
          period: itemPeriod,
          coverage,
          value: Number.isFinite(value) ? value : null,
          stats,
          position: Number.isFinite(value) ? positionOf(value, sorted, stats, polarity) : null,
          trend,
          direction: directionOfTravel(
            trend.map((t) => ({ period: Number(t.period), value: t.value })),
            polarity,
          ),
>>>>>>> Stashed changes
        });
      }
      return {
        unit: { code: unit.code, name: unit.name, kind: unit.kind },
        period,
        peers: { spec, count: members.length },
        items,
      };
    },

    /** Every indicator's coverage (units with a value per period and kind, default period). */
    async coverage(): Promise<Map<string, IndicatorCoverage>> {
      const e = await current();
      return new Map(e.catalogue.indicators.map((i) => [i.code, coverageOf(e, i.code)]));
    },

    /**
     * Per indicator, how many units of a peer group have a value in a period: what the DEA and
     * composite pickers show (and disable at 0). Period default: the latest substantial period overall.
     */
    async pickerCoverage(query: { period?: string | undefined; peers?: string | undefined }) {
      const e = await current();
      const period = query.period ?? substantialPeriods(e).at(-1);
      if (!period) throw new AppError('PERIOD_NOT_FOUND', 'No approved data yet');
      requirePeriod(e, period);
      const spec = query.peers ?? 'all';
      const members = await resolvePeers(e, spec, period);
      return {
        period,
        periods: e.periods,
        peers: { spec, count: members.length },
        items: e.catalogue.indicators.map((i) => ({
          code: i.code,
          units: membersWithValue(e, i.code, period, members),
          applicable: [...members].filter((m) => i.unitKinds.includes(e.units[m]!.kind)).length,
          defaultPeriod: coverageOf(e, i.code).defaultPeriod,
        })),
      };
    },

    /** The members of a unit's peer group (as the dashboard resolves it), for reports. */
    async peerMembers(code: string, query: { period: string; peers?: string | undefined }) {
      const e = await engine.current();
      const { unit } = await engine.requireUnit(e, code);
      engine.requirePeriod(e, query.period);
      const members = await engine.resolvePeers(e, query.peers ?? `kind:${unit.kind}`, query.period);
      return [...members].map((m) => ({ code: e.units[m]!.code, name: e.units[m]!.name, kind: e.units[m]!.kind }));
    },

    /** One indicator across a peer group: the distribution and every member's value and position. */
    async indicatorDistribution(code: string, query: { period?: string | undefined; peers?: string | undefined }) {
      const e = await engine.current();
      const indicator = e.catalogue.indicatorsByCode.get(code);
      if (!indicator) throw new AppError('INDICATOR_NOT_FOUND', `Indicator ${code} not found`);
<<<<<<< Updated upstream
      const period = query.period ?? engine.substantialPeriods(e).at(-1);
      if (!period) throw new AppError('PERIOD_NOT_FOUND', 'No approved data yet');
      engine.requirePeriod(e, period);
=======
      const period = query.period ?? coverageOf(e, code).defaultPeriod;
      if (!period) throw new AppError('PERIOD_NOT_FOUND', `No approved data for ${code} yet`);
      requirePeriod(e, period);
>>>>>>> Stashed changes
      const spec = query.peers ?? 'all';
      let members = await engine.resolvePeers(e, spec, period);
      // Only units the indicator applies to.
      members = members.filter((m) => indicator.unitKinds.includes(e.units[m]!.kind));
      const column = engine.indicatorColumn(e, code, period);
      const polarity = indicator.polarity as Polarity;
      const { stats, sorted } = sortGroup(column, members, polarity);
      const items = [...members].map((m) => {
        const value = column[m]!;
        const u = e.units[m]!;
        return {
          unit: { code: u.code, name: u.name, kind: u.kind },
          value: Number.isFinite(value) ? value : null,
          position: Number.isFinite(value) ? positionOf(value, sorted, stats, polarity) : null,
        };
      });
      // Best first (ascending for neutral indicators), units without a value last.
      const sign = polarity === 'higher-is-better' ? -1 : 1;
      items.sort(
        (a, b) =>
          Number(a.value === null) - Number(b.value === null) ||
          sign * ((a.value ?? 0) - (b.value ?? 0)) ||
          a.unit.code.localeCompare(b.unit.code),
      );
      return { indicator: indicatorView(indicator), period, peers: { spec, count: members.length }, stats, items };
    },

    /**
     * DEA over indicators from the value store: each unit of the peer group (default: every unit the
     * indicators apply to) with a value > 0 for every input and output enters; the others are
     * listed as excluded with the reason. Solved off the event loop.
     */
    async dea(request: DeaRequest) {
      const e = await engine.current();
      const setup = await engine.matrixSetup(
        e,
        [...request.inputs, ...request.outputs],
        request.period,
        request.peers,
        'body',
      );
      const m = request.inputs.length;
      const ids: string[] = [];
      const inputs: number[][] = [];
      const outputs: number[][] = [];
      const excluded: { code: string; name: string; reason: string }[] = [];
      for (const member of setup.members) {
        const unit = e.units[member]!;
        const row = setup.columns.map((c) => c[member]!);
        const missing = setup.indicators.filter((_, c) => !Number.isFinite(row[c]!)).map((i) => i.code);
        const nonPositive = setup.indicators
          .filter((_, c) => Number.isFinite(row[c]!) && row[c]! <= 0)
          .map((i) => i.code);
        if (missing.length > 0 || nonPositive.length > 0) {
          const reason = [
            missing.length ? `no value for ${missing.join(', ')}` : '',
            nonPositive.length ? `value ≤ 0 for ${nonPositive.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('; ');
          excluded.push({ code: unit.code, name: unit.name, reason });
          continue;
        }
        ids.push(unit.code);
        inputs.push(row.slice(0, m));
        outputs.push(row.slice(m));
      }
      if (ids.length > DEA_MAX_UNITS)
        throw new AppError(
          'VALIDATION_FAILED',
          `${ids.length} units; the server runs DEA for at most ${DEA_MAX_UNITS} units — narrow the peer group`,
          [{ path: 'body.peers', message: 'too many units' }],
        );
      const input: DeaInput = { ids, inputs, outputs, inputNames: request.inputs, outputNames: request.outputs };
      const checked = validateDeaInput(input);
      if (!checked.ok) {
        const why =
          ids.length < m + request.outputs.length && excluded.length > 0
            ? ` (${excluded.length} units left out for missing or non-positive values)`
            : '';
        throw new AppError(
          'VALIDATION_FAILED',
          `DEA: ${checked.reason}${why}`,
          checked.problems.map((p) => ({
            path: 'body',
            message: p.reason,
            code: p.code,
            unit: p.unitId,
            column: p.column,
          })),
        );
      }
      const run = await runDeaOffThread(input, {
        model: request.model,
        orientation: request.orientation,
        superEfficiency: request.superEfficiency ?? false,
      });
      if (!run.ok)
        throw new AppError(
          'VALIDATION_FAILED',
          `DEA: ${run.reason}`,
          run.problems?.map((p) => ({ path: 'body', message: p.reason, code: p.code })) ?? [],
        );
      const names = new Map(e.units.map((u) => [u.code, u.name]));
      const ref = (i: (typeof setup.indicators)[number]) => ({ code: i.code, names: i.names, unit: i.unit });
      return {
        model: run.model,
        orientation: run.orientation,
        period: setup.period,
        peers: { spec: setup.spec, count: setup.members.length },
        inputs: setup.indicators.slice(0, m).map(ref),
        outputs: setup.indicators.slice(m).map(ref),
        units: run.units.map((u, j) => ({
          code: u.id,
          name: names.get(u.id) ?? u.id,
          score: u.score,
          efficient: u.efficient,
          superEfficiency: u.superEfficiency ?? null,
          peers: u.peers.map((p) => ({ code: p.id, name: names.get(p.id) ?? p.id, lambda: p.lambda })),
          targets: u.targets,
          slacks: u.slacks,
          values: { inputs: inputs[j]!, outputs: outputs[j]! },
        })),
        excluded,
        warnings: [...checked.warnings, ...run.warnings.filter((w) => !checked.warnings.includes(w))],
      };
    },

    /** A composite index over catalogue indicators (polarity from the catalogue) with a weight-sensitivity analysis. */
    async composite(request: CompositeRequest) {
      const e = await engine.current();
      const setup = await engine.matrixSetup(
        e,
        request.indicators.map((i) => i.code),
        request.period,
        request.peers,
        'body.indicators',
      );
      const neutral = setup.indicators.filter((i) => i.polarity === 'neutral');
      if (neutral.length > 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          `${neutral.map((i) => i.code).join(', ')}: a neutral indicator has no "better" direction and cannot enter a composite index`,
          neutral.map((i) => ({ path: 'body.indicators', message: `${i.code} is neutral` })),
        );
      }
      const codes = [...setup.members].map((m) => e.units[m]!.code);
      const k = setup.indicators.length;
      const values = new Float64Array(codes.length * k);
      [...setup.members].forEach((member, row) =>
        setup.columns.forEach((column, c) => (values[row * k + c] = column[member]!)),
      );
      const outcome = buildCompositeIndex({
        codes,
        values,
        normalisation: request.normalisation,
        aggregation: request.aggregation,
        missing: request.missing ?? 'exclude',
        indicators: setup.indicators.map((i, c) => ({
          key: i.code,
          polarity: i.polarity as Polarity,
          weight: request.indicators[c]!.weight ?? 1,
        })),
        ...(request.sensitivity
          ? {
              sensitivity: {
                draws: request.sensitivity.draws ?? 1000,
                spread: request.sensitivity.spread ?? 0.5,
                seed: request.sensitivity.seed ?? 1,
              },
            }
          : {}),
      });
      if (!outcome.ok)
        throw new AppError('VALIDATION_FAILED', outcome.error.message, [
          { path: 'body', message: outcome.error.message, code: outcome.error.code },
        ]);
      const names = new Map(e.units.map((u) => [u.code, u.name]));
      const r = outcome.result;
      return {
        period: setup.period,
        peers: { spec: setup.spec, count: setup.members.length },
        indicators: r.indicators.map((summary, c) => ({
          code: summary.key,
          names: setup.indicators[c]!.names,
          polarity: summary.polarity,
          weight: summary.weight,
          constant: summary.constant,
        })),
        units: r.units
          .map((u) => ({
            code: u.code,
            name: names.get(u.code) ?? u.code,
            index: u.index,
            rank: u.rank,
            coverage: u.coverage,
            sensitivity: u.sensitivity,
          }))
          .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code)),
        excluded: r.excluded.map((x) => ({
          code: x.code,
          name: names.get(x.code) ?? x.code,
          indicators: x.indicators,
        })),
        sensitivity: r.sensitivity,
      };
    },

    /**
     * A unit's yearly series of one indicator and its peers' series over the same periods, for the
     * improvement-plan effect check (difference-in-differences). Peers exclude the unit; the spec is
     * resolved in the latest period (default: its 15 nearest neighbours).
     */
    async effectSeries(indicatorCode: string, unitCode: string, peers?: string) {
      const e = await engine.current();
      const indicator = e.catalogue.indicatorsByCode.get(indicatorCode);
      if (!indicator) throw new AppError('INDICATOR_NOT_FOUND', `Indicator ${indicatorCode} not found`);
      const { index } = await engine.requireUnit(e, unitCode);
      const years = e.periods.filter((p) => /^\d{4}$/.test(p));
      const latest = engine.latestPeriodOf(e, index) ?? years.at(-1);
      const members = latest ? await engine.resolvePeers(e, peers ?? `nn:${unitCode}:15`, latest) : new Int32Array();
      const columns = years.map((p) => engine.indicatorColumn(e, indicatorCode, p));
      const seriesOf = (i: number) =>
        years.map((period, y) => ({ period, value: Number.isFinite(columns[y]![i]!) ? columns[y]![i]! : null }));
      return {
        polarity: indicator.polarity as Polarity,
        unit: seriesOf(index),
        peers: [...members].filter((m) => m !== index).map((m) => ({ unitId: e.units[m]!.code, values: seriesOf(m) })),
      };
    },

    /** Nearest neighbours of a unit among units of its kind, with each variable's contribution. */
    async neighbours(
      code: string,
      query: { k?: number | undefined; weights?: Record<string, number> | undefined; period?: string | undefined },
    ) {
      const e = await engine.current();
      const { index, unit } = await engine.requireUnit(e, code);
      const period = query.period ?? engine.latestPeriodOf(e, index);
      if (period === null) throw new AppError('PERIOD_NOT_FOUND', `No approved data for ${code}`);
      engine.requirePeriod(e, period);
      const model = engine.neighbourModel(e, unit.kind, period);
      if (!model)
        throw new AppError('VALIDATION_FAILED', `No structural data to find neighbours of ${code} in ${period}`);
      const found = findNearestNeighbours(model, code, {
        k: query.k ?? 15,
        ...(query.weights ? { weights: query.weights } : {}),
      });
      if (!found.ok)
        throw new AppError('VALIDATION_FAILED', found.error.message, [
          { path: 'querystring', message: found.error.message },
        ]);
      const names = new Map(e.units.map((u) => [u.code, u.name]));
      return {
        unit: { code: unit.code, name: unit.name, kind: unit.kind },
        period,
        variables: model.variables.map((v) => ({
          key: v.key,
          transform: v.transform ?? 'none',
          names: e.catalogue.indicatorsByCode.get(v.key)?.names ?? { pl: v.key, en: v.key },
        })),
        ...found.list,
        neighbours: found.list.neighbours.map((nb) => ({ ...nb, name: names.get(nb.code) ?? nb.code })),
      };
    },
  };
}
