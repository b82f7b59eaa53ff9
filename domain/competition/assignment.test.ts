import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import { assignJurors, pickExtraJuror, type AssignmentApplication, type AssignmentJuror } from './assignment';

const jurors = (...ids: string[]): AssignmentJuror[] => ids.map((id) => ({ id, categories: [] }));
const apps = (n: number, category = 'gmina'): AssignmentApplication[] =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, category }));

function checkValid(
  result: ReturnType<typeof assignJurors>,
  input: { applications: AssignmentApplication[]; conflicts: { jurorId: string; applicationId: number }[]; k: number },
) {
  if (!result.ok) throw new Error(result.problem.message);
  const { pairs } = result.assignment;
  for (const a of input.applications) {
    const on = pairs.filter((p) => p.applicationId === a.id).map((p) => p.jurorId);
    expect(on.length).toBe(a.k ?? input.k);
    expect(new Set(on).size).toBe(on.length);
  }
  for (const c of input.conflicts)
    expect(pairs.some((p) => p.jurorId === c.jurorId && p.applicationId === c.applicationId)).toBe(false);
  return result.assignment;
}

describe('assignJurors', () => {
  it('4 jurors, 6 applications, k = 3: T = 18 → loads 4, 4, 5, 5', () => {
    const input = { jurors: jurors('a', 'b', 'c', 'd'), applications: apps(6), conflicts: [], k: 3 };
    const a = checkValid(assignJurors(input), input);
    expect(a.loads.map((l) => l.load).sort()).toEqual([4, 4, 5, 5]);
    expect([a.minLoad, a.maxLoad]).toEqual([4, 5]);
  });

  it('never assigns a conflicted pair and still balances', () => {
    // Juror a may not review 1 or 2, juror b not 3: 5 jurors × 5 applications × k 3 = 15 → 3 each.
    const conflicts = [
      { jurorId: 'a', applicationId: 1 },
      { jurorId: 'a', applicationId: 2 },
      { jurorId: 'b', applicationId: 3 },
    ];
    const input = { jurors: jurors('a', 'b', 'c', 'd', 'e'), applications: apps(5), conflicts, k: 3 };
    const a = checkValid(assignJurors(input), input);
    expect(a.loads.map((l) => l.load)).toEqual([3, 3, 3, 3, 3]);
    // a reviews exactly the three applications left to them.
    expect(a.pairs.filter((p) => p.jurorId === 'a').map((p) => p.applicationId)).toEqual([3, 4, 5]);
  });

  it('reports the application with too few conflict-free jurors', () => {
    const result = assignJurors({
      jurors: jurors('a', 'b', 'c'),
      applications: apps(2),
      conflicts: [{ jurorId: 'c', applicationId: 2 }],
      k: 3,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('TOO_FEW_JURORS');
    expect(result.problem).toMatchObject({ applications: [{ applicationId: 2, needed: 3, available: 2 }] });
  });

  it('reports when every application can be covered but not with loads within ±1', () => {
    // 4 jurors, 2 applications × k 2 = 4 → each juror exactly 1; d conflicts with both, so d gets 0.
    const result = assignJurors({
      jurors: jurors('a', 'b', 'c', 'd'),
      applications: apps(2),
      conflicts: [
        { jurorId: 'd', applicationId: 1 },
        { jurorId: 'd', applicationId: 2 },
      ],
      k: 2,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe('UNBALANCEABLE');
  });

  it('keeps jurors within their category expertise when the balance allows it', () => {
    const js: AssignmentJuror[] = [
      { id: 'g1', categories: ['gmina'] },
      { id: 'g2', categories: ['gmina'] },
      { id: 'p1', categories: ['powiat'] },
      { id: 'p2', categories: ['powiat'] },
    ];
    const applications = [...apps(2, 'gmina'), ...apps(2, 'powiat').map((a) => ({ ...a, id: a.id + 2 }))];
    const input = { jurors: js, applications, conflicts: [], k: 2 };
    const a = checkValid(assignJurors(input), input);
    expect(a.expertiseMismatches).toBe(0);
    expect(a.pairs.filter((p) => p.applicationId <= 2).map((p) => p.jurorId)).toEqual(['g1', 'g2', 'g1', 'g2']);
  });

  it('an application may need more jurors than the default (an extra one after a spread)', () => {
    const applications = [{ id: 1, category: 'x', k: 4 }, ...apps(2).map((a) => ({ ...a, id: a.id + 1 }))];
    const input = { jurors: jurors('a', 'b', 'c', 'd', 'e'), applications, conflicts: [], k: 3 };
    const a = checkValid(assignJurors(input), input);
    expect(a.loads.map((l) => l.load).sort()).toEqual([2, 2, 2, 2, 2]);
  });

  it('agrees with brute force on 200 small random instances (feasibility and fewest mismatches)', () => {
    const random = mulberry32(14);
    const ids = ['a', 'b', 'c', 'd'];
    const subsets = [
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'd'],
      ['b', 'c'],
      ['b', 'd'],
      ['c', 'd'],
    ];
    for (let trial = 0; trial < 200; trial++) {
      const js = ids.map((id) => ({ id, categories: random() < 0.5 ? [random() < 0.5 ? 'x' : 'y'] : [] }));
      const applications = [1, 2, 3].map((id) => ({ id, category: random() < 0.5 ? 'x' : 'y' }));
      const conflicts = ids.flatMap((jurorId) =>
        applications.filter(() => random() < 0.25).map((a) => ({ jurorId, applicationId: a.id })),
      );
      const isConflict = (j: string, a: number) => conflicts.some((c) => c.jurorId === j && c.applicationId === a);
      // T = 6 over 4 jurors → loads 1 or 2.
      let best: number | null = null;
      for (const s1 of subsets)
        for (const s2 of subsets)
          for (const s3 of subsets) {
            const chosen = [s1, s2, s3];
            if (chosen.some((s, i) => s.some((j) => isConflict(j, i + 1)))) continue;
            const loads = ids.map((j) => chosen.filter((s) => s.includes(j)).length);
            if (Math.min(...loads) < 1 || Math.max(...loads) > 2) continue;
            const mismatches = chosen
              .flatMap((s, i) => s.map((j) => ({ j: js.find((x) => x.id === j)!, cat: applications[i]!.category })))
              .filter(({ j, cat }) => j.categories.length > 0 && !j.categories.includes(cat)).length;
            best = best === null ? mismatches : Math.min(best, mismatches);
          }
      const result = assignJurors({ jurors: js, applications, conflicts, k: 2 });
      expect(result.ok, `trial ${trial}`).toBe(best !== null);
      if (result.ok) {
        checkValid(result, { applications, conflicts, k: 2 });
        expect(result.assignment.expertiseMismatches, `trial ${trial}`).toBe(best);
        expect(result.assignment.maxLoad - result.assignment.minLoad).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('pickExtraJuror', () => {
  it('takes the least loaded conflict-free juror not yet assigned, within expertise first', () => {
    const js: AssignmentJuror[] = [
      { id: 'a', categories: [] },
      { id: 'b', categories: ['powiat'] },
      { id: 'c', categories: [] },
      { id: 'd', categories: [] },
    ];
    const loads = new Map([
      ['a', 1],
      ['b', 0],
      ['c', 2],
      ['d', 1],
    ]);
    const application = { id: 1, category: 'gmina' };
    expect(pickExtraJuror({ application, jurors: js, assigned: ['c'], conflicted: [], loads })).toBe('a');
    expect(pickExtraJuror({ application, jurors: js, assigned: ['c'], conflicted: ['a'], loads })).toBe('d');
    // b is outside their expertise, so only when nobody else is left.
    expect(pickExtraJuror({ application, jurors: js, assigned: ['a', 'c', 'd'], conflicted: [], loads })).toBe('b');
    expect(pickExtraJuror({ application, jurors: js, assigned: ['a', 'b', 'c', 'd'], conflicted: [], loads })).toBe(
      null,
    );
  });
});
