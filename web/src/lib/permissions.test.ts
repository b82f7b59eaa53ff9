import { describe, expect, it } from 'vitest';
import { can, type Action, type Actor, type Role } from '../../../domain/access/authorization';
import * as permissions from './permissions';
import type { Me } from './session';

/*
 * The web's permission answers against the domain's can(), which the server's services call.
 * Each principal is written once as grants on ids; the test builds both the `/auth/me` payload the
 * web reads (units by code *and* id) and, independently of lib/permissions.ts, the domain actor.
 * Targets include a unit and a group that no principal holds a role in, because pages ask about
 * units the user has nothing to do with (and lib/permissions.ts cannot know their ids).
 */

const UNITS = [
  { id: 11, code: 'U-A', name: 'Gmina A' },
  { id: 12, code: 'U-B', name: 'Gmina B' },
  { id: 13, code: 'U-C', name: 'Gmina C (nobody holds a role in it)' },
] as const;
const GROUPS = [
  { id: 21, name: 'Grupa 1' },
  { id: 22, name: 'Grupa 2' },
  { id: 23, name: 'Grupa 3 (nobody holds a role in it)' },
] as const;

type Grant = [Role, { unit?: 'U-A' | 'U-B'; group?: 21 | 22 }?];

const PRINCIPALS: Record<string, Grant[] | null> = {
  anonymous: null,
  'no roles': [],
  admin: [['admin']],
  'global operator': [['network-operator']],
  'operator of group 1': [['network-operator', { group: 21 }]],
  'operators of groups 1 and 2': [
    ['network-operator', { group: 21 }],
    ['network-operator', { group: 22 }],
  ],
  'moderator of group 1': [['group-moderator', { group: 21 }]],
  'coordinator of A': [['unit-coordinator', { unit: 'U-A' }]],
  'member of A': [['unit-member', { unit: 'U-A' }]],
  'coordinator of A, member of B': [
    ['unit-coordinator', { unit: 'U-A' }],
    ['unit-member', { unit: 'U-B' }],
  ],
  'global juror': [['juror']],
  'juror of group 1': [['juror', { group: 21 }]],
  'operator of group 2, coordinator of B': [
    ['network-operator', { group: 22 }],
    ['unit-coordinator', { unit: 'U-B' }],
  ],
  'moderator of group 2, member of A': [
    ['group-moderator', { group: 22 }],
    ['unit-member', { unit: 'U-A' }],
  ],
  'admin and member of B': [['admin'], ['unit-member', { unit: 'U-B' }]],
};

const unitByCode = (code: string) => UNITS.find((u) => u.code === code)!;

function meOf(grants: Grant[]): Me {
  return {
    id: 'user-1',
    email: 'user@example.test',
    name: 'User',
    locale: 'pl',
    isAdmin: grants.some(([role, scope]) => role === 'admin' && !scope),
    roles: grants.map(([role, scope], i) => ({
      id: i + 1,
      role,
      unit: scope?.unit ? unitByCode(scope.unit) : null,
      group: scope?.group ? GROUPS.find((g) => g.id === scope.group)! : null,
    })),
  };
}

function actorOf(grants: Grant[]): Actor {
  return {
    userId: 'user-1',
    grants: grants.map(([role, scope]) => ({
      role,
      unitId: scope?.unit ? unitByCode(scope.unit).id : null,
      groupId: scope?.group ?? null,
    })),
  };
}

type Check = (me: Me | null) => boolean;

/** Every question the web asks about the user alone, with the domain's answer to compare. */
const GLOBAL: [string, Check, (actor: Actor | null) => boolean][] = [
  ['isAdmin', permissions.isAdmin, (a) => can(a, { type: 'users.manage' })],
  ['canManageGroups', permissions.canManageGroups, (a) => can(a, { type: 'group.create' })],
  ['canImportUnits', permissions.canImportUnits, (a) => can(a, { type: 'units.import' })],
  ['canManageCatalogue', permissions.canManageCatalogue, (a) => can(a, { type: 'catalogue.manage' })],
  ['canImportExternalData', permissions.canImportExternalData, (a) => can(a, { type: 'data.importExternal' })],
  ['canManageCompetition', permissions.canManageCompetition, (a) => can(a, { type: 'competition.manage' })],
  ['canApproveImports', permissions.canApproveImports, (a) => can(a, { type: 'round.manage', groupId: null })],
  ['canImportData', permissions.canImportData, (a) => can(a, { type: 'data.import' })],
  ['canManageTemplates', permissions.canManageTemplates, (a) => can(a, { type: 'surveyTemplate.manage' })],
  // "May do it somewhere": some group or unit, including those the user holds no role in.
  [
    'canManageRounds',
    permissions.canManageRounds,
    (a) => [null, ...GROUPS.map((g) => g.id)].some((groupId) => can(a, { type: 'round.manage', groupId })),
  ],
  [
    'canCuratePractices',
    permissions.canCuratePractices,
    (a) => GROUPS.some((g) => can(a, { type: 'practice.curate', groupIds: [g.id] })),
  ],
  [
    'canRunSurveys',
    permissions.canRunSurveys,
    (a) => UNITS.some((u) => can(a, { type: 'survey.manage', unitId: u.id })),
  ],
  [
    'canWriteAnyUnitData',
    permissions.canWriteAnyUnitData,
    (a) => can(a, { type: 'unit.writeData', unitId: unitByCode('U-C').id }),
  ],
  [
    'canReadAnyUnitAssessments',
    permissions.canReadAnyUnitAssessments,
    (a) => can(a, { type: 'assessment.read', unitId: unitByCode('U-C').id }),
  ],
  [
    'canRunAnyUnitSurveys',
    permissions.canRunAnyUnitSurveys,
    (a) => can(a, { type: 'survey.manage', unitId: unitByCode('U-C').id }),
  ],
];

