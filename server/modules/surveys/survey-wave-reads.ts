/**
 * What every part of the surveys module reads about a wave: the row, who may read its results,
 * its summary shape and its validated answers. Shared by the waves, closing, results and export
 * services so that the access rules and the "hidden free text leaves everything" rule live once.
 */
import { can, type Actor } from '../../../domain/access/authorization';
import type { Answers } from '../../../domain/surveys/answers';
import type { SurveyResponse } from '../../../domain/surveys/results';
import type { SurveyTemplate } from '../../../domain/surveys/template';
import { localDate, waveStatus } from '../../../domain/surveys/waves';
import type { Db } from '../../db/client';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { GroupsService } from '../groups/groups.service';
import * as repo from './surveys.repository';

export type WaveReads = ReturnType<typeof createWaveReads>;

/** What a wave list and a wave header show. */
type WaveNames = Awaited<ReturnType<typeof repo.wavesWithNames>>[number];

/** A response as the domain reads it, plus its id (for free text). */
export interface LoadedResponse extends SurveyResponse {
  id: string;
  submittedOn: string;
}

export const DEFAULT_WAVE_MINIMUM_N = 5;

/** "Template title, first day – last day" (Warsaw dates; closesAt is exclusive). */
export function defaultTitle(template: SurveyTemplate, opensAt: Date, closesAt: Date): string {
  return `${template.titles.pl}, ${localDate(opensAt)} – ${localDate(new Date(closesAt.getTime() - 1))}`;
}

export function createWaveReads(deps: { db: Db; groups: GroupsService; now: () => Date }) {
  const { db, groups, now } = deps;

  async function requireWave(id: number): Promise<repo.WaveRow> {
    const wave = await repo.findWave(db, id);
    if (!wave) throw new AppError('WAVE_NOT_FOUND', `Survey wave ${id} not found`);
    return wave;
  }

  /** The unit and the other members of its groups, and those groups: who may read its results. */
  async function readScope(unitId: number) {
    const peers = (await groups.groupPeersOf([unitId])).get(unitId)!;
    return { unitIds: [unitId, ...peers.peerUnitIds], groupIds: peers.groupIds };
  }

  async function authorizeRead(ctx: RequestContext, unitId: number): Promise<void> {
    authorize(ctx, { type: 'survey.read', ...(await readScope(unitId)) });
  }

  /** Units whose waves the actor may read; null = all (an empty scope is readable only by global roles). */
  async function readableUnitIds(actor: Actor): Promise<number[] | null> {
    if (can(actor, { type: 'survey.read', unitIds: [], groupIds: [] })) return null;
    const own = [
      ...new Set(
        actor.grants
          .filter((g) => g.unitId !== null && (g.role === 'unit-coordinator' || g.role === 'unit-member'))
          .map((g) => g.unitId!),
      ),
    ];
    const readable = new Set(own);
    for (const { peerUnitIds } of (await groups.groupPeersOf(own)).values())
      for (const id of peerUnitIds) readable.add(id);
    for (const g of actor.grants) {
      if (g.groupId !== null && (g.role === 'network-operator' || g.role === 'group-moderator')) {
        for (const id of await groups.memberUnitIds(g.groupId)) readable.add(id);
      }
    }
    return [...readable];
  }

  function toSummary(r: WaveNames) {
    const w = r.wave;
    return {
      id: w.id,
      unit: { code: r.unitCode, name: r.unitName },
      template: { id: w.templateId, version: w.templateVersion, titles: r.templateTitles },
      title: w.title,
      opensAt: w.opensAt.toISOString(),
      closesAt: w.closesAt.toISOString(),
      status: waveStatus(w, now()),
      responses: r.responses,
      targetPopulation: w.targetPopulation,
      demo: w.isDemo,
      publishedAt: w.publishedAt?.toISOString() ?? null,
    };
  }

  async function withNames(id: number): Promise<WaveNames> {
    const [row] = await repo.wavesWithNames(db, [id]);
    if (!row) throw new AppError('WAVE_NOT_FOUND', `Survey wave ${id} not found`);
    return row;
  }

  async function summaryOf(id: number) {
    return toSummary(await withNames(id));
  }

  /** Validated answers of waves, with free text a coordinator hid removed. */
  async function loadResponses(waveIds: readonly number[]): Promise<Map<number, LoadedResponse[]>> {
    const rows = await repo.responsesOf(db, waveIds);
    const hidden = new Set((await repo.hiddenTextsOf(db, waveIds)).map((h) => `${h.responseId}.${h.question}`));
    const byWave = new Map<number, LoadedResponse[]>(waveIds.map((id) => [id, []]));
    for (const r of rows) {
      const answers =
        hidden.size === 0
          ? r.answers
          : Object.fromEntries(Object.entries(r.answers).filter(([q]) => !hidden.has(`${r.id}.${q}`)));
      byWave.get(r.waveId)!.push({ id: r.id, submittedOn: r.submittedOn, answers: answers as Answers });
    }
    return byWave;
  }

  return { requireWave, authorizeRead, readableUnitIds, toSummary, withNames, summaryOf, loadResponses };
}
