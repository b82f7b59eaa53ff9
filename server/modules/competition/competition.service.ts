/**
 * The management competition (Samorządowy Lider Zarządzania; EPSA-style process): editions with
 * categories, weighted criteria, an application form and eligibility rules; units' applications
 * with claimed results checked against their data; the formal check; jurors invited per edition,
 * conflicts of interest derived from roles, the register and groups (or declared); a balanced
 * conflict-free assignment; blind scoring per criterion with justifications and an extra juror
 * when scores disagree; raw and calibrated rankings with bootstrap rank intervals; consensus,
 * awards and published results. The numbers come from domain/competition.
 */
import { createHash } from 'node:crypto';
import { can, type RoleGrant } from '../../../domain/access/authorization';
import { parsePeerSpec } from '../../../domain/benchmarking/peer-spec';
import { assignJurors, pickExtraJuror } from '../../../domain/competition/assignment';
import { conflictsOf, type Conflict, type ConflictUnit } from '../../../domain/competition/conflicts';
import { checkEligibility, validateAnswers, type Problem } from '../../../domain/competition/eligibility';
import {
  calibrationScale,
  rankApplications,
  validateCriteria,
  validateScore,
  weightedScore,
  type RankingMethod,
  type Rating,
} from '../../../domain/competition/scoring';
import { checkEffect } from '../../../domain/improvement-plans/effect-check';
import type { Db } from '../../db/client';
import type {
  CompetitionCategoryDef,
  CompetitionClaim,
  CompetitionCriterionDef,
  CompetitionEligibilityDef,
  CompetitionFieldDef,
} from '../../db/schema';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import type { BenchmarkingService } from '../benchmarking/benchmarking.service';
import type { GoodPracticesService } from '../good-practices/good-practices.service';
import type { GroupsService } from '../groups/groups.service';
import type { IndicatorsService } from '../indicators/indicators.service';
import type { UnitsService } from '../units/units.service';
import type { UsersService } from '../users/users.service';
import * as repo from './competition.repository';

export type CompetitionService = ReturnType<typeof createCompetitionService>;

export interface TimelineInput {
  callOpensAt: Date;
  applicationsCloseAt: Date;
  scoringClosesAt?: Date | null | undefined;
  consensusOn?: string | null | undefined;
  validationOn?: string | null | undefined;
  resultsOn?: string | null | undefined;
}

export interface EditionInput {
  name: string;
  theme: string;
  year: number;
  rules?: string | null | undefined;
  categories: CompetitionCategoryDef[];
  criteria: CompetitionCriterionDef[];
  formFields: CompetitionFieldDef[];
  eligibility: CompetitionEligibilityDef;
  timeline: TimelineInput;
  jurorsPerApplication?: number | undefined;
  spreadThreshold?: number | undefined;
}

export interface ApplicationInput {
  categoryId: string;
  title: string;
  answers: Record<string, string | number | null>;
  inOperationSince?: string | null | undefined;
  claims?: CompetitionClaim[] | undefined;
}

