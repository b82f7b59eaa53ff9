import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalogue, ruleExpression } from '../../../domain/catalogue/catalogue';
import { parseRoundTemplates } from '../../../domain/catalogue/round-templates';
import {
  checkFormula,
  compileFormula,
  parseFormula,
  type CompiledFormula,
  type FormulaNode,
} from '../../../domain/indicators/formula';
import type { PlausibilityConfig, VariableChecks } from '../../../domain/indicators/plausibility';
import type { Db, Executor } from '../../db/client';
import type { Localized } from '../../db/schema';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import * as repo from './indicators.repository';

export type IndicatorsService = ReturnType<typeof createIndicatorsService>;

export interface IndicatorInput {
  code: string;
  names: Localized;
  definition: Localized;
  formula: string;
  unit: string;
  decimals: number;
  polarity: 'higher-is-better' | 'lower-is-better' | 'neutral';
  type: string;
  area: string;
  unitKinds: string[];
  source: Localized;
}

export interface VariableInput {
  code: string;
  names: Localized;
  unit: string;
  source: string;
  periodicity: 'year' | 'half' | 'quarter';
  description: Localized;
  plausibility?: Record<string, unknown> | null | undefined;
}

/** The catalogue in memory, with formulas parsed once: what the value store and the engine use. */
export interface LoadedCatalogue {
  variablesByCode: Map<string, repo.VariableRow>;
  variablesById: Map<number, repo.VariableRow>;
  indicators: (repo.IndicatorRow & { ast: FormulaNode; compiled: CompiledFormula; variableCodes: string[] })[];
  indicatorsByCode: Map<string, LoadedCatalogue['indicators'][number]>;
  plausibility: PlausibilityConfig & {
    ruleKinds: Map<string, string[] | null>;
    /** The variables each rule reads, parsed once. */
    ruleVariables: Map<string, string[]>;
    /** What each rule's finding says, in Polish and English. */
    ruleMessages: Map<string, Localized>;
  };
}

function toVariable(v: repo.VariableRow) {
  return {
    code: v.code,
    names: v.names,
    unit: v.unit,
    source: v.source,
    periodicity: v.periodicity,
    description: v.description,
    plausibility: v.plausibility ?? null,
    bdl: v.bdl ?? null,
    isShipped: v.isShipped,
  };
}

/** Units with a value per period (of the kinds the indicator applies to) and per kind; the default period. */
/** Whose data the coverage counts: members see every approved value, the public released data only (#15). */
export type CoverageView = 'members' | 'public';

export interface IndicatorCoverage {
  defaultPeriod: string | null;
  periods: { period: string; units: number; byKind: Record<string, number> }[];
}

const NO_COVERAGE: IndicatorCoverage = { defaultPeriod: null, periods: [] };

function toIndicator(
  i: repo.IndicatorRow,
  variablesByCode?: Map<string, repo.VariableRow>,
  coverage?: ReadonlyMap<string, IndicatorCoverage> | null,
) {
  const parsed = parseFormula(i.formula);
  const codes = parsed.ok ? parsed.variables : [];
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
    source: i.source,
    isShipped: i.isShipped,
    variables: codes.map((code) => {
      const v = variablesByCode?.get(code);
      return { code, names: v?.names ?? { pl: code, en: code }, unit: v?.unit ?? '' };
    }),
    coverage: coverage === null ? null : (coverage?.get(i.code) ?? NO_COVERAGE),
  };
}

