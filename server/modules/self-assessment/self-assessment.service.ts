/**
 * Self-assessment (CAF 2020, EFQM; METHODS.md §1–§2): a unit starts a round under a framework and
 * scoring mode, its self-assessment group scores every item individually (nobody sees the others'
 * scores), the leader opens consensus, sees the spread and records the agreed scores, and closes the
 * round. Results (criteria, 0–900 / 0–1000 totals, change since the previous round) are always
 * derived from the stored raw scores by the framework data — nothing derived is stored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { can, type AssessmentMembership } from '../../../domain/access/authorization';
import { isReadyForConsensus, summariseDisagreement } from '../../../domain/self-assessment/consensus';
import {
  assessmentItems,
  itemScoreBands,
  parseFramework,
  type Framework,
} from '../../../domain/self-assessment/framework';
import {
  compareRounds,
  scoreAssessment,
  validateScore,
  type AssessmentScore,
  type ScoreValues,
} from '../../../domain/self-assessment/scoring';
import type { Db } from '../../db/client';
import { authorize, type RequestContext, type SessionActor } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import type { UnitsService } from '../units/units.service';
import type { UsersService } from '../users/users.service';
import * as repo from './self-assessment.repository';

export type SelfAssessmentService = ReturnType<typeof createSelfAssessmentService>;

/** CAF step 3 recommends a self-assessment group of 5–12 people; outside that we warn, never block. */
export const RECOMMENDED_GROUP = { min: 5, max: 12 } as const;
/** Cross-unit CAF comparisons are indicative (METHODS.md §1.1); with fewer units than this none is shown. */
export const MIN_UNITS_FOR_COMPARISON = 5;

export interface ScoreInput {
  values: ScoreValues;
  strengths?: string | null | undefined;
  improvements?: string | null | undefined;
}

type Unit = { id: number; code: string; name: string; kind: string };

