import { summarisePositions, type PositionSummary } from '../../../domain/benchmarking/position-summary';
import { buildChecklist } from '../../../domain/onboarding/checklist';
import { localDate } from '../../../domain/surveys/waves';
import { can } from '../../../domain/access/authorization';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { RequestContext } from '../../http/context';
import type { BenchmarkingService } from '../benchmarking/benchmarking.service';
import * as repo from './start.repository';

export type StartService = ReturnType<typeof createStartService>;

/**
 * The start page by role: a setup checklist from the real state for administrators and network
 * operators, and "my unit" (open forms, waves, the self-assessment in progress, overdue plan
 * actions, the dashboard in three numbers) for the people of a unit.
 */
export function createStartService(deps: {
  db: Db;
  now: () => Date;
  /** The unit's dashboard against peers of its kind; null when it has no data yet. */
  dashboard: Pick<BenchmarkingService, 'unitDashboard'>;
}) {
  const { db, now } = deps;

  async function positionOf(code: string): Promise<(PositionSummary & { period: string; peers: string }) | null> {
    try {
      const board = await deps.dashboard.unitDashboard(code, {});
      return {
        period: board.period,
        peers: board.peers.spec,
        ...summarisePositions(board.items.map((i) => i.position)),
      };
    } catch (error) {
      // A unit without approved data (or an imported unit outside the catalogue's kinds) has no position yet.
      if (error instanceof AppError && error.status < 500) return null;
      throw error;
    }
  }

  return {
    async start(ctx: RequestContext) {
      const actor = ctx.actor;
      if (!actor) throw new AppError('UNAUTHENTICATED', 'Log in first');
      const checklist = can(actor, { type: 'setup.read' }) ? buildChecklist(await repo.setupCounts(db)) : null;

      const roleOf = new Map<number, 'unit-coordinator' | 'unit-member'>();
      for (const g of actor.grants)
        if ((g.role === 'unit-coordinator' || g.role === 'unit-member') && g.unitId !== null)
          if (roleOf.get(g.unitId) !== 'unit-coordinator') roleOf.set(g.unitId, g.role);
      const ids = [...roleOf.keys()];
      const at = now();
      const today = localDate(at);
      const [unitRows, forms, waves, rounds, overdue] = await Promise.all([
        repo.unitsByIds(db, ids),
        repo.openForms(db, ids),
        repo.wavesOf(db, ids),
        repo.assessmentsInProgress(db, ids),
        repo.overdueActions(db, ids, today),
      ]);
      const myUnits = [];
      for (const unit of unitRows) {
        myUnits.push({
          unit: { code: unit.code, name: unit.name, kind: unit.kind },
          role: roleOf.get(unit.id)!,
          openForms: forms
            .filter((f) => f.unitId === unit.id)
            .map((f) => {
              const closesAt = f.reopenedUntil && f.reopenedUntil > f.deadline ? f.reopenedUntil : f.deadline;
              return {
                roundId: f.roundId,
                name: f.name,
                period: f.period,
                deadline: closesAt.toISOString(),
                status: f.status,
                overdue: closesAt <= at,
              };
            }),
          openWaves: waves
            .filter((w) => w.unitId === unit.id && w.opensAt <= at && at < w.closesAt)
            .map((w) => ({ id: w.id, title: w.title, closesAt: w.closesAt.toISOString() })),
          assessments: rounds
            .filter((a) => a.unitId === unit.id)
            .map((a) => ({ id: a.id, frameworkId: a.frameworkId, round: a.round, status: a.status })),
          overdueActions: overdue
            .filter((a) => a.unitId === unit.id)
            .map((a) => ({ id: a.id, planId: a.planId, title: a.title, endDate: a.endDate! })),
          position: await positionOf(unit.code),
        });
      }
      return { checklist, myUnits };
    },
  };
}
