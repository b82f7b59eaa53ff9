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
  ['member of A sends a value file', memberA, { type: 'data.import' }, true],
  ['operator sends a value file', operator, { type: 'data.import' }, true],
  ['operator of G sends a value file', operatorOfG, { type: 'data.import' }, false],
  ['moderator of G sends a value file', moderatorG, { type: 'data.import' }, false],
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
  [
    'coordinator of A grants unit-member in A',
    coordinatorA,
    { type: 'role.assign', role: 'unit-member', unitId: A, groupId: null },
    true,
  ],
  [
    'coordinator of A grants unit-member in B',
    coordinatorA,
    { type: 'role.assign', role: 'unit-member', unitId: B, groupId: null },
    false,
  ],
  [
    'coordinator of A grants unit-coordinator in A',
    coordinatorA,
    { type: 'role.assign', role: 'unit-coordinator', unitId: A, groupId: null },
    false,
  ],
  ['operator grants admin', operator, { type: 'role.assign', role: 'admin', unitId: null, groupId: null }, false],
  [
    'operator grants a coordinator',
    operator,
    { type: 'role.assign', role: 'unit-coordinator', unitId: B, groupId: null },
    true,
  ],
  ['operator keeps the catalogue', operator, { type: 'catalogue.manage' }, true],
  ['coordinator keeps the catalogue', coordinatorA, { type: 'catalogue.manage' }, false],
  ['operator publishes a data release', operator, { type: 'release.manage' }, true],
  ['operator of G publishes a data release', operatorOfG, { type: 'release.manage' }, false],
  ['operator of G runs a round of G', operatorOfG, { type: 'round.manage', groupId: G }, true],
  ['operator of G runs a round of H', operatorOfG, { type: 'round.manage', groupId: H }, false],
  ['operator of G runs a round without a group', operatorOfG, { type: 'round.manage', groupId: null }, false],
  ['moderator of G runs a round of G', moderatorG, { type: 'round.manage', groupId: G }, false],
  ['coordinator imports from BDL', coordinatorA, { type: 'data.importExternal' }, false],
  ['operator manages users', operator, { type: 'users.manage' }, false],
  ['admin reads the audit log', admin, { type: 'audit.read' }, true],
  ['juror reads the audit log', juror, { type: 'audit.read' }, false],
  ['admin takes a backup', admin, { type: 'backup.take' }, true],
  ['a global operator takes a backup', operator, { type: 'backup.take' }, false],
  ['admin reads the setup checklist', admin, { type: 'setup.read' }, true],
  ['a juror does not read the setup checklist', juror, { type: 'setup.read' }, false],
  ['an operator of one group reads the setup checklist', operatorOfG, { type: 'setup.read' }, true],
  ['a unit coordinator does not read the setup checklist', coordinatorA, { type: 'setup.read' }, false],
  ['coordinator of A starts an assessment of A', coordinatorA, { type: 'assessment.manage', unitId: A }, true],
  ['coordinator of A starts an assessment of B', coordinatorA, { type: 'assessment.manage', unitId: B }, false],
  ['member of A starts an assessment of A', memberA, { type: 'assessment.manage', unitId: A }, false],
  ['operator starts an assessment of A', operator, { type: 'assessment.manage', unitId: A }, false],
  ['member of A reads assessments of A', memberA, { type: 'assessment.read', unitId: A }, true],
  ['member of A reads assessments of B', memberA, { type: 'assessment.read', unitId: B }, false],
  ['operator reads assessments of any unit', operator, { type: 'assessment.read', unitId: B }, true],
  ['operator of G reads assessments of A', operatorOfG, { type: 'assessment.read', unitId: A }, false],
  ['group member of A scores', memberA, { type: 'assessment.score', unitId: A, membership: 'member' }, true],
  ['non-member of the group scores', memberA, { type: 'assessment.score', unitId: A, membership: null }, false],
  [
    'group member who has no role in the unit (any more) scores',
    memberA,
    { type: 'assessment.score', unitId: B, membership: 'member' },
    false,
  ],
  ['leader of A leads', memberA, { type: 'assessment.lead', unitId: A, membership: 'leader' }, true],
  ['member of the group leads', memberA, { type: 'assessment.lead', unitId: A, membership: 'member' }, false],
  [
    'coordinator of A stands in for the leader of A',
    coordinatorA,
    { type: 'assessment.lead', unitId: A, membership: null },
    true,
  ],
  [
    'coordinator of A leads an assessment of B',
    coordinatorA,
    { type: 'assessment.lead', unitId: B, membership: 'leader' },
    false,
  ],
  ['admin leads any assessment', admin, { type: 'assessment.lead', unitId: B, membership: null }, true],
  ['member of A keeps the plan of A', memberA, { type: 'plan.manage', unitId: A, groupId: null }, true],
  ['member of A keeps the plan of B', memberA, { type: 'plan.manage', unitId: B, groupId: null }, false],
  ["operator keeps a unit's plan", operator, { type: 'plan.manage', unitId: B, groupId: null }, false],
  ['operator of G keeps the plan of G', operatorOfG, { type: 'plan.manage', unitId: null, groupId: G }, true],
  ['operator of G keeps the plan of H', operatorOfG, { type: 'plan.manage', unitId: null, groupId: H }, false],
  ['moderator of G keeps the plan of G', moderatorG, { type: 'plan.manage', unitId: null, groupId: G }, false],
  ['coordinator of A keeps a group plan', coordinatorA, { type: 'plan.manage', unitId: null, groupId: G }, false],
  [
    'moderator of G reads the plan of A, a member of G',
    moderatorG,
    { type: 'plan.read', unitIds: [A], groupIds: [G] },
    true,
  ],
  [
    'moderator of G reads the plan of B, not in G',
    moderatorG,
    { type: 'plan.read', unitIds: [B], groupIds: [H] },
    false,
  ],
  [
    'member of A reads the plan of G, which A belongs to',
    memberA,
    { type: 'plan.read', unitIds: [A, B], groupIds: [G] },
    true,
  ],
  ['member of A reads the plan of B', memberA, { type: 'plan.read', unitIds: [B], groupIds: [] }, false],
  ['juror reads a plan', juror, { type: 'plan.read', unitIds: [A], groupIds: [G] }, false],
  ['member of A keeps the strategies of A', memberA, { type: 'strategy.manage', unitId: A }, true],
  ['coordinator of A keeps the strategies of B', coordinatorA, { type: 'strategy.manage', unitId: B }, false],
  ['global operator keeps a strategy', operator, { type: 'strategy.manage', unitId: A }, false],
  ['global operator reads a strategy', operator, { type: 'strategy.read', unitId: A, groupIds: [] }, true],
  [
    'operator of a group of A reads its strategy',
    operatorOfG,
    { type: 'strategy.read', unitId: A, groupIds: [G] },
    true,
  ],
  ['operator of another group reads it', operatorOfG, { type: 'strategy.read', unitId: A, groupIds: [] }, false],
  [
    'moderator of a group of A reads its strategy',
    moderatorG,
    { type: 'strategy.read', unitId: A, groupIds: [G] },
    false,
  ],
  ['member of A reads the strategy of B', memberA, { type: 'strategy.read', unitId: B, groupIds: [] }, false],
  ['operator keeps survey templates', operator, { type: 'surveyTemplate.manage' }, true],
  ['operator of G keeps survey templates', operatorOfG, { type: 'surveyTemplate.manage' }, false],
  ['coordinator of A keeps survey templates', coordinatorA, { type: 'surveyTemplate.manage' }, false],
  ['coordinator of A runs surveys of A', coordinatorA, { type: 'survey.manage', unitId: A }, true],
  ['member of A runs surveys of A', memberA, { type: 'survey.manage', unitId: A }, true],
  ['member of A runs surveys of B', memberA, { type: 'survey.manage', unitId: B }, false],
  ['operator runs surveys of any unit', operator, { type: 'survey.manage', unitId: B }, true],
  ['operator of G runs surveys of a unit of G', operatorOfG, { type: 'survey.manage', unitId: A }, false],
  ['moderator of G runs surveys of a unit of G', moderatorG, { type: 'survey.manage', unitId: A }, false],
  ['member of A reads survey results of A', memberA, { type: 'survey.read', unitIds: [A], groupIds: [] }, true],
  [
    'member of A reads survey results of B, in a group with A',
    memberA,
    { type: 'survey.read', unitIds: [B, A], groupIds: [G] },
    true,
  ],
  [
    'member of A reads survey results of B, in no group with A',
    memberA,
    { type: 'survey.read', unitIds: [B], groupIds: [H] },
    false,
  ],
  [
    'operator of G reads survey results of a unit of G',
    operatorOfG,
    { type: 'survey.read', unitIds: [B], groupIds: [G] },
    true,
  ],
  [
    'moderator of G reads survey results of a unit of H',
    moderatorG,
    { type: 'survey.read', unitIds: [B], groupIds: [H] },
    false,
  ],
  ['juror reads survey results', juror, { type: 'survey.read', unitIds: [A], groupIds: [G] }, false],
  ['anonymous reads survey results', null, { type: 'survey.read', unitIds: [A], groupIds: [] }, false],
  ['member of A edits a practice of A and B', memberA, { type: 'practice.manage', unitIds: [B, A] }, true],
  ['coordinator of A edits a practice of B', coordinatorA, { type: 'practice.manage', unitIds: [B] }, false],
  ['operator edits a practice of A', operator, { type: 'practice.manage', unitIds: [A] }, false],
  ['operator curates any practice', operator, { type: 'practice.curate', groupIds: [] }, true],
  ['operator of G curates a practice of a unit of G', operatorOfG, { type: 'practice.curate', groupIds: [G] }, true],
  ['operator of G curates a practice of a unit of H', operatorOfG, { type: 'practice.curate', groupIds: [H] }, false],
  ['moderator of G curates a practice', moderatorG, { type: 'practice.curate', groupIds: [G] }, false],
  ['coordinator of A curates a practice', coordinatorA, { type: 'practice.curate', groupIds: [G] }, false],
  ['operator imports practices', operator, { type: 'practice.import' }, true],
  ['operator of G imports practices', operatorOfG, { type: 'practice.import' }, false],
  ['member of A adopts for A', memberA, { type: 'practice.adopt', unitId: A }, true],
  ['member of A adopts for B', memberA, { type: 'practice.adopt', unitId: B }, false],
  ['anonymous edits a practice', null, { type: 'practice.manage', unitIds: [A] }, false],
  ['operator runs a competition edition', operator, { type: 'competition.manage' }, true],
  ['operator of G runs a competition edition', operatorOfG, { type: 'competition.manage' }, false],
  ['juror runs a competition edition', juror, { type: 'competition.manage' }, false],
  ['coordinator of A applies for A', coordinatorA, { type: 'competition.apply', unitId: A }, true],
  ['member of A applies for A', memberA, { type: 'competition.apply', unitId: A }, false],
  ['coordinator of A applies for B', coordinatorA, { type: 'competition.apply', unitId: B }, false],
  ['member of A reads the application of A', memberA, { type: 'competition.readApplication', unitId: A }, true],
  ['member of A reads the application of B', memberA, { type: 'competition.readApplication', unitId: B }, false],
  [
    'invited juror scores an assigned, conflict-free application',
    juror,
    { type: 'competition.judge', invited: true, assigned: true, conflicted: false },
    true,
  ],
  [
    'juror scores an unassigned application',
    juror,
    { type: 'competition.judge', invited: true, assigned: false, conflicted: false },
    false,
  ],
  [
    'juror scores a conflicted application',
    juror,
    { type: 'competition.judge', invited: true, assigned: true, conflicted: true },
    false,
  ],
  [
    'juror not invited to the edition scores',
    juror,
    { type: 'competition.judge', invited: false, assigned: true, conflicted: false },
    false,
  ],
  [
    'operator (no juror role) scores',
    operator,
    { type: 'competition.judge', invited: true, assigned: true, conflicted: false },
    false,
  ],
  ['invited juror declares a conflict', juror, { type: 'competition.declareConflict', invited: true }, true],
];

