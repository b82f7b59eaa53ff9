/**
 * Collection rounds and the value store: an operator opens a round, unit coordinators fill their
 * unit's form (drafts, plausibility findings inline), submit, the operator returns or approves;
 * every value keeps its provenance and revision history.
 */
import { can } from '../../../domain/access/authorization';
import { formatPeriod, parsePeriod, previousPeriod } from '../../../domain/indicators/periods';
import {
  hasBlockingErrors,
  runChecks,
  unexplainedWarnings,
  type Finding,
} from '../../../domain/indicators/plausibility';
import type { Db } from '../../db/client';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import type { GroupsService } from '../groups/groups.service';
import type { IndicatorsService, LoadedCatalogue } from '../indicators/indicators.service';
import type { UnitsService } from '../units/units.service';
import type { UsersService } from '../users/users.service';
import * as repo from './data-collection.repository';
import type { Mailer } from './mailer';

export type DataCollectionService = ReturnType<typeof createDataCollectionService>;

/** The provenance clients see: the source's kind and detail, plus the file row for imports. */
function provenanceOf(
  sources: Map<number, { kind: string; detail: Record<string, unknown> }>,
  sourceId: number,
  row: number | null,
) {
  const source = sources.get(sourceId);
  return { kind: source?.kind ?? 'unknown', ...(source?.detail ?? {}), ...(row !== null ? { row } : {}) };
}

type RoundUnitStatus = repo.RoundUnitRow['status'];

/**
 * Whether a unit's form may change now: the round is open, the form is not submitted or approved,
 * and the deadline has not passed (or the operator reopened the form until later). The form and a
 * file imported into the round follow this one rule.
 */
export function formEditable(
  round: repo.RoundRow,
  ru: repo.RoundUnitRow,
  t: Date,
): { ok: true } | { ok: false; code: 'ROUND_STATE' | 'ROUND_DEADLINE_PASSED'; message: string } {
  if (round.status !== 'open') return { ok: false, code: 'ROUND_STATE', message: 'The round is closed' };
  if (ru.status === 'submitted' || ru.status === 'approved')
    return { ok: false, code: 'ROUND_STATE', message: `The form is ${ru.status}; the operator must return it first` };
  if (t > round.deadline && !(ru.reopenedUntil && t <= ru.reopenedUntil)) {
    return {
      ok: false,
      code: 'ROUND_DEADLINE_PASSED',
      message: `The deadline (${round.deadline.toISOString()}) has passed; ask the operator to reopen the form`,
    };
  }
  return { ok: true };
}

/** Unit ids per page of the benchmarking engine's input (the shipped extract: ~280 values per unit). */
const UNIT_ID_PAGE = 50;

