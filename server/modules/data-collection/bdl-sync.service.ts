/**
 * `miernik sync bdl` and the administrators' button: pulls every catalogue variable mapped to the
 * GUS BDL API (data/catalogue/bdl-api.json) for every unit level it is mapped to, in one go.
 *
 * - Before any data: the variable is looked up in BDL's metadata (`/variables?subject-id=…`) and
 *   checked — labels, unit of measure, the deepest level — and refused (listed, never loaded) on a
 *   mismatch. The verified id and levels are stored on the catalogue variable (`bdl.api`).
 * - All or nothing per variable: its values (every level and year), its source row (BDL id,
 *   lastUpdate, URL, fetch time, run id), the catalogue link, the audit entry and the run's state
 *   are written in ONE transaction. A BDL error stops the run naming the variable; every variable
 *   committed before stays, and the next run with the same years and areas resumes after them.
 * - Quotas: the client's limiter keeps under BDL's published windows and backs off on 429 (Retry-After);
 *   the `X-ClientId` key comes from MIERNIK_BDL_API_KEY and travels only in a header.
 *
 * The run's state lives in app_meta (`bdl-sync`), so progress survives a crash or a restart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  bdlApiMapSchema,
  resolveBdlVariable,
  type BdlApiEntry,
  type BdlVariableMeta,
} from '../../../domain/catalogue/bdl-api';
import { SERVICE_AREAS } from '../../../domain/groups/service-areas';
import type { Db } from '../../db/client';
import { authorize, SYSTEM_USER_ID, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { BdlClient, BdlError } from '../../integrations/bdl/bdl-client';
import type { AuditService } from '../audit/audit.service';
import type { IndicatorsService } from '../indicators/indicators.service';
import type { UnitsService } from '../units/units.service';
import * as repo from './data-collection.repository';

export type BdlSyncService = ReturnType<typeof createBdlSyncService>;

const STATE_KEY = 'bdl-sync';
/** Default years of a sync: the last ten published (BDL publishes a year about 6–18 months after it ends). */
export const DEFAULT_SYNC_YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);

export interface BdlSyncVariable {
  code: string;
  subjectId: string;
  areas: string[];
  bdlVariableId: number | null;
  state: 'pending' | 'done' | 'refused' | 'failed';
  values: number;
  /** Units BDL returned that are not in the register (town/rural parts, NUTS regions). */
  skippedUnits: number;
  message: string | null;
}

export interface BdlSyncState {
  id: string;
  status: 'running' | 'done' | 'failed' | 'interrupted';
  years: number[];
  areas: string[] | null;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  /** Times this run was resumed after a stop. */
  resumed: number;
  variables: BdlSyncVariable[];
  error: { variable: string; code: string; message: string } | null;
}

export interface BdlSyncProgress {
  state: BdlSyncState;
  /** The variable being pulled now (null between variables or when idle). */
  current: { code: string; level: number | null } | null;
}

/** What the catalogue variable keeps of the BDL variable it was verified against. */
export interface BdlApiLink {
  variableId: number;
  subjectId: string;
  levels: number[];
  measure: string;
  verifiedAt: string;
}

