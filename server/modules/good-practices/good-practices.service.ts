/**
 * The good-practice bank: entries drafted by a unit's people, moderated by curators (network
 * operators), published in versions; evidence computed from the unit's own indicators with the
 * improvement-plan effect check; adoptions by other units with their own evidence; Polish full-text
 * search with facets over an in-process index kept in sync with the tables; import; attachments;
 * the yearly "still in use?" question.
 *
 * Other modules create drafts with `createDraftFromSource` (the competition's winners, an
 * improvement action, a network meeting's agreed action): the draft keeps its source and copies
 * what it is given.
 */
import { can, type Actor } from '../../../domain/access/authorization';
import { evidenceRank, gradeEvidence, type EvidenceGrade } from '../../../domain/good-practices/evidence';
import { populationBand, type FacetSelection } from '../../../domain/good-practices/facets';
import {
  confirmationDue,
  mayBeOutOfDate,
  transition,
  type PracticeStatus,
} from '../../../domain/good-practices/workflow';
import { SERVICE_AREAS, type ServiceArea } from '../../../domain/groups/service-areas';
import type { Db } from '../../db/client';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import type { BenchmarkingService } from '../benchmarking/benchmarking.service';
import { readTable } from '../data-collection/data-import.service';
import type { GroupsService } from '../groups/groups.service';
import type { ImprovementPlansService } from '../improvement-plans/improvement-plans.service';
import type { NetworksService } from '../networks/networks.service';
import type { IndicatorsService } from '../indicators/indicators.service';
import type { UnitsService } from '../units/units.service';
import type { UsersService } from '../users/users.service';
import { checkAttachment, MAX_ATTACHMENTS, renderMarkdown } from './good-practices.files';
import { createPracticeIndex } from './good-practices.index';
import * as repo from './good-practices.repository';
import { contentInput, FACETS, type ContentInput, type FacetName, type SourceKind } from './good-practices.schemas';

export type GoodPracticesService = ReturnType<typeof createGoodPracticesService>;

/** An entry's content as stored (every field present; empty texts are null). */
export interface StoredContent {
  title: string;
  serviceArea: ServiceArea;
  unitKinds: string[];
  problem: string;
  solution: string;
  implementation: { steps: string | null; duration: string | null; people: string | null };
  costPln: string | null;
  results: string | null;
  indicators: { code: string; startPeriod: string; peers: string | null }[];
  lessons: string | null;
  transferability: string | null;
  contact: { name: string; email: string | null; phone: string | null } | null;
  tags: string[];
  year: number | null;
}

/** What another module passes to create a draft from its own object. */
export interface DraftFromSource {
  source: { kind: Exclude<SourceKind, 'free' | 'import'>; id: string | number; url?: string | null };
  unitCode: string;
  otherUnitCodes?: string[];
  title: string;
  serviceArea?: (typeof SERVICE_AREAS)[number];
  problem?: string | null;
  solution?: string | null;
  results?: string | null;
  lessons?: string | null;
  costPln?: string | null;
  tags?: string[];
  year?: number | null;
  indicators?: { code: string; startPeriod: string; peers?: string | null }[];
}

export interface Warning {
  path: string;
  code: 'INDICATOR_NOT_APPLICABLE' | 'NO_DATA' | 'INDICATOR_NOT_FOUND';
  message: string;
}

type Problem = { path: string; message: string };
type UnitInfo = { id: number; code: string; name: string; kind: string; voivodeship: string | null };

const t = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim());

/** TERYT codes carry their voivodeship in the first two digits (02, 0201, 0201011). */
const voivodeshipOf = (code: string) => (/^\d{2}(\d{2}(\d{3})?)?$/.test(code) ? code.slice(0, 2) : null);

export function normalizeContent(input: ContentInput): StoredContent {
  return {
    title: input.title.trim(),
    serviceArea: input.serviceArea,
    unitKinds: [...new Set(input.unitKinds)],
    problem: input.problem.trim(),
    solution: input.solution.trim(),
    implementation: {
      steps: t(input.implementation?.steps),
      duration: t(input.implementation?.duration),
      people: t(input.implementation?.people),
    },
    costPln: input.costPln ?? null,
    results: t(input.results),
    indicators: input.indicators.map((i) => ({ code: i.code, startPeriod: i.startPeriod, peers: t(i.peers) })),
    lessons: t(input.lessons),
    transferability: t(input.transferability),
    contact: input.contact
      ? { name: input.contact.name.trim(), email: t(input.contact.email), phone: t(input.contact.phone) }
      : null,
    tags: [...new Set(input.tags.map((tag) => tag.trim().toLowerCase()))],
    year: input.year ?? null,
  };
}