/** Questions about one unit (pages know it by code). */
const PER_UNIT: [string, (me: Me | null, code: string) => boolean, (unitId: number) => Action][] = [
  ['canEditUnitProfile', permissions.canEditUnitProfile, (unitId) => ({ type: 'unit.editProfile', unitId })],
  ['canWriteUnitData', permissions.canWriteUnitData, (unitId) => ({ type: 'unit.writeData', unitId })],
  ['canManageUnitPlan', permissions.canManageUnitPlan, (unitId) => ({ type: 'plan.manage', unitId, groupId: null })],
  ['canStartAssessment', permissions.canStartAssessment, (unitId) => ({ type: 'assessment.manage', unitId })],
  ['canReadAssessments', permissions.canReadAssessments, (unitId) => ({ type: 'assessment.read', unitId })],
  ['canRunSurveysOf', permissions.canRunSurveysOf, (unitId) => ({ type: 'survey.manage', unitId })],
];

/** Questions about one group (pages know it by the id in the URL). */
const PER_GROUP: [string, (me: Me | null, id: string) => boolean, (groupId: number) => Action][] = [
  ['canManageGroup', permissions.canManageGroup, (groupId) => ({ type: 'group.manageMembers', groupId })],
  ['canModerateGroup', permissions.canModerateGroup, (groupId) => ({ type: 'group.edit', groupId })],
  ['canManageGroupPlan', permissions.canManageGroupPlan, (groupId) => ({ type: 'plan.manage', unitId: null, groupId })],
];

/** Lists of the user's units. */
const UNIT_LISTS: [string, (me: Me | null) => { code: string }[], (unitId: number) => Action][] = [
  ['dataUnits', permissions.dataUnits, (unitId) => ({ type: 'unit.writeData', unitId })],
  ['applicantUnits', permissions.applicantUnits, (unitId) => ({ type: 'competition.apply', unitId })],
];

const principals = Object.entries(PRINCIPALS).map(([name, grants]) => ({
  name,
  me: grants && meOf(grants),
  actor: grants && actorOf(grants),
  grants: grants ?? [],
}));

describe('the web asks the domain', () => {
  it.each(principals)('$name: questions about the user alone', ({ me, actor }) => {
    const answers = Object.fromEntries(GLOBAL.map(([name, web]) => [name, web(me)]));
    const expected = Object.fromEntries(GLOBAL.map(([name, , domain]) => [name, domain(actor)]));
    expect(answers).toEqual(expected);
  });

  it.each(principals)('$name: questions about each unit, including one they hold no role in', ({ me, actor }) => {
    const answers = PER_UNIT.flatMap(([name, web]) => UNITS.map((u) => `${name}(${u.code}) ${web(me, u.code)}`));
    const expected = PER_UNIT.flatMap(([name, , action]) =>
      UNITS.map((u) => `${name}(${u.code}) ${can(actor, action(u.id))}`),
    );
    expect(answers).toEqual(expected);
  });

  it.each(principals)('$name: questions about each group, including one they hold no role in', ({ me, actor }) => {
    const answers = PER_GROUP.flatMap(([name, web]) => GROUPS.map((g) => `${name}(${g.id}) ${web(me, String(g.id))}`));
    const expected = PER_GROUP.flatMap(([name, , action]) =>
      GROUPS.map((g) => `${name}(${g.id}) ${can(actor, action(g.id))}`),
    );
    expect(answers).toEqual(expected);
  });

  it.each(principals)("$name: the lists of the user's units", ({ me, actor, grants }) => {
    // Only the units of the user's roles are listed (a page offers its own search for the others).
    const own = UNITS.filter((u) => grants.some(([, scope]) => scope?.unit === u.code));
    for (const [name, web, action] of UNIT_LISTS)
      expect({ [name]: web(me).map((u) => u.code) }).toEqual({
        [name]: own.filter((u) => can(actor, action(u.id))).map((u) => u.code),
      });
  });
});

describe('consequences users see', () => {
  const me = (name: string) => principals.find((p) => p.name === name)!.me;

  it('an operator of one group runs its rounds and manages it, but neither creates groups nor imports units', () => {
    const operator = me('operator of group 1');
    expect(permissions.canManageRounds(operator)).toBe(true);
    expect(permissions.canManageGroup(operator, '21')).toBe(true);
    expect(permissions.canManageGroup(operator, '22')).toBe(false);
    expect(permissions.canManageGroups(operator)).toBe(false);
    expect(permissions.canImportUnits(operator)).toBe(false);
    expect(permissions.canApproveImports(operator)).toBe(false);
  });

  it('a global operator enters any unit’s data but does not edit its profile', () => {
    const operator = me('global operator');
    expect(permissions.canWriteUnitData(operator, 'U-C')).toBe(true);
    expect(permissions.canEditUnitProfile(operator, 'U-C')).toBe(false);
  });

  it('nobody is granted anything for an unknown unit code or a non-numeric group id, except by a global role', () => {
    expect(permissions.canWriteUnitData(me('coordinator of A'), 'NOPE')).toBe(false);
    expect(permissions.canModerateGroup(me('moderator of group 1'), 'abc')).toBe(false);
    expect(permissions.canModerateGroup(me('global operator'), 'abc')).toBe(true);
  });
});
