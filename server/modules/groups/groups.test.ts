import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupMembers, groups } from '../../db/schema';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createGroup, createUnit, loginAs } from '../../../tests/helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('groups', () => {
  it('an operator creates a network, adds and removes members; anyone reads it', async () => {
    const { client } = await loginAs(t, [{ role: 'network-operator' }]);
    const created = await client.post('/api/v1/groups', {
      name: 'GWD Edukacja — Małopolska',
      serviceArea: 'education',
      kind: 'network',
      description: 'Sieć szkół',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    expect((await client.put(`/api/v1/groups/${id}/members/1261011`)).statusCode).toBe(204);
    expect((await client.put(`/api/v1/groups/${id}/members/1261011`)).statusCode).toBe(204); // idempotent
    expect((await client.put(`/api/v1/groups/${id}/members/1201`)).statusCode).toBe(204);
    const read = await t.app.inject({ method: 'GET', url: `/api/v1/groups/${id}` });
    expect(read.json()).toMatchObject({ name: 'GWD Edukacja — Małopolska', memberCount: 2, isDemo: false });
    expect(
      read
        .json()
        .members.map((m: { code: string }) => m.code)
        .sort(),
    ).toEqual(['1201', '1261011']);
    expect((await client.delete(`/api/v1/groups/${id}/members/1201`)).statusCode).toBe(204);
    expect(await t.db.select().from(groupMembers).where(eq(groupMembers.groupId, id))).toHaveLength(1);
    const missing = await client.delete(`/api/v1/groups/${id}/members/1201`);
    expect(missing.statusCode).toBe(404);
    expect((await client.put(`/api/v1/groups/${id}/members/NOPE`)).json().error.code).toBe('UNIT_NOT_FOUND');
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/groups?q=edukacja' })).json();
    expect(list.items.map((g: { id: number }) => g.id)).toContain(id);
  });

  it('validates the body and names the field', async () => {
    const { client } = await loginAs(t, [{ role: 'admin' }]);
    const res = await client.post('/api/v1/groups', { name: '', serviceArea: 'space', kind: 'network' });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['body.name', 'body.serviceArea']);
  });

  it('a moderator edits the text of their group but not its members, area or other groups', async () => {
    const id = await createGroup(t);
    const other = await createGroup(t);
    const { user, client } = await loginAs(t, [{ role: 'group-moderator', groupId: id }]);
    expect((await client.patch(`/api/v1/groups/${id}`, { description: 'Spotkania co kwartał' })).statusCode).toBe(200);
    expect((await client.patch(`/api/v1/groups/${id}`, { serviceArea: 'health' })).statusCode).toBe(403);
    expect((await client.put(`/api/v1/groups/${id}/members/1261011`)).statusCode).toBe(403);
    expect((await client.patch(`/api/v1/groups/${other}`, { description: 'x' })).statusCode).toBe(403);
    expect((await client.delete(`/api/v1/groups/${id}`)).statusCode).toBe(403);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/groups/${id}` })).json();
    expect(detail.moderators).toEqual([{ userId: user.id, name: `User ${user.email}`, email: user.email }]);
  });

  it('a network operator of one group manages its members only', async () => {
    const id = await createGroup(t);
    const other = await createGroup(t);
    const unit = await createUnit(t);
    const { client } = await loginAs(t, [{ role: 'network-operator', groupId: id }]);
    expect((await client.put(`/api/v1/groups/${id}/members/${unit}`)).statusCode).toBe(204);
    expect((await client.put(`/api/v1/groups/${other}/members/${unit}`)).statusCode).toBe(403);
    expect((await client.post('/api/v1/groups', { name: 'X', serviceArea: 'roads', kind: 'network' })).statusCode).toBe(
      403,
    );
  });

  it('deletes a group with its memberships; 404 afterwards', async () => {
    const id = await createGroup(t, { unitCodes: ['1261011'] });
    const { client } = await loginAs(t, [{ role: 'admin' }]);
    expect((await client.delete(`/api/v1/groups/${id}`)).statusCode).toBe(204);
    expect(await t.db.select().from(groups).where(eq(groups.id, id))).toHaveLength(0);
    expect(await t.db.select().from(groupMembers).where(eq(groupMembers.groupId, id))).toHaveLength(0);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/groups/${id}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('GROUP_NOT_FOUND');
  });
});
