import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { loginAs } from '../../../tests/helpers/factories';
import { SYSTEM_CONTEXT } from '../../http/context';
import { auditLog } from '../../db/schema';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const entity = (id: string) => ({ action: 'backup.taken' as const, entityType: 'database' as const, entityId: id });

describe('the audit log', () => {
  it('an entry is written with the change it describes, or not at all', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await t.services.audit.record(tx, SYSTEM_CONTEXT, { ...entity('rolled-back'), changes: { a: 1 } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, 'rolled-back'))).toHaveLength(0);

    await t.db.transaction((tx) =>
      t.services.audit.record(tx, SYSTEM_CONTEXT, { ...entity('committed'), changes: { a: 1 } }),
    );
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, 'committed'));
    // The system acts without a user: the entry has no actor rather than a made-up one.
    expect(row).toMatchObject({ action: 'backup.taken', actorUserId: null, changes: { a: 1 } });
  });

  it('administrators read it newest first, filtered by entity and paged; the actor is named', async () => {
    const { client, user } = await loginAs(t, [{ role: 'admin' }]);
    // A real change through the API, then three recorded directly.
    const group = await client.post('/api/v1/groups', { name: 'Audyt — grupa', serviceArea: 'roads', kind: 'network' });
    expect(group.statusCode).toBe(201);
    const groupId = String(group.json().id);
    for (const n of [1, 2, 3]) {
      await t.db.transaction((tx) =>
        t.services.audit.record(tx, SYSTEM_CONTEXT, { ...entity('paged'), changes: { n } }),
      );
    }

    const created = (await client.get(`/api/v1/audit?entityType=group&entityId=${groupId}`)).json();
    expect(created.items).toHaveLength(1);
    expect(created.items[0]).toMatchObject({
      action: 'group.create',
      entityId: groupId,
      actor: { id: user.id, email: user.email },
    });
    expect(Date.parse(created.items[0].at)).not.toBeNaN();

    const first = (await client.get('/api/v1/audit?entityType=database&entityId=paged&pageSize=2')).json();
    const second = (await client.get('/api/v1/audit?entityType=database&entityId=paged&pageSize=2&page=2')).json();
    expect(first.total).toBe(3);
    expect([...first.items, ...second.items].map((e: { changes: { n: number } }) => e.changes.n)).toEqual([3, 2, 1]);
  });

  it('nobody else reads it: 403 for an operator, 401 anonymous; a bad page size is 400', async () => {
    const { client } = await loginAs(t, [{ role: 'network-operator' }]);
    const forbidden = await client.get('/api/v1/audit');
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('FORBIDDEN');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401);
    const { client: admin } = await loginAs(t, [{ role: 'admin' }]);
    expect((await admin.get('/api/v1/audit?pageSize=100000')).statusCode).toBe(400);
  });
});
