/**
 * The benchmarking engine on the server: approved values are read once into typed arrays (one
 * Float64Array per variable and period over all current units), indicator columns are evaluated
 * column-wise and cached, and every peer group — including nearest neighbours and ad-hoc lists —
 * is computed on request in memory (STACK.md: milliseconds, not SQL round trips). The arrays are
 * rebuilt lazily after any value change (`invalidate`).
 */
import { buildNeighbourModel, findNearestNeighbours, nearestNeighbourCodes, type NeighbourModel } from '../../../domain/benchmarking/nearest-neighbours';
import { parsePeerSpec, resolvePeerSpec, type PeerUniverse } from '../../../domain/benchmarking/peer-spec';
import { directionOfTravel, positionOf, sortGroup, type Polarity } from '../../../domain/benchmarking/stats';
import { AppError } from '../../http/errors';
import type { GroupsService } from '../groups/groups.service';
import type { IndicatorsService, LoadedCatalogue } from '../indicators/indicators.service';
import type { UnitsService } from '../units/units.service';

export type BenchmarkingService = ReturnType<typeof createBenchmarkingService>;

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
}

export function createBenchmarkingService(deps: {
  units: UnitsService;
  groups: GroupsService;
  indicators: IndicatorsService;
  approvedValues: () => Promise<{ unitId: number; variableId: number; period: string; value: number }[]>;
}) {
  let engine: Promise<Engine> | null = null;

  async function build(): Promise<Engine> {
    const [catalogue, universe, values] = await Promise.all([deps.indicators.catalogue(), deps.units.universe(), deps.approvedValues()]);
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
      catalogue, units: universe.units, indexOf, indexByCode: new Map(universe.units.map((u, i) => [u.code, i])),
      periods: [...variables.keys()].sort(), variables, indicatorCache: new Map(), neighbourModels: new Map(),
    };
  }

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
      if ((await deps.units.findAnyUnitId(code)) !== null) throw new AppError('UNIT_NOT_FOUND', `Unit ${code} is historical; compare its successor`);
      throw new AppError('UNIT_NOT_FOUND', `Unit ${code} not found`);
    }
    return { index, unit: e.units[index]! };
  }

  function requirePeriod(e: Engine, period: string) {
    if (!e.variables.has(period)) throw new AppError('PERIOD_NOT_FOUND', `No approved data for period ${period}; available: ${e.periods.join(', ')}`);
  }

  /** Unit indexes of a peer-group spec; the nn model uses the period's structural data of the unit's kind. */
  async function resolvePeers(e: Engine, spec: string, period: string): Promise<Int32Array> {
    const parsed = parsePeerSpec(spec);
    if (!parsed.ok) {
      throw new AppError('VALIDATION_FAILED', `peers: ${parsed.error.message} (at "${parsed.error.part}", position ${parsed.error.position})`, [
        { path: 'querystring.peers', message: parsed.error.message, part: parsed.error.part, position: parsed.error.position },
      ]);
    }
    const population = indicatorColumn(e, 'population_total', period);
    const universe: PeerUniverse = {
      units: e.units.map((u, i) => ({ id: u.id, code: u.code, kind: u.kind, voivodeship: u.voivodeship, population: Number.isFinite(population[i]!) ? population[i]! : null })),
    };
    const groupMembers = new Map<number, number[] | null>();
    for (const term of parsed.spec.terms) {
      if (term.type === 'group') groupMembers.set(term.id, (await deps.groups.exists(term.id)) ? await deps.groups.memberUnitIds(term.id) : null);
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
      const status = resolved.error.code === 'UNKNOWN_GROUP' ? 'GROUP_NOT_FOUND' : resolved.error.code === 'UNKNOWN_UNIT' ? 'UNIT_NOT_FOUND' : 'VALIDATION_FAILED';
      throw new AppError(status, `peers: ${resolved.error.message}`, [{ path: 'querystring.peers', message: resolved.error.message, part: resolved.error.part }]);
    }
    return Int32Array.from(resolved.unitIds.map((id) => e.indexOf.get(id)!));
  }

  function indicatorView(i: LoadedCatalogue['indicators'][number]) {
    return { code: i.code, names: i.names, unit: i.unit, decimals: i.decimals, polarity: i.polarity, area: i.area, type: i.type };
  }

  function latestPeriodOf(e: Engine, index: number): string | null {
    for (let p = e.periods.length - 1; p >= 0; p--) {
      for (const column of e.variables.get(e.periods[p]!)!.values()) if (Number.isFinite(column[index]!)) return e.periods[p]!;
    }
    return null;
  }

  return {
    /** Builds the arrays now (after start), so the first dashboard does not wait for them. */
    async warm(): Promise<void> {
      await current();
    },

    /** Drop the arrays; the next request rebuilds them from the value store. */
    invalidate() {
      engine = null;
    },

    /** A unit's dashboard: every indicator for its kind with the peer group's statistics and the unit's position. */
    async unitDashboard(code: string, query: { period?: string | undefined; peers?: string | undefined }) {
      const e = await current();
      const { index, unit } = await requireUnit(e, code);
      const period = query.period ?? latestPeriodOf(e, index);
      if (period === null) throw new AppError('PERIOD_NOT_FOUND', `No approved data for ${code}`);
      requirePeriod(e, period);
      const spec = query.peers ?? `kind:${unit.kind}`;
      const members = await resolvePeers(e, spec, period);
      const items = e.catalogue.indicators.filter((i) => i.unitKinds.includes(unit.kind)).map((i) => {
        const column = indicatorColumn(e, i.code, period);
        const { stats, sorted } = sortGroup(column, members, i.polarity as Polarity);
        const value = column[index]!;
        const series = e.periods.map((p) => ({ period: Number(p.slice(0, 4)), label: p, value: Number.isFinite(indicatorColumn(e, i.code, p)[index]!) ? indicatorColumn(e, i.code, p)[index]! : null }))
          .filter((s) => /^\d{4}$/.test(s.label));
        return {
          indicator: indicatorView(i),
          value: Number.isFinite(value) ? value : null,
          stats,
          position: Number.isFinite(value) ? positionOf(value, sorted, stats, i.polarity as Polarity) : null,
          trend: series.map((s) => ({ period: s.label, value: s.value })),
          direction: directionOfTravel(series.map((s) => ({ period: s.period, value: s.value })), i.polarity as Polarity),
        };
      });
      return { unit: { code: unit.code, name: unit.name, kind: unit.kind }, period, peers: { spec, count: members.length }, items };
    },

    /** One indicator across a peer group: the distribution and every member's value and position. */
    async indicatorDistribution(code: string, query: { period?: string | undefined; peers?: string | undefined }) {
      const e = await current();
      const indicator = e.catalogue.indicatorsByCode.get(code);
      if (!indicator) throw new AppError('INDICATOR_NOT_FOUND', `Indicator ${code} not found`);
      const period = query.period ?? e.periods.at(-1);
      if (!period) throw new AppError('PERIOD_NOT_FOUND', 'No approved data yet');
      requirePeriod(e, period);
      const spec = query.peers ?? 'all';
      let members = await resolvePeers(e, spec, period);
      // Only units the indicator applies to.
      members = members.filter((m) => indicator.unitKinds.includes(e.units[m]!.kind));
      const column = indicatorColumn(e, code, period);
      const polarity = indicator.polarity as Polarity;
      const { stats, sorted } = sortGroup(column, members, polarity);
      const items = [...members].map((m) => {
        const value = column[m]!;
        const u = e.units[m]!;
        return { unit: { code: u.code, name: u.name, kind: u.kind }, value: Number.isFinite(value) ? value : null, position: Number.isFinite(value) ? positionOf(value, sorted, stats, polarity) : null };
      });
      items.sort((a, b) => (a.position?.ascendingRank ?? Infinity) - (b.position?.ascendingRank ?? Infinity) || a.unit.code.localeCompare(b.unit.code));
      if (polarity === 'higher-is-better') items.reverse();
      return { indicator: indicatorView(indicator), period, peers: { spec, count: members.length }, stats, items };
    },

    /** Nearest neighbours of a unit among units of its kind, with each variable's contribution. */
    async neighbours(code: string, query: { k?: number | undefined; weights?: Record<string, number> | undefined; period?: string | undefined }) {
      const e = await current();
      const { index, unit } = await requireUnit(e, code);
      const period = query.period ?? latestPeriodOf(e, index);
      if (period === null) throw new AppError('PERIOD_NOT_FOUND', `No approved data for ${code}`);
      requirePeriod(e, period);
      const model = neighbourModel(e, unit.kind, period);
      if (!model) throw new AppError('VALIDATION_FAILED', `No structural data to find neighbours of ${code} in ${period}`);
      const found = findNearestNeighbours(model, code, { k: query.k ?? 15, ...(query.weights ? { weights: query.weights } : {}) });
      if (!found.ok) throw new AppError('VALIDATION_FAILED', found.error.message, [{ path: 'querystring', message: found.error.message }]);
      const names = new Map(e.units.map((u) => [u.code, u.name]));
      return {
        unit: { code: unit.code, name: unit.name, kind: unit.kind },
        period,
        variables: model.variables.map((v) => ({ key: v.key, transform: v.transform ?? 'none', names: e.catalogue.indicatorsByCode.get(v.key)?.names ?? { pl: v.key, en: v.key } })),
        ...found.list,
        neighbours: found.list.neighbours.map((nb) => ({ ...nb, name: names.get(nb.code) ?? nb.code })),
      };
    },
  };
}
