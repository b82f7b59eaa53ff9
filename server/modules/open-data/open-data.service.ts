import type { CsvCell } from '../../reports/csv';
/**
 * Open data (#15): data releases decided by operators, and the values the public may read. A public
 * value is read "as of" the release that made its indicator period public: the engine's current
 * column, with the few units whose inputs changed since then read again from the value store's
 * history (approvedValuesAsOf). The answer therefore depends only on the releases — a correction
 * after release N stays private until a release holds it again — which also makes it cacheable.
 */
import {
  classifyContents,
  normaliseContents,
  publicSince,
  releaseFor,
  releaseIndex,
  comparePeriodTexts,
  releaseKey,
  sortPeriods,
  type PublishedRelease,
  type ReleaseContent,
} from '../../../domain/open-data/releases';
import { buildDcatCatalog } from '../../../domain/open-data/dcat';
import { releaseHistory, revisionsIn } from '../../../domain/open-data/history';
import { toJsonStat } from '../../../domain/open-data/json-stat';
import type { Db } from '../../db/client';
import type { Localized, ReleaseChanges } from '../../db/schema';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import type { BenchmarkingService } from '../benchmarking/benchmarking.service';
import type { IndicatorsService, LoadedCatalogue } from '../indicators/indicators.service';
import type { UnitsService } from '../units/units.service';
import * as repo from './open-data.repository';

export type OpenDataService = ReturnType<typeof createOpenDataService>;

/** Largest page of the open API (Kolada's limit). */
export const OPEN_PAGE_MAX = 5000;
/** How long this process trusts its copy of the published releases (another instance may publish). */
const PUBLISHED_RELEASES_TTL_MS = 5_000;

/** Attribution of the reference data shipped with Miernik; shown with every public value. */
export const REFERENCE_ATTRIBUTION = 'Źródło: GUS, Bank Danych Lokalnych';

export interface PublicValue {
  unitCode: string;
  indicatorCode: string;
  period: string;
  value: number;
  status: 'approved';
  release: number;
  source: string;
  updatedAt: string;
}

/** The columns of values as CSV: the open API's `format=csv` and a release ZIP's values.csv. */
export const VALUE_CSV_HEADER = [
  'unit_code',
  'indicator_code',
  'period',
  'value',
  'status',
  'release',
  'source',
  'updated_at',
];
export function valueCsvRow(v: PublicValue): CsvCell[] {
  return [v.unitCode, v.indicatorCode, v.period, v.value, v.status, v.release, v.source, v.updatedAt];
}

export interface ValuesQuery {
  indicator?: string[] | undefined;
  unit?: string[] | undefined;
  period?: string[] | undefined;
  kind?: string | undefined;
  voivodeship?: string | undefined;
  updatedSince?: Date | undefined;
  vintage?: number | undefined;
  page: number;
  pageSize: number;
}

type Column = {
  units: { id: number; code: string; kind: string; voivodeship: string | null }[];
  values: Float64Array;
  since: Date[];
  /** Indexes of the units with a value, in code order (how every answer lists them), computed once. */
  order: number[];
};

