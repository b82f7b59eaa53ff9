/**
 * Getting numbers into the value store: files (CSV/XLSX, long or wide), the BDL extract shipped
 * with the product (first start), and the public GUS BDL API. Every path validates everything
 * first and writes all or nothing, through the same plausibility checks as the round form.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { can } from '../../../domain/access/authorization';
import { bdlValuesFromExtract, type CatalogueVariable } from '../../../domain/catalogue/catalogue';
import { parseBdlWide } from '../../../domain/catalogue/bdl-wide';
import { normalizeTerytCode } from '../../../domain/indicators/import-rows';
import { formatPeriod, parsePeriod, previousPeriod } from '../../../domain/indicators/periods';
import {
  peerStatistics,
  runChecks,
  type Finding,
  type PeerStatistics,
  type VariableChecks,
} from '../../../domain/indicators/plausibility';
import type { Db } from '../../db/client';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import type { IndicatorsService } from '../indicators/indicators.service';
import type { UnitsService } from '../units/units.service';
import type { BdlClient } from '../../integrations/bdl/bdl-client';
import * as repo from './data-collection.repository';
import { formEditable } from './data-collection.service';
import { readAndValidate } from './import-pool';
import { SHIPPED_FILES, ShippedDataError } from './shipped-datasets';
import type { AuditAction, AuditEntityType } from '../../../domain/audit/vocabulary';

/** Other modules (networks) read their CSV/XLSX uploads with the same bounded reader. */
export { readTable } from './table-reader';

export type DataImportService = ReturnType<typeof createDataImportService>;

/** Periods a file without a round may carry: years, halves and quarters of 1990–2100. */
const ANY_PERIOD: ReadonlySet<string> = new Set(
  Array.from({ length: 111 }, (_, i) => 1990 + i).flatMap((y) => [
    `${y}`,
    `${y}-H1`,
    `${y}-H2`,
    `${y}-Q1`,
    `${y}-Q2`,
    `${y}-Q3`,
    `${y}-Q4`,
  ]),
);

const MAX_PROBLEMS = 1000;

/**
 * Sources whose values are official statistics (the shipped GUS BDL extract and datasets, the BDL
 * API): an import replaces one only when the caller says so (`replaceOfficial`), and it is audited.
 */
const OFFICIAL_SOURCES: ReadonlySet<string> = new Set(['bdl-extract', 'bdl', 'dataset']);

function officialName(source: { kind: string; detail: Record<string, unknown> }): string {
  const d = source.detail;
  if (source.kind === 'bdl') return `GUS BDL API variable ${String(d.variableId ?? '?')}`;
  return `${source.kind === 'dataset' ? 'dataset' : 'GUS BDL'} ${String(d.file ?? '')}${d.column ? ` [${String(d.column)}]` : ''}`;
}

