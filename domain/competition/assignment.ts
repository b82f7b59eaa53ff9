/**
 * Assigning jurors to applications (conference-review style): every application gets exactly k
 * jurors, no juror is assigned an application they have a conflict with, loads are balanced — each
 * juror reviews ⌊T/n⌋ or ⌈T/n⌉ applications, T = Σ k over applications, n = jurors — and, among
 * such assignments, as few as possible pair a juror with an application outside their declared
 * category expertise (a juror without declared expertise fits every category).
 *
 * Solved exactly as a minimum-cost flow: source → juror (⌊T/n⌋ units at cost 0, plus one more unit
 * at cost M when T/n is not whole), juror → application (capacity 1, cost 1 when outside the
 * juror's expertise, else 0; no arc for a conflict), application → sink (capacity k). M exceeds
 * every possible expertise cost, so a maximum flow of minimum cost fills every juror's first
 * ⌊T/n⌋ units whenever a balanced assignment exists, and only then minimises expertise mismatches.
 * If the maximum flow is below T, or a juror ends below ⌊T/n⌋, no feasible balanced assignment
 * exists, and the result says why (applications with fewer than k conflict-free jurors first).
 */
import { MinCostFlow } from './min-cost-flow';

export interface AssignmentJuror {
  id: string;
  /** Categories the juror is expert in; empty = every category. */
  categories: readonly string[];
}

export interface AssignmentApplication {
  id: number;
  category: string;
  /** Jurors needed; default `k` of the options. */
  k?: number;
}

export interface AssignmentInput {
  jurors: readonly AssignmentJuror[];
  applications: readonly AssignmentApplication[];
  /** Conflicted pairs, never assigned. */
  conflicts: readonly { jurorId: string; applicationId: number }[];
  /** Jurors per application; default 3. */
  k?: number;
}

export type AssignmentProblem =
  | { code: 'NO_JURORS'; message: string }
  | {
      code: 'TOO_FEW_JURORS';
      message: string;
      /** Applications with fewer than k conflict-free jurors. */
      applications: { applicationId: number; needed: number; available: number }[];
    }
  | { code: 'UNBALANCEABLE'; message: string; loads: { jurorId: string; load: number }[] };

export interface Assignment {
  pairs: { applicationId: number; jurorId: string; withinExpertise: boolean }[];
  loads: { jurorId: string; load: number }[];
  /** Pairs outside the juror's declared expertise (minimised). */
  expertiseMismatches: number;
  minLoad: number;
  maxLoad: number;
}

export function assignJurors(
  input: AssignmentInput,
): { ok: true; assignment: Assignment } | { ok: false; problem: AssignmentProblem } {
  const k = input.k ?? 3;
  const { jurors, applications } = input;
  if (applications.length === 0)
    return {
      ok: true,
      assignment: {
        pairs: [],
        loads: jurors.map((j) => ({ jurorId: j.id, load: 0 })),
        expertiseMismatches: 0,
        minLoad: 0,
        maxLoad: 0,
      },
    };
  if (jurors.length === 0)
    return { ok: false, problem: { code: 'NO_JURORS', message: 'No jurors are invited to the edition' } };

  const conflicted = new Set(input.conflicts.map((c) => `${c.jurorId}\u0000${c.applicationId}`));
  const free = (j: AssignmentJuror, a: AssignmentApplication) => !conflicted.has(`${j.id}\u0000${a.id}`);
  const need = (a: AssignmentApplication) => a.k ?? k;

  const short = applications
    .map((a) => ({ applicationId: a.id, needed: need(a), available: jurors.filter((j) => free(j, a)).length }))
    .filter((s) => s.available < s.needed);
  if (short.length > 0) {
    return {
      ok: false,
      problem: {
        code: 'TOO_FEW_JURORS',
        message: `${short.length} application(s) have fewer conflict-free jurors than needed: ${short
          .map((s) => `${s.applicationId} (${s.available} of ${s.needed})`)
          .join(', ')}`,
        applications: short,
      },
    };
  }

  const total = applications.reduce((s, a) => s + need(a), 0);
  const floor = Math.floor(total / jurors.length);
  const extra = total - floor * jurors.length;
  // Any cost beyond every mismatch together: at most `total` pairs can be mismatched.
  const M = total + 1;

  const n = jurors.length;
  const m = applications.length;
  const source = 0;
  const sink = 1 + n + m;
  const g = new MinCostFlow(sink + 1);
  const baseArcs: number[] = [];
  jurors.forEach((_, j) => {
    baseArcs.push(g.addArc(source, 1 + j, floor, 0));
    if (extra > 0) g.addArc(source, 1 + j, 1, M);
  });
  const pairArcs: { arc: number; j: number; a: number; within: boolean }[] = [];
  jurors.forEach((juror, j) => {
    applications.forEach((app, a) => {
      if (!free(juror, app)) return;
      const within = juror.categories.length === 0 || juror.categories.includes(app.category);
      pairArcs.push({ arc: g.addArc(1 + j, 1 + n + a, 1, within ? 0 : 1), j, a, within });
    });
  });
  applications.forEach((app, a) => g.addArc(1 + n + a, sink, need(app), 0));
  const { flow } = g.solve(source, sink);

  const loads = jurors.map((juror) => ({ jurorId: juror.id, load: 0 }));
  const pairs: Assignment['pairs'] = [];
  for (const p of pairArcs) {
    if (g.flowOn(p.arc) !== 1) continue;
    loads[p.j]!.load += 1;
    pairs.push({ applicationId: applications[p.a]!.id, jurorId: jurors[p.j]!.id, withinExpertise: p.within });
  }
  const minLoad = Math.min(...loads.map((l) => l.load));
  const maxLoad = Math.max(...loads.map((l) => l.load));
  if (flow < total || minLoad < floor) {
    return {
      ok: false,
      problem: {
        code: 'UNBALANCEABLE',
        message: `The conflicts leave no assignment with ${k} jurors per application and every juror reviewing ${floor}${extra > 0 ? `–${floor + 1}` : ''} applications; invite more jurors`,
        loads,
      },
    };
  }
  pairs.sort((x, y) => x.applicationId - y.applicationId || (x.jurorId < y.jurorId ? -1 : 1));
  return {
    ok: true,
    assignment: { pairs, loads, expertiseMismatches: pairs.filter((p) => !p.withinExpertise).length, minLoad, maxLoad },
  };
}

/**
 * One more juror for an application whose scores disagree too much: the conflict-free juror not
 * yet on it with the lowest current load, preferring those within their expertise, then by id, so
 * the choice is reproducible. Null when nobody is left.
 */
export function pickExtraJuror(input: {
  application: AssignmentApplication;
  jurors: readonly AssignmentJuror[];
  assigned: readonly string[];
  conflicted: readonly string[];
  loads: ReadonlyMap<string, number>;
}): string | null {
  const candidates = input.jurors
    .filter((j) => !input.assigned.includes(j.id) && !input.conflicted.includes(j.id))
    .map((j) => ({
      id: j.id,
      load: input.loads.get(j.id) ?? 0,
      outside: j.categories.length === 0 || j.categories.includes(input.application.category) ? 0 : 1,
    }))
    .sort((a, b) => a.outside - b.outside || a.load - b.load || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return candidates[0]?.id ?? null;
}
