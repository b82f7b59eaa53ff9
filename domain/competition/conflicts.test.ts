import { describe, expect, it } from 'vitest';
import { conflictsOf, sameHierarchy, type ConflictJuror, type ConflictUnit } from './conflicts';

// A small TERYT-like tree: voivodeship 1 → powiaty 10, 11 → gminy 100, 101 (in 10), 110 (in 11); voivodeship 2 → powiat 20 → gmina 200.
const u = (id: number, ancestors: number[], groupIds: number[] = []): ConflictUnit => ({ id, ancestors, groupIds });
const woj1 = u(1, []);
const pow10 = u(10, [1]);
const pow11 = u(11, [1]);
const gm100 = u(100, [1, 10], [7]);
const gm101 = u(101, [1, 10]);
const gm110 = u(110, [1, 11], [7]);
const gm200 = u(200, [2, 20], [8]);

const juror = (units: ConflictUnit[], groupIds: number[] = [], declared: number[] = []): ConflictJuror => ({
  units,
  groupIds,
  declaredApplicationIds: declared,
});

describe('sameHierarchy', () => {
  it.each([
    [gm100, gm101, true, 'two gminy of one powiat'],
    [pow10, gm100, true, 'a powiat and its gmina'],
    [woj1, gm110, true, 'a voivodeship and a gmina in it (ancestor)'],
    [gm100, gm110, false, 'gminy of two powiaty of one voivodeship: only the top level is shared'],
    [pow10, pow11, false, 'two powiaty of one voivodeship'],
    [gm100, gm200, false, 'different voivodeships'],
  ])('%#: %s', (a, b, expected) => {
    expect(sameHierarchy(a, b)).toBe(expected);
    expect(sameHierarchy(b, a)).toBe(expected);
  });
});

describe('conflictsOf', () => {
  it('a juror of the applicant unit itself', () => {
    expect(conflictsOf(juror([gm100]), 5, gm100)).toEqual([{ reason: 'same-unit', unitId: 100, groupId: null }]);
  });

  it('a juror from the same powiat, and from the same group', () => {
    expect(conflictsOf(juror([gm101]), 5, gm100)).toEqual([{ reason: 'same-hierarchy', unitId: 101, groupId: null }]);
    // 110 is in another powiat but in group 7 with 100.
    expect(conflictsOf(juror([gm110]), 5, gm100)).toEqual([{ reason: 'same-group', unitId: 110, groupId: 7 }]);
  });

  it('a group role (operator or moderator of a network the applicant is in) is a conflict', () => {
    expect(conflictsOf(juror([], [7]), 5, gm100)).toEqual([{ reason: 'same-group', unitId: null, groupId: 7 }]);
    expect(conflictsOf(juror([], [8]), 5, gm100)).toEqual([]);
  });

  it('a declared conflict concerns only that application', () => {
    expect(conflictsOf(juror([], [], [5]), 5, gm200)).toEqual([{ reason: 'declared', unitId: null, groupId: null }]);
    expect(conflictsOf(juror([], [], [5]), 6, gm200)).toEqual([]);
  });

  it('a juror from an unrelated unit has none; several reasons are all listed once', () => {
    expect(conflictsOf(juror([gm200]), 5, gm100)).toEqual([]);
    const many = conflictsOf(juror([gm100, gm101], [7], [5]), 5, gm100);
    expect(many.map((c) => c.reason)).toEqual(['same-unit', 'same-hierarchy', 'same-group', 'declared']);
  });
});