export function createOpenDataService(deps: {
  db: Db;
  audit: AuditService;
  indicators: Pick<IndicatorsService, 'catalogue'>;
  benchmarking: Pick<BenchmarkingService, 'indicatorValues'>;
  units: Pick<UnitsService, 'universe' | 'findUnitIds'>;
  approvedValuesAsOf: (
    unitIds: readonly number[],
    variableIds: readonly number[],
    asOf: Date,
  ) => Promise<{ unitId: number; variableId: number; period: string; value: number }[]>;
  /** Called after a release is published (the public engine rebuilds). */
  releasesChanged?: () => void;
}) {
  const { db, audit } = deps;
  /** Public columns per engine build; entries are immutable for a build (they depend on the releases only). */
  const columns = new WeakMap<object, Map<string, Promise<Column>>>();

  const toPublished = (rows: repo.ReleaseRow[]): PublishedRelease[] =>
    rows.map((r) => ({ number: r.number!, publishedAt: r.publishedAt!, contents: r.contents }));

  function releaseView(r: repo.ReleaseRow) {
    return {
      id: r.id,
      number: r.number,
      status: r.number === null ? ('draft' as const) : ('published' as const),
      title: r.title,
      notes: r.notes,
      contents: r.contents,
      changes: r.changes ?? null,
      createdAt: r.createdAt.toISOString(),
      publishedAt: r.publishedAt?.toISOString() ?? null,
    };
  }

  function requireIndicators(catalogue: LoadedCatalogue, contents: ReleaseContent[]) {
    const problems = contents.flatMap((c, i) =>
      catalogue.indicatorsByCode.has(c.indicator)
        ? []
        : [{ path: `body.contents.${i}.indicator`, message: `indicator ${c.indicator} is not in the catalogue` }],
    );
    if (problems.length > 0)
      throw new AppError('VALIDATION_FAILED', problems.map((p) => p.message).join('; '), problems);
  }

  /**
   * The public column of one indicator period as of `release`: current values, with the units whose
   * inputs changed after the release read as they stood then; and per unit the time its value
   * became public in its present form.
   */
  async function publicColumn(
    catalogue: LoadedCatalogue,
    code: string,
    period: string,
    holding: PublishedRelease[],
    release: PublishedRelease,
  ): Promise<Column> {
    const current = await deps.benchmarking.indicatorValues(code, period);
    if (!current) throw new AppError('INDICATOR_NOT_FOUND', `Indicator ${code} not found`);
    let perBuild = columns.get(current.build);
    if (!perBuild) columns.set(current.build, (perBuild = new Map()));
    // The instant is in the key too: publishing computes a draft's column before its number is final.
    const key = `${releaseKey(code, period)}|${release.number}|${release.publishedAt.getTime()}`;
    let column = perBuild.get(key);
    if (!column) {
      column = compute();
      perBuild.set(key, column);
      // A failed read must not stay cached.
      column.catch(() => perBuild!.delete(key));
    }
    return column;

    async function compute(): Promise<Column> {
      const indicator = catalogue.indicatorsByCode.get(code)!;
      const variableIds = indicator.compiled.variables.flatMap((v) => {
        const id = catalogue.variablesByCode.get(v)?.id;
        return id === undefined ? [] : [id];
      });
      const changes = await repo.inputChanges(db, variableIds, period, holding[0]!.publishedAt);
      const changesOf = new Map<number, Date[]>();
      for (const c of changes) {
        const list = changesOf.get(c.unitId);
        if (list) list.push(c.at);
        else changesOf.set(c.unitId, [c.at]);
      }
      const cut = release.publishedAt.getTime();
      const values = Float64Array.from(current!.values);
      const later = [...changesOf]
        .filter(([unitId, times]) => current!.indexOf.has(unitId) && times.some((t) => t.getTime() > cut))
        .map(([unitId]) => unitId);
      if (later.length > 0) {
        const asOf = (await deps.approvedValuesAsOf(later, variableIds, release.publishedAt)).filter(
          (v) => v.period === period,
        );
        const codeOf = new Map([...catalogue.variablesByCode].map(([c, v]) => [v.id, c]));
        const slot = new Map(later.map((unitId, i) => [unitId, i]));
        const inputs = indicator.compiled.variables.map(() => new Float64Array(later.length).fill(NaN));
        for (const v of asOf) {
          const position = indicator.compiled.variables.indexOf(codeOf.get(v.variableId) ?? '');
          if (position >= 0) inputs[position]![slot.get(v.unitId)!] = v.value;
        }
        const asReleased = indicator.compiled.evaluateColumns(inputs, later.length).values;
        later.forEach((unitId, i) => (values[current!.indexOf.get(unitId)!] = asReleased[i]!));
      }
      const since = current!.units.map((u) => publicSince(holding, release, changesOf.get(u.id) ?? []));
      const units = current!.units;
      const order = [...units.keys()]
        .filter((i) => Number.isFinite(values[i]!))
        .sort((a, b) => (units[a]!.code < units[b]!.code ? -1 : units[a]!.code > units[b]!.code ? 1 : 0));
      return { units, values, since, order };
    }
  }

  /**
   * Published releases never change, and every public answer starts by asking for them: kept in
   * memory, dropped when this process publishes one, and re-read after a few seconds so that a
   * release published by another instance on the same database shows soon.
   */
  let publishedCache: { at: number; rows: Promise<repo.ReleaseRow[]> } | null = null;
  function publishedRows(): Promise<repo.ReleaseRow[]> {
    if (!publishedCache || Date.now() - publishedCache.at > PUBLISHED_RELEASES_TTL_MS) {
      const rows = repo.publishedReleases(db);
      publishedCache = { at: Date.now(), rows };
      rows.catch(() => {
        if (publishedCache?.rows === rows) publishedCache = null;
      });
    }
    return publishedCache.rows;
  }

  async function published() {
    const releases = toPublished(await publishedRows());
    return { releases, index: releaseIndex(releases), latest: releases.at(-1) ?? null };
  }

  /**
   * Public values matching the filters, ordered by indicator, period and unit code, one indicator
   * period per batch. Codes are checked first (404 naming them), before anything is read.
   */
  async function valueBatches(query: Omit<ValuesQuery, 'page' | 'pageSize'>, only?: ReadonlySet<string>) {
    const catalogue = await deps.indicators.catalogue();
    const { index, latest } = await published();
    if (query.vintage !== undefined && (latest === null || query.vintage > latest.number))
      throw new AppError('RELEASE_NOT_FOUND', `Release ${query.vintage} not found`);
    for (const code of query.indicator ?? [])
      if (!catalogue.indicatorsByCode.has(code))
        throw new AppError('INDICATOR_NOT_FOUND', `Indicator ${code} not found`);
    const pairs = [...index.keys()]
      .map((k) => k.split('|') as [string, string])
      .filter(
        ([code, period]) =>
          catalogue.indicatorsByCode.has(code) &&
          (only ? only.has(releaseKey(code, period)) : true) &&
          (query.indicator ? query.indicator.includes(code) : true) &&
          (query.period ? query.period.includes(period) : true),
      )
      .sort(([a, p], [b, q]) => (a < b ? -1 : a > b ? 1 : comparePeriodTexts(p, q)));
    if (query.unit) {
      const known = await deps.units.findUnitIds(query.unit);
      const unknown = query.unit.filter((c) => !known.has(c));
      if (unknown.length > 0) throw new AppError('UNIT_NOT_FOUND', `Unit ${unknown.join(', ')} not found`);
    }
    const units = query.unit ? new Set(query.unit) : null;
    async function* batches(): AsyncGenerator<PublicValue[]> {
      for (const [code, period] of pairs) {
        const holding = index.get(releaseKey(code, period))!;
        const release = releaseFor(holding, query.vintage);
        if (!release) continue;
        const indicator = catalogue.indicatorsByCode.get(code)!;
        const kinds = new Set(indicator.unitKinds);
        const source = sourceOf(indicator);
        const column = await publicColumn(catalogue, code, period, holding, release);
        const batch: PublicValue[] = [];
        for (const i of column.order) {
          const u = column.units[i]!;
          const unitCode = u.code;
          const value = column.values[i]!;
          if (!kinds.has(u.kind)) continue;
          if (units && !units.has(unitCode)) continue;
          if (query.kind && u.kind !== query.kind) continue;
          if (query.voivodeship && u.voivodeship !== query.voivodeship) continue;
          if (query.updatedSince && column.since[i]!.getTime() <= query.updatedSince.getTime()) continue;
          batch.push({
            unitCode,
            indicatorCode: code,
            period,
            value,
            status: 'approved',
            release: release.number,
            source,
            updatedAt: column.since[i]!.toISOString(),
          });
        }
        yield batch;
      }
    }
    return { latest, batches: batches() };
  }

  function sourceOf(indicator: LoadedCatalogue['indicators'][number]) {
    return indicator.source.pl || REFERENCE_ATTRIBUTION;
  }

  return {
    // -- releases (operators) -------------------------------------------------------------------

    async listReleases(ctx: RequestContext) {
      authorize(ctx, { type: 'release.manage' });
      return { items: (await repo.listReleases(db)).map(releaseView) };
    },

    async createRelease(
      ctx: RequestContext,
      body: { title: Localized; notes?: Localized | undefined; contents: ReleaseContent[] },
    ) {
      const actor = authorize(ctx, { type: 'release.manage' });
      const normalised = normaliseContents(body.contents);
      if (!normalised.ok)
        throw new AppError(
          'VALIDATION_FAILED',
          normalised.problems.map((p) => `${p.path}: ${p.message}`).join('; '),
          normalised.problems.map((p) => ({ ...p, path: `body.${p.path}` })),
        );
      requireIndicators(await deps.indicators.catalogue(), normalised.contents);
      return db.transaction(async (tx) => {
        const row = await repo.insertRelease(tx, {
          title: { pl: body.title.pl.trim(), en: body.title.en.trim() },
          notes: body.notes ?? { pl: '', en: '' },
          contents: normalised.contents,
          createdBy: actor.userId,
        });
        await audit.record(tx, ctx, {
          action: 'release.create',
          entityType: 'data-release',
          entityId: row.id,
          changes: { title: row.title, contents: row.contents },
        });
        return releaseView(row);
      });
    },

    /**
     * Publishes a draft: it takes the next number and its values become public as they stand now.
     * The changelog counts, per indicator period, the values new to the public and those that changed
     * since the last release holding them.
     */
    async publishRelease(ctx: RequestContext, id: number) {
      const actor = authorize(ctx, { type: 'release.manage' });
      const row = await repo.findRelease(db, id);
      if (!row) throw new AppError('RELEASE_NOT_FOUND', `Release ${id} not found`);
      if (row.number !== null)
        throw new AppError('RELEASE_STATE', `Release ${id} is already published as number ${row.number}`);
      const catalogue = await deps.indicators.catalogue();
      requireIndicators(catalogue, row.contents);
      const before = await published();
      const { added, again } = classifyContents(row.contents, before.releases);
      const publishedAt = await repo.databaseNow(db);
      const draft: PublishedRelease = { number: (before.latest?.number ?? 0) + 1, publishedAt, contents: row.contents };
      const changes: ReleaseChanges = { added: [], revised: [] };
      for (const pair of added) {
        const column = await publicColumn(catalogue, pair.indicator, pair.period, [draft], draft);
        changes.added.push({ ...pair, values: countValues(catalogue, pair.indicator, column) });
      }
      for (const pair of again) {
        const holding = before.index.get(releaseKey(pair.indicator, pair.period))!;
        const previous = releaseFor(holding)!;
        const was = await publicColumn(catalogue, pair.indicator, pair.period, holding, previous);
        const will = await publicColumn(catalogue, pair.indicator, pair.period, [...holding, draft], draft);
        let revised = 0;
        for (let i = 0; i < will.values.length; i++) {
          const a = was.values[i]!;
          const b = will.values[i]!;
          if (!(Number.isNaN(a) && Number.isNaN(b)) && a !== b) revised++;
        }
        changes.revised.push({ ...pair, values: revised, previousRelease: pair.previousRelease });
      }
      const done = await db.transaction(async (tx) => {
        const done = await repo.publishRelease(tx, id, { publishedAt, publishedBy: actor.userId, changes });
        await audit.record(tx, ctx, {
          action: 'release.publish',
          entityType: 'data-release',
          entityId: id,
          changes: { number: done.number, changes },
        });
        return done;
      });
      publishedCache = null;
      deps.releasesChanged?.();
      return releaseView(done);
    },

    async deleteRelease(ctx: RequestContext, id: number) {
      authorize(ctx, { type: 'release.manage' });
      const row = await repo.findRelease(db, id);
      if (!row) throw new AppError('RELEASE_NOT_FOUND', `Release ${id} not found`);
      if (row.number !== null)
        throw new AppError('RELEASE_STATE', `Release ${row.number} is published; a published release stays citable`);
      await db.transaction(async (tx) => {
        await repo.deleteRelease(tx, id);
        await audit.record(tx, ctx, { action: 'release.delete', entityType: 'data-release', entityId: id });
      });
    },

    /**
     * First start: the shipped reference data (GUS statistics, public already) form release 1 — every
     * indicator period whose inputs all hold reference data. Nothing is released when any release exists.
     */
    async ensureFirstRelease(ctx: RequestContext): Promise<{ created: boolean; indicators: number }> {
      if ((await repo.listReleases(db)).length > 0) return { created: false, indicators: 0 };
      const catalogue = await deps.indicators.catalogue();
      const held = new Set((await repo.referenceVariablePeriods(db)).map((r) => `${r.variableId}|${r.period}`));
      const periods = [...new Set([...held].map((k) => k.split('|')[1]!))];
      const contents: ReleaseContent[] = [];
      for (const indicator of catalogue.indicators) {
        const ids = indicator.compiled.variables.map((v) => catalogue.variablesByCode.get(v)?.id);
        const covered = periods.filter((p) => ids.length > 0 && ids.every((id) => held.has(`${id}|${p}`)));
        if (covered.length > 0) contents.push({ indicator: indicator.code, periods: sortPeriods(covered) });
      }
      if (contents.length === 0) return { created: false, indicators: 0 };
      const draft = await this.createRelease(ctx, {
        title: { pl: 'Statystyka publiczna GUS (dane referencyjne)', en: 'GUS public statistics (reference data)' },
        notes: {
          pl: `Dane dostarczane z Miernikiem: Bank Danych Lokalnych GUS i zbiory publiczne. ${REFERENCE_ATTRIBUTION}.`,
          en: `Data shipped with Miernik: the GUS Local Data Bank and public data sets. Source: GUS, Local Data Bank.`,
        },
        contents,
      });
      await this.publishRelease(ctx, draft.id);
      return { created: true, indicators: contents.length };
    },

    // -- public reads -------------------------------------------------------------------------

    /**
     * A value's public history: its figure in every release holding the indicator period, what each
     * release did to it, and the input revisions each took in with their reason. Nothing after the
     * latest release is shown (later revisions are not public yet), nor who made a revision.
     */
    async publicHistory(query: { unit: string; indicator: string; period: string }) {
      const catalogue = await deps.indicators.catalogue();
      const indicator = catalogue.indicatorsByCode.get(query.indicator);
      const { index } = await published();
      const parsed = normaliseContents([{ indicator: query.indicator, periods: [query.period] }]);
      const period = parsed.ok ? parsed.contents[0]!.periods[0]! : query.period;
      const holding = index.get(releaseKey(query.indicator, period));
      if (!indicator || ![...index.keys()].some((k) => k.startsWith(`${query.indicator}|`)))
        throw new AppError('INDICATOR_NOT_FOUND', `Indicator ${query.indicator} not found`);
      if (!holding) throw new AppError('PERIOD_NOT_FOUND', `No release holds ${query.indicator} in ${query.period}`);
      const unitId = (await deps.units.findUnitIds([query.unit])).get(query.unit);
      if (unitId === undefined) throw new AppError('UNIT_NOT_FOUND', `Unit ${query.unit} not found`);
      const kinds = new Set(indicator.unitKinds);
      const figures = [];
      for (const release of holding) {
        const column = await publicColumn(catalogue, query.indicator, period, holding, release);
        const i = column.units.findIndex((u) => u.id === unitId);
        const value = i >= 0 && kinds.has(column.units[i]!.kind) ? column.values[i]! : NaN;
        figures.push({
          release: release.number,
          publishedAt: release.publishedAt,
          value: Number.isFinite(value) ? value : null,
        });
      }
      const variableIds = indicator.compiled.variables.flatMap((v) => {
        const id = catalogue.variablesByCode.get(v)?.id;
        return id === undefined ? [] : [id];
      });
      const revisions = await repo.valueRevisions(db, unitId, variableIds, period);
      return {
        unitCode: query.unit,
        indicatorCode: query.indicator,
        period,
        releases: releaseHistory(figures).map((entry) => ({
          release: entry.release,
          publishedAt: entry.publishedAt.toISOString(),
          value: entry.value,
          status: entry.status,
          revisions: revisionsIn(entry, revisions).map((r) => ({
            variable: catalogue.variablesById.get(r.variableId)?.code ?? String(r.variableId),
            at: r.at.toISOString(),
            reason: r.comment,
            sourceKind: r.sourceKind,
          })),
        })),
      };
    },

    /**
     * Every released indicator period's public column as of the latest release holding it: what the
     * public benchmarking engine is built from (benchmarking.public.ts).
     */
    async releasedColumns() {
      const catalogue = await deps.indicators.catalogue();
      const { index } = await published();
      const out: { indicator: string; period: string; units: Column['units']; values: Float64Array }[] = [];
      for (const [key, holding] of index) {
        const [code, period] = key.split('|') as [string, string];
        if (!catalogue.indicatorsByCode.has(code)) continue;
        const column = await publicColumn(catalogue, code, period, holding, releaseFor(holding)!);
        out.push({ indicator: code, period, units: column.units, values: column.values });
      }
      return { catalogue, columns: out };
    },

    /** The latest published release's number (null before the first): what public answers are keyed on. */
    async latestRelease(): Promise<number | null> {
      let latest: number | null = null;
      for (const r of await publishedRows())
        if (r.number !== null && (latest === null || r.number > latest)) latest = r.number;
      return latest;
    },

    async publicReleases() {
      const rows = await publishedRows();
      return { items: rows.map(releaseView).reverse() };
    },

    async publicRelease(number: number) {
      const row = (await publishedRows()).find((r) => r.number === number);
      if (!row) throw new AppError('RELEASE_NOT_FOUND', `Release ${number} not found`);
      return releaseView(row);
    },

    /** The DCAT-AP catalogue (JSON-LD): a dataset per published release. */
    async publicCatalog(baseUrl: string, publisher: string) {
      const rows = await publishedRows();
      return buildDcatCatalog({
        baseUrl,
        publisher,
        rights: REFERENCE_ATTRIBUTION,
        releases: rows.map((r) => {
          const periods = sortPeriods([...new Set(r.contents.flatMap((c) => c.periods))]);
          return {
            number: r.number!,
            title: r.title,
            notes: r.notes,
            publishedAt: r.publishedAt!,
            indicators: r.contents.map((c) => c.indicator),
            periods: periods.length > 0 ? { first: periods[0]!, last: periods.at(-1)! } : null,
          };
        }),
      });
    },

    /** Current units of the register (TERYT codes), a page at a time. */
    async publicUnits(query: {
      kind?: string | undefined;
      voivodeship?: string | undefined;
      page: number;
      pageSize: number;
    }) {
      const { units } = await deps.units.universe();
      const matching = units
        .filter(
          (u) => (!query.kind || u.kind === query.kind) && (!query.voivodeship || u.voivodeship === query.voivodeship),
        )
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
      const start = (query.page - 1) * query.pageSize;
      return {
        items: matching
          .slice(start, start + query.pageSize)
          .map((u) => ({ code: u.code, name: u.name, kind: u.kind, voivodeship: u.voivodeship })),
        more: matching.length > start + query.pageSize,
        total: matching.length,
      };
    },

    /** Released indicators with their metadata and the periods public, each with its latest release. */
    async publicIndicators() {
      const catalogue = await deps.indicators.catalogue();
      const { index } = await published();
      const periods = new Map<string, { period: string; release: number }[]>();
      for (const [key, holding] of index) {
        const [code, period] = key.split('|') as [string, string];
        const list = periods.get(code) ?? [];
        list.push({ period, release: releaseFor(holding)!.number });
        periods.set(code, list);
      }
      const items = catalogue.indicators
        .filter((i) => periods.has(i.code))
        .map((i) => {
          const byPeriod = new Map(periods.get(i.code)!.map((p) => [p.period, p]));
          return {
            code: i.code,
            names: i.names,
            definition: i.definition,
            formula: i.formula,
            unit: i.unit,
            decimals: i.decimals,
            polarity: i.polarity,
            type: i.type,
            area: i.area,
            unitKinds: i.unitKinds,
            source: sourceOf(i),
            periods: sortPeriods([...byPeriod.keys()]).map((p) => byPeriod.get(p)!),
          };
        });
      return { items };
    },

    /**
     * Public values, ordered by indicator, period and unit code, a page at a time. `vintage` reads
     * every value as of that release; `updatedSince` keeps values that became public in their present
     * form after the instant (what an incremental sync needs).
     */
    async publicValues(query: ValuesQuery) {
      const { latest, batches } = await valueBatches(query);
      const skip = (query.page - 1) * query.pageSize;
      const items: PublicValue[] = [];
      let seen = 0;
      let more = false;
      outer: for await (const batch of batches) {
        for (const value of batch) {
          if (seen++ < skip) continue;
          if (items.length === query.pageSize) {
            more = true;
            break outer;
          }
          items.push(value);
        }
      }
      return { items, more, release: query.vintage ?? latest?.number ?? null };
    },

    /** A page of public values as a JSON-stat 2.0 dataset, with the indicators' and units' names. */
    async asJsonStat(items: readonly PublicValue[], release: number | null) {
      const catalogue = await deps.indicators.catalogue();
      const { units } = await deps.units.universe();
      const names = new Map(units.map((u) => [u.code, u.name]));
      const sources = [...new Set(items.map((v) => v.source))];
      const updated = items.reduce<string | null>((a, v) => (a === null || v.updatedAt > a ? v.updatedAt : a), null);
      return toJsonStat(items, {
        label: release === null ? 'Miernik' : `Miernik — wydanie danych ${release} / data release ${release}`,
        source: sources.join('; ') || REFERENCE_ATTRIBUTION,
        updated,
        release,
        indicatorName: (code) => catalogue.indicatorsByCode.get(code)?.names.pl ?? code,
        unitName: (code) => names.get(code) ?? code,
      });
    },

    /**
     * The values release `number` published — its indicator periods, as of it — one indicator period
     * at a time (its bulk download).
     */
    async releaseValues(number: number) {
      const { releases } = await published();
      const release = releases.find((r) => r.number === number);
      if (!release) throw new AppError('RELEASE_NOT_FOUND', `Release ${number} not found`);
      const keys = new Set(release.contents.flatMap((c) => c.periods.map((p) => releaseKey(c.indicator, p))));
      const { batches } = await valueBatches({ vintage: number }, keys);
      return batches;
    },
  };

  function countValues(catalogue: LoadedCatalogue, code: string, column: Column) {
    const kinds = new Set(catalogue.indicatorsByCode.get(code)!.unitKinds);
    let n = 0;
    column.units.forEach((u, i) => {
      if (kinds.has(u.kind) && Number.isFinite(column.values[i]!)) n++;
    });
    return n;
  }
}