/** Reads and validates every framework file once; an invalid shipped file is a release bug, so it fails loudly. */
function loadFrameworks(dir: string): Map<string, Framework> {
  const out = new Map<string, Framework>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const parsed = parseFramework(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.ok)
      throw new Error(
        `data/frameworks/${file} is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
      );
    out.set(parsed.framework.id, parsed.framework);
  }
  return out;
}

const text = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim());

export function createSelfAssessmentService(deps: {
  db: Db;
  audit: AuditService;
  units: UnitsService;
  /** Invites people into the unit from a round (the users module's invitation, not a second one). */
  users: Pick<UsersService, 'inviteToUnit'>;
  frameworksDir: string;
  now: () => Date;
  /** Called after a round is published or withdrawn (the portal renders them). */
  publicationsChanged?: () => void;
}) {
  const { db, audit, units, now } = deps;
  let frameworks: Map<string, Framework> | null = null;
  const allFrameworks = () => (frameworks ??= loadFrameworks(deps.frameworksDir));

  function requireFramework(id: string): Framework {
    const f = allFrameworks().get(id);
    if (!f)
      throw new AppError(
        'FRAMEWORK_NOT_FOUND',
        `Framework ${id} not found (known: ${[...allFrameworks().keys()].join(', ')})`,
      );
    return f;
  }

  /** The framework an assessment was started under; its version is pinned at start. */
  function frameworkOf(a: repo.AssessmentRow): Framework {
    const f = requireFramework(a.frameworkId);
    if (f.version !== a.frameworkVersion)
      throw new AppError(
        'CONFLICT',
        `Assessment ${a.id} was made under ${a.frameworkId} ${a.frameworkVersion}, but ${f.version} is installed`,
      );
    return f;
  }

  async function requireUnit(code: string): Promise<Unit> {
    const id = await units.findUnitId(code);
    if (id === null) throw new AppError('UNIT_NOT_FOUND', `Unit ${code} not found`);
    return unitById(id);
  }

  async function unitById(id: number): Promise<Unit> {
    const [u] = await units.summariesByIds([id]);
    return { id, code: u!.code, name: u!.name, kind: u!.kind };
  }

  async function requireAssessment(id: number) {
    const row = await repo.findAssessment(db, id);
    if (!row) throw new AppError('ASSESSMENT_NOT_FOUND', `Assessment ${id} not found`);
    return row;
  }

  async function membershipOf(
    ctx: RequestContext,
    a: repo.AssessmentRow,
  ): Promise<{ actor: SessionActor; member: repo.MemberRow | undefined; membership: AssessmentMembership }> {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
    const member = await repo.findMember(db, a.id, ctx.actor.userId);
    return { actor: ctx.actor, member, membership: member?.role ?? null };
  }

  /** The caller as a member of the group who may score; anyone else (admins included) has no scores to keep. */
  async function requireScorer(ctx: RequestContext, a: repo.AssessmentRow) {
    const m = await membershipOf(ctx, a);
    authorize(ctx, { type: 'assessment.score', unitId: a.unitId, membership: m.membership });
    if (!m.member) throw new AppError('FORBIDDEN', 'Only members of the self-assessment group score');
    return { ...m, member: m.member };
  }

  async function requireLead(ctx: RequestContext, a: repo.AssessmentRow) {
    const m = await membershipOf(ctx, a);
    authorize(ctx, { type: 'assessment.lead', unitId: a.unitId, membership: m.membership });
    return m;
  }

  /** Refuses a change unless the assessment is in `expected`; a closed one never changes. */
  function requireStatus(a: repo.AssessmentRow, expected: repo.AssessmentRow['status'], doing: string) {
    if (a.status === expected) return;
    if (a.status === 'closed')
      throw new AppError('ASSESSMENT_CLOSED', `Assessment ${a.id} is closed; it can no longer be changed`);
    throw new AppError('ASSESSMENT_STATE', `Cannot ${doing} while the assessment is in ${a.status}`);
  }

  function requireItem(f: Framework, itemId: string) {
    if (!assessmentItems(f).some((i) => i.id === itemId))
      throw new AppError('ITEM_NOT_FOUND', `Framework ${f.id} has no subcriterion ${itemId}`);
  }

  /** Validates raw scores against the item's panel; 400 naming the subcriterion (and component) otherwise. */
  function checkedScore(f: Framework, mode: string, itemId: string, values: ScoreValues) {
    const result = validateScore(f, mode, itemId, values);
    if (!result.ok) throw new AppError('SCORE_INVALID', result.errors.map((e) => e.message).join('; '), result.errors);
    return result.score;
  }

  /** Scores an assessment from its consensus rows (validated on write, so errors mean data changed underneath). */
  function scoreConsensus(f: Framework, a: repo.AssessmentRow, rows: readonly repo.ConsensusRow[]): AssessmentScore {
    const scored = scoreAssessment(
      f,
      a.mode,
      rows.map((r) => ({ itemId: r.itemId, values: r.values })),
    );
    if (!scored.ok)
      throw new AppError(
        'CONFLICT',
        `Stored consensus scores of assessment ${a.id} no longer fit ${f.id}: ${scored.errors.map((e) => e.message).join('; ')}`,
      );
    return scored.assessment;
  }

  function summary(a: repo.AssessmentRow, total: number | null) {
    return {
      id: a.id,
      frameworkId: a.frameworkId,
      frameworkVersion: a.frameworkVersion,
      round: a.round,
      date: a.date,
      mode: a.mode,
      status: a.status,
      title: a.title,
      total,
      isDemo: a.isDemo,
      publishedAt: a.publishedAt?.toISOString() ?? null,
    };
  }

  async function totalsOf(rows: readonly repo.AssessmentRow[]): Promise<Map<number, number | null>> {
    const consensus = await repo.consensusOf(
      db,
      rows.map((r) => r.id),
    );
    return new Map(
      rows.map((a) => [
        a.id,
        scoreConsensus(
          frameworkOf(a),
          a,
          consensus.filter((c) => c.assessmentId === a.id),
        ).total.value,
      ]),
    );
  }

  async function detail(ctx: RequestContext, a: repo.AssessmentRow) {
    const f = frameworkOf(a);
    const { actor, member, membership } = await membershipOf(ctx, a);
    const members = await repo.membersOf(db, a.id);
    const consensus = await repo.consensusOf(db, [a.id]);
    const mine = member ? await repo.scoresOf(db, a.id, actor.userId) : [];
    const canManage = can(actor, { type: 'assessment.lead', unitId: a.unitId, membership });
    const size = members.length;
    return {
      ...summary(a, scoreConsensus(f, a, consensus).total.value),
      unit: await unitById(a.unitId),
      members: members.map((m) => ({
        userId: m.userId,
        name: m.name,
        email: m.email,
        role: m.role,
        submittedAt: m.submittedAt?.toISOString() ?? null,
      })),
      groupSizeWarning:
        size < RECOMMENDED_GROUP.min
          ? ('below-recommended' as const)
          : size > RECOMMENDED_GROUP.max
            ? ('above-recommended' as const)
            : null,
      me: member
        ? { role: member.role, scored: mine.length, submittedAt: member.submittedAt?.toISOString() ?? null }
        : null,
      itemCount: assessmentItems(f).length,
      agreed: consensus.length,
      canManage,
      canPublish: can(actor, { type: 'assessment.manage', unitId: a.unitId }),
      /** Who may join the group: the unit's coordinators and members (only for those who manage it). */
      candidates: canManage ? await repo.unitPeople(db, a.unitId) : [],
      override:
        a.consensusOverride && a.consensusOpenedAt
          ? {
              reason: a.consensusOverride.reason,
              missing: a.consensusOverride.missing,
              at: a.consensusOpenedAt.toISOString(),
            }
          : null,
      consensusOpenedAt: a.consensusOpenedAt?.toISOString() ?? null,
      createdAt: a.createdAt.toISOString(),
      closedAt: a.closedAt?.toISOString() ?? null,
    };
  }

  async function readable(ctx: RequestContext, id: number) {
    const a = await requireAssessment(id);
    authorize(ctx, { type: 'assessment.read', unitId: a.unitId });
    return a;
  }

  /** The previous closed round of the same framework of the same unit, or undefined. */
  async function previousRound(a: repo.AssessmentRow) {
    return (await repo.closedAssessments(db, a.frameworkId, a.unitId)).find(
      (r) => r.round < a.round && r.frameworkVersion === a.frameworkVersion,
    );
  }

  async function results(ctx: RequestContext, id: number) {
    return resultsOf(await readable(ctx, id), false);
  }

  /**
   * The agreed scores with their evidence. For the public (a published round), the comparison is
   * shown only with a previous round that is published too, so an unpublished one cannot be read
   * off the differences.
   */
  async function resultsOf(a: repo.AssessmentRow, forPublic: boolean) {
    const f = frameworkOf(a);
    const rows = await repo.consensusOf(db, [a.id]);
    const score = scoreConsensus(f, a, rows);
    const previous = await previousRound(a);
    let comparison = null;
    if (previous && (!forPublic || previous.publishedAt !== null)) {
      const before = scoreConsensus(f, previous, await repo.consensusOf(db, [previous.id]));
      const compared = compareRounds(before, score);
      if (compared.ok)
        comparison = {
          previous: { id: previous.id, round: previous.round, date: previous.date },
          ...compared.comparison,
        };
    }
    const evidence = new Map(rows.map((r) => [r.itemId, r]));
    return {
      assessment: summary(a, score.total.value),
      complete: score.complete,
      missing: score.missing,
      criteria: score.criteria,
      total: score.total,
      average: score.average,
      byKind: score.byKind,
      byGroup: score.byGroup,
      items: score.items.map((i) => ({
        itemId: i.itemId,
        criterionId: i.criterionId,
        score: i.score,
        components: i.components,
        strengths: evidence.get(i.itemId)?.strengths ?? null,
        improvements: evidence.get(i.itemId)?.improvements ?? null,
      })),
      comparison,
    };
  }

  const service = {
    frameworkList() {
      return {
        items: [...allFrameworks().values()].map((f) => ({
          id: f.id,
          version: f.version,
          title: f.title,
          maxTotal: f.aggregation.maxTotal,
          itemCount: assessmentItems(f).length,
          modes: f.modes.map((m) => ({ id: m.id, title: m.title })),
        })),
      };
    },

    framework: requireFramework,

    async list(ctx: RequestContext, unitCode: string) {
      const unit = await requireUnit(unitCode);
      authorize(ctx, { type: 'assessment.read', unitId: unit.id });
      const rows = await repo.assessmentsOfUnit(db, unit.id);
      const totals = await totalsOf(rows);
      return { items: rows.map((a) => summary(a, totals.get(a.id) ?? null)) };
    },

    async create(
      ctx: RequestContext,
      unitCode: string,
      input: { frameworkId: string; round: number; date: string; mode: string; title?: string | undefined },
      options: { isDemo?: boolean } = {},
    ) {
      const unit = await requireUnit(unitCode);
      authorize(ctx, { type: 'assessment.manage', unitId: unit.id });
      const f = requireFramework(input.frameworkId);
      if (!f.modes.some((m) => m.id === input.mode)) {
        const message = `${f.id} has no scoring mode "${input.mode}" (known: ${f.modes.map((m) => m.id).join(', ')})`;
        throw new AppError('VALIDATION_FAILED', message, [{ path: 'body.mode', message }]);
      }
      if (await repo.findRound(db, unit.id, f.id, input.round))
        throw new AppError('CONFLICT', `${unit.code} already has round ${input.round} of ${f.id}`);
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertAssessment(tx, {
          unitId: unit.id,
          frameworkId: f.id,
          frameworkVersion: f.version,
          round: input.round,
          date: input.date,
          mode: input.mode,
          title: text(input.title),
          isDemo: options.isDemo ?? false,
          createdBy: ctx.actor!.userId,
        });
        await audit.record(tx, ctx, {
          action: 'assessment.create',
          entityType: 'assessment',
          entityId: created.id,
          changes: { unitCode: unit.code, ...input },
        });
        return created;
      });
      return detail(ctx, row);
    },

    async get(ctx: RequestContext, id: number) {
      return detail(ctx, await readable(ctx, id));
    },

    /** Sets the group (any time before consensus). At least one leader; members must be the unit's people. */
    async setMembers(ctx: RequestContext, id: number, members: { userId: string; role: 'leader' | 'member' }[]) {
      const a = await requireAssessment(id);
      await requireLead(ctx, a);
      requireStatus(a, 'scoring', 'change the group');
      const problems: { path: string; message: string }[] = [];
      const people = new Set((await repo.unitPeople(db, a.unitId)).map((p) => p.userId));
      members.forEach((m, i) => {
        if (members.findIndex((x) => x.userId === m.userId) !== i)
          problems.push({ path: `body.members.${i}.userId`, message: `user ${m.userId} is listed twice` });
        else if (!people.has(m.userId))
          problems.push({
            path: `body.members.${i}.userId`,
            message: `user ${m.userId} is not an active coordinator or member of this unit`,
          });
      });
      if (!members.some((m) => m.role === 'leader'))
        problems.push({ path: 'body.members', message: 'the group needs a leader' });
      if (problems.length > 0)
        throw new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
      await db.transaction(async (tx) => {
        await repo.replaceMembers(tx, a.id, members);
        await repo.updateAssessment(tx, a.id, {});
        await audit.record(tx, ctx, {
          action: 'assessment.members.set',
          entityType: 'assessment',
          entityId: a.id,
          changes: { members },
        });
      });
      return detail(ctx, a);
    },

    /**
     * Invites a person into the group from the round (#19): a round of a unit with nobody in it
     * otherwise dead-ends in "grant roles in the users panel". The person is invited into the unit
     * (unit-member) by the users module and joins the group in the same transaction. The unit's
     * coordinators may do this — they are the ones who may grant unit-member there.
     */
    async inviteMember(
      ctx: RequestContext,
      id: number,
      input: { email: string; name: string; role: 'leader' | 'member' },
    ) {
      const a = await requireAssessment(id);
      authorize(ctx, { type: 'assessment.manage', unitId: a.unitId });
      requireStatus(a, 'scoring', 'change the group');
      const invited = await db.transaction(async (tx) => {
        const result = await deps.users.inviteToUnit(tx, ctx, {
          email: input.email,
          name: input.name,
          unitId: a.unitId,
        });
        if (await repo.findMember(tx, a.id, result.user.id))
          throw new AppError('ALREADY_IN_TEAM', `${result.user.email} is already in the group of assessment ${a.id}`);
        await repo.addMember(tx, { assessmentId: a.id, userId: result.user.id, role: input.role });
        await repo.updateAssessment(tx, a.id, {});
        await audit.record(tx, ctx, {
          action: 'assessment.members.invite',
          entityType: 'assessment',
          entityId: a.id,
          changes: { userId: result.user.id, email: result.user.email, role: input.role, created: result.created },
        });
        return result;
      });
      return {
        assessment: await detail(ctx, a),
        invited: { userId: invited.user.id, email: invited.user.email, created: invited.created },
        invitationUrl: invited.invitationUrl,
      };
    },

    async myScores(ctx: RequestContext, id: number) {
      const a = await requireAssessment(id);
      const { member } = await requireScorer(ctx, a);
      const f = frameworkOf(a);
      const rows = await repo.scoresOf(db, a.id, member.userId);
      const order = assessmentItems(f).map((i) => i.id);
      rows.sort((x, y) => order.indexOf(x.itemId) - order.indexOf(y.itemId));
      return {
        items: rows.map((r) => ({
          itemId: r.itemId,
          values: r.values,
          score: checkedScore(f, a.mode, r.itemId, r.values).score,
          strengths: r.strengths,
          improvements: r.improvements,
          updatedAt: r.updatedAt.toISOString(),
        })),
        missing: order.filter((itemId) => !rows.some((r) => r.itemId === itemId)),
        submittedAt: member.submittedAt?.toISOString() ?? null,
      };
    },

    async saveMyScore(ctx: RequestContext, id: number, itemId: string, input: ScoreInput) {
      const a = await requireAssessment(id);
      const { member } = await requireScorer(ctx, a);
      requireStatus(a, 'scoring', 'change individual scores');
      if (member.submittedAt)
        throw new AppError('SCORES_SUBMITTED', 'You have submitted your scores; they can no longer be changed');
      const f = frameworkOf(a);
      requireItem(f, itemId);
      const score = checkedScore(f, a.mode, itemId, input.values);
      const saved = await db.transaction(async (tx) => {
        const row = await repo.upsertScore(tx, {
          assessmentId: a.id,
          userId: member.userId,
          itemId,
          values: input.values,
          strengths: text(input.strengths),
          improvements: text(input.improvements),
        });
        await audit.record(tx, ctx, {
          action: 'assessment.score.save',
          entityType: 'assessment',
          entityId: a.id,
          changes: { itemId, values: input.values },
        });
        return row;
      });
      return {
        itemId,
        values: saved.values,
        score: score.score,
        strengths: saved.strengths,
        improvements: saved.improvements,
        updatedAt: saved.updatedAt.toISOString(),
      };
    },

    async submitMyScores(ctx: RequestContext, id: number) {
      const a = await requireAssessment(id);
      const { member } = await requireScorer(ctx, a);
      requireStatus(a, 'scoring', 'submit individual scores');
      if (member.submittedAt) throw new AppError('SCORES_SUBMITTED', 'You have already submitted your scores');
      const f = frameworkOf(a);
      const scored = new Set((await repo.scoresOf(db, a.id, member.userId)).map((r) => r.itemId));
      const missing = assessmentItems(f)
        .map((i) => i.id)
        .filter((itemId) => !scored.has(itemId));
      if (missing.length > 0)
        throw new AppError(
          'SCORES_INCOMPLETE',
          `Score every subcriterion before submitting; missing: ${missing.join(', ')}`,
          { missing },
        );
      const at = now();
      await db.transaction(async (tx) => {
        await repo.setSubmitted(tx, a.id, member.userId, at);
        await audit.record(tx, ctx, { action: 'assessment.score.submit', entityType: 'assessment', entityId: a.id });
      });
      return { submittedAt: at.toISOString() };
    },

    /**
     * Opens consensus once every member has submitted; earlier only with the leader's reason, which
     * is recorded on the assessment and in the audit log together with who had not submitted.
     */
    async openConsensus(ctx: RequestContext, id: number, override: { reason: string } | undefined) {
      const a = await requireAssessment(id);
      await requireLead(ctx, a);
      requireStatus(a, 'scoring', 'open consensus');
      const members = await repo.membersOf(db, a.id);
      const readiness = isReadyForConsensus(
        members.map((m) => m.userId),
        members.map((m) => ({ memberId: m.userId, submitted: m.submittedAt !== null })),
      );
      const missing = members
        .filter((m) => readiness.missing.includes(m.userId))
        .map((m) => ({ userId: m.userId, name: m.name, email: m.email }));
      if (!readiness.ready && !override) {
        const who =
          members.length === 0
            ? 'the group has no members'
            : `not submitted yet: ${missing.map((m) => m.name).join(', ')}`;
        throw new AppError(
          'CONSENSUS_NOT_READY',
          `Consensus needs every member's submitted scores (${who}); the leader may override with a reason`,
          { missing },
        );
      }
      const recorded = readiness.ready
        ? null
        : { reason: override!.reason.trim(), missing: missing.map((m) => m.userId) };
      const at = now();
      await db.transaction(async (tx) => {
        await repo.updateAssessment(tx, a.id, {
          status: 'consensus',
          consensusOpenedAt: at,
          consensusOverride: recorded,
        });
        await audit.record(tx, ctx, {
          action: 'assessment.consensus.open',
          entityType: 'assessment',
          entityId: a.id,
          changes: { override: recorded },
        });
      });
      return detail(ctx, (await repo.findAssessment(db, a.id))!);
    },

    /** Individual scores side by side, largest disagreement first — only once consensus is open. */
    async spread(ctx: RequestContext, id: number) {
      const a = await requireAssessment(id);
      const { actor, membership } = await membershipOf(ctx, a);
      if (
        !can(actor, { type: 'assessment.score', unitId: a.unitId, membership }) &&
        !can(actor, { type: 'assessment.lead', unitId: a.unitId, membership })
      ) {
        throw new AppError(
          'FORBIDDEN',
          "Only the self-assessment group and the unit's coordinators see individual scores",
        );
      }
      if (a.status === 'scoring')
        throw new AppError('ASSESSMENT_STATE', 'Individual scores are shown once the leader opens consensus');
      const f = frameworkOf(a);
      // Drafts of members who never submitted (consensus opened by override) are not final scores: left out.
      const submitted = new Set(
        (await repo.membersOf(db, a.id)).filter((m) => m.submittedAt !== null).map((m) => m.userId),
      );
      const rows = (await repo.scoresOf(db, a.id)).filter((r) => submitted.has(r.userId));
      const scored = rows.map((r) => ({ row: r, score: checkedScore(f, a.mode, r.itemId, r.values).score }));
      const summary = summariseDisagreement(
        scored.map((s) => ({ memberId: s.row.userId, itemId: s.row.itemId, score: s.score })),
        { bandsFor: (itemId) => itemScoreBands(f, a.mode, itemId) },
      );
      if (!summary.ok) throw new AppError('CONFLICT', summary.errors.map((e) => e.message).join('; '));
      const consensus = new Map((await repo.consensusOf(db, [a.id])).map((c) => [c.itemId, c]));
      const items = summary.items.map((item) => ({
        ...item,
        scores: item.scores.map((s) => {
          const own = scored.find((x) => x.row.userId === s.memberId && x.row.itemId === item.itemId)!;
          return {
            userId: s.memberId,
            score: s.score,
            values: own.row.values,
            strengths: own.row.strengths,
            improvements: own.row.improvements,
          };
        }),
        consensus: consensusView(f, a, consensus.get(item.itemId)),
      }));
      const listed = new Set(items.map((i) => i.itemId));
      return {
        items,
        unscored: assessmentItems(f)
          .map((i) => i.id)
          .filter((itemId) => !listed.has(itemId)),
      };
    },

    async saveConsensus(ctx: RequestContext, id: number, itemId: string, input: ScoreInput) {
      const a = await requireAssessment(id);
      const { actor } = await requireLead(ctx, a);
      requireStatus(a, 'consensus', 'record consensus scores');
      const f = frameworkOf(a);
      requireItem(f, itemId);
      checkedScore(f, a.mode, itemId, input.values);
      const saved = await db.transaction(async (tx) => {
        const row = await repo.upsertConsensus(tx, {
          assessmentId: a.id,
          itemId,
          values: input.values,
          strengths: text(input.strengths),
          improvements: text(input.improvements),
          updatedBy: actor.userId,
        });
        await audit.record(tx, ctx, {
          action: 'assessment.consensus.save',
          entityType: 'assessment',
          entityId: a.id,
          changes: { itemId, values: input.values, strengths: row.strengths, improvements: row.improvements },
        });
        return row;
      });
      return { itemId, ...consensusView(f, a, saved)! };
    },

    async close(ctx: RequestContext, id: number) {
      const a = await requireAssessment(id);
      await requireLead(ctx, a);
      requireStatus(a, 'consensus', 'close the assessment');
      const f = frameworkOf(a);
      const agreed = new Set((await repo.consensusOf(db, [a.id])).map((c) => c.itemId));
      const missing = assessmentItems(f)
        .map((i) => i.id)
        .filter((itemId) => !agreed.has(itemId));
      if (missing.length > 0)
        throw new AppError(
          'CONSENSUS_INCOMPLETE',
          `Record an agreed score for every subcriterion first; missing: ${missing.join(', ')}`,
          { missing },
        );
      await db.transaction(async (tx) => {
        await repo.updateAssessment(tx, a.id, { status: 'closed', closedAt: now() });
        await audit.record(tx, ctx, { action: 'assessment.close', entityType: 'assessment', entityId: a.id });
      });
      return detail(ctx, (await repo.findAssessment(db, a.id))!);
    },

    results,

    /**
     * Publishes a closed round's agreed scores and evidence for everyone (or withdraws them); the
     * individual scores and the team stay internal. The unit's assessment managers decide.
     */
    async publish(ctx: RequestContext, id: number, published: boolean) {
      const a = await requireAssessment(id);
      const actor = authorize(ctx, { type: 'assessment.manage', unitId: a.unitId });
      if (published) requireStatus(a, 'closed', 'publish the assessment');
      if (published !== (a.publishedAt !== null)) {
        await db.transaction(async (tx) => {
          await repo.updateAssessment(
            tx,
            a.id,
            published ? { publishedAt: now(), publishedBy: actor.userId } : { publishedAt: null, publishedBy: null },
          );
          await audit.record(tx, ctx, {
            action: published ? 'assessment.publish' : 'assessment.unpublish',
            entityType: 'assessment',
            entityId: a.id,
            changes: { published },
          });
        });
        deps.publicationsChanged?.();
      }
      return detail(ctx, (await repo.findAssessment(db, a.id))!);
    },

    /** A published round for everyone, with its unit; unpublished (or unknown) → 404. */
    async publicResults(id: number) {
      const a = await repo.findAssessment(db, id);
      if (!a || a.publishedAt === null) throw new AppError('ASSESSMENT_NOT_FOUND', `Assessment ${id} not found`);
      return { unit: await unitById(a.unitId), ...(await resultsOf(a, true)) };
    },

    /** Ids of a unit's published rounds, newest first (the portal's unit profile). */
    async publishedOfUnit(unitCode: string) {
      const unitId = await units.findUnitId(unitCode);
      if (unitId === null) return [];
      const rows = (await repo.assessmentsOfUnit(db, unitId))
        .filter((a) => a.publishedAt !== null)
        .sort((x, y) => y.date.localeCompare(x.date) || y.id - x.id);
      const totals = await totalsOf(rows);
      return rows.map((a) => {
        const f = frameworkOf(a);
        return { ...summary(a, totals.get(a.id) ?? null), frameworkTitle: f.title, maxTotal: f.aggregation.maxTotal };
      });
    },

    /** Every closed round of a unit under a framework, oldest first, with totals and criteria. */
    async rounds(ctx: RequestContext, unitCode: string, frameworkId: string) {
      const unit = await requireUnit(unitCode);
      authorize(ctx, { type: 'assessment.read', unitId: unit.id });
      const f = requireFramework(frameworkId);
      const rows = (await repo.closedAssessments(db, f.id, unit.id)).sort((x, y) => x.round - y.round);
      const consensus = await repo.consensusOf(
        db,
        rows.map((r) => r.id),
      );
      return {
        frameworkId: f.id,
        rounds: rows.map((a) => {
          const s = scoreConsensus(
            frameworkOf(a),
            a,
            consensus.filter((c) => c.assessmentId === a.id),
          );
          return {
            id: a.id,
            round: a.round,
            date: a.date,
            mode: a.mode,
            total: s.total.value,
            average: s.average.value,
            criteria: s.criteria.map((c) => ({ criterionId: c.criterionId, score: c.score })),
          };
        }),
      };
    },

    /**
     * Other units' latest closed round of a framework, for signed-in users. Indicative only: the CAF
     * guideline warns against comparing scores validated differently (METHODS.md §1.1); with fewer
     * than {@link MIN_UNITS_FOR_COMPARISON} units nothing is listed, so no office can be singled out.
     */
    async unitComparison(ctx: RequestContext, frameworkId: string) {
      if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
      const f = requireFramework(frameworkId);
      const latest = new Map<number, repo.AssessmentRow>();
      for (const a of await repo.closedAssessments(db, f.id))
        if (!latest.has(a.unitId) && a.frameworkVersion === f.version) latest.set(a.unitId, a);
      const rows = [...latest.values()];
      const base = { frameworkId: f.id, indicative: true as const, minUnits: MIN_UNITS_FOR_COMPARISON, n: rows.length };
      if (rows.length < MIN_UNITS_FOR_COMPARISON) return { ...base, suppressed: true, items: [] };
      const consensus = await repo.consensusOf(
        db,
        rows.map((r) => r.id),
      );
      const items = await Promise.all(
        rows.map(async (a) => {
          const s = scoreConsensus(
            f,
            a,
            consensus.filter((c) => c.assessmentId === a.id),
          );
          return {
            unit: await unitById(a.unitId),
            round: a.round,
            date: a.date,
            total: s.total.value,
            average: s.average.value,
            isDemo: a.isDemo,
          };
        }),
      );
      items.sort((x, y) => (y.total ?? -Infinity) - (x.total ?? -Infinity) || x.unit.code.localeCompare(y.unit.code));
      return { ...base, suppressed: false, items };
    },

    /** Everything a report needs, read under the caller's rights. */
    async reportData(ctx: RequestContext, id: number) {
      const r = await results(ctx, id);
      const a = (await repo.findAssessment(db, id))!;
      return {
        framework: frameworkOf(a),
        unit: await unitById(a.unitId),
        members: await repo.membersOf(db, a.id),
        results: r,
        closedAt: a.closedAt,
      };
    },

    /**
     * First start (once): closed, clearly labelled demo rounds of one unit, so a new installation
     * shows results and a change between rounds. Each round's items vary ±5 around the score given
     * per criterion kind, so criterion means are exactly those scores. One transaction: a crash
     * half-way leaves no half-made demo that would stop the next start from making it.
     */
    async ensureDemo(
      ctx: RequestContext,
      demo: {
        unitCode: string;
        title: string;
        evidence: string;
        reason: string;
        rounds: { round: number; date: string; scores: Record<string, number> }[];
      },
    ) {
      if (await repo.hasDemo(db)) return false;
      const unitId = await units.findUnitId(demo.unitCode);
      if (unitId === null) return false;
      authorize(ctx, { type: 'assessment.manage', unitId });
      const f = requireFramework('caf-2020');
      const at = now();
      await db.transaction(async (tx) => {
        for (const r of demo.rounds) {
          const a = await repo.insertAssessment(tx, {
            unitId,
            frameworkId: f.id,
            frameworkVersion: f.version,
            round: r.round,
            date: r.date,
            mode: 'classical',
            title: demo.title,
            isDemo: true,
            status: 'closed',
            consensusOverride: { reason: demo.reason, missing: [] },
            consensusOpenedAt: at,
            closedAt: at,
            createdBy: ctx.actor!.userId,
          });
          const rows = f.criteria.flatMap((c) =>
            c.subcriteria.map((s, i) => {
              const offset =
                i === c.subcriteria.length - 1 && c.subcriteria.length % 2 === 1 ? 0 : i % 2 === 0 ? -5 : 5;
              return {
                assessmentId: a.id,
                itemId: s.id,
                values: r.scores[c.kind]! + offset,
                strengths: demo.evidence,
                improvements: demo.evidence,
                updatedBy: ctx.actor!.userId,
              };
            }),
          );
          await repo.insertConsensusRows(tx, rows);
          await audit.record(tx, ctx, {
            action: 'assessment.create',
            entityType: 'assessment',
            entityId: a.id,
            changes: { demo: true, unitCode: demo.unitCode, round: r.round },
          });
        }
      });
      return true;
    },

    /** For improvement plans: the unit and framework of an assessment, and whether it has an item. */
    async assessmentRef(id: number): Promise<{ unitId: number; hasItem: (itemId: string) => boolean } | null> {
      const a = await repo.findAssessment(db, id);
      if (!a) return null;
      const items = new Set(assessmentItems(frameworkOf(a)).map((i) => i.id));
      return { unitId: a.unitId, hasItem: (itemId) => items.has(itemId) };
    },
  };
  return service;
}

function consensusView(f: Framework, a: repo.AssessmentRow, row: repo.ConsensusRow | undefined) {
  if (!row) return null;
  const checked = validateScore(f, a.mode, row.itemId, row.values);
  return {
    values: row.values,
    score: checked.ok ? checked.score.score : null,
    strengths: row.strengths,
    improvements: row.improvements,
    updatedAt: row.updatedAt.toISOString(),
  };
}