export function createDataImportService(deps: {
  db: Db;
  audit: AuditService;
  units: UnitsService;
  indicators: IndicatorsService;
  bdlDir: string;
  /** The repository's data/ folder (the shipped datasets of SHIPPED_FILES live under it). */
  dataDir: string;
  createBdlClient: () => BdlClient;
  valuesChanged: () => void;
  now: () => Date;
}) {
  const { db, audit, units, indicators } = deps;

  /**
   * Plausibility findings for imported values, per (unit, period), against the merged picture of
   * stored values and the file (previous period for year-on-year, same-kind units for outliers).
   */
  async function checkImported(
    values: {
      unitId: number;
      kind: string;
      variableCode: string;
      variableId: number;
      period: string;
      value: number;
      row: number;
    }[],
  ) {
    const cat = await indicators.catalogue();
    const fileCodes = new Set(values.map((v) => v.variableCode));
    // Every variable the file's rules read (rule findings need their other side too).
    const ruleCodes = cat.plausibility.rules
      .filter((r) => (cat.plausibility.ruleVariables.get(r.id) ?? []).some((c) => fileCodes.has(c)))
      .flatMap((r) => cat.plausibility.ruleVariables.get(r.id) ?? []);
    const relevant = [...new Set([...fileCodes, ...ruleCodes])].flatMap((code) => {
      const v = cat.variablesByCode.get(code);
      return v ? [{ code, id: v.id }] : [];
    });
    const periods = [...new Set(values.map((v) => v.period))];
    const previousOf = new Map(
      periods.map((p) => {
        const parsed = parsePeriod(p);
        return [p, parsed.ok ? formatPeriod(previousPeriod(parsed.period)) : p];
      }),
    );
    const unitIds = [...new Set(values.map((v) => v.unitId))];
    const stored = await repo.valuesOf(
      db,
      unitIds,
      relevant.map((r) => r.id),
      [...new Set([...periods, ...previousOf.values()])],
    );
    // unit → "variable|period" → value: stored values overlaid with the file.
    const merged = new Map<number, Map<string, number>>();
    const put = (unitId: number, key: string, value: number) => {
      let m = merged.get(unitId);
      if (!m) merged.set(unitId, (m = new Map()));
      m.set(key, value);
    };
    for (const s of stored) put(s.unitId, `${s.variableId}|${s.period}`, s.value);
    for (const v of values) put(v.unitId, `${v.variableId}|${v.period}`, v.value);

    // Peers: every same-kind unit's value of the period (stored, overlaid with the file); one
    // median/MAD per (kind, variable, period), not one per unit checked.
    const byKindPeriod = new Map<string, typeof values>();
    for (const v of values) {
      const k = `${v.kind}|${v.period}`;
      let list = byKindPeriod.get(k);
      if (!list) byKindPeriod.set(k, (list = []));
      list.push(v);
    }
    const peerStats = new Map<string, PeerStatistics | null>();
    const fileVariableIds = [...new Set(values.map((v) => v.variableId))];
    for (const [k, list] of byKindPeriod) {
      const [kind, period] = k.split('|') as [string, string];
      const overlay = new Map<number, Map<number, number>>();
      const set = (variableId: number, unitId: number, value: number) => {
        let m = overlay.get(variableId);
        if (!m) overlay.set(variableId, (m = new Map()));
        m.set(unitId, value);
      };
      for (const p of await repo.approvedValuesByKind(db, kind, fileVariableIds, period))
        set(p.variableId, p.unitId, p.value);
      for (const v of list) set(v.variableId, v.unitId, v.value);
      for (const [variableId, m] of overlay)
        peerStats.set(`${kind}|${variableId}|${period}`, peerStatistics([...m.values()]));
    }

    const groups = new Map<string, typeof values>();
    for (const v of values) {
      const g = `${v.unitId}|${v.period}`;
      let list = groups.get(g);
      if (!list) groups.set(g, (list = []));
      list.push(v);
    }
    const configFor = new Map<
      string,
      { variables: Record<string, VariableChecks>; rules: Awaited<ReturnType<typeof indicators.rulesFor>> }
    >();
    const findings: (Finding & { row: number; unitId: number; period: string })[] = [];
    for (const list of groups.values()) {
      const { unitId, kind, period } = list[0]!;
      const parsed = parsePeriod(period);
      if (!parsed.ok) continue;
      const codes = list.map((v) => v.variableCode);
      const configKey = `${kind}|${codes.join(',')}`;
      let config = configFor.get(configKey);
      if (!config) {
        const inGroup = new Set(codes);
        config = {
          variables: Object.fromEntries(
            Object.entries(cat.plausibility.variables).filter(([code]) => inGroup.has(code)),
          ) as Record<string, VariableChecks>,
          rules: await indicators.rulesFor(kind, codes),
        };
        configFor.set(configKey, config);
      }
      const unitValues = merged.get(unitId)!;
      const previousPeriodText = previousOf.get(period)!;
      const current = new Map<string, number>();
      const previous = new Map<string, number>();
      const peerStatsOf = new Map<string, PeerStatistics | null>();
      for (const { code, id } of relevant) {
        const now = unitValues.get(`${id}|${period}`);
        if (now !== undefined) current.set(code, now);
        const before = unitValues.get(`${id}|${previousPeriodText}`);
        if (before !== undefined) previous.set(code, before);
      }
      for (const v of list) peerStatsOf.set(v.variableCode, peerStats.get(`${kind}|${v.variableId}|${period}`) ?? null);
      const rowOf = new Map(list.map((v) => [v.variableCode, v.row]));
      for (const f of runChecks({
        unitKind: kind,
        period: parsed.period,
        values: current,
        previous,
        peerStatistics: peerStatsOf,
        config,
      })) {
        const row = f.variables.map((c) => rowOf.get(c)).find((r) => r !== undefined) ?? list[0]!.row;
        findings.push({ ...f, row, unitId, period });
      }
    }
    return findings;
  }

  return {
    async importFile(
      ctx: RequestContext,
      bytes: Uint8Array,
      options: {
        fileName: string;
        dryRun: boolean;
        roundId?: number | undefined;
        /** Land as approved at once (operators, outside rounds only). */
        approve?: boolean | undefined;
        /** The caller confirms that values of official sources (GUS BDL) are to be replaced. */
        replaceOfficial?: boolean | undefined;
      },
    ) {
      // Who may import at all is decided before a byte of the file is read: parsing is the costly
      // part, and a juror's upload must not cost the server anything.
      authorize(ctx, { type: 'data.import' });
      if (options.approve) {
        if (options.roundId !== undefined)
          throw new AppError('VALIDATION_FAILED', 'A round has its own approval; import into it without approve', [
            { path: 'querystring.approve', message: 'not with roundId' },
          ]);
        // Approving outside any round is what an operator does when approving forms.
        authorize(ctx, { type: 'round.manage', groupId: null });
      }
      const cat = await indicators.catalogue();
      const unitIndex = await units.codeIndex();
      let allowedPeriods = ANY_PERIOD;
      let roundVariables: Set<number> | null = null;
      let roundUnits: Set<number> | null = null;
      let round: repo.RoundRow | undefined;
      if (options.roundId !== undefined) {
        round = await repo.findRound(db, options.roundId);
        if (!round) throw new AppError('ROUND_NOT_FOUND', `Round ${options.roundId} not found`);
        allowedPeriods = new Set([round.period]);
        roundVariables = new Set(await repo.roundVariableIds(db, round.id));
        roundUnits = new Set((await repo.roundUnitRows(db, round.id)).map((r) => r.ru.unitId));
      }
      const normalize = (code: string) => (unitIndex.has(code.trim()) ? code.trim() : normalizeTerytCode(code));
      const outcome = await readAndValidate({
        bytes,
        unitCodes: [...unitIndex.keys()],
        variableCodes: [...cat.variablesByCode]
          .filter(([, v]) => roundVariables === null || roundVariables.has(v.id))
          .map(([code]) => code),
        allowedPeriods: [...allowedPeriods],
      });
      if (outcome.stage === 'read') {
        if (outcome.tooLarge)
          throw new AppError(
            'PAYLOAD_TOO_LARGE',
            `${outcome.message ?? 'The file is too large'}; nothing was imported`,
          );
        throw new AppError(
          'VALIDATION_FAILED',
          `${outcome.problems.length} problem(s) in the file; nothing was imported`,
          outcome.problems.slice(0, MAX_PROBLEMS),
        );
      }
      const validated = outcome.result;
      if (!validated.ok) {
        const problems = validated.problems;
        throw new AppError(
          'VALIDATION_FAILED',
          `${problems.length} problem(s) in the file; nothing was imported`,
          problems.slice(0, MAX_PROBLEMS),
        );
      }
      const values = validated.values.map((v) => {
        const unit = unitIndex.get(normalize(v.unitCode))!;
        return {
          ...v,
          unitId: unit.id,
          kind: unit.kind,
          variableId: cat.variablesByCode.get(v.variableCode.toLowerCase())!.id,
          variableCode: v.variableCode.toLowerCase(),
        };
      });
      const denied = values.filter((v) => !can(ctx.actor, { type: 'unit.writeData', unitId: v.unitId }));
      if (denied.length > 0) {
        const codes = [...new Set(denied.map((d) => d.unitCode))];
        throw new AppError(
          'FORBIDDEN',
          `You may not write data of ${codes.slice(0, 10).join(', ')}${codes.length > 10 ? ', …' : ''}; nothing was imported`,
          denied
            .slice(0, MAX_PROBLEMS)
            .map((d) => ({ row: d.row, column: 'unit_code', reason: `you do not coordinate unit ${d.unitCode}` })),
        );
      }
      const roundForms = new Map<number, repo.RoundUnitRow>();
      if (roundUnits) {
        const outside = values.filter((v) => !roundUnits!.has(v.unitId));
        if (outside.length > 0) {
          throw new AppError(
            'VALIDATION_FAILED',
            'Some units do not take part in the round; nothing was imported',
            outside.slice(0, MAX_PROBLEMS).map((v) => ({
              row: v.row,
              column: 'unit_code',
              reason: `unit ${v.unitCode} does not take part in round ${round!.id}`,
            })),
          );
        }
        // Exactly the form's rules: an import cannot change a form the form itself could not.
        const t = deps.now();
        for (const r of await repo.roundUnitRows(db, round!.id)) roundForms.set(r.ru.unitId, r.ru);
        const closed = [...new Set(values.map((v) => v.unitId))].flatMap((unitId) => {
          const state = formEditable(round!, roundForms.get(unitId)!, t);
          return state.ok ? [] : [{ unitId, state }];
        });
        if (closed.length > 0) {
          const first = closed[0]!.state;
          const closedIds = new Set(closed.map((c) => c.unitId));
          throw new AppError(
            first.code,
            `${first.message} (${closed.length} unit(s)); nothing was imported`,
            values
              .filter((v) => closedIds.has(v.unitId))
              .slice(0, MAX_PROBLEMS)
              .map((v) => {
                const state = closed.find((c) => c.unitId === v.unitId)!.state;
                return { row: v.row, column: 'unit_code', reason: `${v.unitCode}: ${state.message}`, code: state.code };
              }),
          );
        }
      }
      // Values of official sources that the file would replace with another number.
      const onRecord = await repo.valuesOf(
        db,
        [...new Set(values.map((v) => v.unitId))],
        [...new Set(values.map((v) => v.variableId))],
        [...new Set(values.map((v) => v.period))],
      );
      const recordSources = await repo.sourcesByIds(db, [
        ...new Set(onRecord.flatMap((r) => [r.sourceId, ...(r.approvedSourceId !== null ? [r.approvedSourceId] : [])])),
      ]);
      const officialOf = new Map<string, { value: number; source: string }>();
      for (const r of onRecord) {
        const approved =
          r.status === 'approved'
            ? { value: r.value, sourceId: r.sourceId }
            : r.approvedValue !== null
              ? { value: r.approvedValue, sourceId: r.approvedSourceId! }
              : null;
        const source = approved ? recordSources.get(approved.sourceId) : undefined;
        if (approved && source && OFFICIAL_SOURCES.has(source.kind))
          officialOf.set(`${r.unitId}|${r.variableId}|${r.period}`, {
            value: approved.value,
            source: officialName(source),
          });
      }
      const replaced = values.flatMap((v) => {
        const official = officialOf.get(`${v.unitId}|${v.variableId}|${v.period}`);
        return official && official.value !== v.value ? [{ v, official }] : [];
      });
      if (replaced.length > 0 && !options.replaceOfficial) {
        throw new AppError(
          'OFFICIAL_VALUE',
          `${replaced.length} value(s) would replace official statistics; confirm with replaceOfficial=true or leave them out; nothing was imported`,
          replaced.slice(0, MAX_PROBLEMS).map(({ v, official }) => ({
            row: v.row,
            column: v.variableCode,
            reason: `replaces ${official.value} from ${official.source}`,
          })),
        );
      }
      const findings = await checkImported(values);
      const errors = findings.filter((f) => f.severity === 'error');
      const report = (f: (typeof findings)[number]) => ({
        row: f.row,
        column: f.variableCode,
        reason: f.message,
        severity: f.severity,
        check: f.check,
      });
      if (errors.length > 0) {
        throw new AppError(
          'PLAUSIBILITY_ERRORS',
          `${errors.length} value(s) fail plausibility checks; nothing was imported`,
          errors.slice(0, MAX_PROBLEMS).map(report),
        );
      }
      const summary = {
        dryRun: options.dryRun,
        layout: validated.layout,
        values: values.length,
        emptyCells: validated.emptyCells,
        ignoredColumns: validated.ignoredColumns,
        units: new Set(values.map((v) => v.unitId)).size,
        periods: [...new Set(values.map((v) => v.period))].sort(),
        status: options.approve ? ('approved' as const) : ('draft' as const),
        replacesOfficial: replaced.length,
        warnings: findings
          .filter((f) => f.severity === 'warning')
          .slice(0, MAX_PROBLEMS)
          .map(report),
        preview: values.slice(0, 20).map((v) => ({
          row: v.row,
          unitCode: normalize(v.unitCode),
          variableCode: v.variableCode,
          period: v.period,
          value: v.value,
        })),
      };
      if (options.dryRun) return summary;
      await db.transaction(async (tx) => {
        const sourceId = await repo.insertSource(
          tx,
          'import',
          { file: options.fileName, userId: ctx.actor!.userId, roundId: round?.id ?? null },
          ctx.actor!.userId,
        );
        await repo.writeValues(
          tx,
          values.map((v) => ({
            unitId: v.unitId,
            variableId: v.variableId,
            period: v.period,
            value: v.value,
            row: v.row,
          })),
          { status: summary.status, sourceId, roundId: round?.id ?? null, actor: ctx.actor!.userId },
        );
        if (round) {
          // As a save of the form: a form not started becomes a draft, and its history says so.
          for (const unitId of new Set(values.map((v) => v.unitId))) {
            if (roundForms.get(unitId)?.status === 'not-started')
              await repo.updateRoundUnit(tx, round.id, unitId, { status: 'draft' });
            await repo.insertEvent(tx, {
              roundId: round.id,
              unitId,
              action: 'save',
              actorUserId: ctx.actor!.userId,
              comment: `import ${options.fileName}`,
            });
          }
        }
        await audit.record(tx, ctx, {
          action: 'values.import',
          entityType: 'import',
          entityId: options.fileName,
          changes: {
            values: values.length,
            units: summary.units,
            periods: summary.periods,
            roundId: round?.id ?? null,
            status: summary.status,
            sourceId,
            replacedOfficial: replaced.length,
          },
        });
        if (replaced.length > 0)
          await audit.record(tx, ctx, {
            action: 'values.replace-official',
            entityType: 'import',
            entityId: options.fileName,
            changes: {
              sourceId,
              status: summary.status,
              values: replaced.slice(0, MAX_PROBLEMS).map(({ v, official }) => ({
                unitCode: normalize(v.unitCode),
                variableCode: v.variableCode,
                period: v.period,
                value: v.value,
                previous: official.value,
                source: official.source,
              })),
            },
          });
      });
      deps.valuesChanged();
      return summary;
    },

    /**
     * Values imported outside rounds that still wait for approval, one line per import (source),
     * for the operators who approve them in bulk.
     */
    async listDrafts(ctx: RequestContext) {
      authorize(ctx, { type: 'round.manage', groupId: null });
      const rows = await repo.draftsOutsideRounds(db);
      return {
        items: rows.map((r) => ({
          sourceId: r.sourceId,
          kind: r.kind,
          fileName: typeof r.detail.file === 'string' ? r.detail.file : null,
          createdAt: r.createdAt.toISOString(),
          createdBy: r.createdBy,
          values: Number(r.values),
          units: Number(r.units),
          periods: r.periods,
          replacingApproved: Number(r.replacing),
        })),
      };
    },

    /**
     * Approves, in one transaction, every draft outside rounds that came from the given imports
     * (sources). Values inside a round are approved with its form, never here. Audited.
     */
    async approveDrafts(ctx: RequestContext, input: { sourceIds: number[] }) {
      authorize(ctx, { type: 'round.manage', groupId: null });
      const sourceIds = [...new Set(input.sourceIds)];
      const result = await db.transaction(async (tx) => {
        const approved = await repo.approveDraftsOutsideRounds(tx, sourceIds, ctx.actor!.userId);
        if (approved.values > 0)
          await audit.record(tx, ctx, {
            action: 'values.approve-drafts',
            entityType: 'import',
            entityId: sourceIds.join(','),
            changes: { sourceIds, values: approved.values, units: approved.units },
          });
        return approved;
      });
      if (result.values > 0) deps.valuesChanged();
      return { approved: result.values, units: result.units };
    },

    /**
     * Loads the values of the shipped BDL exports (data/bdl) for every catalogue variable linked to
     * them, on first start and for any file added since (a file is loaded once: its source row is
     * the mark). Values attach to the unit code they were reported under, historical codes included
     * (e.g. Ostrowice until 2018). Status approved; provenance names file and column. A parse
     * problem or a code outside the register stops the start naming the file and line. `only`
     * restricts the load to some files (the test template loads just the 2010–2019 extract).
     */
    async ensureBdlExtract(
      options: { only?: readonly string[] } = {},
    ): Promise<{ loaded: boolean; values?: number; files?: string[] }> {
      const cat = await indicators.catalogue();
      const linked = [...cat.variablesByCode.values()].filter(
        (v) => v.bdl && typeof (v.bdl as { file?: unknown }).file === 'string',
      );
      const done = await repo.sourceFiles(db, 'bdl-extract');
      const files = [...new Set(linked.map((v) => (v.bdl as { file: string }).file))].filter(
        (f) => !done.has(f) && (options.only === undefined || options.only.includes(f)),
      );
      if (files.length === 0) return { loaded: false };
      const unitIndex = await units.codeIndex();
      const rows: (repo.ValueWrite & { sourceId: number })[] = [];
      await db.transaction(async (tx) => {
        for (const file of files) {
          const parsed = parseBdlWide(readFileSync(join(deps.bdlDir, file)));
          if (parsed.problems.length > 0)
            throw new Error(
              `data/bdl/${file}: ${parsed.problems
                .slice(0, 3)
                .map((p) => `line ${p.row}: ${p.reason}`)
                .join('; ')}; nothing was loaded`,
            );
          const unknown = parsed.units.filter((u) => u.terytCode !== null && !unitIndex.has(u.terytCode));
          if (unknown.length > 0)
            throw new Error(
              `data/bdl/${file}: ${unknown.length} code(s) not in the TERYT register or data/teryt/history.csv — ${unknown
                .slice(0, 5)
                .map((u) => `line ${u.row}: ${u.unitCode} ${u.rawName}`)
                .join('; ')}; nothing was loaded`,
            );
          const values = bdlValuesFromExtract(
            { file, records: parsed.records },
            linked as unknown as CatalogueVariable[],
          );
          const sourceIds = new Map<string, number>();
          for (const v of values) {
            let sourceId = sourceIds.get(v.provenance.column);
            if (sourceId === undefined) {
              sourceId = await repo.insertSource(tx, 'bdl-extract', { file, column: v.provenance.column }, null);
              sourceIds.set(v.provenance.column, sourceId);
            }
            rows.push({
              unitId: unitIndex.get(v.unitCode)!.id,
              variableId: cat.variablesByCode.get(v.variableCode)!.id,
              period: v.period,
              value: v.value,
              sourceId,
            });
          }
        }
        await repo.seedValues(tx, rows);
      });
      deps.valuesChanged();
      return { loaded: true, values: rows.length, files };
    },

    /**
     * Loads the other shipped public datasets (data/elvacc-2020, data/pkw; see SHIPPED_FILES) that
     * are not loaded yet, in one transaction: approved values whose source names the file, the
     * column and the line. Any problem — a header that does not match, a code that is not in the
     * register, a gmina met twice — stops the start naming the file and line; nothing is loaded.
     */
    async ensureShippedDatasets(): Promise<{ loaded: boolean; values?: number; files?: string[] }> {
      const done = await repo.sourceFiles(db, 'dataset');
      const files = SHIPPED_FILES.filter((f) => !done.has(f.file));
      if (files.length === 0) return { loaded: false };
      const cat = await indicators.catalogue();
      const unitIndex = await units.codeIndex();
      const register = await units.registerEntries();
      const prepared = files.map((f) => {
        const values = f.read(deps.dataDir, register);
        const unknown = values.filter((v) => !unitIndex.has(v.unitCode));
        if (unknown.length > 0)
          throw new ShippedDataError(
            `data/${f.file}: ${unknown.length} code(s) not in the TERYT register — ${unknown
              .slice(0, 5)
              .map((u) => `line ${u.line}: ${u.unitCode}`)
              .join('; ')}; nothing was loaded`,
          );
        for (const v of values)
          if (!cat.variablesByCode.has(v.variableCode))
            throw new ShippedDataError(`data/${f.file}: variable ${v.variableCode} is not in the catalogue`);
        return { f, values };
      });
      let count = 0;
      await db.transaction(async (tx) => {
        for (const { f, values } of prepared) {
          const sourceId = await repo.insertSource(tx, 'dataset', { file: f.file, column: f.column }, null);
          await repo.seedValues(
            tx,
            values.map((v) => ({
              unitId: unitIndex.get(v.unitCode)!.id,
              variableId: cat.variablesByCode.get(v.variableCode)!.id,
              period: v.period,
              value: v.value,
              sourceId,
            })),
          );
          count += values.length;
        }
      });
      deps.valuesChanged();
      return { loaded: true, values: count, files: files.map((f) => f.file) };
    },

    /**
     * Approved values computed by another module — e.g. a closed survey wave's headline counts —
     * written through the value store under a source of their own (`sourceKind` + `detail`), with an
     * audit entry. `remove` lists keys whose figure no longer exists (e.g. now below the minimum
     * n); such a value is removed only while it still comes from a source of the same kind, so a
     * value entered or imported since then is kept. No authorization here: the calling service
     * decides who may trigger it.
     */
    async writeDerivedValues(
      ctx: RequestContext | null,
      input: {
        sourceKind: string;
        detail: Record<string, unknown>;
        audit: { action: AuditAction; entityType: AuditEntityType; entityId: string | number };
        write: { unitId: number; variableCode: string; period: string; value: number }[];
        remove: { unitId: number; variableCode: string; period: string }[];
      },
    ): Promise<{ written: number; removed: number }> {
      const cat = await indicators.catalogue();
      const idOf = (code: string) => {
        const v = cat.variablesByCode.get(code);
        if (!v) throw new AppError('VARIABLE_NOT_FOUND', `Variable ${code} is not in the catalogue`);
        return v.id;
      };
      const writes = input.write.map((w) => ({
        unitId: w.unitId,
        variableId: idOf(w.variableCode),
        period: w.period,
        value: w.value,
      }));
      const removals = input.remove.map((r) => ({
        unitId: r.unitId,
        variableId: idOf(r.variableCode),
        period: r.period,
      }));
      const actor = ctx?.actor?.userId ?? null;
      const result = await db.transaction(async (tx) => {
        let removed = 0;
        if (removals.length > 0) {
          const current = await repo.valuesOf(
            tx,
            [...new Set(removals.map((r) => r.unitId))],
            [...new Set(removals.map((r) => r.variableId))],
            [...new Set(removals.map((r) => r.period))],
          );
          const sources = await repo.sourcesByIds(tx, [...new Set(current.map((c) => c.sourceId))]);
          const wanted = new Set(removals.map((r) => `${r.unitId}|${r.variableId}|${r.period}`));
          const stale = current.filter(
            (c) =>
              wanted.has(`${c.unitId}|${c.variableId}|${c.period}`) &&
              sources.get(c.sourceId)?.kind === input.sourceKind,
          );
          for (const c of stale) {
            await repo.deleteValues(tx, c.unitId, [c.variableId], c.period, {
              status: 'approved',
              sourceId: c.sourceId,
              roundId: null,
              actor,
            });
          }
          removed = stale.length;
        }
        if (writes.length > 0) {
          const sourceId = await repo.insertSource(tx, input.sourceKind, input.detail, actor);
          await repo.writeValues(tx, writes, { status: 'approved', sourceId, roundId: null, actor });
        }
        if (writes.length > 0 || removed > 0) {
          await audit.record(tx, ctx, { ...input.audit, changes: { written: input.write, removed } });
        }
        return { written: writes.length, removed };
      });
      if (result.written > 0 || result.removed > 0) deps.valuesChanged();
      return result;
    },

    /**
     * Imports one BDL API variable for the given years and level into a catalogue variable (created
     * as `bdl_<id>` from BDL's metadata when no target is given). All or nothing; values carry the
     * BDL variable id and its lastUpdate.
     */
    async importBdl(
      ctx: RequestContext,
      input: {
        variableId: number;
        years: number[];
        level: 'voivodeship' | 'county' | 'municipality';
        targetVariable?: string | undefined;
      },
    ) {
      authorize(ctx, { type: 'data.importExternal' });
      const client = deps.createBdlClient();
      const meta = await client.getVariable(input.variableId);
      if (!meta.ok) throw bdlError(meta.error);
      const data = await client.getDataByVariable(input.variableId, {
        years: input.years,
        unitLevel: input.level === 'voivodeship' ? 2 : input.level === 'county' ? 5 : 6,
      });
      if (!data.ok) throw bdlError(data.error);
      const label =
        [meta.value.n1, meta.value.n2, meta.value.n3, meta.value.n4, meta.value.n5].filter(Boolean).join(' — ') ||
        `BDL ${input.variableId}`;
      const code = input.targetVariable ?? `bdl_${input.variableId}`;
      const variable = await indicators.ensureVariable(ctx, {
        code,
        names: { pl: label, en: label },
        unit: meta.value.measureUnitName,
        source: 'GUS BDL',
        periodicity: 'year',
        description: {
          pl: `Zmienna BDL ${input.variableId}. Źródło: GUS, Bank Danych Lokalnych.`,
          en: `BDL variable ${input.variableId}. Source: Statistics Poland, Local Data Bank.`,
        },
        bdl: { variableId: input.variableId },
      });
      const unitIndex = await units.codeIndex();
      const unknown = data.value.values.filter((v) => !unitIndex.has(v.unitCode)).map((v) => v.unitCode);
      const rows = data.value.values
        .filter((v) => unitIndex.has(v.unitCode))
        .map((v) => ({
          unitId: unitIndex.get(v.unitCode)!.id,
          variableId: variable.id,
          period: String(v.year),
          value: v.value,
        }));
      await db.transaction(async (tx) => {
        const sourceId = await repo.insertSource(
          tx,
          'bdl',
          {
            variableId: input.variableId,
            lastUpdate: data.value.provenance.lastUpdate,
            url: data.value.provenance.url,
            fetchedAt: data.value.provenance.fetchedAt,
          },
          ctx.actor!.userId,
        );
        await repo.writeValues(tx, rows, { status: 'approved', sourceId, roundId: null, actor: ctx.actor!.userId });
        await audit.record(tx, ctx, {
          action: 'values.import-bdl',
          entityType: 'variable',
          entityId: code,
          changes: { bdlVariableId: input.variableId, years: input.years, level: input.level, values: rows.length },
        });
      });
      deps.valuesChanged();
      return {
        variableCode: code,
        values: rows.length,
        unknownUnits: [...new Set(unknown)].sort(),
        lastUpdate: data.value.provenance.lastUpdate,
      };
    },
  };
}

function bdlError(error: { code: string; message: string }): AppError {
  if (error.code === 'BDL_HTTP_ERROR' && 'status' in error && error.status === 404)
    return new AppError('NOT_FOUND', `BDL: ${error.message}`, error);
  if (error.code === 'BDL_INVALID_QUERY') return new AppError('VALIDATION_FAILED', `BDL: ${error.message}`, error);
  return new AppError('UPSTREAM_UNAVAILABLE', `BDL: ${error.message}`, error);
}
