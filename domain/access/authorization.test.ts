import { describe, expect, it } from 'vitest';
import { can, type Action, type Actor, type RoleGrant } from './authorization';

const actor = (...grants: RoleGrant[]): Actor => ({ userId: 'u', grants });
const A = 1;
const B = 2;
const G = 10;
const H = 11;

const admin = actor({ role: 'admin', unitId: null, groupId: null });
const operator = actor({ role: 'network-operator', unitId: null, groupId: null });
const operatorOfG = actor({ role: 'network-operator', unitId: null, groupId: G });
const coordinatorA = actor({ role: 'unit-coordinator', unitId: A, groupId: null });
const memberA = actor({ role: 'unit-member', unitId: A, groupId: null });
const moderatorG = actor({ role: 'group-moderator', unitId: null, groupId: G });
const juror = actor({ role: 'juror', unitId: null, groupId: null });

const cases: [string, Actor | null, Action, boolean][] = [
  ['anonymous edits a unit', null, { type: 'unit.editProfile', unitId: A }, false],
  ['admin edits any unit', admin, { type: 'unit.editProfile', unitId: B }, true],
  ['coordinator of A edits A', coordinatorA, { type: 'unit.editProfile', unitId: A }, true],
  ['coordinator of A edits B', coordinatorA, { type: 'unit.editProfile', unitId: B }, false],
  ['coordinator of A writes data of A', coordinatorA, { type: 'unit.writeData', unitId: A }, true],
  ['member of A writes data of A', memberA, { type: 'unit.writeData', unitId: A }, true],
  ['member of A writes data of B', memberA, { type: 'unit.writeData', unitId: B }, false],
  ['member of A edits the profile of A', memberA, { type: 'unit.editProfile', unitId: A }, false],
  ['operator writes data of any unit', operator, { type: 'unit.writeData', unitId: B }, true],
  ['operator of G writes data of B', operatorOfG, { type: 'unit.writeData', unitId: B }, false],
  ['operator imports units', operator, { type: 'units.import' }, true],
  ['coordinator imports units', coordinatorA, { type: 'units.import' }, false],
  ['operator creates a group', operator, { type: 'group.create' }, true],
  ['operator of G creates a group', operatorOfG, { type: 'group.create' }, false],
  ['operator of G manages members of G', operatorOfG, { type: 'group.manageMembers', groupId: G }, true],
  ['operator of G manages members of H', operatorOfG, { type: 'group.manageMembers', groupId: H }, false],
  ['moderator of G edits G', moderatorG, { type: 'group.edit', groupId: G }, true],
  ['moderator of G edits H', moderatorG, { type: 'group.edit', groupId: H }, false],
  ['moderator of G manages members of G', moderatorG, { type: 'group.manageMembers', groupId: G }, false],
  ['moderator of G deletes G', moderatorG, { type: 'group.delete', groupId: G }, false],
  ['coordinator of A grants unit-member in A', coordinatorA, { type: 'role.assign', role: 'unit-member', unitId: A, groupId: null }, true],
  ['coordinator of A grants unit-member in B', coordinatorA, { type: 'role.assign', role: 'unit-member', unitId: B, groupId: null }, false],
  ['coordinator of A grants unit-coordinator in A', coordinatorA, { type: 'role.assign', role: 'unit-coordinator', unitId: A, groupId: null }, false],
  ['operator grants admin', operator, { type: 'role.assign', role: 'admin', unitId: null, groupId: null }, false],
  ['operator grants a coordinator', operator, { type: 'role.assign', role: 'unit-coordinator', unitId: B, groupId: null }, true],
  ['operator keeps the catalogue', operator, { type: 'catalogue.manage' }, true],
  ['coordinator keeps the catalogue', coordinatorA, { type: 'catalogue.manage' }, false],
  ['operator of G runs a round of G', operatorOfG, { type: 'round.manage', groupId: G }, true],
  ['operator of G runs a round of H', operatorOfG, { type: 'round.manage', groupId: H }, false],
  ['operator of G runs a round without a group', operatorOfG, { type: 'round.manage', groupId: null }, false],
  ['moderator of G runs a round of G', moderatorG, { type: 'round.manage', groupId: G }, false],
  ['coordinator imports from BDL', coordinatorA, { type: 'data.importExternal' }, false],
  ['operator manages users', operator, { type: 'users.manage' }, false],
  ['admin reads the audit log', admin, { type: 'audit.read' }, true],
  ['juror reads the audit log', juror, { type: 'audit.read' }, false],
];

describe('can', () => {
  it.each(cases)('%s → %s', (_label, who, action, expected) => {
    expect(can(who, action)).toBe(expected);
  });
});