export function createBdlSyncService(deps: {
  db: Db;
  audit: AuditService;
  units: UnitsService;
  indicators: IndicatorsService;
  /** data/catalogue (bdl-api.json lives there). */
  catalogueDir: string;
  createBdlClient: () => BdlClient;
  valuesChanged: () => void;
  now?: () => Date;
}) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  let active: Promise<BdlSyncState> | null = null;
  let current: BdlSyncProgress['current'] = null;

  function mapping(): BdlApiEntry[] {
    const parsed = bdlApiMapSchema.safeParse(
      JSON.parse(readFileSync(join(deps.catalogueDir, 'bdl-api.json'), 'utf8')) as unknown,
    );
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new AppError('INTERNAL_ERROR', `data/catalogue/bdl-api.json: ${issue.path.join('.')}: ${issue.message}`);
    }
    return parsed.data;
  }

  /** The mapped variables (that exist in the catalogue) with the service areas of the indicators using them. */
  async function plan(areas: readonly string[] | null) {
    const cat = await deps.indicators.catalogue();
    const areasOf = (code: string) =>
      [...new Set(cat.indicators.filter((i) => i.compiled.variables.includes(code)).map((i) => i.area))].sort();
    return mapping()
      .filter((e) => cat.variablesByCode.has(e.code))
      .map((entry) => ({ entry, areas: areasOf(entry.code) }))
      .filter((p) => areas === null || p.areas.some((a) => areas.includes(a)));
  }

  async function readState(): Promise<BdlSyncState | null> {
    return (await repo.readMeta<BdlSyncState>(db, STATE_KEY)) ?? null;
  }

  function failure(variable: BdlSyncVariable, error: BdlError | { code: string; message: string }) {
    return {
      variable: variable.code,
      code: error.code,
      message: `${variable.code}${variable.bdlVariableId ? ` (BDL ${variable.bdlVariableId})` : ''}: ${error.message}`,
    };
  }

  async function execute(ctx: RequestContext, state: BdlSyncState, onProgress: (p: BdlSyncProgress) => void) {
    const actor = ctx.actor && ctx.actor.userId !== SYSTEM_USER_ID ? ctx.actor.userId : null;
    const entries = new Map((await plan(state.areas)).map((p) => [p.entry.code, p.entry]));
    const client = deps.createBdlClient();
    const unitIndex = await deps.units.codeIndex();
    const cat = await deps.indicators.catalogue();
    const subjects = new Map<string, BdlVariableMeta[]>();
    const save = async (s: BdlSyncState) => {
      s.updatedAt = now().toISOString();
      await repo.writeMeta(db, STATE_KEY, s);
    };
    const stop = async (v: BdlSyncVariable, error: BdlError | { code: string; message: string }) => {
      v.state = 'failed';
      v.message = error.message;
      state.status = 'failed';
      state.error = failure(v, error);
      current = null;
      await save(state);
      onProgress({ state, current });
      return state;
    };

    for (const v of state.variables) {
      if (v.state === 'done') continue;
      const entry = entries.get(v.code);
      if (!entry) {
        v.state = 'refused';
        v.message = 'no longer in data/catalogue/bdl-api.json';
        await save(state);
        continue;
      }
      current = { code: v.code, level: null };
      onProgress({ state, current });

      // 1. BDL's metadata: which variable, and is it the one the catalogue means?
      let candidates = subjects.get(entry.subjectId);
      if (!candidates) {
        const listed = await client.getVariables(entry.subjectId);
        if (!listed.ok) return stop(v, listed.error);
        subjects.set(entry.subjectId, (candidates = listed.value));
      }
      const resolved = resolveBdlVariable(entry, candidates);
      if (!resolved.ok) {
        v.state = 'refused';
        v.message = resolved.reason;
        await save(state);
        onProgress({ state, current });
        continue;
      }
      const bdlId = resolved.meta.id;
      v.bdlVariableId = bdlId;

      // 2. Every level and year, all in memory before anything is written.
      const offset = entry.yearOffset ?? 0;
      const years = state.years.map((y) => y + offset).filter((y) => y >= 1995);
      const rows = new Map<string, { unitId: number; variableId: number; period: string; value: number }>();
      const provenance: { level: number; url: string; lastUpdate: string; fetchedAt: string; pages: number }[] = [];
      let skipped = 0;
      const variableId = cat.variablesByCode.get(v.code)!.id;
      for (const level of [...entry.levels].sort()) {
        current = { code: v.code, level };
        onProgress({ state, current });
        const data = await client.getDataByVariable(bdlId, { years, unitLevel: level as 2 | 5 | 6 });
        if (!data.ok) return stop(v, data.error);
        if (resolved.meta.measureUnitId !== undefined && data.value.measureUnitId !== resolved.meta.measureUnitId)
          return stop(v, {
            code: 'BDL_INVALID_RESPONSE',
            message: `data measured in unit ${data.value.measureUnitId}, the metadata says ${resolved.meta.measureUnitId}`,
          });
        provenance.push({ level, ...data.value.provenance });
        for (const value of data.value.values) {
          const unit = unitIndex.get(value.unitCode);
          if (!unit) {
            skipped++;
            continue;
          }
          const period = String(value.year - offset);
          // A city with county status appears at levels 5 and 6 under one TERYT unit only once here.
          rows.set(`${unit.id}|${period}`, { unitId: unit.id, variableId, period, value: value.value });
        }
      }

      // 3. One transaction per variable: values, provenance, catalogue link, audit and progress.
      v.state = 'done';
      v.values = rows.size;
      v.skippedUnits = skipped;
      v.message = null;
      await db.transaction(async (tx) => {
        const sourceId = await repo.insertSource(
          tx,
          'bdl',
          {
            variableId: bdlId,
            subjectId: entry.subjectId,
            runId: state.id,
            lastUpdate: provenance[0]?.lastUpdate ?? null,
            url: provenance[0]?.url ?? null,
            fetchedAt: provenance[0]?.fetchedAt ?? null,
            levels: provenance,
          },
          actor,
        );
        await repo.writeValues(tx, [...rows.values()], { status: 'approved', sourceId, roundId: null, actor });
        await deps.indicators.linkBdlApiVariable(tx, v.code, {
          variableId: bdlId,
          subjectId: entry.subjectId,
          levels: [...entry.levels].sort(),
          measure: resolved.meta.measureUnitName,
          verifiedAt: now().toISOString(),
        });
        await deps.audit.record(tx, ctx, {
          action: 'values.sync-bdl',
          entityType: 'variable',
          entityId: v.code,
          changes: {
            bdlVariableId: bdlId,
            years: state.years,
            levels: entry.levels,
            values: rows.size,
            runId: state.id,
          },
        });
        state.updatedAt = now().toISOString();
        await repo.writeMeta(tx, STATE_KEY, state);
      });
      deps.valuesChanged();
      onProgress({ state, current });
    }
    current = null;
    state.status = 'done';
    state.finishedAt = now().toISOString();
    state.error = null;
    await save(state);
    onProgress({ state, current });
    return state;
  }

  /** Validates who and what, and prepares the run: a new one, or the unfinished one with the same years and areas. */
  async function prepare(ctx: RequestContext, input: { years?: number[] | undefined; areas?: string[] | undefined }) {
    authorize(ctx, { type: 'data.importExternal' });
    if (active) throw new AppError('CONFLICT', 'A BDL sync is already running; wait for it or follow its progress');
    const years = [...new Set(input.years ?? DEFAULT_SYNC_YEARS)].sort((a, b) => a - b);
    if (years.length === 0 || years.some((y) => !Number.isInteger(y) || y < 1995 || y > 2100))
      throw new AppError('VALIDATION_FAILED', 'years must be years from 1995 to 2100', [
        { path: 'body.years', message: 'years from 1995 to 2100' },
      ]);
    const areas = input.areas && input.areas.length > 0 ? [...new Set(input.areas)].sort() : null;
    const unknown = (areas ?? []).filter((a) => !(SERVICE_AREAS as readonly string[]).includes(a));
    if (unknown.length > 0)
      throw new AppError('VALIDATION_FAILED', `Unknown service area ${unknown.join(', ')}`, [
        { path: 'body.areas', message: `unknown: ${unknown.join(', ')}; known: ${SERVICE_AREAS.join(', ')}` },
      ]);
    const previous = await readState();
    const same =
      previous &&
      previous.status !== 'done' &&
      JSON.stringify(previous.years) === JSON.stringify(years) &&
      JSON.stringify(previous.areas) === JSON.stringify(areas);
    const at = now().toISOString();
    let state: BdlSyncState;
    if (same) {
      state = { ...previous, status: 'running', error: null, resumed: previous.resumed + 1, updatedAt: at };
    } else {
      const planned = await plan(areas);
      if (planned.length === 0)
        throw new AppError('VALIDATION_FAILED', 'No catalogue variable mapped to BDL in these areas', [
          { path: 'body.areas', message: 'no mapped variable' },
        ]);
      state = {
        id: randomUUID(),
        status: 'running',
        years,
        areas,
        startedAt: at,
        updatedAt: at,
        finishedAt: null,
        resumed: 0,
        variables: planned.map((p) => ({
          code: p.entry.code,
          subjectId: p.entry.subjectId,
          areas: p.areas,
          bdlVariableId: null,
          state: 'pending',
          values: 0,
          skippedUnits: 0,
          message: null,
        })),
        error: null,
      };
    }
    await repo.writeMeta(db, STATE_KEY, state);
    return state;
  }

  function launch(ctx: RequestContext, state: BdlSyncState, onProgress: (p: BdlSyncProgress) => void) {
    active = execute(ctx, state, onProgress)
      .catch(async (error: unknown) => {
        // A fault of ours or of the database: the run stops, what was committed stays.
        state.status = 'failed';
        state.error = { variable: current?.code ?? '', code: 'INTERNAL_ERROR', message: (error as Error).message };
        current = null;
        await repo.writeMeta(db, STATE_KEY, state).catch(() => {});
        return state;
      })
      .finally(() => {
        active = null;
      });
    return active;
  }

  return {
    /** What a sync would pull: the mapped variables with their areas and stored BDL links. */
    async mapped(ctx: RequestContext) {
      authorize(ctx, { type: 'data.importExternal' });
      const cat = await deps.indicators.catalogue();
      return (await plan(null)).map((p) => ({
        code: p.entry.code,
        subjectId: p.entry.subjectId,
        labels: p.entry.labels,
        measure: p.entry.measure,
        levels: p.entry.levels,
        areas: p.areas,
        verified: (cat.variablesByCode.get(p.entry.code)?.bdl as { api?: BdlApiLink } | null)?.api ?? null,
      }));
    },

    /**
     * Runs a sync to its end (the CLI). Resolves with the final state; a BDL error stops the run
     * (state `failed`, naming the variable) and is raised after the committed variables are kept.
     */
    async run(
      ctx: RequestContext,
      input: { years?: number[] | undefined; areas?: string[] | undefined },
      onProgress: (p: BdlSyncProgress) => void = () => {},
    ): Promise<BdlSyncState> {
      const state = await prepare(ctx, input);
      const final = await launch(ctx, state, onProgress);
      if (final.status === 'failed' && final.error) {
        const kept = final.variables.filter((v) => v.state === 'done').length;
        throw new AppError(
          'UPSTREAM_UNAVAILABLE',
          `BDL sync stopped at ${final.error.message}; ${kept} variable(s) committed before are kept — run it again to resume`,
          { variable: final.error.variable, code: final.error.code },
        );
      }
      return final;
    },

    /** Starts a sync in the background (the administrators' button) and answers at once with its state. */
    async start(ctx: RequestContext, input: { years?: number[] | undefined; areas?: string[] | undefined }) {
      const state = await prepare(ctx, input);
      void launch(ctx, state, () => {});
      return { state, running: true, current };
    },

    /** The last run's state and, while one runs in this process, the variable being pulled. */
    async status(ctx: RequestContext) {
      authorize(ctx, { type: 'data.importExternal' });
      const state = await readState();
      // A run marked running that this process does not hold was cut off (crash, restart): resumable.
      const running = active !== null;
      const shown =
        state && state.status === 'running' && !running ? { ...state, status: 'interrupted' as const } : state;
      return { state: shown, running, current: running ? current : null };
    },

    /** Waits for the background run, if any (tests and shutdown). */
    async settled(): Promise<void> {
      await active;
    },
  };
}
