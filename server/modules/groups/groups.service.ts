import { SERVICE_AREAS } from '../../../domain/groups/service-areas';
import type { Db } from '../../db/client';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import type { UnitsService } from '../units/units.service';
import * as repo from './groups.repository';

export type GroupsService = ReturnType<typeof createGroupsService>;

export interface GroupInput {
  name: string;
  description?: string | null | undefined;
  serviceArea: string;
  kind: 'network' | 'programme';
}

function toSummary(g: repo.GroupRow, memberCount: number) {
  return {
    id: g.id,
    name: g.name,
    description: g.description,
    serviceArea: g.serviceArea,
    kind: g.kind,
    isDemo: g.isDemo,
    memberCount,
  };
}

export function createGroupsService(deps: { db: Db; audit: AuditService; units: UnitsService }) {
  const { db, audit, units } = deps;

  async function requireGroup(id: number) {
    const group = await repo.findGroup(db, id);
    if (!group) throw new AppError('GROUP_NOT_FOUND', `Group ${id} not found`);
    return group;
  }

  async function requireUnitId(code: string) {
    const id = await units.findUnitId(code);
    if (id === null) throw new AppError('UNIT_NOT_FOUND', `Unit ${code} not found`);
    return id;
  }

  async function get(id: number) {
    const group = await requireGroup(id);
    const memberIds = await repo.memberUnitIds(db, id);
    return {
      ...toSummary(group, memberIds.length),
      members: await units.summariesByIds(memberIds),
      moderators: await repo.moderators(db, id),
    };
  }

  return {
    serviceAreas: () => ({ items: SERVICE_AREAS.map((id) => ({ id })) }),

    async list(query: { q?: string | undefined; page: number; pageSize: number }) {
      const { rows, total } = await repo.listGroups(db, query.q, {
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return {
        items: rows.map((r) => toSummary(r.group, r.memberCount)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    get,

    async exists(id: number): Promise<boolean> {
      return (await repo.findGroup(db, id)) !== undefined;
    },

    /**
     * For each unit, the groups it belongs to and the other members of those groups: who may see
     * a unit's group-visible data (e.g. survey results). Units in no group map to empty lists.
     */
    async groupPeersOf(
      unitIds: readonly number[],
    ): Promise<Map<number, { groupIds: number[]; peerUnitIds: number[] }>> {
      const memberships = await repo.groupsOfUnits(db, unitIds);
      const groupIds = [...new Set(memberships.map((m) => m.groupId))];
      const members = new Map<number, number[]>();
      for (const groupId of groupIds) members.set(groupId, await repo.memberUnitIds(db, groupId));
      const result = new Map<number, { groupIds: number[]; peerUnitIds: number[] }>(
        unitIds.map((id) => [id, { groupIds: [], peerUnitIds: [] }]),
      );
      for (const m of memberships) {
        const entry = result.get(m.unitId)!;
        entry.groupIds.push(m.groupId);
        entry.peerUnitIds = [...new Set([...entry.peerUnitIds, ...(members.get(m.groupId) ?? [])])];
      }
      return result;
    },

    /** Unit ids of a group's members, for peer groups and rounds. */
    async memberUnitIds(id: number): Promise<number[]> {
      await requireGroup(id);
      return repo.memberUnitIds(db, id);
    },

    async create(ctx: RequestContext, input: GroupInput & { isDemo?: boolean }) {
      authorize(ctx, { type: 'group.create' });
      const group = await db.transaction(async (tx) => {
        const row = await repo.insertGroup(tx, {
          name: input.name,
          description: input.description ?? null,
          serviceArea: input.serviceArea,
          kind: input.kind,
          isDemo: input.isDemo ?? false,
        });
        await audit.record(tx, ctx, { action: 'group.create', entityType: 'group', entityId: row.id, changes: input });
        return row;
      });
      return get(group.id);
    },

    async update(ctx: RequestContext, id: number, patch: Partial<GroupInput>) {
      const group = await requireGroup(id);
      authorize(ctx, { type: 'group.edit', groupId: id });
      // A moderator may edit the text of the group, not what it is (its area and kind shape rounds and peer groups).
      if (
        (patch.serviceArea !== undefined && patch.serviceArea !== group.serviceArea) ||
        (patch.kind !== undefined && patch.kind !== group.kind)
      ) {
        authorize(ctx, { type: 'group.manageMembers', groupId: id });
      }
      await db.transaction(async (tx) => {
        await repo.updateGroup(tx, id, patch);
        await audit.record(tx, ctx, { action: 'group.update', entityType: 'group', entityId: id, changes: patch });
      });
      return get(id);
    },

    async remove(ctx: RequestContext, id: number) {
      await requireGroup(id);
      authorize(ctx, { type: 'group.delete', groupId: id });
      await db.transaction(async (tx) => {
        await repo.deleteGroup(tx, id);
        await audit.record(tx, ctx, { action: 'group.delete', entityType: 'group', entityId: id });
      });
    },

    async addMember(ctx: RequestContext, id: number, unitCode: string) {
      await requireGroup(id);
      authorize(ctx, { type: 'group.manageMembers', groupId: id });
      const unitId = await requireUnitId(unitCode);
      await db.transaction(async (tx) => {
        const added = await repo.addMembers(tx, id, [unitId]);
        if (added > 0)
          await audit.record(tx, ctx, {
            action: 'group.member.add',
            entityType: 'group',
            entityId: id,
            changes: { unitCode },
          });
      });
    },

    async removeMember(ctx: RequestContext, id: number, unitCode: string) {
      await requireGroup(id);
      authorize(ctx, { type: 'group.manageMembers', groupId: id });
      const unitId = await requireUnitId(unitCode);
      await db.transaction(async (tx) => {
        const removed = await repo.removeMember(tx, id, unitId);
        if (removed === 0) throw new AppError('NOT_FOUND', `Unit ${unitCode} is not a member of group ${id}`);
        await audit.record(tx, ctx, {
          action: 'group.member.remove',
          entityType: 'group',
          entityId: id,
          changes: { unitCode },
        });
      });
    },

    /** Creates the labelled demo network on first start (once), so a new installation shows a group; its id, or null when one exists. */
    async ensureDemo(
      ctx: RequestContext,
      demo: { name: string; description: string; serviceArea: string; unitCodes: string[] },
    ): Promise<number | null> {
      if ((await repo.countDemoGroups(db)) > 0) return null;
      authorize(ctx, { type: 'group.create' });
      const ids = await units.findUnitIds(demo.unitCodes);
      return db.transaction(async (tx) => {
        const row = await repo.insertGroup(tx, {
          name: demo.name,
          description: demo.description,
          serviceArea: demo.serviceArea,
          kind: 'network',
          isDemo: true,
        });
        await repo.addMembers(tx, row.id, [...ids.values()]);
        await audit.record(tx, ctx, {
          action: 'group.create',
          entityType: 'group',
          entityId: row.id,
          changes: { demo: true, name: demo.name },
        });
        return row.id;
      });
    },
  };
}