export function createGoodPracticesService(deps: {
  db: Db;
  audit: AuditService;
  units: UnitsService;
  groups: GroupsService;
  users: UsersService;
  indicators: IndicatorsService;
  benchmarking: BenchmarkingService;
  improvementPlans: ImprovementPlansService;
  /** Agreed actions of network meetings, for "propose as a good practice". */
  networks: Pick<NetworksService, 'agreedActionForProposal'>;
  publicUrl: string;
  now: () => Date;
}) {
  const { db, audit, units, groups, indicators, benchmarking, improvementPlans, networks, now } = deps;
  const index = createPracticeIndex<Doc>();
  let built: Promise<void> | null = null;
  let lastConfirmationRun = 0;

  // ------------------------------------------------------------------ lookups

  async function unitInfos(ids: readonly number[]): Promise<Map<number, UnitInfo>> {
    const summaries = await units.summariesByIds([...new Set(ids)]);
    const found = await units.findUnitIds(summaries.map((s) => s.code));
    const out = new Map<number, UnitInfo>();
    for (const s of summaries) {
      const id = found.get(s.code) ?? ids.find((i) => !out.has(i))!;
      out.set(id, { id, code: s.code, name: s.name, kind: s.kind, voivodeship: voivodeshipOf(s.code) });
    }
    return out;
  }

  async function requireUnitIds(codes: readonly string[], path: string): Promise<number[]> {
    const found = await units.findUnitIds(codes);
    const missing = codes.filter((c) => !found.has(c));
    if (missing.length > 0)
      throw new AppError('UNIT_NOT_FOUND', `Unit ${missing.join(', ')} not found`, [
        { path, message: `unknown unit ${missing.join(', ')}` },
      ]);
    return codes.map((c) => found.get(c)!);
  }

  async function requirePractice(id: number) {
    const row = await repo.findPractice(db, id);
    if (!row) throw new AppError('PRACTICE_NOT_FOUND', `Good practice ${id} not found`);
    const unitIds = (await repo.unitsOf(db, [id])).get(id) ?? [row.unitId];
    // The lead unit first.
    return { row, unitIds: [row.unitId, ...unitIds.filter((u) => u !== row.unitId)] };
  }

  async function groupIdsOf(unitIds: readonly number[]): Promise<number[]> {
    const peers = await groups.groupPeersOf(unitIds);
    return [...new Set([...peers.values()].flatMap((p) => p.groupIds))];
  }

  const canManage = (actor: Actor | null, unitIds: readonly number[]) =>
    can(actor, { type: 'practice.manage', unitIds });
  const canCurate = (actor: Actor | null, groupIds: readonly number[]) =>
    can(actor, { type: 'practice.curate', groupIds });

  /** May the caller see the working copy (drafts, submissions)? Its units' people and its curators. */
  async function seesWorkingCopy(ctx: RequestContext, unitIds: readonly number[]) {
    if (!ctx.actor) return false;
    return canManage(ctx.actor, unitIds) || canCurate(ctx.actor, await groupIdsOf(unitIds));
  }

  async function authorizeCurate(ctx: RequestContext, unitIds: readonly number[]) {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
    return authorize(ctx, { type: 'practice.curate', groupIds: await groupIdsOf(unitIds) });
  }

  const readContent = (raw: Record<string, unknown>) => raw as unknown as StoredContent;

  // ------------------------------------------------------------------ evidence

  /**
   * Evidence of one content for one unit: each linked indicator through the improvement-plan
   * effect check (the year the practice started is the "action" period, left out of both windows).
   */
  async function evidenceFor(content: StoredContent, unit: UnitInfo, startOverride?: string) {
    const catalogue = await indicators.catalogue();
    const out = [];
    for (const link of content.indicators) {
      const start = startOverride ?? link.startPeriod;
      const indicator = catalogue.indicatorsByCode.get(link.code);
      if (!indicator) {
        out.push({
          code: link.code,
          startPeriod: start,
          problem: { code: 'INDICATOR_NOT_FOUND' as const, message: `indicator ${link.code} is not in the catalogue` },
          effect: null,
        });
        continue;
      }
      if (!indicator.unitKinds.includes(unit.kind)) {
        out.push({
          code: link.code,
          startPeriod: start,
          problem: {
            code: 'INDICATOR_NOT_APPLICABLE' as const,
            message: `indicator ${link.code} does not apply to units of kind ${unit.kind} (it applies to ${indicator.unitKinds.join(', ')}); the entry counts as described only for it`,
          },
          effect: null,
        });
        continue;
      }
      try {
        const effect = await improvementPlans.indicatorEffect({
          unitCode: unit.code,
          indicatorCode: link.code,
          peers: link.peers,
          start,
          end: start,
        });
        const hasAnyValue = effect.unitSeries.some((p) => p.value !== null);
        out.push({
          code: link.code,
          startPeriod: start,
          problem: hasAnyValue
            ? null
            : {
                code: 'NO_DATA' as const,
                message: `${unit.name} has no value of ${link.code} in any year, so there is nothing to compare around ${start} yet`,
              },
          effect,
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        out.push({
          code: link.code,
          startPeriod: start,
          problem: {
            code: 'NO_DATA' as const,
            message: `no data to check ${link.code} for ${unit.name}: ${error.message}`,
          },
          effect: null,
        });
      }
    }
    const grade = gradeEvidence(out.map((i) => i.effect?.verdict ?? 'not-enough-data'));
    return { grade, indicators: out };
  }

  function warningsOf(evidence: Awaited<ReturnType<typeof evidenceFor>>): Warning[] {
    return evidence.indicators.flatMap((i, n) =>
      i.problem ? [{ path: `body.indicators.${n}.code`, code: i.problem.code, message: i.problem.message }] : [],
    );
  }

  // ------------------------------------------------------------------ index

  async function docsOf(rows: repo.PracticeRow[]) {
    if (rows.length === 0) return [] as never[];
    const ids = rows.map((r) => r.id);
    const unitMap = await repo.unitsOf(db, rows.length > 200 ? null : ids);
    const published = new Map(
      (await repo.publishedVersions(db, rows.length > 200 ? null : ids)).map((v) => [v.practiceId, v]),
    );
    const adoptionCounts = new Map<number, number>();
    for (const a of await repo.adoptionsOf(db, rows.length > 200 ? null : ids))
      adoptionCounts.set(a.practiceId, (adoptionCounts.get(a.practiceId) ?? 0) + 1);
    const allUnitIds = [...new Set(rows.flatMap((r) => [r.unitId, ...(unitMap.get(r.id) ?? [])]))];
    const infos = await unitInfos(allUnitIds);
    let population = new Map<string, number>();
    try {
      population = await benchmarking.latestPopulation([...infos.values()].map((u) => u.code));
    } catch {
      // Without the engine (no data yet) the population band is unknown; nothing else depends on it.
    }
    const groupPeers = await groups.groupPeersOf(allUnitIds);
    const current = now();
    return rows.map((row) => {
      const unitIds = [row.unitId, ...(unitMap.get(row.id) ?? []).filter((u) => u !== row.unitId)];
      const version = published.get(row.id);
      const content = readContent(version ? version.content : row.content);
      const shownUnitIds = version ? version.unitIds : unitIds;
      const unitsShown = shownUnitIds.map((u) => infos.get(u)).filter((u): u is UnitInfo => u !== undefined);
      const lead = unitsShown[0];
      const band = lead ? populationBand(population.get(lead.code) ?? null) : null;
      const year = content.year ?? (row.firstPublishedAt ?? row.createdAt).getUTCFullYear();
      const facets: Record<FacetName, string[]> = {
        serviceArea: [content.serviceArea],
        unitKind: content.unitKinds,
        voivodeship: [...new Set(unitsShown.map((u) => u.voivodeship).filter((v): v is string => v !== null))],
        populationBand: band ? [band] : [],
        evidence: [row.evidenceGrade],
        source: [row.sourceKind],
        year: [String(year)],
        tag: content.tags,
      };
      return {
        id: row.id,
        title: content.title,
        problem: content.problem,
        solution: content.solution,
        results: content.results ?? '',
        tags: content.tags,
        facets,
        sortDate: (row.publishedAt ?? row.updatedAt).getTime(),
        evidenceRank: evidenceRank(row.evidenceGrade as EvidenceGrade),
        published: row.publishedVersion !== null,
        status: row.status,
        unitIds,
        groupIds: [...new Set(unitIds.flatMap((u) => groupPeers.get(u)?.groupIds ?? []))],
        summary: {
          units: unitsShown.map((u) => ({ code: u.code, name: u.name, kind: u.kind })),
          version: row.version,
          publishedVersion: row.publishedVersion,
          source: { kind: row.sourceKind as SourceKind, id: row.sourceId, url: row.sourceUrl },
          year: content.year,
          mayBeOutOfDate:
            row.publishedVersion !== null &&
            mayBeOutOfDate(row.confirmedAt ?? row.publishedAt ?? row.createdAt, current),
          adoptionCount: adoptionCounts.get(row.id) ?? 0,
          publishedAt: row.publishedAt?.toISOString() ?? null,
          updatedAt: row.updatedAt.toISOString(),
          unitKinds: content.unitKinds,
          serviceArea: content.serviceArea,
        },
      };
    });
  }

  type Doc = Awaited<ReturnType<typeof docsOf>>[number];

  /** The index, built from the tables on first use (and on start: `warm`). */
  async function ready() {
    built ??= (async () => {
      index.rebuild(await docsOf(await repo.allPractices(db)));
    })().catch((error: unknown) => {
      built = null;
      throw error;
    });
    await built;
  }

  /** Re-reads one entry into the index; called after every committed write. */
  async function reindex(id: number) {
    await ready();
    const row = await repo.findPractice(db, id);
    if (!row) index.remove(id);
    else index.upsert((await docsOf([row]))[0]!);
  }

  function summaryOf(doc: Doc) {
    return {
      id: doc.id,
      title: doc.title,
      status: doc.status as PracticeStatus,
      ...doc.summary,
      voivodeship: doc.facets.voivodeship[0] ?? null,
      populationBand: (doc.facets.populationBand[0] ?? null) as ReturnType<typeof populationBand>,
      tags: doc.tags,
      evidenceGrade: doc.facets.evidence[0] as EvidenceGrade,
      excerpt: doc.problem.length > 280 ? `${doc.problem.slice(0, 277).trimEnd()}…` : doc.problem,
    };
  }

  // ------------------------------------------------------------------ writing

  async function stage(
    ctx: RequestContext,
    input: {
      unitIds: number[];
      content: StoredContent;
      source: { kind: SourceKind; id: string | null; url: string | null };
      status?: PracticeStatus;
    },
  ) {
    const [lead] = [...(await unitInfos([input.unitIds[0]!])).values()];
    const evidence = await evidenceFor(input.content, lead!);
    const status = input.status ?? 'draft';
    const row = await db.transaction(async (tx) => {
      const created = await repo.insertPractice(tx, {
        unitId: input.unitIds[0]!,
        status,
        content: input.content as unknown as Record<string, unknown>,
        sourceKind: input.source.kind,
        sourceId: input.source.id,
        sourceUrl: input.source.url,
        evidenceGrade: evidence.grade,
        createdBy: ctx.actor?.userId ?? null,
      });
      await repo.setUnits(tx, created.id, input.unitIds);
      await audit.record(tx, ctx, {
        action: 'practice.create',
        entityType: 'good-practice',
        entityId: created.id,
        changes: { unitIds: input.unitIds, source: input.source, title: input.content.title },
      });
      return created;
    });
    await reindex(row.id);
    return { id: row.id, warnings: warningsOf(evidence) };
  }

  /** Validates the fields of a proposal's content with the same schema as a new entry. */
  function parseContent(raw: unknown, pathPrefix = 'body'): StoredContent {
    const parsed = contentInput.safeParse(raw);
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => ({ path: [pathPrefix, ...i.path].join('.'), message: i.message }));
      throw new AppError('VALIDATION_FAILED', details.map((d) => `${d.path}: ${d.message}`).join('; '), details);
    }
    return normalizeContent(parsed.data);
  }

  async function checkIndicatorCodes(content: StoredContent) {
    const catalogue = await indicators.catalogue();
    const problems: Problem[] = content.indicators.flatMap((i, n) =>
      catalogue.indicatorsByCode.has(i.code)
        ? []
        : [{ path: `body.indicators.${n}.code`, message: `unknown indicator ${i.code}` }],
    );
    if (problems.length > 0)
      throw new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
  }

  async function detail(ctx: RequestContext, id: number, warnings: Warning[] = []) {
    const { row, unitIds } = await requirePractice(id);
    const working = await seesWorkingCopy(ctx, unitIds);
    if (!working && row.publishedVersion === null)
      throw new AppError('PRACTICE_NOT_FOUND', `Good practice ${id} not found`);
    await ready();
    const doc = index.get(id);
    const version = working ? null : await repo.findVersion(db, id, row.publishedVersion!);
    const content = readContent(version ? version.content : row.content);
    const shownUnitIds = version ? version.unitIds : unitIds;
    const infos = await unitInfos(shownUnitIds);
    const groupIds = await groupIdsOf(unitIds);
    const adoptions = await repo.adoptionsOf(db, [id]);
    const adopterInfos = await unitInfos(adoptions.map((a) => a.unitId));
    const md = (s: string | null) => (s === null ? null : renderMarkdown(s));
    const base = doc ? summaryOf(doc) : null;
    return {
      ...(base ?? {}),
      id: row.id,
      title: content.title,
      status: row.status,
      version: row.version,
      publishedVersion: row.publishedVersion,
      units: shownUnitIds
        .map((u) => infos.get(u))
        .filter((u): u is UnitInfo => u !== undefined)
        .map((u) => ({ code: u.code, name: u.name, kind: u.kind })),
      serviceArea: content.serviceArea,
      unitKinds: content.unitKinds,
      tags: content.tags,
      year: content.year,
      voivodeship: base?.voivodeship ?? null,
      populationBand: base?.populationBand ?? null,
      evidenceGrade: row.evidenceGrade as EvidenceGrade,
      source: { kind: row.sourceKind as SourceKind, id: row.sourceId, url: row.sourceUrl },
      excerpt: base?.excerpt ?? content.problem.slice(0, 280),
      mayBeOutOfDate: base?.mayBeOutOfDate ?? false,
      adoptionCount: adoptions.length,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      viewing: working ? ('working' as const) : ('published' as const),
      content,
      html: {
        problem: renderMarkdown(content.problem),
        solution: renderMarkdown(content.solution),
        implementationSteps: md(content.implementation.steps),
        results: md(content.results),
        lessons: md(content.lessons),
        transferability: md(content.transferability),
      },
      returnComment: working ? row.returnComment : null,
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
      attachments: (await repo.attachmentsOf(db, id)).map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
      adoptions: adoptions.map((a) => {
        const u = adopterInfos.get(a.unitId);
        return {
          id: a.id,
          unit: { code: u?.code ?? '', name: u?.name ?? '', kind: u?.kind ?? '' },
          adoptedOn: a.adoptedOn,
          changes: a.changes,
          improvementActionId: a.improvementActionId,
          createdAt: a.createdAt.toISOString(),
        };
      }),
      versions: (await repo.versionsOf(db, id)).map((v) => ({
        version: v.version,
        publishedAt: v.publishedAt.toISOString(),
      })),
      events: working
        ? (await repo.eventsOf(db, id)).map((e) => ({
            kind: e.kind,
            version: e.version,
            comment: e.comment,
            createdAt: e.createdAt.toISOString(),
          }))
        : [],
      permissions: {
        edit: canManage(ctx.actor, unitIds) && row.status !== 'submitted',
        curate: canCurate(ctx.actor, groupIds),
        adopt:
          ctx.actor !== null &&
          row.publishedVersion !== null &&
          ctx.actor.grants.some(
            (g) =>
              g.unitId !== null &&
              !unitIds.includes(g.unitId) &&
              (g.role === 'unit-coordinator' || g.role === 'unit-member'),
          ),
      },
      warnings,
    };
  }

  async function move(ctx: RequestContext, id: number, event: 'submit' | 'return' | 'publish', comment: string | null) {
    const { row, unitIds } = await requirePractice(id);
    const actor =
      event === 'submit' ? authorize(ctx, { type: 'practice.manage', unitIds }) : await authorizeCurate(ctx, unitIds);
    const next = transition(row.status, event);
    if (!next.ok) throw new AppError('PRACTICE_STATE', next.message);
    const at = now();
    await db.transaction(async (tx) => {
      if (event === 'publish') {
        await repo.insertVersion(tx, {
          practiceId: id,
          version: row.version,
          content: row.content,
          unitIds,
          publishedAt: at,
          publishedBy: actor.userId,
        });
        await repo.updatePractice(tx, id, {
          status: next.status,
          publishedVersion: row.version,
          publishedAt: at,
          firstPublishedAt: row.firstPublishedAt ?? at,
          confirmedAt: at,
          returnComment: null,
        });
      } else {
        await repo.updatePractice(tx, id, {
          status: next.status,
          ...(event === 'return' ? { returnComment: comment } : {}),
        });
      }
      await repo.insertEvent(tx, {
        practiceId: id,
        kind: event,
        version: row.version,
        comment,
        createdBy: actor.userId,
      });
      await audit.record(tx, ctx, {
        action: `practice.${event}`,
        entityType: 'good-practice',
        entityId: id,
        changes: { from: row.status, to: next.status, version: row.version, ...(comment ? { comment } : {}) },
      });
    });
    await reindex(id);
    return detail(ctx, id);
  }

  // ------------------------------------------------------------------ import

  const IMPORT_COLUMNS = [
    'title',
    'unit',
    'service_area',
    'problem',
    'solution',
    'results',
    'lessons',
    'year',
    'tags',
    'source_url',
  ] as const;
  const REQUIRED_COLUMNS = ['title', 'unit', 'service_area', 'problem', 'solution'] as const;

  /**
   * A draft from another module's object, in one step. Idempotent per source: proposing the same
   * object again returns the existing entry (`created: false`). The caller must be one of the
   * unit's people or a curator of the unit's groups (the competition's operators are). Fields not
   * given get placeholders the unit completes before submitting ("Do uzupełnienia").
   */
  /**
   * "Propose as a good practice" from an agreed action of a network meeting: the draft copies its
   * title, the group's service area and where it was agreed. Once the agreed action was sent to the
   * unit's improvement plan, the plan action's indicator (from the year it started) is linked too,
   * so the draft's evidence is that action's effect check.
   */
  async function proposeAgreedAction(ctx: RequestContext, rawId: string) {
    const id = Number(rawId);
    if (!Number.isInteger(id) || id <= 0) throw new AppError('NOT_FOUND', `Agreed action ${rawId} not found`);
    const agreed = await networks.agreedActionForProposal(id);
    let indicators: DraftFromSource['indicators'] = [];
    if (agreed.planActionId !== null) {
      // Only what the caller may read of the plan action is copied; the draft is made either way.
      const planAction = await improvementPlans.actionForProposal(ctx, agreed.planActionId).catch(() => null);
      const start = planAction?.startDate?.slice(0, 4);
      if (planAction?.indicator && start)
        indicators = [{ code: planAction.indicator.code, startPeriod: start, peers: planAction.indicator.peers }];
    }
    const area = (SERVICE_AREAS as readonly string[]).includes(agreed.group.serviceArea)
      ? (agreed.group.serviceArea as DraftFromSource['serviceArea'])
      : undefined;
    return createDraftFromSource(ctx, {
      source: { kind: 'network-meeting-action', id: agreed.id },
      unitCode: agreed.unitCode,
      title: agreed.title,
      serviceArea: area,
      problem: `Uzgodnione na spotkaniu „${agreed.meeting.title}” (${agreed.meeting.date}) w grupie ${agreed.group.name}.`,
      year: Number(agreed.meeting.date.slice(0, 4)),
      indicators,
    });
  }

  async function createDraftFromSource(ctx: RequestContext, input: DraftFromSource) {
    const sourceId = String(input.source.id);
    const existing = await repo.findBySource(db, input.source.kind, sourceId);
    if (existing) return { created: false as const, practice: await detail(ctx, existing.id) };
    const unitIds = await requireUnitIds(
      [input.unitCode, ...(input.otherUnitCodes ?? []).filter((c) => c !== input.unitCode)],
      'unitCode',
    );
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
    if (!canManage(ctx.actor, [unitIds[0]!])) await authorizeCurate(ctx, unitIds);
    const [lead] = [...(await unitInfos([unitIds[0]!])).values()];
    const placeholder = 'Do uzupełnienia.';
    const content = parseContent(
      {
        title: input.title.length >= 3 ? input.title.slice(0, 200) : `${input.title} (propozycja)`,
        serviceArea: input.serviceArea ?? 'other',
        unitKinds: [lead!.kind],
        problem: t(input.problem) ?? placeholder,
        solution: t(input.solution) ?? placeholder,
        results: input.results ?? null,
        lessons: input.lessons ?? null,
        costPln: input.costPln ?? null,
        tags: input.tags ?? [],
        year: input.year ?? null,
        indicators: input.indicators ?? [],
      },
      'source',
    );
    const { id, warnings } = await stage(ctx, {
      unitIds,
      content,
      source: { kind: input.source.kind, id: sourceId, url: input.source.url ?? null },
    });
    return { created: true as const, practice: await detail(ctx, id, warnings) };
  }

  /**
   * The yearly question: for every published entry a year after its last confirmation (and not
   * asked in the past year), a message to its unit's coordinators in the outbox. Runs lazily, at
   * most once an hour (on searches), like the surveys' closing.
   */
  async function askForConfirmations(force = false) {
    const at = now();
    if (!force && at.getTime() - lastConfirmationRun < 3_600_000) return { asked: 0 };
    lastConfirmationRun = at.getTime();
    const due = (await repo.publishedForConfirmation(db)).filter((r) =>
      confirmationDue(r.confirmedAt ?? r.publishedAt ?? at, r.confirmationAskedAt, at),
    );
    if (due.length === 0) return { asked: 0 };
    const recipients = await deps.users.coordinatorEmails(due.map((r) => r.unitId));
    await db.transaction(async (tx) => {
      await repo.insertOutbox(
        tx,
        due.flatMap((r) =>
          (recipients.get(r.unitId) ?? []).map((email) => ({
            kind: 'practice-confirmation',
            recipient: email,
            subject: `Czy dobra praktyka „${readContent(r.content).title}” jest nadal stosowana?`,
            body: `Prosimy o potwierdzenie, że praktyka jest nadal stosowana: ${deps.publicUrl}/good-practices/${r.id}\nWpisy niepotwierdzone przez dwa lata są oznaczane jako „może być nieaktualna”.`,
          })),
        ),
      );
      for (const r of due) await repo.updatePractice(tx, r.id, { confirmationAskedAt: at });
    });
    for (const r of due) await reindex(r.id);
    return { asked: due.length };
  }

  return {
    /** Builds the search index now (after start), so the first search does not wait for it. */
    warm: ready,

    /** Drops and rebuilds the index from the tables (the bench measures this). */
    async rebuildIndex() {
      built = null;
      await ready();
      return index.size;
    },

    async search(
      ctx: RequestContext,
      query: Partial<Record<FacetName, string[]>> & {
        q?: string | undefined;
        status?: PracticeStatus | 'any' | undefined;
        unit?: string | undefined;
        sort: 'relevance' | 'date' | 'evidence';
        page: number;
        pageSize: number;
      },
    ) {
      await ready();
      void askForConfirmations().catch(() => undefined);
      const actor = ctx.actor;
      const unitFilter = query.unit === undefined ? null : await units.findUnitId(query.unit);
      if (query.unit !== undefined && unitFilter === null)
        throw new AppError('UNIT_NOT_FOUND', `Unit ${query.unit} not found`);
      const selection: FacetSelection<FacetName> = {};
      for (const f of FACETS) if (query[f] && query[f].length > 0) selection[f] = query[f];
      // Anonymous callers and anyone without a role on an entry see published entries only.
      const visible = (doc: Doc) => {
        if (unitFilter !== null && !doc.unitIds.includes(unitFilter)) return false;
        const insider = actor !== null && (canManage(actor, doc.unitIds) || canCurate(actor, doc.groupIds));
        if (query.status === undefined) return doc.published || (insider && unitFilter !== null);
        if (!insider) return query.status === 'published' && doc.published;
        return query.status === 'any' || doc.status === query.status;
      };
      const result = index.search({
        q: query.q,
        selection,
        visible,
        sort: query.sort,
        page: query.page,
        pageSize: query.pageSize,
      });
      return {
        items: result.hits.map((h) => ({
          ...summaryOf(h.doc),
          score: h.score,
          highlights: h.highlights,
        })),
        total: result.total,
        page: query.page,
        pageSize: query.pageSize,
        facets: await labelFacets(result.facets),
      };
    },

    async get(ctx: RequestContext, id: number) {
      return detail(ctx, id);
    },

    async create(
      ctx: RequestContext,
      input: ContentInput & {
        unitCode: string;
        otherUnitCodes: string[];
        source: {
          kind: 'free' | 'benchmarking-group' | 'strategy' | 'competition-edition';
          id?: string | null | undefined;
        };
      },
    ) {
      const unitIds = await requireUnitIds(
        [input.unitCode, ...input.otherUnitCodes.filter((c) => c !== input.unitCode)],
        'body.unitCode',
      );
      authorize(ctx, { type: 'practice.manage', unitIds: [unitIds[0]!] });
      const content = normalizeContent(input);
      await checkIndicatorCodes(content);
      if (input.source.kind === 'benchmarking-group') {
        const groupId = Number(input.source.id);
        if (!Number.isInteger(groupId) || !(await groups.exists(groupId)))
          throw new AppError('GROUP_NOT_FOUND', `Group ${input.source.id ?? ''} not found`, [
            { path: 'body.source.id', message: 'unknown benchmarking group' },
          ]);
      }
      const { id, warnings } = await stage(ctx, {
        unitIds,
        content,
        source: { kind: input.source.kind, id: t(input.source.id), url: null },
      });
      return detail(ctx, id, warnings);
    },

    /**
     * "Propose as a good practice" from an improvement action whose effect check says it improved
     * more than its peers: the draft copies the action's title, description, budget, unit and
     * indicator (start = the year the action started) and keeps the link.
     */
    async propose(
      ctx: RequestContext,
      source: { kind: 'improvement-action' | 'network-meeting-action' | 'competition-application'; id: string },
    ) {
      if (source.kind === 'competition-application')
        throw new AppError('BAD_REQUEST', 'Competition applications become drafts from the competition itself');
      if (source.kind === 'network-meeting-action') return proposeAgreedAction(ctx, source.id);
      const actionId = Number(source.id);
      if (!Number.isInteger(actionId) || actionId <= 0)
        throw new AppError('ACTION_NOT_FOUND', `Improvement action ${source.id} not found`);
      const action = await improvementPlans.actionForProposal(ctx, actionId);
      if (!action.unit)
        throw new AppError('BAD_REQUEST', 'A group plan has no single unit whose data could show the effect');
      const effect = await improvementPlans.effect(ctx, actionId);
      if (effect.verdict !== 'improved-more-than-peers')
        throw new AppError(
          'PRACTICE_STATE',
          `Only an action whose effect check says "improved more than peers" is proposed from here; this one says "${effect.verdict}"`,
        );
      const startYear = action.startDate?.slice(0, 4) ?? null;
      return createDraftFromSource(ctx, {
        source: { kind: 'improvement-action', id: action.id },
        unitCode: action.unit.code,
        title: action.title,
        problem: action.description,
        solution: action.description,
        costPln: action.budget,
        year: startYear === null ? null : Number(startYear),
        indicators:
          action.indicator && startYear
            ? [{ code: action.indicator.code, startPeriod: startYear, peers: action.indicator.peers }]
            : [],
      });
    },

    async update(
      ctx: RequestContext,
      id: number,
      patch: Partial<ContentInput> & { otherUnitCodes?: string[] | undefined },
    ) {
      const { row, unitIds } = await requirePractice(id);
      const actor = authorize(ctx, { type: 'practice.manage', unitIds });
      const next = transition(row.status, 'edit');
      if (!next.ok) throw new AppError('PRACTICE_STATE', next.message);
      const current = readContent(row.content);
      const { otherUnitCodes, ...fields } = patch;
      const merged = parseContent({
        ...current,
        ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
      });
      await checkIndicatorCodes(merged);
      const newUnitIds =
        otherUnitCodes === undefined
          ? unitIds
          : [
              row.unitId,
              ...(
                await requireUnitIds(
                  otherUnitCodes.filter((c) => c !== ''),
                  'body.otherUnitCodes',
                )
              ).filter((u) => u !== row.unitId),
            ];
      const [lead] = [...(await unitInfos([row.unitId])).values()];
      const evidence = await evidenceFor(merged, lead!);
      // Editing a published entry starts the next version; the published one stays public meanwhile.
      const version = row.status === 'published' ? row.version + 1 : row.version;
      await db.transaction(async (tx) => {
        await repo.updatePractice(tx, id, {
          content: merged as unknown as Record<string, unknown>,
          status: next.status,
          version,
          ...(row.publishedVersion === null ? { evidenceGrade: evidence.grade } : {}),
        });
        if (otherUnitCodes !== undefined) await repo.setUnits(tx, id, newUnitIds);
        if (version !== row.version)
          await repo.insertEvent(tx, {
            practiceId: id,
            kind: 'new-version',
            version,
            comment: null,
            createdBy: actor.userId,
          });
        await audit.record(tx, ctx, {
          action: 'practice.update',
          entityType: 'good-practice',
          entityId: id,
          changes: { version, fields: Object.keys(fields), ...(otherUnitCodes ? { unitIds: newUnitIds } : {}) },
        });
      });
      await reindex(id);
      return detail(ctx, id, warningsOf(evidence));
    },

    createDraftFromSource,
    askForConfirmations,

    submit: (ctx: RequestContext, id: number) => move(ctx, id, 'submit', null),
    returnToUnit: (ctx: RequestContext, id: number, comment: string) => move(ctx, id, 'return', comment.trim()),

    /** Publishes the submitted version; its evidence grade becomes the public one. */
    async publish(ctx: RequestContext, id: number) {
      const { row } = await requirePractice(id);
      const result = await move(ctx, id, 'publish', null);
      const [lead] = [...(await unitInfos([row.unitId])).values()];
      const evidence = await evidenceFor(readContent(row.content), lead!);
      await repo.updatePractice(db, id, { evidenceGrade: evidence.grade });
      await reindex(id);
      return { ...result, evidenceGrade: evidence.grade };
    },

    /** The unit confirms the practice is still in use (the yearly question's answer). */
    async confirm(ctx: RequestContext, id: number) {
      const { row, unitIds } = await requirePractice(id);
      const actor = authorize(ctx, { type: 'practice.manage', unitIds });
      if (row.publishedVersion === null) throw new AppError('PRACTICE_STATE', 'Only a published entry is confirmed');
      await db.transaction(async (tx) => {
        await repo.updatePractice(tx, id, { confirmedAt: now() });
        await repo.insertEvent(tx, {
          practiceId: id,
          kind: 'confirm',
          version: row.version,
          comment: null,
          createdBy: actor.userId,
        });
        await audit.record(tx, ctx, { action: 'practice.confirm', entityType: 'good-practice', entityId: id });
      });
      await reindex(id);
      return detail(ctx, id);
    },

    async versions(ctx: RequestContext, id: number) {
      const { row, unitIds } = await requirePractice(id);
      if (!(await seesWorkingCopy(ctx, unitIds)) && row.publishedVersion === null)
        throw new AppError('PRACTICE_NOT_FOUND', `Good practice ${id} not found`);
      return {
        items: (await repo.versionsOf(db, id)).map((v) => ({
          version: v.version,
          publishedAt: v.publishedAt.toISOString(),
        })),
      };
    },

    async version(ctx: RequestContext, id: number, version: number) {
      const { row, unitIds } = await requirePractice(id);
      if (!(await seesWorkingCopy(ctx, unitIds)) && row.publishedVersion === null)
        throw new AppError('PRACTICE_NOT_FOUND', `Good practice ${id} not found`);
      const v = await repo.findVersion(db, id, version);
      if (!v) throw new AppError('PRACTICE_NOT_FOUND', `Version ${version} of good practice ${id} not found`);
      return { version: v.version, publishedAt: v.publishedAt.toISOString(), content: readContent(v.content) };
    },

    /** Evidence of the entry as the caller sees it (the published version for the public). */
    async evidence(ctx: RequestContext, id: number) {
      const { row, unitIds } = await requirePractice(id);
      const working = await seesWorkingCopy(ctx, unitIds);
      if (!working && row.publishedVersion === null)
        throw new AppError('PRACTICE_NOT_FOUND', `Good practice ${id} not found`);
      const version = working ? null : await repo.findVersion(db, id, row.publishedVersion!);
      const [lead] = [...(await unitInfos([row.unitId])).values()];
      const result = await evidenceFor(readContent(version ? version.content : row.content), lead!);
      // Values change after publication: the stored grade follows the latest computation.
      if ((version !== null || row.publishedVersion === null) && result.grade !== row.evidenceGrade) {
        await repo.updatePractice(db, id, { evidenceGrade: result.grade });
        await reindex(id);
      }
      return { practiceId: id, unit: { code: lead!.code, name: lead!.name, kind: lead!.kind }, ...result };
    },

    async adopt(
      ctx: RequestContext,
      id: number,
      input: {
        unitCode: string;
        adoptedOn: string;
        changes?: string | null | undefined;
        improvementActionId?: number | null | undefined;
      },
    ) {
      const { row, unitIds } = await requirePractice(id);
      if (row.publishedVersion === null) throw new AppError('PRACTICE_NOT_FOUND', `Good practice ${id} not found`);
      const [unitId] = await requireUnitIds([input.unitCode], 'body.unitCode');
      const actor = authorize(ctx, { type: 'practice.adopt', unitId: unitId! });
      if (unitIds.includes(unitId!))
        throw new AppError('VALIDATION_FAILED', 'body.unitCode: the practice is already this unit’s own', [
          { path: 'body.unitCode', message: 'a unit does not adopt its own practice' },
        ]);
      if (await repo.findAdoption(db, id, unitId!))
        throw new AppError('CONFLICT', `${input.unitCode} has already recorded adopting this practice`);
      if (input.improvementActionId) {
        const owner = await improvementPlans.actionUnitId(input.improvementActionId);
        if (owner !== unitId)
          throw new AppError('VALIDATION_FAILED', 'body.improvementActionId: not an action of the adopting unit', [
            { path: 'body.improvementActionId', message: 'the action must belong to a plan of the adopting unit' },
          ]);
      }
      const adoption = await db.transaction(async (tx) => {
        const created = await repo.insertAdoption(tx, {
          practiceId: id,
          unitId: unitId!,
          adoptedOn: input.adoptedOn,
          changes: t(input.changes),
          improvementActionId: input.improvementActionId ?? null,
          createdBy: actor.userId,
        });
        await audit.record(tx, ctx, {
          action: 'practice.adopt',
          entityType: 'good-practice',
          entityId: id,
          changes: { unitId, adoptedOn: input.adoptedOn, improvementActionId: input.improvementActionId ?? null },
        });
        return created;
      });
      await reindex(id);
      const [u] = [...(await unitInfos([unitId!])).values()];
      return {
        id: adoption.id,
        unit: { code: u!.code, name: u!.name, kind: u!.kind },
        adoptedOn: adoption.adoptedOn,
        changes: adoption.changes,
        improvementActionId: adoption.improvementActionId,
        createdAt: adoption.createdAt.toISOString(),
      };
    },

    /** The adopter's own evidence: the practice's indicators for the adopting unit, from the year it adopted. */
    async adoptionEvidence(ctx: RequestContext, id: number, adoptionId: number) {
      const { row } = await requirePractice(id);
      const adoption = await repo.findAdoptionById(db, adoptionId);
      if (!adoption || adoption.practiceId !== id || row.publishedVersion === null)
        throw new AppError('PRACTICE_NOT_FOUND', `Adoption ${adoptionId} of good practice ${id} not found`);
      const version = (await repo.findVersion(db, id, row.publishedVersion))!;
      const [adopter] = [...(await unitInfos([adoption.unitId])).values()];
      const result = await evidenceFor(readContent(version.content), adopter!, adoption.adoptedOn.slice(0, 4));
      return {
        practiceId: id,
        unit: { code: adopter!.code, name: adopter!.name, kind: adopter!.kind },
        ...result,
      };
    },

    async addAttachment(ctx: RequestContext, id: number, fileName: string, bytes: Uint8Array) {
      const { row, unitIds } = await requirePractice(id);
      const actor = authorize(ctx, { type: 'practice.manage', unitIds });
      const check = await checkAttachment(fileName, bytes);
      if (!check.ok)
        throw new AppError(check.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'ATTACHMENT_INVALID', check.reason, [
          { path: check.field === 'fileName' ? 'querystring.fileName' : 'body', message: check.reason },
        ]);
      if ((await repo.attachmentsOf(db, id)).length >= MAX_ATTACHMENTS)
        throw new AppError('ATTACHMENT_INVALID', `An entry has at most ${MAX_ATTACHMENTS} attachments`, [
          { path: 'body', message: `at most ${MAX_ATTACHMENTS} attachments` },
        ]);
      const created = await db.transaction(async (tx) => {
        const a = await repo.insertAttachment(tx, {
          practiceId: row.id,
          fileName: check.fileName,
          mediaType: check.mediaType,
          size: bytes.length,
          content: Buffer.from(bytes),
          createdBy: actor.userId,
        });
        await audit.record(tx, ctx, {
          action: 'practice.attachment.add',
          entityType: 'good-practice',
          entityId: id,
          changes: { attachmentId: a.id, fileName: check.fileName, mediaType: check.mediaType, size: bytes.length },
        });
        return a;
      });
      return { ...created, createdAt: created.createdAt.toISOString() };
    },

    /** An attachment's bytes: public once the entry is published, else for its people and curators. */
    async attachment(ctx: RequestContext, id: number, attachmentId: number) {
      const { row, unitIds } = await requirePractice(id);
      if (row.publishedVersion === null && !(await seesWorkingCopy(ctx, unitIds)))
        throw new AppError('PRACTICE_NOT_FOUND', `Good practice ${id} not found`);
      const a = await repo.findAttachment(db, id, attachmentId);
      if (!a) throw new AppError('NOT_FOUND', `Attachment ${attachmentId} not found`);
      return a;
    },

    async removeAttachment(ctx: RequestContext, id: number, attachmentId: number) {
      const { unitIds } = await requirePractice(id);
      authorize(ctx, { type: 'practice.manage', unitIds });
      const a = await repo.findAttachment(db, id, attachmentId);
      if (!a) throw new AppError('NOT_FOUND', `Attachment ${attachmentId} not found`);
      await db.transaction(async (tx) => {
        await repo.deleteAttachment(tx, attachmentId);
        await audit.record(tx, ctx, {
          action: 'practice.attachment.delete',
          entityType: 'good-practice',
          entityId: id,
          changes: { attachmentId, fileName: a.fileName },
        });
      });
    },

    /**
     * Imports existing practice descriptions from CSV/XLSX (columns: title, unit — code or exact
     * name —, service_area, problem, solution, results, lessons, year, tags — separated by `;` or
     * `,` —, source_url): all or nothing, every bad row listed. Imported entries are marked with
     * source `import` and their URL, and wait for moderation (or are published at once with `publish`).
     */
    async importFile(ctx: RequestContext, bytes: Uint8Array, options: { dryRun: boolean; publish: boolean }) {
      const actor = authorize(ctx, { type: 'practice.import' });
      const read = await readTable(bytes);
      if (!read.ok)
        throw new AppError(
          'VALIDATION_FAILED',
          read.problems.map((p) => `row ${p.row}: ${p.reason}`).join('; '),
          read.problems,
        );
      const header = read.table.header.cells.map((c) => c.trim().toLowerCase());
      const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
      const unknown = header.filter((h) => h !== '' && !(IMPORT_COLUMNS as readonly string[]).includes(h));
      if (missing.length > 0 || unknown.length > 0)
        throw new AppError(
          'VALIDATION_FAILED',
          [
            missing.length ? `missing column(s): ${missing.join(', ')}` : '',
            unknown.length ? `unknown column(s): ${unknown.join(', ')} (expected ${IMPORT_COLUMNS.join(', ')})` : '',
          ]
            .filter(Boolean)
            .join('; '),
          [
            {
              row: read.table.header.row,
              column: null,
              reason: `missing: ${missing.join(', ')}; unknown: ${unknown.join(', ')}`,
            },
          ],
        );
      const col = (cells: readonly string[], name: (typeof IMPORT_COLUMNS)[number]) => {
        const i = header.indexOf(name);
        return i === -1 ? '' : (cells[i] ?? '').trim();
      };
      const all = await units.universe();
      const byCode = new Map(all.units.map((u) => [u.code, u]));
      const byName = new Map<string, typeof all.units>();
      for (const u of all.units) byName.set(u.name.toLowerCase(), [...(byName.get(u.name.toLowerCase()) ?? []), u]);
      const problems: { row: number; column: string | null; reason: string }[] = [];
      const entries: { row: number; unitId: number; content: StoredContent; url: string | null }[] = [];
      const seen = new Map<string, number>();
      for (const { row, cells } of read.table.rows) {
        if (cells.every((c) => c.trim() === '')) continue;
        const before = problems.length;
        const unitText = col(cells, 'unit');
        let unitId: number | null = null;
        if (unitText === '') problems.push({ row, column: 'unit', reason: 'no unit' });
        else {
          const byC = byCode.get(unitText) ?? byCode.get(unitText.padStart(7, '0'));
          const named = byName.get(unitText.toLowerCase()) ?? [];
          if (byC) unitId = byC.id;
          else if (named.length === 1) unitId = named[0]!.id;
          else if (named.length > 1)
            problems.push({
              row,
              column: 'unit',
              reason: `"${unitText}" names ${named.length} units (${named.map((u) => u.code).join(', ')}); give the code`,
            });
          else problems.push({ row, column: 'unit', reason: `unknown unit "${unitText}"` });
        }
        const yearText = col(cells, 'year');
        const year = yearText === '' ? null : Number(yearText);
        const url = col(cells, 'source_url');
        if (url !== '' && !/^https?:\/\/\S+$/.test(url))
          problems.push({ row, column: 'source_url', reason: `"${url}" is not an http(s) address` });
        const tagsText = col(cells, 'tags');
        const parsed = contentInput.safeParse({
          title: col(cells, 'title'),
          serviceArea: col(cells, 'service_area'),
          problem: col(cells, 'problem'),
          solution: col(cells, 'solution'),
          results: col(cells, 'results') || null,
          lessons: col(cells, 'lessons') || null,
          year: year !== null && Number.isFinite(year) ? year : yearText === '' ? null : yearText,
          tags:
            tagsText === ''
              ? []
              : tagsText
                  .split(/[;,]/)
                  .map((s) => s.trim())
                  .filter(Boolean),
        });
        if (!parsed.success) {
          const names: Record<string, string> = { serviceArea: 'service_area' };
          for (const issue of parsed.error.issues) {
            const field = String(issue.path[0] ?? '');
            problems.push({
              row,
              column: names[field] ?? field,
              reason:
                field === 'serviceArea'
                  ? `"${col(cells, 'service_area')}" is not a service area (${SERVICE_AREAS.join(', ')})`
                  : issue.message,
            });
          }
        }
        const key = `${col(cells, 'title').toLowerCase()}|${unitId ?? unitText}`;
        if (seen.has(key))
          problems.push({ row, column: 'title', reason: `the same title and unit as row ${seen.get(key)}` });
        else seen.set(key, row);
        if (problems.length === before && parsed.success && unitId !== null)
          entries.push({ row, unitId, content: normalizeContent(parsed.data), url: url || null });
      }
      if (problems.length > 0)
        throw new AppError(
          'VALIDATION_FAILED',
          `${problems.length} problem(s); nothing was imported: ${problems
            .slice(0, 5)
            .map((p) => `row ${p.row}${p.column ? ` (${p.column})` : ''}: ${p.reason}`)
            .join('; ')}`,
          problems,
        );
      if (entries.length === 0)
        throw new AppError('VALIDATION_FAILED', 'the file has no entries', [
          { row: 2, column: null, reason: 'no rows' },
        ]);
      if (options.dryRun) return { dryRun: true, created: entries.length, ids: [] };
      const at = now();
      const ids = await db.transaction(async (tx) => {
        const out: number[] = [];
        for (const e of entries) {
          const row = await repo.insertPractice(tx, {
            unitId: e.unitId,
            status: options.publish ? 'published' : 'submitted',
            content: e.content as unknown as Record<string, unknown>,
            sourceKind: 'import',
            sourceId: null,
            sourceUrl: e.url,
            createdBy: actor.userId,
            ...(options.publish ? { publishedVersion: 1, publishedAt: at, firstPublishedAt: at, confirmedAt: at } : {}),
          });
          await repo.setUnits(tx, row.id, [e.unitId]);
          if (options.publish)
            await repo.insertVersion(tx, {
              practiceId: row.id,
              version: 1,
              content: row.content,
              unitIds: [e.unitId],
              publishedAt: at,
              publishedBy: actor.userId,
            });
          out.push(row.id);
        }
        await audit.record(tx, ctx, {
          action: 'practice.import',
          entityType: 'good-practice',
          entityId: out[0]!,
          changes: { ids: out, publish: options.publish },
        });
        return out;
      });
      for (const id of ids) await reindex(id);
      return { dryRun: false, created: ids.length, ids };
    },

    /** The newest published entries, for the Atom/RSS feed (public). */
    async feedEntries(limit = 50) {
      await ready();
      const result = index.search({
        selection: {},
        visible: (d) => d.published,
        sort: 'date',
        page: 1,
        pageSize: limit,
      });
      return result.hits.map((h) => {
        const s = summaryOf(h.doc);
        return {
          id: s.id,
          title: s.title,
          excerpt: s.excerpt,
          units: s.units,
          publishedAt: s.publishedAt,
          tags: s.tags,
        };
      });
    },
  };

  async function labelFacets(facets: Record<FacetName, { value: string; count: number }[]>) {
    const voivodeshipCodes = facets.voivodeship.map((f) => f.value);
    const ids = await units.findUnitIds(voivodeshipCodes);
    const names = new Map((await units.summariesByIds([...ids.values()])).map((s) => [s.code, s.name]));
    const out = {} as Record<FacetName, { value: string; label: string; count: number }[]>;
    for (const f of FACETS)
      out[f] = facets[f].map((c) => ({
        ...c,
        label: f === 'voivodeship' ? (names.get(c.value) ?? c.value) : c.value,
      }));
    return out;
  }
}
