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
import { directionOfTravel, positionOf, sortGroup, type Polarity } from '../../../domain/benchmarking/stats';
import { AppError } from '../../http/errors';
import type { LoadedCatalogue } from '../indicators/indicators.service';
import { createBenchmarkingEngine, type EngineDeps, type IndicatorCoverage } from './benchmarking.engine';
import { runDeaOffThread } from './dea-runner';

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

export function createBenchmarkingService(deps: EngineDeps) {
  const engine = createBenchmarkingEngine(deps);

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

  // A number per engine build: answers derived from one build may be prepared and kept under it,
  // since any committed change drops the build (invalidate) and the next request gets a new number.
  const buildNumbers = new WeakMap<object, number>();
  let lastBuildNumber = 0;

  return {
    warm: engine.warm,
    invalidate: engine.invalidate,
    /** The current build's number (building it first when needed). */
    async buildNumber(): Promise<number> {
      const e = await engine.current();
      let n = buildNumbers.get(e);
      if (n === undefined) buildNumbers.set(e, (n = ++lastBuildNumber));
      return n;
    },
    /**
     * An indicator's current approved values over every current unit (NaN: none), for open data,
     * which reads them "as of" a release on top. `build` is the same object until the engine
     * rebuilds, so callers may cache what they derive per build.
     */
    async indicatorValues(code: string, period: string) {
      const e = await engine.current();
      if (!e.catalogue.indicatorsByCode.has(code)) return null;
      const values = e.variables.has(period)
        ? engine.indicatorColumn(e, code, period)
        : new Float64Array(e.units.length).fill(NaN);
      return { build: e as object, units: e.units, indexOf: e.indexOf, values };
    },

    /**
     * One unit's values on the public engine (benchmarking.public.ts): the released periods, and per
     * indicator and period the value, null when released without one, undefined when not released.
     * A unit outside the current register has nothing released.
     */
    async releasedUnitValues(unitId: number) {
      const e = await engine.current();
      const index = e.indexOf.get(unitId);
      return {
        periods: index === undefined ? [] : e.periods,
        valueOf(indicator: string, period: string): number | null | undefined {
          if (index === undefined || !e.variables.get(period)?.has(`released:${indicator}`)) return undefined;
          const value = engine.indicatorColumn(e, indicator, period)[index]!;
          return Number.isFinite(value) ? value : null;
        },
      };
    },

    /** A unit's dashboard: every indicator for its kind with the peer group's statistics and the unit's position. */
    async unitDashboard(code: string, query: { period?: string | undefined; peers?: string | undefined }) {
      const e = await engine.current();
      const { index, unit } = await engine.requireUnit(e, code);
      const applicable = e.catalogue.indicators.filter((i) => i.unitKinds.includes(unit.kind));
      // Without a period: the one in which this unit has the most indicators valued (labelled as such).
      const counts = engine.unitPeriodCounts(e, index, applicable);
      const period = query.period ?? engine.dashboardPeriodOf(e, index, applicable);
      if (period === null) throw new AppError('PERIOD_NOT_FOUND', `No approved data for ${code}`);
      engine.requirePeriod(e, period);
      const spec = query.peers ?? `kind:${unit.kind}`;
      const members = await engine.resolvePeers(e, spec, period);
      const years = engine.yearPeriods(e);
      const items = applicable.map((i) => {
        const polarity = i.polarity as Polarity;
        const { stats, sorted } = engine.groupOf(e, i.code, period, spec, members, polarity);
        const value = engine.indicatorColumn(e, i.code, period)[index]!;
        const trend = engine.yearColumnsOf(e, i.code).map((column, y) => ({
          period: years[y]!,
          value: Number.isFinite(column[index]!) ? column[index]! : null,
        }));
        const coverage = engine.coverageOf(e, i.code);
        const own = coverage.periods.filter((p) =>
          Number.isFinite(engine.indicatorColumn(e, i.code, p.period)[index]!),
        );
        return {
          indicator: indicatorView(i),
          value: Number.isFinite(value) ? value : null,
          stats,
          position: Number.isFinite(value) ? positionOf(value, sorted, stats, polarity) : null,
          defaultPeriod: coverage.defaultPeriod,
          latestPeriod: own.at(-1)?.period ?? null,
          trend,
          direction: directionOfTravel(
            trend.map((t) => ({ period: Number(t.period), value: t.value })),
            polarity,
          ),
        };
      });
      return {
        unit: { code: unit.code, name: unit.name, kind: unit.kind },
        period,
        periodChoice: query.period ? ('asked' as const) : ('most-indicators' as const),
        periods: counts.map((c) => ({ ...c, of: applicable.length })),
        peers: { spec, count: members.length },
        items,
      };
    },

    /** Every indicator's coverage (units with a value per period and kind, default period). */
    async coverage(): Promise<Map<string, IndicatorCoverage>> {
      const e = await engine.current();
      return new Map(e.catalogue.indicators.map((i) => [i.code, engine.coverageOf(e, i.code)]));
    },

    /**
     * Per indicator, how many members of a peer group have a value: what the DEA and composite
     * pickers show (and disable at 0). In the period asked; without one, each indicator in its own
     * default period (the latest with substantial data), peers resolved in the latest substantial period.
     */
    async pickerCoverage(query: { period?: string | undefined; peers?: string | undefined }) {
      const e = await engine.current();
      const period = query.period ?? engine.substantialPeriods(e).at(-1);
      if (!period) throw new AppError('PERIOD_NOT_FOUND', 'No approved data yet');
      engine.requirePeriod(e, period);
      const spec = query.peers ?? 'all';
      const members = await engine.resolvePeers(e, spec, period);
      return {
        period: query.period ?? null,
        periods: e.periods,
        peers: { spec, count: members.length },
        items: e.catalogue.indicators.map((i) => {
          const defaultPeriod = engine.coverageOf(e, i.code).defaultPeriod;
          const itemPeriod = query.period ?? defaultPeriod;
          return {
            code: i.code,
            period: itemPeriod,
            defaultPeriod,
            ...(itemPeriod === null
              ? { units: 0, applicable: engine.membersWithValue(e, i.code, period, members).applicable }
              : engine.membersWithValue(e, i.code, itemPeriod, members)),
          };
        }),
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
      // Default: this indicator's own latest period with substantial data, not one global year.
      const period = query.period ?? engine.coverageOf(e, code).defaultPeriod;
      if (!period) throw new AppError('PERIOD_NOT_FOUND', `No approved data for ${code} yet`);
      engine.requirePeriod(e, period);
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
      const needed = m + request.outputs.length;
      if (ids.length < needed) {
        // The usual cause is an indicator without data for this period and group: name it (in both
        // languages, the web picks one) with how many of the group's units have a usable value.
        const counts = setup.indicators.map((indicator, c) => ({
          code: indicator.code,
          names: indicator.names,
          units: setup.members.filter((member) => setup.columns[c]![member]! > 0).length,
        }));
        const short = counts.filter((c) => c.units < needed);
        const params = {
          units: ids.length,
          needed,
          period: setup.period,
          group: setup.members.length,
          // The ones with too few values; when each has enough alone but not together, all of them.
          indicators: (short.length ? short : counts).map((c) => c.names),
        };
        throw new AppError(
          'DEA_TOO_FEW_UNITS',
          `DEA: ${ids.length} units have a value > 0 for every indicator in ${setup.period}; at least inputs + outputs = ${needed} are needed` +
            (short.length ? ` (too few values: ${short.map((c) => `${c.code} ${c.units}`).join(', ')})` : ''),
          [{ path: '', code: 'DEA_TOO_FEW_UNITS', message: 'too few units with data', params, indicators: counts }],
        );
      }
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
      const latest = engine.neighbourPeriodOf(e, index) ?? years.at(-1);
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

    /**
     * The latest known total population of each unit (any year with a value), for the
     * good-practice bank's population-band facet; units without one are absent.
     */
    async latestPopulation(unitCodes: readonly string[]): Promise<Map<string, number>> {
      const e = await engine.current();
      const wanted = new Set(unitCodes);
      const indexes = e.units.flatMap((u, i) => (wanted.has(u.code) ? [i] : []));
      const out = new Map<string, number>();
      const years = e.periods.filter((p) => /^\d{4}$/.test(p)).reverse();
      for (const period of years) {
        if (out.size === indexes.length) break;
        const column = engine.indicatorColumn(e, 'population_total', period);
        for (const i of indexes) {
          const code = e.units[i]!.code;
          if (!out.has(code) && Number.isFinite(column[i]!)) out.set(code, column[i]!);
        }
      }
      return out;
    },

    /** Nearest neighbours of a unit among units of its kind, with each variable's contribution. */
    async neighbours(
      code: string,
      query: { k?: number | undefined; weights?: Record<string, number> | undefined; period?: string | undefined },
    ) {
      const e = await engine.current();
      const { index, unit } = await engine.requireUnit(e, code);
      const period = query.period ?? engine.neighbourPeriodOf(e, index);
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