export function createDataCollectionService(deps: {
  db: Db;
  audit: AuditService;
  units: UnitsService;
  groups: GroupsService;
  indicators: IndicatorsService;
  users: UsersService;
  mailer: Mailer;
  now: () => Date;
  /** Told after every committed change of values, so in-memory engines know to rebuild. */
  valuesChanged: () => void;
  /**
   * A unit's released values (#15), for callers without a login: the periods any release holds, and
   * per indicator and period the public value (null: released without a value; undefined: not released).
   */
  releasedUnitValues?: (
    unitId: number,
  ) => Promise<{ periods: string[]; valueOf: (indicator: string, period: string) => number | null | undefined }>;
}) {
  const { db, audit, units, groups, indicators, now } = deps;

  async function requireRound(id: number) {
    const round = await repo.findRound(db, id);
    if (!round) throw new AppError('ROUND_NOT_FOUND', `Round ${id} not found`);
    return round;
  }

  function indicatorHeader(i: LoadedCatalogue['indicators'][number]) {
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

  async function requireUnit(code: string) {
    const id = await units.findAnyUnitId(code);
    if (id === null) throw new AppError('UNIT_NOT_FOUND', `Unit ${code} not found`);
    const [summary] = await units.summariesByIds([id]);
    const kind = (await units.kindsByIds([id])).get(id)!;
    return { id, summary: summary!, kind };
  }

  async function requireRoundUnit(round: repo.RoundRow, unitId: number, code: string) {
    const row = await repo.findRoundUnit(db, round.id, unitId);
    if (!row) throw new AppError('UNIT_NOT_FOUND', `Unit ${code} does not take part in round ${round.id}`);
    return row;
  }

  /** Those who may see a unit's form: its own people and the round's operators. */
  function mayView(ctx: RequestContext, round: repo.RoundRow, unitId: number) {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
    if (
      !can(ctx.actor, { type: 'unit.writeData', unitId }) &&
      !can(ctx.actor, { type: 'round.manage', groupId: round.groupId })
    ) {
      throw new AppError('FORBIDDEN', "You may not see this unit's data");
    }
  }

  const isEditable = (round: repo.RoundRow, ru: repo.RoundUnitRow) => formEditable(round, ru, now());

  /** Current values, previous-period values, peers and findings for one unit's form. */
  async function evaluate(
    round: repo.RoundRow,
    unit: { id: number; kind: string },
    variableIds: number[],
    cat: LoadedCatalogue,
  ) {
    const period = parsePeriod(round.period);
    if (!period.ok) throw new AppError('BAD_REQUEST', `Round period ${round.period} is invalid`);
    const previous = formatPeriod(previousPeriod(period.period));
    const stored = await repo.valuesOf(db, [unit.id], variableIds, [round.period, previous]);
    const codeOf = (id: number) => cat.variablesById.get(id)!.code;
    // The form shows only values its approval touches: this round's. A value of the same key from
    // elsewhere (BDL, an import outside rounds, another round) is not the form's to approve.
    const current = new Map(
      stored.filter((v) => v.period === round.period && v.roundId === round.id).map((v) => [codeOf(v.variableId), v]),
    );
    const before = new Map(stored.filter((v) => v.period === previous).map((v) => [codeOf(v.variableId), v.value]));
    const peers = new Map<string, number[]>();
    for (const p of await repo.approvedValuesByKind(db, unit.kind, variableIds, round.period)) {
      if (p.unitId === unit.id) continue;
      const code = codeOf(p.variableId);
      peers.set(code, [...(peers.get(code) ?? []), p.value]);
    }
    const roundCodes = new Set(variableIds.map(codeOf));
    const config = {
      variables: Object.fromEntries(
        Object.entries(cat.plausibility.variables).filter(([code]) => roundCodes.has(code)),
      ),
      // A rule is checked when the round collects one of its variables and it applies to the unit's kind.
      rules: await indicators.rulesFor(unit.kind, roundCodes),
    };
    // Rule findings carry the rule's own text in both languages; the other checks are described from their numbers.
    const findings = runChecks({
      unitKind: unit.kind,
      period: period.period,
      values: new Map([...current].map(([code, v]) => [code, v.value])),
      previous: before,
      peerValues: peers,
      config,
    }).map((f) => (f.ruleId ? { ...f, ruleMessage: cat.plausibility.ruleMessages.get(f.ruleId) } : f));
    return { current, before, findings, codeOf };
  }

  /** The round, unit and form a unit user is about to change; refuses a form that may not change now. */
  async function editableForm(ctx: RequestContext, roundId: number, unitCode: string) {
    const round = await requireRound(roundId);
    const unit = await requireUnit(unitCode);
    authorize(ctx, { type: 'unit.writeData', unitId: unit.id });
    const ru = await requireRoundUnit(round, unit.id, unitCode);
    const editable = isEditable(round, ru);
    if (!editable.ok) throw new AppError(editable.code, editable.message);
    return { round, unit, ru };
  }

  async function form(ctx: RequestContext, roundId: number, unitCode: string) {
    const round = await requireRound(roundId);
    const unit = await requireUnit(unitCode);
    const ru = await requireRoundUnit(round, unit.id, unitCode);
    mayView(ctx, round, unit.id);
    const cat = await indicators.catalogue();
    const variableIds = await repo.roundVariableIds(db, round.id);
    const { current, before, findings } = await evaluate(round, unit, variableIds, cat);
    const sources = await repo.sourcesByIds(db, [...new Set([...current.values()].map((v) => v.sourceId))]);
    const editable = isEditable(round, ru);
    const events = await repo.eventsOf(db, round.id, unit.id);
    return {
      round: roundView(round),
      unit: unit.summary,
      status: ru.status,
      reopenedUntil: ru.reopenedUntil?.toISOString() ?? null,
      editable: editable.ok && can(ctx.actor, { type: 'unit.writeData', unitId: unit.id }),
      notEditableReason: editable.ok ? null : editable.code,
      fields: variableIds.map((id) => {
        const v = cat.variablesById.get(id)!;
        const stored = current.get(v.code);
        return {
          variable: { code: v.code, names: v.names, unit: v.unit, description: v.description },
          value: stored?.value ?? null,
          previousValue: before.get(v.code) ?? null,
          comment: stored?.comment ?? null,
          provenance: stored ? provenanceOf(sources, stored.sourceId, stored.sourceRow) : null,
          findings: findings.filter((f) => f.variableCode === v.code || f.variables.includes(v.code)),
        };
      }),
      findings,
      history: await eventViews(events),
    };
  }

  async function eventViews(events: Awaited<ReturnType<typeof repo.eventsOf>>) {
    const emails = await deps.users.emailsByIds([
      ...new Set(events.map((e) => e.actorUserId).filter((x): x is string => x !== null)),
    ]);
    return events.map((e) => ({
      action: e.action,
      at: e.at.toISOString(),
      comment: e.comment,
      actor: e.actorUserId ? { id: e.actorUserId, email: emails.get(e.actorUserId) ?? '' } : null,
    }));
  }

  function roundView(r: repo.RoundRow) {
    return {
      id: r.id,
      name: r.name,
      period: r.period,
      deadline: r.deadline.toISOString(),
      groupId: r.groupId,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
    };
  }

  async function transition(
    ctx: RequestContext,
    roundId: number,
    unitCode: string,
    action: 'return' | 'approve' | 'reopen',
    options: { comment?: string | undefined; until?: Date | undefined },
  ) {
    const round = await requireRound(roundId);
    authorize(ctx, { type: 'round.manage', groupId: round.groupId });
    const unit = await requireUnit(unitCode);
    const ru = await requireRoundUnit(round, unit.id, unitCode);
    const variableIds = await repo.roundVariableIds(db, round.id);
    const next: Record<typeof action, { from: RoundUnitStatus[]; to: RoundUnitStatus }> = {
      return: { from: ['submitted', 'approved'], to: 'returned' },
      approve: { from: ['submitted'], to: 'approved' },
      reopen: {
        from: ['not-started', 'draft', 'returned', 'submitted', 'approved'],
        to: ru.status === 'submitted' || ru.status === 'approved' ? 'returned' : ru.status,
      },
    };
    if (!next[action].from.includes(ru.status))
      throw new AppError('ROUND_STATE', `Cannot ${action} a form that is ${ru.status}`);
    if (action === 'return' && !options.comment)
      throw new AppError('VALIDATION_FAILED', 'Say why the form is returned', [
        { path: 'body.comment', message: 'required' },
      ]);
    await db.transaction(async (tx) => {
      await repo.updateRoundUnit(tx, round.id, unit.id, {
        status: next[action].to,
        ...(action === 'reopen' ? { reopenedUntil: options.until ?? null } : {}),
      });
      await repo.setStatus(
        tx,
        round.id,
        unit.id,
        variableIds,
        round.period,
        action === 'approve' ? 'approved' : 'draft',
      );
      await repo.insertEvent(tx, {
        roundId: round.id,
        unitId: unit.id,
        action,
        actorUserId: ctx.actor!.userId,
        comment: options.comment ?? (options.until ? `until ${options.until.toISOString()}` : null),
      });
      await audit.record(tx, ctx, {
        action: `round.${action}`,
        entityType: 'round',
        entityId: round.id,
        changes: { unitCode, from: ru.status, to: next[action].to, comment: options.comment ?? null },
      });
    });
    deps.valuesChanged();
    return form(ctx, roundId, unitCode);
  }

  return {
    async createRound(
      ctx: RequestContext,
      input: {
        name: string;
        period: string;
        deadline: Date;
        variableCodes: string[];
        unitCodes?: string[] | undefined;
        groupId?: number | undefined;
      },
    ) {
      authorize(ctx, { type: 'round.manage', groupId: input.groupId ?? null });
      const period = parsePeriod(input.period);
      if (!period.ok)
        throw new AppError('VALIDATION_FAILED', period.reason, [{ path: 'body.period', message: period.reason }]);
      const cat = await indicators.catalogue();
      const unknownVariables = input.variableCodes.filter((c) => !cat.variablesByCode.has(c));
      if (unknownVariables.length > 0)
        throw new AppError('VARIABLE_NOT_FOUND', `Unknown variables: ${unknownVariables.join(', ')}`, {
          codes: unknownVariables,
        });
      let unitIds: number[];
      if (input.unitCodes && input.unitCodes.length > 0) {
        const ids = await units.findUnitIds(input.unitCodes);
        const missing = input.unitCodes.filter((c) => !ids.has(c));
        if (missing.length > 0)
          throw new AppError('UNIT_NOT_FOUND', `Unknown units: ${missing.join(', ')}`, { codes: missing });
        unitIds = [...new Set(ids.values())];
      } else if (input.groupId !== undefined) {
        unitIds = await groups.memberUnitIds(input.groupId);
      } else {
        throw new AppError('VALIDATION_FAILED', 'Give the participating units or a group', [
          { path: 'body.unitCodes', message: 'unitCodes or groupId required' },
        ]);
      }
      if (unitIds.length === 0)
        throw new AppError('VALIDATION_FAILED', 'The round has no participating units', [
          { path: 'body.unitCodes', message: 'empty' },
        ]);
      const variableIds = [...new Set(input.variableCodes)].map((c) => cat.variablesByCode.get(c)!.id);
      const round = await db.transaction(async (tx) => {
        const row = await repo.insertRound(
          tx,
          {
            name: input.name,
            period: formatPeriod(period.period),
            deadline: input.deadline,
            groupId: input.groupId ?? null,
            createdBy: ctx.actor!.userId,
          },
          variableIds,
          unitIds,
        );
        await audit.record(tx, ctx, {
          action: 'round.create',
          entityType: 'round',
          entityId: row.id,
          changes: { ...input, unitCount: unitIds.length },
        });
        return row;
      });
      return getRoundView(ctx, round.id);
    },

    async listRounds(ctx: RequestContext) {
      if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
      const all = can(ctx.actor, { type: 'round.manage', groupId: null });
      const unitIds = ctx.actor.grants.flatMap((g) => (g.unitId !== null ? [g.unitId] : []));
      const groupIds = new Set(
        ctx.actor.grants.filter((g) => g.role === 'network-operator' && g.groupId !== null).map((g) => g.groupId),
      );
      const rows = all
        ? await repo.listRounds(db, null)
        : [
            ...(await repo.listRounds(db, unitIds)),
            ...(groupIds.size > 0
              ? (await repo.listRounds(db, null)).filter((r) => r.groupId !== null && groupIds.has(r.groupId))
              : []),
          ];
      const unique = [...new Map(rows.map((r) => [r.id, r])).values()].sort((a, b) => b.id - a.id);
      return { items: unique.map(roundView) };
    },

    getRound: (ctx: RequestContext, id: number) => getRoundView(ctx, id),
    form,

    async saveValues(
      ctx: RequestContext,
      roundId: number,
      unitCode: string,
      entries: { variableCode: string; value: number | null; comment?: string | null | undefined }[],
    ) {
      const { round, unit, ru } = await editableForm(ctx, roundId, unitCode);
      const cat = await indicators.catalogue();
      const inRound = new Set(await repo.roundVariableIds(db, round.id));
      const problems = entries.flatMap((e, i) => {
        const v = cat.variablesByCode.get(e.variableCode);
        return !v || !inRound.has(v.id)
          ? [{ path: `body.values.${i}.variableCode`, message: `${e.variableCode} is not collected in this round` }]
          : [];
      });
      if (problems.length > 0)
        throw new AppError('VALIDATION_FAILED', problems.map((p) => p.message).join('; '), problems);
      await db.transaction(async (tx) => {
        const sourceId = await repo.insertSource(
          tx,
          'manual',
          { roundId: round.id, userId: ctx.actor!.userId },
          ctx.actor!.userId,
        );
        const meta = { status: 'draft' as const, sourceId, roundId: round.id, actor: ctx.actor!.userId };
        const writes = entries
          .filter((e) => e.value !== null)
          .map((e) => ({
            unitId: unit.id,
            variableId: cat.variablesByCode.get(e.variableCode)!.id,
            period: round.period,
            value: e.value!,
            comment: e.comment ?? null,
          }));
        await repo.writeValues(tx, writes, meta);
        await repo.deleteValues(
          tx,
          unit.id,
          entries.filter((e) => e.value === null).map((e) => cat.variablesByCode.get(e.variableCode)!.id),
          round.period,
          meta,
        );
        if (ru.status === 'not-started') await repo.updateRoundUnit(tx, round.id, unit.id, { status: 'draft' });
        await repo.insertEvent(tx, {
          roundId: round.id,
          unitId: unit.id,
          action: 'save',
          actorUserId: ctx.actor!.userId,
          comment: null,
        });
        await audit.record(tx, ctx, {
          action: 'values.save',
          entityType: 'unit',
          entityId: unitCode,
          changes: { roundId: round.id, period: round.period, values: entries },
        });
      });
      deps.valuesChanged();
      return form(ctx, roundId, unitCode);
    },

    async submit(ctx: RequestContext, roundId: number, unitCode: string) {
      const { round, unit } = await editableForm(ctx, roundId, unitCode);
      const cat = await indicators.catalogue();
      const variableIds = await repo.roundVariableIds(db, round.id);
      const { current, findings } = await evaluate(round, unit, variableIds, cat);
      const missing = variableIds.map((id) => cat.variablesById.get(id)!.code).filter((code) => !current.has(code));
      const comments = new Map(
        [...current].filter(([, v]) => v.comment && v.comment.trim() !== '').map(([code, v]) => [code, v.comment!]),
      );
      // Refused for errors, the warnings still to explain come along, so that the form lists every
      // item to fix or explain at once rather than one refusal after another.
      const unexplained: Finding[] = unexplainedWarnings(findings, comments);
      if (missing.length > 0)
        throw new AppError('PLAUSIBILITY_ERRORS', `Missing values: ${missing.join(', ')}`, {
          missing,
          findings,
          unexplained,
        });
      if (hasBlockingErrors(findings))
        throw new AppError('PLAUSIBILITY_ERRORS', 'Correct the values marked as errors first', {
          findings: findings.filter((f) => f.severity === 'error'),
          unexplained,
        });
      if (unexplained.length > 0)
        throw new AppError('WARNINGS_UNEXPLAINED', 'Explain each warning in a comment before submitting', {
          findings: unexplained,
        });
      await db.transaction(async (tx) => {
        await repo.setStatus(tx, round.id, unit.id, variableIds, round.period, 'submitted');
        await repo.updateRoundUnit(tx, round.id, unit.id, { status: 'submitted' });
        await repo.insertEvent(tx, {
          roundId: round.id,
          unitId: unit.id,
          action: 'submit',
          actorUserId: ctx.actor!.userId,
          comment: null,
        });
        await audit.record(tx, ctx, {
          action: 'round.submit',
          entityType: 'round',
          entityId: round.id,
          changes: { unitCode, warningsExplained: findings.length },
        });
      });
      return form(ctx, roundId, unitCode);
    },

    returnForm: (ctx: RequestContext, roundId: number, unitCode: string, comment: string) =>
      transition(ctx, roundId, unitCode, 'return', { comment }),
    approve: (ctx: RequestContext, roundId: number, unitCode: string) =>
      transition(ctx, roundId, unitCode, 'approve', {}),
    reopen: (ctx: RequestContext, roundId: number, unitCode: string, until: Date) =>
      transition(ctx, roundId, unitCode, 'reopen', { until }),

    /** Units × status, with overdue forms marked (deadline passed and not submitted or approved). */
    async board(ctx: RequestContext, roundId: number) {
      const round = await requireRound(roundId);
      authorize(ctx, { type: 'round.manage', groupId: round.groupId });
      const variableIds = await repo.roundVariableIds(db, round.id);
      const rows = await repo.roundUnitRows(db, round.id);
      const values = await repo.valuesOf(
        db,
        rows.map((r) => r.ru.unitId),
        variableIds,
        [round.period],
      );
      const filled = new Map<number, number>();
      for (const v of values) if (v.roundId === round.id) filled.set(v.unitId, (filled.get(v.unitId) ?? 0) + 1);
      const past = now() > round.deadline;
      const items = rows.map((r) => ({
        unit: { code: r.code, name: r.name, kind: r.kind },
        status: r.ru.status,
        filled: filled.get(r.ru.unitId) ?? 0,
        total: variableIds.length,
        overdue:
          past &&
          r.ru.status !== 'submitted' &&
          r.ru.status !== 'approved' &&
          !(r.ru.reopenedUntil && now() <= r.ru.reopenedUntil),
        updatedAt: r.ru.updatedAt.toISOString(),
      }));
      const counts: Record<string, number> = {};
      for (const i of items) counts[i.status] = (counts[i.status] ?? 0) + 1;
      return { round: roundView(round), items, counts, overdue: items.filter((i) => i.overdue).length };
    },

    /**
     * The status of the given units in a round, without the board's figures. It authorizes no one:
     * it is for services that have already decided the caller may see these units' progress (the
     * networks cycle board shows it to the group's moderators, who do not manage rounds).
     */
    async unitStatuses(roundId: number, unitCodes: readonly string[]) {
      const round = await requireRound(roundId);
      const wanted = new Set(unitCodes);
      const rows = await repo.roundUnitRows(db, round.id);
      return rows.filter((r) => wanted.has(r.code)).map((r) => ({ unitCode: r.code, status: r.ru.status }));
    },

    /** Queues reminders to the coordinators of units that have not submitted; sends them when SMTP is configured. */
    async remind(ctx: RequestContext, roundId: number) {
      const round = await requireRound(roundId);
      authorize(ctx, { type: 'round.manage', groupId: round.groupId });
      const rows = (await repo.roundUnitRows(db, round.id)).filter(
        (r) => r.ru.status !== 'submitted' && r.ru.status !== 'approved',
      );
      const recipients = await deps.users.coordinatorEmails(rows.map((r) => r.ru.unitId));
      const messages = rows.flatMap((r) =>
        (recipients.get(r.ru.unitId) ?? []).map((email) => ({
          kind: 'round-reminder',
          recipient: email,
          subject: `Miernik: przypomnienie — ${round.name} (${round.period})`,
          body:
            `Dzień dobry,\n\nformularz jednostki ${r.name} (${r.code}) w rundzie „${round.name}” za okres ${round.period} ma status: ${r.ru.status}. ` +
            `Termin: ${round.deadline.toISOString().slice(0, 10)}.\n\nMiernik`,
        })),
      );
      const queued = await db.transaction(async (tx) => {
        const inserted = await repo.insertOutbox(tx, messages);
        for (const r of rows)
          await repo.insertEvent(tx, {
            roundId: round.id,
            unitId: r.ru.unitId,
            action: 'remind',
            actorUserId: ctx.actor!.userId,
            comment: null,
          });
        await audit.record(tx, ctx, {
          action: 'round.remind',
          entityType: 'round',
          entityId: round.id,
          changes: { messages: inserted.length },
        });
        return inserted;
      });
      let sent = 0;
      if (deps.mailer.enabled) {
        for (const m of queued) {
          try {
            await deps.mailer.send({ to: m.recipient, subject: m.subject, text: m.body });
            await repo.markOutbox(db, m.id, { sentAt: now() });
            sent++;
          } catch (error) {
            await repo.markOutbox(db, m.id, { error: (error as Error).message });
          }
        }
      }
      return {
        queued: queued.length,
        sent,
        withoutRecipient: rows.filter((r) => !recipients.has(r.ru.unitId)).map((r) => r.code),
      };
    },

    async outbox(ctx: RequestContext) {
      authorize(ctx, { type: 'round.manage', groupId: null });
      const rows = await repo.listOutbox(db, 200);
      return {
        smtp: deps.mailer.enabled,
        items: rows.map((r) => ({
          ...r,
          createdAt: r.createdAt.toISOString(),
          sentAt: r.sentAt?.toISOString() ?? null,
        })),
      };
    },

    /**
     * Indicator values of a unit, derived from its approved variable values: per indicator that
     * applies to the unit's kind, per period, a value or the reason there is none (missing input,
     * division by zero) — never 0 or NaN in place of "no value".
     */
    async indicatorValues(
      unitCode: string,
      query: { period?: string | undefined },
      view: 'members' | 'public' = 'members',
    ) {
      const unit = await requireUnit(unitCode);
      const cat = await indicators.catalogue();
      if (view === 'public') {
        if (!deps.releasedUnitValues) throw new Error('releasedUnitValues is not wired');
        const released = await deps.releasedUnitValues(unit.id);
        if (query.period && !released.periods.includes(query.period))
          throw new AppError('PERIOD_NOT_FOUND', `No released data for ${unitCode} in ${query.period}`);
        const periods = query.period ? [query.period] : released.periods;
        const items = cat.indicators
          .filter((i) => i.unitKinds.includes(unit.kind))
          .map((i) => ({
            ...indicatorHeader(i),
            values: periods.map((period) => {
              const value = released.valueOf(i.code, period);
              if (typeof value === 'number') return { period, value, noValue: null };
              // Why a value is missing from a release is not public beyond "none"; unreleased says so.
              return {
                period,
                value: null,
                noValue: { reason: value === undefined ? 'not-released' : 'missing-input', variables: [] },
              };
            }),
          }));
        return { unit: unit.summary, periods, items };
      }
      const stored = await repo.approvedValuesOfUnit(db, unit.id);
      const byPeriod = new Map<string, Map<string, number>>();
      for (const v of stored) {
        const code = cat.variablesById.get(v.variableId)?.code;
        if (!code) continue;
        let m = byPeriod.get(v.period);
        if (!m) byPeriod.set(v.period, (m = new Map()));
        m.set(code, v.value);
      }
      const periods = (query.period ? [query.period] : [...byPeriod.keys()]).sort();
      if (query.period && !byPeriod.has(query.period))
        throw new AppError('PERIOD_NOT_FOUND', `No data for ${unitCode} in ${query.period}`);
      const items = cat.indicators
        .filter((i) => i.unitKinds.includes(unit.kind))
        .map((i) => ({
          ...indicatorHeader(i),
          values: periods.map((period) => {
            const result = i.compiled.evaluate(byPeriod.get(period) ?? new Map());
            return result.ok
              ? { period, value: result.value, noValue: null }
              : {
                  period,
                  value: null,
                  noValue: { reason: result.reason, variables: 'variables' in result ? result.variables : [] },
                };
          }),
        }));
      return { unit: unit.summary, periods, items };
    },

    /**
     * One indicator's series for a unit — any indicator, also one outside the unit's kinds (a
     * strategy's own indicator) — from approved values, with where each input value came from. A
     * period whose inputs are missing has no value (with the reason), never 0.
     */
    async indicatorSeries(unitCode: string, indicatorCode: string) {
      const unit = await requireUnit(unitCode);
      const cat = await indicators.catalogue();
      const indicator = cat.indicatorsByCode.get(indicatorCode);
      if (!indicator) throw new AppError('INDICATOR_NOT_FOUND', `Indicator ${indicatorCode} not found`);
      const variableIds = indicator.variableCodes
        .map((c) => cat.variablesByCode.get(c)?.id)
        .filter((id): id is number => id !== undefined);
      const rows = await repo.approvedSeriesOfUnit(db, unit.id, variableIds);
      const sources = await repo.sourcesByIds(db, [...new Set(rows.map((r) => r.sourceId))]);
      const byPeriod = new Map<string, typeof rows>();
      for (const r of rows) {
        let list = byPeriod.get(r.period);
        if (!list) byPeriod.set(r.period, (list = []));
        list.push(r);
      }
      return [...byPeriod.keys()].sort().map((period) => {
        const inputs = byPeriod.get(period)!;
        const result = indicator.compiled.evaluate(
          new Map(inputs.map((r) => [cat.variablesById.get(r.variableId)!.code, r.value])),
        );
        return {
          period,
          value: result.ok ? result.value : null,
          noValue: result.ok ? null : result.reason,
          sources: inputs.map((r) => ({
            variableCode: cat.variablesById.get(r.variableId)!.code,
            value: r.value,
            provenance: provenanceOf(sources, r.sourceId, r.sourceRow),
          })),
        };
      });
    },

    /**
     * Every approved value, for the benchmarking engine (which keeps them in typed arrays), in pages
     * of UNIT_ID_PAGE unit ids. One query for all of them (~700,000 rows for the shipped extract)
     * held PGlite's thread for 5–10 s, during which no other request was answered; a page of ~20,000
     * rows holds it for a fraction of a second, and the engine yields between pages. The pages are
     * separate statements: a change committed between two of them also drops the build being read
     * (invalidate), so no later request sees the mixed one.
     */
    async *approvedValuePages() {
      const range = await repo.valueUnitIdRange(db);
      if (!range) return;
      for (let from = range.min; from <= range.max; from += UNIT_ID_PAGE)
        yield await repo.approvedValuesOfUnitRange(db, from, from + UNIT_ID_PAGE - 1);
    },

    /** Approved values of some units and variables as they stood at `asOf` (from the revision history). */
    approvedValuesAsOf: (unitIds: readonly number[], variableIds: readonly number[], asOf: Date) =>
      repo.approvedValuesAsOf(db, unitIds, variableIds, asOf),

    /** A unit's values with provenance and revision history (who changed what when). */
    async valueHistory(
      ctx: RequestContext,
      unitCode: string,
      query: { variable?: string | undefined; period?: string | undefined },
    ) {
      const unit = await requireUnit(unitCode);
      if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
      if (
        !can(ctx.actor, { type: 'unit.writeData', unitId: unit.id }) &&
        !can(ctx.actor, { type: 'round.manage', groupId: null })
      ) {
        throw new AppError('FORBIDDEN', "You may not see this unit's revision history");
      }
      const cat = await indicators.catalogue();
      const variable = query.variable ? cat.variablesByCode.get(query.variable) : undefined;
      if (query.variable && !variable) throw new AppError('VARIABLE_NOT_FOUND', `Variable ${query.variable} not found`);
      const revisions = await repo.revisionsOf(db, unit.id, variable?.id ?? null, query.period ?? null, 500);
      const sources = await repo.sourcesByIds(db, [...new Set(revisions.map((r) => r.sourceId))]);
      const emails = await deps.users.emailsByIds([
        ...new Set(revisions.map((r) => r.changedBy).filter((x): x is string => x !== null)),
      ]);
      return {
        unit: unit.summary,
        items: revisions.map((r) => ({
          variableCode: cat.variablesById.get(r.variableId)?.code ?? String(r.variableId),
          period: r.period,
          value: r.value,
          previousValue: r.previousValue,
          status: r.status,
          provenance: provenanceOf(sources, r.sourceId, r.sourceRow),
          comment: r.comment,
          changedAt: r.changedAt.toISOString(),
          changedBy: r.changedBy ? { id: r.changedBy, email: emails.get(r.changedBy) ?? '' } : null,
        })),
      };
    },
  };

  async function getRoundView(ctx: RequestContext, id: number) {
    const round = await requireRound(id);
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
    const rows = await repo.roundUnitRows(db, round.id);
    const manage = can(ctx.actor, { type: 'round.manage', groupId: round.groupId });
    const mine = rows.filter((r) => can(ctx.actor, { type: 'unit.writeData', unitId: r.ru.unitId }));
    if (!manage && mine.length === 0) throw new AppError('FORBIDDEN', 'You take no part in this round');
    const cat = await indicators.catalogue();
    const variables = (await repo.roundVariableIds(db, round.id)).map((vid) => {
      const v = cat.variablesById.get(vid)!;
      return { code: v.code, names: v.names, unit: v.unit };
    });
    return {
      ...roundView(round),
      canManage: manage,
      variables,
      units: (manage ? rows : mine).map((r) => ({ code: r.code, name: r.name, kind: r.kind, status: r.ru.status })),
    };
  }
}