describe('can', () => {
  it.each(cases)('%s → %s', (_label, who, action, expected) => {
    expect(can(who, action)).toBe(expected);
  });
});

describe('networks', () => {
  const N = 77;
  const unit = 5;
  const other = 6;
  const moderatorOfN = actor({ role: 'group-moderator', unitId: null, groupId: N });
  const operatorOfN = actor({ role: 'network-operator', unitId: null, groupId: N });
  const coordinator = actor({ role: 'unit-coordinator', unitId: unit, groupId: null });
  const member = actor({ role: 'unit-member', unitId: unit, groupId: null });
  it('operators manage, moderators moderate, coordinators name their own delegates, the group reads', () => {
    expect(can(operator, { type: 'network.manage', groupId: null })).toBe(true);
    expect(can(operatorOfN, { type: 'network.manage', groupId: null })).toBe(false);
    expect(can(operatorOfN, { type: 'network.manage', groupId: N })).toBe(true);
    expect(can(moderatorOfN, { type: 'network.manage', groupId: N })).toBe(false);
    expect(can(moderatorOfN, { type: 'network.moderate', groupId: N })).toBe(true);
    expect(can(moderatorOfN, { type: 'network.moderate', groupId: N + 1 })).toBe(false);
    expect(can(coordinator, { type: 'network.moderate', groupId: N })).toBe(false);
    expect(can(coordinator, { type: 'network.delegates', groupId: N, unitId: unit })).toBe(true);
    expect(can(member, { type: 'network.delegates', groupId: N, unitId: unit })).toBe(false);
    expect(can(coordinator, { type: 'network.delegates', groupId: N, unitId: other })).toBe(false);
    expect(can(member, { type: 'network.read', groupId: N, memberUnitIds: [unit, other] })).toBe(true);
    expect(can(member, { type: 'network.read', groupId: N, memberUnitIds: [other] })).toBe(false);
    expect(can(moderatorOfN, { type: 'network.read', groupId: N, memberUnitIds: [] })).toBe(true);
    expect(can(null, { type: 'network.read', groupId: N, memberUnitIds: [unit] })).toBe(false);
  });
});