/** The largest attachment accepted. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const validation = (problems: { path: string; message: string }[]) =>
  new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);

const warsawDate = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Warsaw',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

export function createCompetitionService(deps: {
  db: Db;
  audit: AuditService;
  units: UnitsService;
  groups: GroupsService;
  users: UsersService;
  indicators: IndicatorsService;
  benchmarking: BenchmarkingService;
  /** Only `createDraftFromSource`: the winners become draft entries of the bank when results are published. */
  goodPractices: Pick<GoodPracticesService, 'createDraftFromSource'>;
  publicUrl: string;
  now: () => Date;
}) {
  const { db, audit, units, groups, users, indicators, benchmarking, goodPractices, now } = deps;

  async function requireEdition(id: number) {
    const edition = await repo.findEdition(db, id);
    if (!edition) throw new AppError('EDITION_NOT_FOUND', `Competition edition ${id} not found`);
    return edition;
  }

  async function requireApplication(id: number) {
    const application = await repo.findApplication(db, id);
    if (!application) throw new AppError('APPLICATION_NOT_FOUND', `Application ${id} not found`);
    return { application, edition: (await repo.findEdition(db, application.editionId))! };
  }

  function requireNotPublished(edition: repo.EditionRow) {
    if (edition.resultsPublishedAt !== null)
      throw new AppError('COMPETITION_STATE', 'The results of this edition are published; it can no longer change');
  }

  /** An operator's change to an edition: the caller manages competitions and the results are not out yet. */
  async function manageEdition(ctx: RequestContext, id: number) {
    const actor = authorize(ctx, { type: 'competition.manage' });
    const edition = await requireEdition(id);
    requireNotPublished(edition);
    return { actor, edition };
  }

  /** An operator's change to an application, on the same terms as {@link manageEdition}. */
  async function manageApplication(ctx: RequestContext, id: number) {
    const actor = authorize(ctx, { type: 'competition.manage' });
    const found = await requireApplication(id);
    requireNotPublished(found.edition);
    return { actor, ...found };
  }

  function phaseOf(edition: repo.EditionRow) {
    const at = now();
    if (edition.resultsPublishedAt !== null) return 'published' as const;
    if (at < edition.callOpensAt) return 'announced' as const;
    if (at <= edition.applicationsCloseAt) return 'call' as const;
    return 'review' as const;
  }

  function requireCallOpen(edition: repo.EditionRow) {
    const at = now();
    if (at < edition.callOpensAt)
      throw new AppError('CALL_NOT_OPEN', `Applications open at ${edition.callOpensAt.toISOString()}`);
    if (at > edition.applicationsCloseAt)
      throw new AppError(
        'APPLICATION_DEADLINE_PASSED',
        `Applications closed at ${edition.applicationsCloseAt.toISOString()}`,
        [{ path: 'deadline', message: `applications closed at ${edition.applicationsCloseAt.toISOString()}` }],
      );
  }

  /** Every check of an edition's definitions, all problems at once. */
  function validateEdition(input: {
    categories: CompetitionCategoryDef[];
    criteria: CompetitionCriterionDef[];
    formFields: CompetitionFieldDef[];
    eligibility: CompetitionEligibilityDef;
    timeline: TimelineInput;
  }) {
    const problems: Problem[] = [];
    const unique = (ids: string[], path: string) =>
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) problems.push({ path: `body.${path}[${i}].id`, message: `"${id}" appears twice` });
      });
    if (input.categories.length === 0)
      problems.push({ path: 'body.categories', message: 'give at least one category' });
    unique(
      input.categories.map((c) => c.id),
      'categories',
    );
    unique(
      input.formFields.map((f) => f.id),
      'formFields',
    );
    unique(
      input.eligibility.requiredAttachments.map((a) => a.id),
      'eligibility.requiredAttachments',
    );
    problems.push(...validateCriteria(input.criteria).map((p) => ({ ...p, path: `body.${p.path}` })));
    if (input.timeline.applicationsCloseAt <= input.timeline.callOpensAt)
      problems.push({
        path: 'body.timeline.applicationsCloseAt',
        message: 'applications must close after the call opens',
      });
    if (input.timeline.scoringClosesAt && input.timeline.scoringClosesAt <= input.timeline.applicationsCloseAt)
      problems.push({ path: 'body.timeline.scoringClosesAt', message: 'scoring must close after applications close' });
    if (problems.length > 0) throw validation(problems);
  }

  const timelineValues = (t: TimelineInput) => ({
    callOpensAt: t.callOpensAt,
    applicationsCloseAt: t.applicationsCloseAt,
    scoringClosesAt: t.scoringClosesAt ?? null,
    consensusOn: t.consensusOn ?? null,
    validationOn: t.validationOn ?? null,
    resultsOn: t.resultsOn ?? null,
  });

  function timelineOf(e: repo.EditionRow): TimelineInput {
    return {
      callOpensAt: e.callOpensAt,
      applicationsCloseAt: e.applicationsCloseAt,
      scoringClosesAt: e.scoringClosesAt,
      consensusOn: e.consensusOn,
      validationOn: e.validationOn,
      resultsOn: e.resultsOn,
    };
  }

  async function isInvited(editionId: number, userId: string) {
    return (await repo.jurorsOf(db, editionId)).some((j) => j.userId === userId);
  }

  async function editionView(ctx: RequestContext, edition: repo.EditionRow) {
    const apps = await repo.applicationsOf(db, edition.id);
    const actor = ctx.actor;
    const mine = actor
      ? apps.filter((a) => can(actor, { type: 'competition.readApplication', unitId: a.unitId }) && !canManage(ctx))
      : [];
    const unitInfo = await units.ancestryByIds(mine.map((a) => a.unitId));
    return {
      id: edition.id,
      name: edition.name,
      theme: edition.theme,
      year: edition.year,
      rules: edition.rules,
      categories: edition.categories,
      criteria: edition.criteria,
      formFields: edition.formFields,
      eligibility: edition.eligibility,
      timeline: {
        callOpensAt: edition.callOpensAt.toISOString(),
        applicationsCloseAt: edition.applicationsCloseAt.toISOString(),
        scoringClosesAt: iso(edition.scoringClosesAt),
        consensusOn: edition.consensusOn,
        validationOn: edition.validationOn,
        resultsOn: edition.resultsOn,
      },
      jurorsPerApplication: edition.jurorsPerApplication,
      spreadThreshold: edition.spreadThreshold,
      phase: phaseOf(edition),
      resultsPublishedAt: iso(edition.resultsPublishedAt),
      counts: {
        submitted: apps.filter((a) => a.status !== 'draft').length,
        eligible: apps.filter((a) => a.status === 'eligible').length,
      },
      me: {
        canManage: canManage(ctx),
        isJuror: actor ? await isInvited(edition.id, actor.userId) : false,
        applications: mine.map((a) => ({
          id: a.id,
          unitCode: unitInfo.get(a.unitId)?.code ?? '',
          unitName: unitInfo.get(a.unitId)?.name ?? '',
          status: a.status,
        })),
      },
      createdAt: edition.createdAt.toISOString(),
      updatedAt: edition.updatedAt.toISOString(),
    };
  }

  function canManage(ctx: RequestContext) {
    return can(ctx.actor, { type: 'competition.manage' });
  }

  /**
   * What the unit's data say about each claimed result: the improvement-plan effect check
   * (difference-in-differences against the unit's 15 nearest neighbours, domain/improvement-plans)
   * with the solution's start as the action period. A claim is contradicted when the data show the
   * unit doing worse than its peers or its indicator moving the wrong way.
   */
  async function claimEvidence(unitCode: string, claims: readonly CompetitionClaim[]) {
    const cat = await indicators.catalogue();
    const out = [];
    for (const claim of claims) {
      const indicator = cat.indicatorsByCode.get(claim.indicatorCode);
      const base = {
        ...claim,
        indicator: {
          code: claim.indicatorCode,
          names: indicator?.names ?? { pl: claim.indicatorCode, en: claim.indicatorCode },
          unit: indicator?.unit ?? '',
          decimals: indicator?.decimals ?? 2,
          polarity: indicator?.polarity ?? 'neutral',
        },
      };
      const none = (verdict: 'not-applicable' | 'not-enough-data', reason: string) => ({
        ...base,
        verdict,
        contradicted: false,
        reasons: [reason],
        unitChange: null,
        peerMedianChange: null,
        baselinePeriods: [] as string[],
        followUpPeriods: [] as string[],
        peerCount: 0,
      });
      if (!indicator || indicator.polarity === 'neutral') {
        out.push(none('not-applicable', 'the indicator has no better direction, so the data cannot confirm a claim'));
        continue;
      }
      let series;
      try {
        series = await benchmarking.effectSeries(claim.indicatorCode, unitCode, claim.peers ?? `nn:${unitCode}:15`);
      } catch (e) {
        if (e instanceof AppError) {
          out.push(none('not-enough-data', e.message));
          continue;
        }
        throw e;
      }
      const result = checkEffect({
        polarity: indicator.polarity as 'higher-is-better' | 'lower-is-better',
        actionStart: claim.since,
        actionEnd: claim.since,
        unit: series.unit,
        peers: series.peers,
      });
      if (!result.ok) {
        out.push(none('not-enough-data', result.errors.map((e) => e.message).join('; ')));
        continue;
      }
      const c = result.check;
      const sign = indicator.polarity === 'higher-is-better' ? 1 : -1;
      const wrongWay = c.unit.change !== null && sign * c.unit.change < 0;
      const verdict =
        c.verdict === 'improved-more-than-peers'
          ? ('supported' as const)
          : c.verdict === 'worse-than-peers'
            ? ('contradicted' as const)
            : c.verdict === 'in-line-with-peers'
              ? wrongWay
                ? ('contradicted' as const)
                : ('in-line-with-peers' as const)
              : wrongWay
                ? ('contradicted' as const)
                : ('not-enough-data' as const);
      out.push({
        ...base,
        verdict,
        contradicted: verdict === 'contradicted',
        reasons: c.reasons.map((r) => r.message),
        unitChange: c.unit.change,
        peerMedianChange: c.peers.medianChange,
        baselinePeriods: c.baselinePeriods,
        followUpPeriods: c.followUpPeriods,
        peerCount: c.peers.changes.length,
      });
    }
    return out;
  }

  function eligibilityProblems(
    edition: repo.EditionRow,
    application: repo.ApplicationRow,
    unitKind: string,
    attachmentIds: string[],
  ) {
    return [
      ...validateAnswers(edition.formFields, application.answers),
      ...checkEligibility({
        unitKind,
        rules: {
          unitKinds: edition.eligibility.unitKinds,
          minMonthsInOperation: edition.eligibility.minMonthsInOperation,
          requiredAttachments: edition.eligibility.requiredAttachments.map((a) => a.id),
        },
        categories: edition.categories,
        categoryId: application.categoryId,
        inOperationSince: application.inOperationSince,
        attachments: attachmentIds,
        closesOn: warsawDate(edition.applicationsCloseAt),
      }),
    ];
  }

  async function applicationView(
    edition: repo.EditionRow,
    application: repo.ApplicationRow,
    options: { evidence: boolean },
  ) {
    const unit = (await units.ancestryByIds([application.unitId])).get(application.unitId)!;
    const attachments = await repo.attachmentsOf(db, [application.id]);
    return {
      id: application.id,
      editionId: application.editionId,
      unit: { code: unit.code, name: unit.name, kind: unit.kind },
      categoryId: application.categoryId,
      title: application.title,
      answers: application.answers,
      inOperationSince: application.inOperationSince,
      claims: options.evidence ? await claimEvidence(unit.code, application.claims) : null,
      claimedResults: application.claims,
      status: application.status,
      formalCheck:
        application.formalCheckedAt === null
          ? null
          : { reason: application.formalCheckReason, checkedAt: application.formalCheckedAt.toISOString() },
      submittedAt: iso(application.submittedAt),
      attachments: attachments.map((a) => ({
        requirementId: a.requirementId,
        fileName: a.fileName,
        mediaType: a.mediaType,
        size: a.size,
        sha256: a.sha256,
        uploadedAt: a.uploadedAt.toISOString(),
      })),
      problems: eligibilityProblems(
        edition,
        application,
        unit.kind,
        attachments.map((a) => a.requirementId),
      ),
      createdAt: application.createdAt.toISOString(),
      updatedAt: application.updatedAt.toISOString(),
    };
  }

  /** Conflicts of every invited juror with every application of the edition (automatic and declared). */
  async function conflictMap(editionId: number, apps: readonly repo.ApplicationRow[], jurorIds: readonly string[]) {
    const profiles = await users.profilesByIds(jurorIds);
    const declared = await repo.declaredConflictsOf(
      db,
      apps.map((a) => a.id),
    );
    const jurorUnitIds = [...profiles.values()].flatMap((p) =>
      p.grants.filter((g) => g.unitId !== null).map((g) => g.unitId!),
    );
    const allUnitIds = [...new Set([...jurorUnitIds, ...apps.map((a) => a.unitId)])];
    const ancestry = await units.ancestryByIds(allUnitIds);
    const groupsOf = await groups.groupPeersOf(allUnitIds);
    const conflictUnit = (id: number): ConflictUnit => ({
      id,
      ancestors: ancestry.get(id)?.ancestors ?? [],
      groupIds: groupsOf.get(id)?.groupIds ?? [],
    });
    const map = new Map<string, Conflict[]>();
    for (const jurorId of jurorIds) {
      const grants: RoleGrant[] = profiles.get(jurorId)?.grants ?? [];
      const juror = {
        units: [...new Set(grants.filter((g) => g.unitId !== null).map((g) => g.unitId!))].map(conflictUnit),
        groupIds: [...new Set(grants.filter((g) => g.groupId !== null).map((g) => g.groupId!))],
        declaredApplicationIds: declared.filter((d) => d.userId === jurorId).map((d) => d.applicationId),
      };
      for (const a of apps) {
        const found = conflictsOf(juror, a.id, conflictUnit(a.unitId));
        if (found.length > 0) map.set(`${jurorId}:${a.id}`, found);
      }
    }
    void editionId;
    return { map, profiles, declared };
  }

  async function jurorAccess(ctx: RequestContext, application: repo.ApplicationRow) {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
    const userId = ctx.actor.userId;
    const invited = await isInvited(application.editionId, userId);
    const assigned = (await repo.assignmentsOf(db, [application.id])).find((a) => a.userId === userId);
    const { map } = await conflictMap(application.editionId, [application], [userId]);
    const conflicted = map.has(`${userId}:${application.id}`);
    return { invited, assignment: assigned ?? null, conflicted, userId };
  }

  /** Who may read an application: the unit's people, operators, and its conflict-free assigned jurors. */
  async function authorizeReadApplication(ctx: RequestContext, application: repo.ApplicationRow) {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
    if (can(ctx.actor, { type: 'competition.readApplication', unitId: application.unitId })) return 'unit' as const;
    await authorizeJudge(ctx, application);
    return 'juror' as const;
  }

  /** The caller must be an invited juror assigned to the application and free of conflicts with it (else 403). */
  async function authorizeJudge(ctx: RequestContext, application: repo.ApplicationRow) {
    const access = await jurorAccess(ctx, application);
    authorize(ctx, {
      type: 'competition.judge',
      invited: access.invited,
      assigned: access.assignment !== null,
      conflicted: access.conflicted,
    });
    return { userId: access.userId, assignment: access.assignment! };
  }

  /** A juror's scores of an application can change until they submit them and the results are published. */
  async function requireOpenScoring(ctx: RequestContext, applicationId: number) {
    const { application, edition } = await requireApplication(applicationId);
    const { userId, assignment } = await authorizeJudge(ctx, application);
    requireNotPublished(edition);
    if (assignment.submittedAt !== null)
      throw new AppError('SCORES_SUBMITTED', 'You have submitted your scores of this application');
    return { application, edition, userId };
  }

  /** Weighted scores S of the submitted assignments, without conflicted pairs. */
  async function ratingsOf(edition: repo.EditionRow, apps: readonly repo.ApplicationRow[]) {
    const ids = apps.map((a) => a.id);
    const assignments = (await repo.assignmentsOf(db, ids)).filter((a) => a.submittedAt !== null);
    const scores = await repo.scoresOf(db, ids);
    const { map } = await conflictMap(edition.id, apps, [...new Set(assignments.map((a) => a.userId))]);
    const ratings: Rating[] = [];
    for (const a of assignments) {
      if (map.has(`${a.userId}:${a.applicationId}`)) continue;
      const mine = new Map(
        scores
          .filter((s) => s.applicationId === a.applicationId && s.userId === a.userId)
          .map((s) => [s.criterionId, s.score]),
      );
      const s = weightedScore(edition.criteria, mine);
      if (s !== null) ratings.push({ applicationId: a.applicationId, jurorId: a.userId, score: s });
    }
    return ratings;
  }

  function weightedRange(edition: repo.EditionRow) {
    return {
      min: edition.criteria.reduce((s, c) => s + c.weight * c.min, 0) / 100,
      max: edition.criteria.reduce((s, c) => s + c.weight * c.max, 0) / 100,
    };
  }

  /** When every juror of an application has submitted and their scores span more than the threshold, one more juror. */
  async function maybeAddExtraJuror(ctx: RequestContext, edition: repo.EditionRow, application: repo.ApplicationRow) {
    const assignments = await repo.assignmentsOf(db, [application.id]);
    if (assignments.some((a) => a.submittedAt === null) || assignments.some((a) => a.kind === 'extra')) return null;
    const ratings = await ratingsOf(edition, [application]);
    if (ratings.length < 2) return null;
    const spread = Math.max(...ratings.map((r) => r.score)) - Math.min(...ratings.map((r) => r.score));
    if (spread <= edition.spreadThreshold) return null;
    return addReplacementOrExtra(ctx, edition, application, 'spread', spread);
  }

  async function addReplacementOrExtra(
    ctx: RequestContext,
    edition: repo.EditionRow,
    application: repo.ApplicationRow,
    why: 'spread' | 'conflict',
    spread: number | null,
  ) {
    const jurors = await repo.jurorsOf(db, edition.id);
    const apps = (await repo.applicationsOf(db, edition.id)).filter((a) => a.status === 'eligible');
    const all = await repo.assignmentsOf(
      db,
      apps.map((a) => a.id),
    );
    const { map } = await conflictMap(
      edition.id,
      [application],
      jurors.map((j) => j.userId),
    );
    const loads = new Map<string, number>();
    for (const a of all) loads.set(a.userId, (loads.get(a.userId) ?? 0) + 1);
    const pick = pickExtraJuror({
      application: { id: application.id, category: application.categoryId },
      jurors: jurors.map((j) => ({ id: j.userId, categories: j.categories })),
      assigned: all.filter((a) => a.applicationId === application.id).map((a) => a.userId),
      conflicted: jurors.map((j) => j.userId).filter((id) => map.has(`${id}:${application.id}`)),
      loads,
    });
    if (pick === null) return null;
    await db.transaction(async (tx) => {
      await repo.insertAssignment(tx, { applicationId: application.id, userId: pick, kind: 'extra' });
      await audit.record(tx, ctx, {
        action: 'competition.assignment.extra',
        entityType: 'competition-application',
        entityId: application.id,
        changes: { jurorId: pick, why, spread },
      });
    });
    return pick;
  }

  async function ranking(edition: repo.EditionRow, method: RankingMethod, options: { seed: number; draws: number }) {
    const apps = (await repo.applicationsOf(db, edition.id)).filter((a) => a.status === 'eligible');
    const ratings = await ratingsOf(edition, apps);
    const ranked = rankApplications({
      applications: apps.map((a) => ({ id: a.id, category: a.categoryId })),
      ratings,
      method,
      bootstrap: { seed: options.seed, draws: options.draws },
    });
    const scale = calibrationScale(ratings);
    const info = await units.ancestryByIds(apps.map((a) => a.unitId));
    const consensus = new Map(
      (
        await repo.consensusOf(
          db,
          apps.map((a) => a.id),
        )
      ).map((c) => [c.applicationId, c]),
    );
    const awards = new Map(
      (
        await repo.awardsOf(
          db,
          apps.map((a) => a.id),
        )
      ).map((a) => [a.applicationId, a]),
    );
    const calibrated =
      method === 'calibrated'
        ? ranked
        : rankApplications({
            applications: apps.map((a) => ({ id: a.id, category: a.categoryId })),
            ratings,
            method: 'calibrated',
          });
    const items = ranked.map((r, i) => {
      const app = apps[i]!;
      const unit = info.get(app.unitId)!;
      const z = calibrated[i]!.score;
      const c = consensus.get(app.id);
      const aw = awards.get(app.id);
      return {
        applicationId: r.applicationId,
        title: app.title,
        unit: { code: unit.code, name: unit.name },
        category: r.category,
        score: r.score,
        rank: r.rank,
        rankInterval: r.rankInterval,
        jurors: r.jurors,
        spread: r.spread,
        calibratedOnScale: z === null || scale === null ? null : scale.mean + z * scale.sd,
        consensus: c ? { score: c.score, reason: c.reason } : null,
        award: aw ? { award: aw.award, reason: aw.reason } : null,
      };
    });
    items.sort((a, b) =>
      a.category === b.category ? (a.rank ?? Infinity) - (b.rank ?? Infinity) : a.category < b.category ? -1 : 1,
    );
    return {
      method,
      seed: options.seed,
      draws: options.draws,
      scale: weightedRange(edition),
      items,
    };
  }

  return {
    async list(ctx: RequestContext) {
      if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
      const rows = await repo.listEditions(db, false);
      const items = [];
      for (const e of rows) items.push(await editionView(ctx, e));
      return { items };
    },

    async create(ctx: RequestContext, input: EditionInput) {
      const actor = authorize(ctx, { type: 'competition.manage' });
      validateEdition(input);
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertEdition(tx, {
          name: input.name.trim(),
          theme: input.theme.trim(),
          year: input.year,
          rules: input.rules?.trim() || null,
          categories: input.categories,
          criteria: input.criteria,
          formFields: input.formFields,
          eligibility: input.eligibility,
          ...timelineValues(input.timeline),
          jurorsPerApplication: input.jurorsPerApplication ?? 3,
          spreadThreshold: input.spreadThreshold ?? 3,
          createdBy: actor.userId,
        });
        await audit.record(tx, ctx, {
          action: 'competition.edition.create',
          entityType: 'competition-edition',
          entityId: created.id,
          changes: input,
        });
        return created;
      });
      return editionView(ctx, row);
    },

    async get(ctx: RequestContext, id: number) {
      if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
      return editionView(ctx, await requireEdition(id));
    },

    async update(ctx: RequestContext, id: number, patch: Partial<Omit<EditionInput, 'criteria'>>) {
      const { edition } = await manageEdition(ctx, id);
      const merged = {
        categories: patch.categories ?? edition.categories,
        criteria: edition.criteria,
        formFields: patch.formFields ?? edition.formFields,
        eligibility: patch.eligibility ?? edition.eligibility,
        timeline: patch.timeline ?? timelineOf(edition),
      };
      validateEdition(merged);
      const values = {
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(patch.theme !== undefined ? { theme: patch.theme.trim() } : {}),
        ...(patch.year !== undefined ? { year: patch.year } : {}),
        ...(patch.rules !== undefined ? { rules: patch.rules?.trim() || null } : {}),
        ...(patch.categories !== undefined ? { categories: patch.categories } : {}),
        ...(patch.formFields !== undefined ? { formFields: patch.formFields } : {}),
        ...(patch.eligibility !== undefined ? { eligibility: patch.eligibility } : {}),
        ...(patch.timeline !== undefined ? timelineValues(patch.timeline) : {}),
        ...(patch.jurorsPerApplication !== undefined ? { jurorsPerApplication: patch.jurorsPerApplication } : {}),
        ...(patch.spreadThreshold !== undefined ? { spreadThreshold: patch.spreadThreshold } : {}),
      };
      await db.transaction(async (tx) => {
        await repo.updateEdition(tx, id, values);
        await audit.record(tx, ctx, {
          action: 'competition.edition.update',
          entityType: 'competition-edition',
          entityId: id,
          changes: patch,
        });
      });
      return editionView(ctx, (await repo.findEdition(db, id))!);
    },

    /** Criteria with weights summing to 100; fixed once anyone has scored. */
    async setCriteria(ctx: RequestContext, id: number, criteria: CompetitionCriterionDef[]) {
      await manageEdition(ctx, id);
      const problems = validateCriteria(criteria).map((p) => ({ ...p, path: `body.${p.path}` }));
      if (problems.length > 0) throw validation(problems);
      const apps = await repo.applicationsOf(db, id);
      if (
        (
          await repo.scoresOf(
            db,
            apps.map((a) => a.id),
          )
        ).length > 0
      )
        throw new AppError('COMPETITION_STATE', 'Jurors have started scoring; the criteria can no longer change');
      await db.transaction(async (tx) => {
        await repo.updateEdition(tx, id, { criteria });
        await audit.record(tx, ctx, {
          action: 'competition.criteria.set',
          entityType: 'competition-edition',
          entityId: id,
          changes: { criteria },
        });
      });
      return editionView(ctx, (await repo.findEdition(db, id))!);
    },

    /** Operators: every application; others: their units' applications; jurors: their queue (see myQueue). */
    async listApplications(ctx: RequestContext, editionId: number) {
      if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
      const edition = await requireEdition(editionId);
      const actor = ctx.actor;
      const rows = (await repo.applicationsOf(db, editionId)).filter((a) =>
        canManage(ctx) ? a.status !== 'draft' : can(actor, { type: 'competition.readApplication', unitId: a.unitId }),
      );
      const items = [];
      for (const a of rows) items.push(await applicationView(edition, a, { evidence: false }));
      return { items };
    },

    async createApplication(ctx: RequestContext, editionId: number, input: ApplicationInput & { unitCode: string }) {
      const edition = await requireEdition(editionId);
      const unitId = await units.findUnitId(input.unitCode);
      if (unitId === null) throw new AppError('UNIT_NOT_FOUND', `Unit ${input.unitCode} not found`);
      const actor = authorize(ctx, { type: 'competition.apply', unitId });
      requireCallOpen(edition);
      const kind = (await units.kindsByIds([unitId])).get(unitId)!;
      if (edition.eligibility.unitKinds.length > 0 && !edition.eligibility.unitKinds.includes(kind))
        throw validation([
          {
            path: 'body.unitCode',
            message: `units of kind ${kind} may not apply (the edition admits ${edition.eligibility.unitKinds.join(', ')})`,
          },
        ]);
      if (await repo.findApplicationOfUnit(db, editionId, unitId))
        throw new AppError('CONFLICT', `Unit ${input.unitCode} already has an application in this edition`);
      const values = await draftValues(edition, input);
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertApplication(tx, { ...values, editionId, unitId, createdBy: actor.userId });
        await audit.record(tx, ctx, {
          action: 'competition.application.create',
          entityType: 'competition-application',
          entityId: created.id,
          changes: { editionId, unitCode: input.unitCode, ...values },
        });
        return created;
      });
      return applicationView(edition, row, { evidence: true });
    },

    async getApplication(ctx: RequestContext, id: number) {
      const { application, edition } = await requireApplication(id);
      const as = await authorizeReadApplication(ctx, application);
      const view = await applicationView(edition, application, { evidence: true });
      if (as === 'unit' || canManage(ctx)) return { ...view, myScores: null };
      // A juror sees the application and their own scores only (blind scoring).
      const scores = (await repo.scoresOf(db, [id])).filter((s) => s.userId === ctx.actor!.userId);
      const assignment = (await repo.assignmentsOf(db, [id])).find((a) => a.userId === ctx.actor!.userId)!;
      return {
        ...view,
        myScores: {
          submittedAt: iso(assignment.submittedAt),
          items: scores.map((s) => ({ criterionId: s.criterionId, score: s.score, justification: s.justification })),
        },
      };
    },

    async updateApplication(ctx: RequestContext, id: number, patch: Partial<ApplicationInput>) {
      const { application, edition } = await requireApplication(id);
      authorize(ctx, { type: 'competition.apply', unitId: application.unitId });
      requireCallOpen(edition);
      if (application.status !== 'draft')
        throw new AppError('COMPETITION_STATE', 'The application is submitted; it can no longer change');
      const values = await draftValues(edition, {
        categoryId: patch.categoryId ?? application.categoryId,
        title: patch.title ?? application.title,
        answers: patch.answers ?? application.answers,
        inOperationSince: patch.inOperationSince !== undefined ? patch.inOperationSince : application.inOperationSince,
        claims: patch.claims ?? application.claims,
      });
      await db.transaction(async (tx) => {
        await repo.updateApplication(tx, id, values);
        await audit.record(tx, ctx, {
          action: 'competition.application.update',
          entityType: 'competition-application',
          entityId: id,
          changes: patch,
        });
      });
      return applicationView(edition, (await repo.findApplication(db, id))!, { evidence: true });
    },

    async uploadAttachment(
      ctx: RequestContext,
      id: number,
      requirementId: string,
      file: { fileName: string; body: Buffer },
    ) {
      const { application, edition } = await requireApplication(id);
      const actor = authorize(ctx, { type: 'competition.apply', unitId: application.unitId });
      requireCallOpen(edition);
      if (application.status !== 'draft')
        throw new AppError('COMPETITION_STATE', 'The application is submitted; it can no longer change');
      if (!edition.eligibility.requiredAttachments.some((a) => a.id === requirementId))
        throw validation([
          { path: 'params.requirementId', message: `the edition asks for no attachment "${requirementId}"` },
        ]);
      if (file.body.length === 0) throw validation([{ path: 'body', message: 'the file is empty' }]);
      if (file.body.length > MAX_ATTACHMENT_BYTES)
        throw new AppError('PAYLOAD_TOO_LARGE', `Attachments are at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
      // Checked by content, not by the name or the declared type: a PDF starts with "%PDF-".
      if (file.body.subarray(0, 5).toString('latin1') !== '%PDF-')
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Attachments must be PDF files', [
          { path: 'body', message: 'the file is not a PDF' },
        ]);
      const fileName = file.fileName.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200) || `${requirementId}.pdf`;
      const sha256 = createHash('sha256').update(file.body).digest('hex');
      await db.transaction(async (tx) => {
        await repo.upsertAttachment(tx, {
          applicationId: id,
          requirementId,
          fileName,
          mediaType: 'application/pdf',
          size: file.body.length,
          sha256,
          content: file.body.toString('base64'),
          uploadedBy: actor.userId,
        });
        await audit.record(tx, ctx, {
          action: 'competition.attachment.upload',
          entityType: 'competition-application',
          entityId: id,
          changes: { requirementId, fileName, size: file.body.length, sha256 },
        });
      });
      return applicationView(edition, (await repo.findApplication(db, id))!, { evidence: false });
    },

    async downloadAttachment(ctx: RequestContext, id: number, requirementId: string) {
      const { application } = await requireApplication(id);
      await authorizeReadApplication(ctx, application);
      const row = await repo.findAttachment(db, id, requirementId);
      if (!row) throw new AppError('NOT_FOUND', `Application ${id} has no attachment "${requirementId}"`);
      return { fileName: row.fileName, mediaType: row.mediaType, body: Buffer.from(row.content, 'base64') };
    },

    /** Submits before the deadline: the form complete and every eligibility rule met, else 400 naming each. */
    async submitApplication(ctx: RequestContext, id: number) {
      const { application, edition } = await requireApplication(id);
      authorize(ctx, { type: 'competition.apply', unitId: application.unitId });
      requireCallOpen(edition);
      if (application.status !== 'draft')
        throw new AppError('COMPETITION_STATE', 'The application is already submitted');
      const view = await applicationView(edition, application, { evidence: false });
      if (view.problems.length > 0) throw validation(view.problems);
      await db.transaction(async (tx) => {
        await repo.updateApplication(tx, id, { status: 'submitted', submittedAt: now() });
        await audit.record(tx, ctx, {
          action: 'competition.application.submit',
          entityType: 'competition-application',
          entityId: id,
        });
      });
      return applicationView(edition, (await repo.findApplication(db, id))!, { evidence: true });
    },

    /** The formal check: eligible or not, with a reason the unit sees (required when not eligible). */
    async formalCheck(
      ctx: RequestContext,
      id: number,
      input: { eligible: boolean; reason?: string | null | undefined },
    ) {
      const { actor, application, edition } = await manageApplication(ctx, id);
      if (application.status === 'draft')
        throw new AppError('COMPETITION_STATE', 'The application has not been submitted');
      const reason = input.reason?.trim() || null;
      if (!input.eligible && reason === null)
        throw validation([{ path: 'body.reason', message: 'say why the application is not eligible' }]);
      if ((await repo.assignmentsOf(db, [id])).length > 0)
        throw new AppError(
          'COMPETITION_STATE',
          'Jurors are assigned to this application; solve the assignment again first',
        );
      await db.transaction(async (tx) => {
        await repo.updateApplication(tx, id, {
          status: input.eligible ? 'eligible' : 'ineligible',
          formalCheckReason: reason,
          formalCheckedBy: actor.userId,
          formalCheckedAt: now(),
        });
        await audit.record(tx, ctx, {
          action: 'competition.application.formal-check',
          entityType: 'competition-application',
          entityId: id,
          changes: { eligible: input.eligible, reason },
        });
      });
      return applicationView(edition, (await repo.findApplication(db, id))!, { evidence: false });
    },

    async listJurors(ctx: RequestContext, editionId: number) {
      authorize(ctx, { type: 'competition.manage' });
      await requireEdition(editionId);
      const jurors = await repo.jurorsOf(db, editionId);
      const profiles = await users.profilesByIds(jurors.map((j) => j.userId));
      const apps = await repo.applicationsOf(db, editionId);
      const assignments = await repo.assignmentsOf(
        db,
        apps.map((a) => a.id),
      );
      return {
        items: jurors.map((j) => ({
          userId: j.userId,
          name: profiles.get(j.userId)?.name ?? '',
          email: profiles.get(j.userId)?.email ?? '',
          categories: j.categories,
          load: assignments.filter((a) => a.userId === j.userId).length,
          submitted: assignments.filter((a) => a.userId === j.userId && a.submittedAt !== null).length,
          invitedAt: j.invitedAt.toISOString(),
        })),
        // Whom the operator can still invite: everyone holding the juror role.
        candidates: (await users.withRole('juror'))
          .filter((u) => !jurors.some((j) => j.userId === u.id))
          .map((u) => ({ userId: u.id, name: u.name, email: u.email })),
      };
    },

    async inviteJuror(ctx: RequestContext, editionId: number, userId: string, input: { categories: string[] }) {
      const { edition } = await manageEdition(ctx, editionId);
      const profile = (await users.profilesByIds([userId])).get(userId);
      if (!profile) throw new AppError('USER_NOT_FOUND', `User ${userId} not found`);
      if (!profile.grants.some((g) => g.role === 'juror'))
        throw validation([{ path: 'params.userId', message: 'the user does not hold the juror role' }]);
      const unknown = input.categories.filter((c) => !edition.categories.some((k) => k.id === c));
      if (unknown.length > 0)
        throw validation(
          unknown.map((c) => ({ path: 'body.categories', message: `the edition has no category "${c}"` })),
        );
      await db.transaction(async (tx) => {
        await repo.upsertJuror(tx, { editionId, userId, categories: input.categories });
        await audit.record(tx, ctx, {
          action: 'competition.juror.invite',
          entityType: 'competition-edition',
          entityId: editionId,
          changes: { userId, categories: input.categories },
        });
      });
      return this.listJurors(ctx, editionId);
    },

    async removeJuror(ctx: RequestContext, editionId: number, userId: string) {
      await manageEdition(ctx, editionId);
      const apps = await repo.applicationsOf(db, editionId);
      if (
        (
          await repo.assignmentsOf(
            db,
            apps.map((a) => a.id),
          )
        ).some((a) => a.userId === userId)
      )
        throw new AppError(
          'COMPETITION_STATE',
          'The juror is assigned applications; solve the assignment without them first',
        );
      await db.transaction(async (tx) => {
        await repo.deleteJuror(tx, editionId, userId);
        await audit.record(tx, ctx, {
          action: 'competition.juror.remove',
          entityType: 'competition-edition',
          entityId: editionId,
          changes: { userId },
        });
      });
    },

    /** Every conflict of an invited juror with an application of the edition, with its reasons. */
    async conflicts(ctx: RequestContext, editionId: number) {
      authorize(ctx, { type: 'competition.manage' });
      await requireEdition(editionId);
      const jurors = await repo.jurorsOf(db, editionId);
      const apps = (await repo.applicationsOf(db, editionId)).filter((a) => a.status !== 'draft');
      const { map, profiles, declared } = await conflictMap(
        editionId,
        apps,
        jurors.map((j) => j.userId),
      );
      const items = [...map.entries()].map(([key, reasons]) => {
        const [userId, appId] = key.split(':') as [string, string];
        return {
          userId,
          jurorName: profiles.get(userId)?.name ?? '',
          applicationId: Number(appId),
          reasons: reasons.map((r) => r.reason),
          declaredReason:
            declared.find((d) => d.userId === userId && d.applicationId === Number(appId))?.reason ?? null,
        };
      });
      return { items };
    },

    /** A juror declares a conflict: they leave the application (scores dropped) and another juror takes their place. */
    async declareConflict(ctx: RequestContext, applicationId: number, input: { reason: string }) {
      const { application, edition } = await requireApplication(applicationId);
      if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
      const userId = ctx.actor.userId;
      authorize(ctx, { type: 'competition.declareConflict', invited: await isInvited(edition.id, userId) });
      requireNotPublished(edition);
      const assigned = (await repo.assignmentsOf(db, [applicationId])).some((a) => a.userId === userId);
      await db.transaction(async (tx) => {
        await repo.insertDeclaredConflict(tx, { applicationId, userId, reason: input.reason.trim() });
        await audit.record(tx, ctx, {
          action: 'competition.conflict.declare',
          entityType: 'competition-application',
          entityId: applicationId,
          changes: { userId, reason: input.reason.trim(), wasAssigned: assigned },
        });
      });
      const replacement = assigned ? await addReplacementOrExtra(ctx, edition, application, 'conflict', null) : null;
      return { applicationId, declared: true, replacementAssigned: replacement !== null };
    },

    /** Solves the assignment of every eligible application (see domain/competition/assignment.ts); 409 when infeasible. */
    async solveAssignment(ctx: RequestContext, editionId: number) {
      const { edition } = await manageEdition(ctx, editionId);
      if (now() <= edition.applicationsCloseAt)
        throw new AppError('COMPETITION_STATE', 'Applications are still open; assign jurors after they close');
      const apps = await repo.applicationsOf(db, editionId);
      const unchecked = apps.filter((a) => a.status === 'submitted');
      if (unchecked.length > 0)
        throw new AppError(
          'COMPETITION_STATE',
          `${unchecked.length} submitted application(s) await the formal check: ${unchecked.map((a) => a.id).join(', ')}`,
        );
      const eligible = apps.filter((a) => a.status === 'eligible');
      if (
        (
          await repo.scoresOf(
            db,
            eligible.map((a) => a.id),
          )
        ).length > 0
      )
        throw new AppError(
          'COMPETITION_STATE',
          'Jurors have started scoring; the assignment can no longer be solved again',
        );
      const jurors = await repo.jurorsOf(db, editionId);
      const { map } = await conflictMap(
        editionId,
        eligible,
        jurors.map((j) => j.userId),
      );
      const result = assignJurors({
        jurors: jurors.map((j) => ({ id: j.userId, categories: j.categories })),
        applications: eligible.map((a) => ({ id: a.id, category: a.categoryId })),
        conflicts: [...map.keys()].map((k) => {
          const [jurorId, appId] = k.split(':') as [string, string];
          return { jurorId, applicationId: Number(appId) };
        }),
        k: edition.jurorsPerApplication,
      });
      if (!result.ok) throw new AppError('ASSIGNMENT_INFEASIBLE', result.problem.message, result.problem);
      await db.transaction(async (tx) => {
        await repo.replaceAssignments(
          tx,
          apps.map((a) => a.id),
          result.assignment.pairs.map((p) => ({
            applicationId: p.applicationId,
            userId: p.jurorId,
            kind: 'initial' as const,
          })),
        );
        await audit.record(tx, ctx, {
          action: 'competition.assignment.solve',
          entityType: 'competition-edition',
          entityId: editionId,
          changes: {
            pairs: result.assignment.pairs.length,
            minLoad: result.assignment.minLoad,
            maxLoad: result.assignment.maxLoad,
            expertiseMismatches: result.assignment.expertiseMismatches,
          },
        });
      });
      return this.board(ctx, editionId);
    },

    /** The operator's board: eligibility, assignment, scoring progress and spread per application; loads per juror. */
    async board(ctx: RequestContext, editionId: number) {
      authorize(ctx, { type: 'competition.manage' });
      const edition = await requireEdition(editionId);
      const apps = (await repo.applicationsOf(db, editionId)).filter((a) => a.status !== 'draft');
      const assignments = await repo.assignmentsOf(
        db,
        apps.map((a) => a.id),
      );
      const jurors = await repo.jurorsOf(db, editionId);
      const profiles = await users.profilesByIds(jurors.map((j) => j.userId));
      const ratings = await ratingsOf(
        edition,
        apps.filter((a) => a.status === 'eligible'),
      );
      const info = await units.ancestryByIds(apps.map((a) => a.unitId));
      const name = (id: string) => profiles.get(id)?.name ?? '';
      return {
        applications: apps.map((a) => {
          const mine = ratings.filter((r) => r.applicationId === a.id).map((r) => r.score);
          const spread = mine.length < 2 ? null : Math.max(...mine) - Math.min(...mine);
          return {
            id: a.id,
            title: a.title,
            unit: { code: info.get(a.unitId)!.code, name: info.get(a.unitId)!.name },
            categoryId: a.categoryId,
            status: a.status,
            formalCheckReason: a.formalCheckReason,
            jurors: assignments
              .filter((x) => x.applicationId === a.id)
              .map((x) => ({
                userId: x.userId,
                name: name(x.userId),
                kind: x.kind,
                submitted: x.submittedAt !== null,
              })),
            spread,
            spreadExceeded: spread !== null && spread > edition.spreadThreshold,
          };
        }),
        jurors: jurors.map((j) => ({
          userId: j.userId,
          name: name(j.userId),
          load: assignments.filter((a) => a.userId === j.userId).length,
          submitted: assignments.filter((a) => a.userId === j.userId && a.submittedAt !== null).length,
        })),
        progress: {
          assigned: assignments.length,
          submitted: assignments.filter((a) => a.submittedAt !== null).length,
        },
      };
    },

    /** A juror's queue: their conflict-free assignments with how far they got. */
    async myQueue(ctx: RequestContext, editionId: number) {
      if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
      const userId = ctx.actor.userId;
      const edition = await requireEdition(editionId);
      authorize(ctx, { type: 'competition.declareConflict', invited: await isInvited(editionId, userId) });
      const apps = await repo.applicationsOf(db, editionId);
      const mine = (
        await repo.assignmentsOf(
          db,
          apps.map((a) => a.id),
        )
      ).filter((a) => a.userId === userId);
      const { map } = await conflictMap(editionId, apps, [userId]);
      const scores = (
        await repo.scoresOf(
          db,
          mine.map((a) => a.applicationId),
        )
      ).filter((s) => s.userId === userId);
      const info = await units.ancestryByIds(apps.map((a) => a.unitId));
      return {
        items: mine
          .filter((a) => !map.has(`${userId}:${a.applicationId}`))
          .map((a) => {
            const app = apps.find((x) => x.id === a.applicationId)!;
            return {
              applicationId: app.id,
              title: app.title,
              unit: { code: info.get(app.unitId)!.code, name: info.get(app.unitId)!.name },
              categoryId: app.categoryId,
              kind: a.kind,
              scored: scores.filter((s) => s.applicationId === app.id).length,
              criteria: edition.criteria.length,
              submittedAt: iso(a.submittedAt),
            };
          }),
      };
    },

    /** One criterion's score with its justification; only by a conflict-free juror assigned to the application. */
    async saveScore(
      ctx: RequestContext,
      applicationId: number,
      criterionId: string,
      input: { score: number; justification: string },
    ) {
      const { edition, userId } = await requireOpenScoring(ctx, applicationId);
      const criterion = edition.criteria.find((c) => c.id === criterionId);
      if (!criterion) throw new AppError('NOT_FOUND', `The edition has no criterion "${criterionId}"`);
      const problems = validateScore(criterion, input.score, input.justification);
      if (problems.length > 0) throw new AppError('SCORE_INVALID', problems.map((p) => p.message).join('; '), problems);
      await db.transaction(async (tx) => {
        await repo.upsertScore(tx, {
          applicationId,
          userId,
          criterionId,
          score: input.score,
          justification: input.justification.trim(),
        });
        await audit.record(tx, ctx, {
          action: 'competition.score.save',
          entityType: 'competition-application',
          entityId: applicationId,
          changes: { criterionId, score: input.score },
        });
      });
      return { criterionId, score: input.score, justification: input.justification.trim() };
    },

    /** Submits a juror's scores (every criterion needed); may bring in an extra juror when scores disagree. */
    async submitScores(ctx: RequestContext, applicationId: number) {
      const { application, edition, userId } = await requireOpenScoring(ctx, applicationId);
      const mine = (await repo.scoresOf(db, [applicationId])).filter((s) => s.userId === userId);
      const missing = edition.criteria.filter((c) => !mine.some((s) => s.criterionId === c.id));
      if (missing.length > 0)
        throw new AppError(
          'SCORES_INCOMPLETE',
          `Score every criterion first: ${missing.map((c) => c.id).join(', ')}`,
          missing.map((c) => ({ path: `scores.${c.id}`, message: `"${c.id}" has no score` })),
        );
      await db.transaction(async (tx) => {
        await repo.markSubmitted(tx, applicationId, userId, now());
        await audit.record(tx, ctx, {
          action: 'competition.score.submit',
          entityType: 'competition-application',
          entityId: applicationId,
        });
      });
      const extra = await maybeAddExtraJuror(ctx, edition, application);
      return { applicationId, submitted: true, extraJurorAssigned: extra !== null };
    },

    async ranking(
      ctx: RequestContext,
      editionId: number,
      query: { method: RankingMethod; seed: number; draws: number },
    ) {
      authorize(ctx, { type: 'competition.manage' });
      return ranking(await requireEdition(editionId), query.method, query);
    },

    /** The panel's agreed score; a reason is needed when it departs from the calibrated score on the scale. */
    async setConsensus(
      ctx: RequestContext,
      applicationId: number,
      input: { score: number; reason?: string | null | undefined },
    ) {
      const { actor, application, edition } = await manageApplication(ctx, applicationId);
      if (application.status !== 'eligible')
        throw new AppError('COMPETITION_STATE', 'Only eligible applications are scored');
      const range = weightedRange(edition);
      if (input.score < range.min || input.score > range.max)
        throw validation([{ path: 'body.score', message: `the score must be between ${range.min} and ${range.max}` }]);
      const ranked = await ranking(edition, 'calibrated', { seed: 1, draws: 1 });
      const calibrated = ranked.items.find((i) => i.applicationId === applicationId)?.calibratedOnScale ?? null;
      const reason = input.reason?.trim() || null;
      // Two decimals: the precision the panel sees the calibrated score with.
      if (reason === null && (calibrated === null || Math.abs(input.score - calibrated) >= 0.005))
        throw validation([
          {
            path: 'body.reason',
            message: `give the reason why the agreed score differs from the calibrated ${calibrated === null ? '(none)' : calibrated.toFixed(2)}`,
          },
        ]);
      await db.transaction(async (tx) => {
        await repo.upsertConsensus(tx, { applicationId, score: input.score, reason, decidedBy: actor.userId });
        await audit.record(tx, ctx, {
          action: 'competition.consensus.set',
          entityType: 'competition-application',
          entityId: applicationId,
          changes: { score: input.score, reason, calibrated },
        });
      });
      return { applicationId, score: input.score, reason, calibrated };
    },

    async setAward(
      ctx: RequestContext,
      applicationId: number,
      input: { award: 'laureate' | 'distinction'; reason: string },
    ) {
      const { actor, application } = await manageApplication(ctx, applicationId);
      if (application.status !== 'eligible')
        throw new AppError('COMPETITION_STATE', 'Only eligible applications can be awarded');
      await db.transaction(async (tx) => {
        await repo.upsertAward(tx, {
          applicationId,
          award: input.award,
          reason: input.reason.trim(),
          createdBy: actor.userId,
        });
        await audit.record(tx, ctx, {
          action: 'competition.award.set',
          entityType: 'competition-application',
          entityId: applicationId,
          changes: input,
        });
      });
      return { applicationId, award: input.award, reason: input.reason.trim() };
    },

    async removeAward(ctx: RequestContext, applicationId: number) {
      await manageApplication(ctx, applicationId);
      await db.transaction(async (tx) => {
        await repo.deleteAward(tx, applicationId);
        await audit.record(tx, ctx, {
          action: 'competition.award.remove',
          entityType: 'competition-application',
          entityId: applicationId,
        });
      });
    },

    /** Publishes the results: the winners become public. */
    async publish(ctx: RequestContext, editionId: number) {
      const { edition } = await manageEdition(ctx, editionId);
      const apps = await repo.applicationsOf(db, editionId);
      const awards = await repo.awardsOf(
        db,
        apps.map((a) => a.id),
      );
      if (awards.length === 0)
        throw new AppError('COMPETITION_STATE', 'Award at least one application before publishing');
      // Each winner becomes a draft of the good-practice bank, linked back to its application and
      // the public results; the unit completes it and a curator publishes it. Drafts come first:
      // createDraftFromSource is idempotent per application, so a publish that failed half-way is
      // simply repeated, and the results never go public without their drafts.
      const info = await units.ancestryByIds(apps.map((a) => a.unitId));
      const practices = new Map<number, number>();
      for (const aw of awards) {
        const app = apps.find((a) => a.id === aw.applicationId)!;
        const { practice } = await goodPractices.createDraftFromSource(ctx, winnerDraft(edition, app, aw, info));
        practices.set(aw.applicationId, practice.id);
      }
      await db.transaction(async (tx) => {
        for (const [applicationId, practiceId] of practices) await repo.setAwardPractice(tx, applicationId, practiceId);
        await repo.updateEdition(tx, editionId, { resultsPublishedAt: now() });
        await audit.record(tx, ctx, {
          action: 'competition.results.publish',
          entityType: 'competition-edition',
          entityId: editionId,
          changes: {
            awards: awards.map((a) => ({
              applicationId: a.applicationId,
              award: a.award,
              goodPracticeId: practices.get(a.applicationId),
            })),
          },
        });
      });
      return editionView(ctx, (await repo.findEdition(db, editionId))!);
    },

    async publicList() {
      const rows = await repo.listEditions(db, true);
      return {
        items: rows.map((e) => ({
          id: e.id,
          name: e.name,
          theme: e.theme,
          year: e.year,
          resultsPublishedAt: e.resultsPublishedAt!.toISOString(),
        })),
      };
    },

    /** Published results: the winners per category with the jury's reasons; 404 until published. */
    async publicResults(editionId: number) {
      const edition = await repo.findEdition(db, editionId);
      if (!edition || edition.resultsPublishedAt === null)
        throw new AppError('EDITION_NOT_FOUND', `Competition edition ${editionId} not found`);
      const apps = await repo.applicationsOf(db, editionId);
      const awards = await repo.awardsOf(
        db,
        apps.map((a) => a.id),
      );
      const info = await units.ancestryByIds(apps.map((a) => a.unitId));
      const order = { laureate: 0, distinction: 1 };
      const winners = awards
        .map((aw) => {
          const app = apps.find((a) => a.id === aw.applicationId)!;
          const unit = info.get(app.unitId)!;
          return {
            applicationId: app.id,
            title: app.title,
            unit: { code: unit.code, name: unit.name, kind: unit.kind },
            categoryId: app.categoryId,
            award: aw.award,
            reason: aw.reason,
            goodPracticeId: aw.goodPracticeId,
          };
        })
        .sort((a, b) =>
          a.categoryId === b.categoryId
            ? order[a.award] - order[b.award] || a.applicationId - b.applicationId
            : a.categoryId < b.categoryId
              ? -1
              : 1,
        );
      return {
        id: edition.id,
        name: edition.name,
        theme: edition.theme,
        year: edition.year,
        rules: edition.rules,
        categories: edition.categories.map((c) => ({ id: c.id, names: c.names })),
        criteria: edition.criteria.map((c) => ({ id: c.id, names: c.names, weight: c.weight })),
        resultsPublishedAt: edition.resultsPublishedAt.toISOString(),
        applications: apps.filter((a) => a.status === 'eligible').length,
        winners,
      };
    },
  };

  /** What a winner's draft entry says: the application's own texts where the form has them, its claims as the indicators to check, the jury's reason. */
  function winnerDraft(
    edition: repo.EditionRow,
    app: repo.ApplicationRow,
    aw: { award: 'laureate' | 'distinction'; reason: string },
    info: Map<number, { code: string }>,
  ) {
    const answer = (...ids: string[]) => {
      for (const id of ids) {
        const v = app.answers[id];
        if (typeof v === 'string' && v.trim() !== '') return v.trim();
      }
      return null;
    };
    const awardPl = aw.award === 'laureate' ? 'Laureat' : 'Wyróżnienie';
    const claims = app.claims.map((c) => `- ${c.indicatorCode}: ${c.statement}`).join('\n');
    return {
      source: {
        kind: 'competition-application' as const,
        id: app.id,
        url: `${deps.publicUrl}/competition/${edition.id}/results`,
      },
      unitCode: info.get(app.unitId)!.code,
      title: app.title,
      problem: answer('problem', 'need', 'challenge'),
      solution: answer('solution', 'description', 'summary'),
      results: [answer('results', 'effects'), claims].filter((x) => x).join('\n\n') || null,
      lessons: `${awardPl} — ${edition.name} (${edition.year}). Uzasadnienie jury: ${aw.reason}`,
      tags: ['konkurs', `konkurs ${edition.year}`],
      year: app.inOperationSince ? Number(app.inOperationSince.slice(0, 4)) : edition.year,
      // The bank links at most ten indicators.
      indicators: app.claims
        .slice(0, 10)
        .map((c) => ({ code: c.indicatorCode, startPeriod: c.since.slice(0, 4), peers: c.peers ?? null })),
    };
  }

  /** A draft's values: the category exists, answers have the right types (required fields wait for submission), claims name catalogue indicators. */
  async function draftValues(edition: repo.EditionRow, input: ApplicationInput) {
    const problems: Problem[] = [];
    if (!edition.categories.some((c) => c.id === input.categoryId))
      problems.push({ path: 'body.categoryId', message: `the edition has no category "${input.categoryId}"` });
    problems.push(
      ...validateAnswers(
        edition.formFields.map((f) => ({ ...f, required: false })),
        input.answers,
      ).map((p) => ({ ...p, path: `body.${p.path}` })),
    );
    const cat = await indicators.catalogue();
    (input.claims ?? []).forEach((c, i) => {
      if (!cat.indicatorsByCode.has(c.indicatorCode))
        problems.push({ path: `body.claims[${i}].indicatorCode`, message: `unknown indicator ${c.indicatorCode}` });
      if (c.peers) {
        const parsed = parsePeerSpec(c.peers);
        if (!parsed.ok)
          problems.push({
            path: `body.claims[${i}].peers`,
            message: `${parsed.error.message} (at "${parsed.error.part}")`,
          });
      }
      if (!/^\d{4}(-(H[12]|Q[1-4]|\d{2}(-\d{2})?))?$/.test(c.since))
        problems.push({
          path: `body.claims[${i}].since`,
          message: 'a period: YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD',
        });
    });
    if (problems.length > 0) throw validation(problems);
    return {
      categoryId: input.categoryId,
      title: input.title.trim(),
      answers: input.answers,
      inOperationSince: input.inOperationSince ?? null,
      claims: (input.claims ?? []).map((c) => ({
        ...c,
        statement: c.statement.trim(),
        peers: c.peers?.trim() || null,
      })),
    };
  }
}
