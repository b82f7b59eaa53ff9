/**
 * A user with roles in unit A may write nothing of unit B. The list of write routes is read from
 * the app's own OpenAPI document, so a new write route without a case here fails this test.
 */
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from './db/schema';
import { createTestApp, type TestApp } from '../tests/helpers/app';
import { createGroup, createUnit, createUser, loginAs } from '../tests/helpers/factories';

let t: TestApp;
let unitA: string;
let unitB: string;
let groupOfB: number;
let victimId: string;
let victimRoleId: number;
let client: Awaited<ReturnType<typeof loginAs>>['client'];

beforeAll(async () => {
  t = await createTestApp();
  unitA = await createUnit(t);
  unitB = await createUnit(t);
  groupOfB = await createGroup(t, { unitCodes: [unitB] });
  const victim = await createUser(t, [{ role: 'unit-member', unitCode: unitB }]);
  victimId = victim.id;
  const admin = await loginAs(t, [{ role: 'admin' }]);
  victimRoleId = (await admin.client.get(`/api/v1/users?q=${encodeURIComponent(victim.email)}`)).json().items[0].roles[0].id;
  ({ client } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: unitA }, { role: 'unit-member', unitCode: unitA }]));
});
afterAll(() => t.close());

/** Routes that write nothing of any unit: they act on the caller's own session. */
const NOT_UNIT_WRITES = new Set(['POST /api/v1/auth/login', 'POST /api/v1/auth/logout', 'POST /api/v1/auth/invitations/accept']);

type Attempt = () => ReturnType<typeof client.request>;
const attempts: Record<string, Attempt> = {
  'PATCH /api/v1/units/{code}': () => client.patch(`/api/v1/units/${unitB}`, { description: 'hijacked' }),
  'POST /api/v1/units/import': () => client.post('/api/v1/units/import', `code,name,kind,parent_code\n${unitB},Hijacked,test-unit,\n`, { 'content-type': 'text/csv' }),
  'POST /api/v1/groups': () => client.post('/api/v1/groups', { name: 'Mine', serviceArea: 'roads', kind: 'network' }),
  'PATCH /api/v1/groups/{id}': () => client.patch(`/api/v1/groups/${groupOfB}`, { name: 'hijacked' }),
  'DELETE /api/v1/groups/{id}': () => client.delete(`/api/v1/groups/${groupOfB}`),
  'PUT /api/v1/groups/{id}/members/{unitCode}': () => client.put(`/api/v1/groups/${groupOfB}/members/${unitA}`),
  'DELETE /api/v1/groups/{id}/members/{unitCode}': () => client.delete(`/api/v1/groups/${groupOfB}/members/${unitB}`),
  'POST /api/v1/users': () => client.post('/api/v1/users', { email: 'intruder@example.test', name: 'Intruder', password: 'intruder-password-1' }),
  'POST /api/v1/users/{id}/roles': () => client.post(`/api/v1/users/${victimId}/roles`, { role: 'unit-member', unitCode: unitB }),
  'DELETE /api/v1/users/{id}/roles/{roleId}': () => client.delete(`/api/v1/users/${victimId}/roles/${victimRoleId}`),
};

describe('a user of unit A writing unit B', () => {
  it('every write route of the API has a case here', () => {
    const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).filter((m) => ['post', 'put', 'patch', 'delete'].includes(m)).map((m) => `${m.toUpperCase()} ${path}`));
    const uncovered = writes.filter((w) => !NOT_UNIT_WRITES.has(w) && !(w in attempts));
    expect(uncovered).toEqual([]);
  });

  it.each(Object.keys(attempts))('%s → 403 FORBIDDEN, nothing written', async (route) => {
    const [before] = await t.db.select({ n: count() }).from(auditLog);
    const res = await attempts[route]!();
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    const [after] = await t.db.select({ n: count() }).from(auditLog);
    expect(after!.n).toBe(before!.n);
  });

  it('while the same user may write unit A (the refusals are not blanket)', async () => {
    expect((await client.patch(`/api/v1/units/${unitA}`, { description: 'ours' })).statusCode).toBe(200);
    const colleague = await createUser(t);
    expect((await client.post(`/api/v1/users/${colleague.id}/roles`, { role: 'unit-member', unitCode: unitA })).statusCode).toBe(201);
    const b = (await t.app.inject({ method: 'GET', url: `/api/v1/units/${unitB}` })).json();
    expect(b.name).not.toBe('Hijacked');
    expect(b.profile.description).toBeNull();
  });
});