export function createIndicatorsService(deps: {
  db: Db;
  audit: AuditService;
  catalogueDir: string;
  /**
   * Every indicator's coverage, from the benchmarking engine (wired in services.ts; the engine
   * depends on this catalogue, so it is passed in as a function rather than imported).
   */
  coverage?: (view: CoverageView) => Promise<ReadonlyMap<string, IndicatorCoverage>>;
  /** Called after every catalogue write (the engine then re-reads the catalogue). */
  catalogueChanged?: () => void;
}) {
  const { db, audit } = deps;
  let loaded: Promise<LoadedCatalogue> | null = null;

  async function load(): Promise<LoadedCatalogue> {
    const [variables, indicators, rules] = await Promise.all([
      repo.allVariables(db),
      repo.allIndicators(db),
      repo.allRules(db),
    ]);
    const variablesByCode = new Map(variables.map((v) => [v.code, v]));
    const compiled = indicators.flatMap((i) => {
      const parsed = parseFormula(i.formula);
      // Formulas are checked on write; a stored formula that no longer parses is skipped, not fatal.
      return parsed.ok
        ? [{ ...i, ast: parsed.ast, compiled: compileFormula(parsed.ast), variableCodes: parsed.variables }]
        : [];
    });
    const checks: Record<string, VariableChecks> = {};
    for (const v of variables) if (v.plausibility) checks[v.code] = v.plausibility as VariableChecks;
    return {
      variablesByCode,
      variablesById: new Map(variables.map((v) => [v.id, v])),
      indicators: compiled,
      indicatorsByCode: new Map(compiled.map((i) => [i.code, i])),
      plausibility: {
        variables: checks,
        rules: rules.map((r) => ({
          id: r.code,
          expression: r.expression,
          severity: r.severity,
          message: r.message.en,
        })),
        ruleKinds: new Map(rules.map((r) => [r.code, r.unitKinds ?? null])),
        ruleMessages: new Map(rules.map((r) => [r.code, r.message])),
        ruleVariables: new Map(
          rules.map((r) => {
            const parsed = parseFormula(r.expression);
            return [r.code, parsed.ok ? parsed.variables : []];
          }),
        ),
      },
    };
  }

  const catalogue = () => (loaded ??= load());

  /** Rules that read one of `codes` and apply to units of `kind`. */
  async function rulesFor(kind: string, codes: Iterable<string>) {
    const cat = await catalogue();
    const wanted = new Set(codes);
    return cat.plausibility.rules.filter((r) => {
      const kinds = cat.plausibility.ruleKinds.get(r.id);
      return (
        (!kinds || kinds.includes(kind)) && (cat.plausibility.ruleVariables.get(r.id) ?? []).some((c) => wanted.has(c))
      );
    });
  }
  const invalidate = () => {
    loaded = null;
    deps.catalogueChanged?.();
  };

  async function requireIndicator(code: string) {
    const row = await repo.findIndicator(db, code);
    if (!row) throw new AppError('INDICATOR_NOT_FOUND', `Indicator ${code} not found`);
    return row;
  }

  /** One indicator; `coverage` is null in answers to writes (it needs the engine rebuilt: GET it). */
  async function getIndicator(code: string, options: { coverage: boolean; view?: CoverageView } = { coverage: true }) {
    const row = await requireIndicator(code);
    const coverage = options.coverage ? ((await deps.coverage?.(options.view ?? 'members')) ?? undefined) : null;
    return toIndicator(row, (await catalogue()).variablesByCode, coverage);
  }

  async function getVariable(code: string) {
    const row = await repo.findVariable(db, code);
    if (!row) throw new AppError('VARIABLE_NOT_FOUND', `Variable ${code} not found`);
    return toVariable(row);
  }

  async function validFormula(formula: string) {
    const known = new Set((await catalogue()).variablesByCode.keys());
    const checked = checkFormula(formula, known);
    if (!checked.ok) {
      throw new AppError(
        'FORMULA_INVALID',
        `Formula error at position ${checked.error.position}: ${checked.error.message}`,
        {
          position: checked.error.position,
          message: checked.error.message,
        },
      );
    }
  }

  return {
    catalogue,
    rulesFor,

    async listIndicators(
      query: {
        q?: string | undefined;
        area?: string | undefined;
        type?: string | undefined;
        unitKind?: string | undefined;
        page: number;
        pageSize: number;
      },
      view: CoverageView = 'members',
    ) {
      const { rows, total } = await repo.listIndicators(db, query, {
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      const { variablesByCode } = await catalogue();
      const coverage = await deps.coverage?.(view);
      return {
        items: rows.map((r) => toIndicator(r, variablesByCode, coverage)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    getIndicator,

    async createIndicator(ctx: RequestContext, input: IndicatorInput) {
      authorize(ctx, { type: 'catalogue.manage' });
      await validFormula(input.formula);
      if (await repo.findIndicator(db, input.code))
        throw new AppError('CONFLICT', `Indicator ${input.code} already exists`);
      await db.transaction(async (tx) => {
        await repo.insertIndicators(tx, [{ ...input, isShipped: false }]);
        await audit.record(tx, ctx, {
          action: 'indicator.create',
          entityType: 'indicator',
          entityId: input.code,
          changes: input,
        });
      });
      invalidate();
      return getIndicator(input.code, { coverage: false });
    },

    async updateIndicator(ctx: RequestContext, code: string, patch: Partial<Omit<IndicatorInput, 'code'>>) {
      authorize(ctx, { type: 'catalogue.manage' });
      const row = await requireIndicator(code);
      if (patch.formula !== undefined) await validFormula(patch.formula);
      await db.transaction(async (tx) => {
        await repo.updateIndicator(tx, row.id, patch);
        await audit.record(tx, ctx, {
          action: 'indicator.update',
          entityType: 'indicator',
          entityId: code,
          changes: patch,
        });
      });
      invalidate();
      return getIndicator(code, { coverage: false });
    },

    async listVariables(query: { q?: string | undefined; page: number; pageSize: number }) {
      const { rows, total } = await repo.listVariables(db, query, {
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return { items: rows.map(toVariable), total, page: query.page, pageSize: query.pageSize };
    },

    getVariable,

    async createVariable(ctx: RequestContext, input: VariableInput) {
      authorize(ctx, { type: 'catalogue.manage' });
      if (await repo.findVariable(db, input.code))
        throw new AppError('CONFLICT', `Variable ${input.code} already exists`);
      await db.transaction(async (tx) => {
        await repo.insertVariables(tx, [{ ...input, plausibility: input.plausibility ?? null, isShipped: false }]);
        await audit.record(tx, ctx, {
          action: 'variable.create',
          entityType: 'variable',
          entityId: input.code,
          changes: input,
        });
      });
      invalidate();
      return getVariable(input.code);
    },

    async updateVariable(ctx: RequestContext, code: string, patch: Partial<Omit<VariableInput, 'code'>>) {
      authorize(ctx, { type: 'catalogue.manage' });
      const row = await repo.findVariable(db, code);
      if (!row) throw new AppError('VARIABLE_NOT_FOUND', `Variable ${code} not found`);
      await db.transaction(async (tx) => {
        await repo.updateVariable(tx, row.id, patch);
        await audit.record(tx, ctx, {
          action: 'variable.update',
          entityType: 'variable',
          entityId: code,
          changes: patch,
        });
      });
      invalidate();
      return getVariable(code);
    },

    /**
     * Records, inside the caller's transaction, the BDL API variable a catalogue variable was
     * verified against (id, levels, measure, when): kept in `bdl.api` beside the extract link.
     * The BDL sync calls it in the same transaction as the values it writes.
     */
    async linkBdlApiVariable(
      tx: Executor,
      code: string,
      api: { variableId: number; subjectId: string; levels: number[]; measure: string; verifiedAt: string },
    ) {
      const row = await repo.findVariable(tx, code);
      if (!row) throw new AppError('VARIABLE_NOT_FOUND', `Variable ${code} is not in the catalogue`);
      await repo.updateVariable(tx, row.id, { bdl: { ...(row.bdl ?? {}), api } });
      invalidate();
    },

    /** Creates a variable for imported external data (e.g. a BDL API variable) when it does not exist yet. */
    async ensureVariable(ctx: RequestContext, input: VariableInput & { bdl?: Record<string, unknown> }) {
      authorize(ctx, { type: 'data.importExternal' });
      const existing = await repo.findVariable(db, input.code);
      if (existing) return existing;
      const [row] = await db.transaction(async (tx) => {
        const rows = await repo.insertVariables(tx, [
          { ...input, plausibility: input.plausibility ?? null, bdl: input.bdl ?? null, isShipped: false },
        ]);
        await audit.record(tx, ctx, {
          action: 'variable.create',
          entityType: 'variable',
          entityId: input.code,
          changes: input,
        });
        return rows;
      });
      invalidate();
      return row!;
    },

    /**
     * A strategy-only indicator: a catalogue variable and an indicator reading it one-to-one, both
     * under `code`, applicable to no unit kind (so it never appears in comparisons of other units).
     * Its values go through the value store like any other. No authorization here: the strategy
     * service decides who may define one (the unit's people).
     */
    async createOwnIndicator(
      ctx: RequestContext,
      input: {
        code: string;
        names: Localized;
        unit: string;
        polarity: IndicatorInput['polarity'];
        source: string;
        type: IndicatorInput['type'];
      },
    ) {
      if (await repo.findVariable(db, input.code))
        throw new AppError('CONFLICT', `Variable ${input.code} already exists`);
      const description = { pl: input.names.pl, en: input.names.en };
      await db.transaction(async (tx) => {
        await repo.insertVariables(tx, [
          {
            code: input.code,
            names: input.names,
            unit: input.unit,
            source: input.source,
            periodicity: 'year',
            description,
            plausibility: null,
            isShipped: false,
          },
        ]);
        await repo.insertIndicators(tx, [
          {
            code: input.code,
            names: input.names,
            definition: description,
            formula: input.code,
            unit: input.unit,
            decimals: 2,
            polarity: input.polarity,
            type: input.type,
            area: 'other',
            unitKinds: [],
            source: { pl: input.source, en: input.source },
            isShipped: false,
          },
        ]);
        await audit.record(tx, ctx, {
          action: 'indicator.create',
          entityType: 'indicator',
          entityId: input.code,
          changes: input,
        });
      });
      invalidate();
    },

    /**
     * The shipped round templates (data/catalogue/round-templates.json) with their variables and the
     * catalogue's cross-field rules over them, checked against the catalogue as it is now.
     */
    async roundTemplates() {
      const cat = await catalogue();
      const json = JSON.parse(readFileSync(join(deps.catalogueDir, 'round-templates.json'), 'utf8')) as unknown;
      const parsed = parseRoundTemplates(
        json,
        [...cat.variablesByCode.values()].map((v) => ({
          code: v.code,
          ...(v.plausibility ? { plausibility: v.plausibility as object } : {}),
          // Only a link to a shipped public file counts as "a public source fills it".
          ...(v.bdl && typeof (v.bdl as { file?: unknown }).file === 'string' ? { bdl: v.bdl } : {}),
        })),
      );
      if (!parsed.ok)
        throw new AppError(
          'INTERNAL_ERROR',
          `data/catalogue/round-templates.json: ${parsed.problems.map((p) => `${p.template}: ${p.message}`).join('; ')}`,
        );
      return {
        items: parsed.templates.map((t) => {
          const codes = new Set(t.variableCodes);
          return {
            id: t.id,
            area: t.area,
            names: t.names,
            unitKinds: t.unitKinds,
            instructions: t.instructions,
            variables: t.variableCodes.map((code) => {
              const v = cat.variablesByCode.get(code)!;
              return { code, names: v.names, unit: v.unit };
            }),
            rules: [...cat.plausibility.ruleVariables]
              .filter(([, vars]) => vars.some((c) => codes.has(c)))
              .map(([code]) => ({ code, message: cat.plausibility.ruleMessages.get(code)! })),
          };
        }),
      };
    },

    /** Loads the shipped model catalogue (data/catalogue) on first start. */
    async ensureShippedCatalogue(): Promise<{
      loaded: boolean;
      variables?: number;
      indicators?: number;
      rules?: number;
    }> {
      const read = (file: string) => JSON.parse(readFileSync(join(deps.catalogueDir, file), 'utf8')) as unknown;
      const parsed = parseCatalogue(read('variables.json'), read('indicators.json'), read('rules.json'));
      if (!parsed.ok)
        throw new Error(
          `Shipped catalogue is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
        );
      const { variables, indicators, rules } = parsed.value;
      const known = new Set(variables.map((v) => v.code));
      for (const i of indicators) {
        const checked = checkFormula(i.formula, known);
        if (!checked.ok)
          throw new Error(`Shipped indicator ${i.code}: ${checked.error.message} at ${checked.error.position}`);
      }
      // A catalogue loaded before: add what a newer release ships (by code); never overwrite an
      // operator's edits of what exists.
      if ((await repo.countShippedIndicators(db)) > 0) {
        const haveVariables = new Set((await repo.allVariables(db)).map((v) => v.code));
        const haveIndicators = new Set((await repo.allIndicators(db)).map((i) => i.code));
        const newVariables = variables.filter((v) => !haveVariables.has(v.code));
        const newIndicators = indicators.filter((i) => !haveIndicators.has(i.code));
        if (newVariables.length === 0 && newIndicators.length === 0) return { loaded: false };
        await db.transaction(async (tx) => {
          if (newVariables.length > 0)
            await repo.insertVariables(
              tx,
              newVariables.map((v) => ({
                ...v,
                bdl: v.bdl ?? null,
                plausibility: v.plausibility ?? null,
                isShipped: true,
              })),
            );
          if (newIndicators.length > 0)
            await repo.insertIndicators(
              tx,
              newIndicators.map(({ plausibility: _p, ...i }) => ({ ...i, isShipped: true })),
            );
        });
        invalidate();
        return { loaded: true, variables: newVariables.length, indicators: newIndicators.length, rules: 0 };
      }
      await db.transaction(async (tx) => {
        await repo.insertVariables(
          tx,
          variables.map((v) => ({ ...v, bdl: v.bdl ?? null, plausibility: v.plausibility ?? null, isShipped: true })),
        );
        await repo.insertIndicators(
          tx,
          indicators.map(({ plausibility: _p, ...i }) => ({ ...i, isShipped: true })),
        );
        await repo.insertRules(
          tx,
          rules.map((r) => ({
            code: r.code,
            expression: ruleExpression(r),
            severity: r.severity,
            message: r.message,
            unitKinds: r.unitKinds ?? null,
            isShipped: true,
          })),
        );
      });
      invalidate();
      return { loaded: true, variables: variables.length, indicators: indicators.length, rules: rules.length };
    },
  };
}
