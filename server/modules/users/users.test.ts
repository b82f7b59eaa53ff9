import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, roleAssignments, sessions, units, users } from '../../db/schema';
import { bootstrap } from '../../bootstrap';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createUnit, createUser, login, loginAs } from '../../../tests/helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url,
    payload: payload as never,
    headers,
    remoteAddress: headers['x-test-ip'] ?? '127.0.0.1',
  });

describe('login', () => {
  it('sets an httpOnly SameSite session cookie and returns the user with a CSRF token', async () => {
    const user = await createUser(t);
    const res = await post('/api/v1/auth/login', { email: user.email.toUpperCase(), password: user.password });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'miernik_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(res.json()).toMatchObject({ user: { email: user.email, isAdmin: false, roles: [] } });
    expect(res.json().csrfToken).toMatch(/^[\w-]{40,}$/);
    // Only the hash of the token is stored.
    const stored = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.idHash).not.toBe(cookie!.value);
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const https = await createTestApp({ config: { secureCookies: true } });
    const user = await createUser(https);
    const res = await https.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(res.cookies.find((c) => c.name === 'miernik_session')?.secure).toBe(true);
    await https.close();
  });

  it('answers a wrong password and an unknown user with the same 401', async () => {
    const user = await createUser(t);
    const wrong = await post(
      '/api/v1/auth/login',
      { email: user.email, password: 'wrong-password-123' },
      { 'x-test-ip': '10.0.0.1' },
    );
    const unknown = await post(
      '/api/v1/auth/login',
      { email: 'nobody@example.test', password: 'wrong-password-123' },
      { 'x-test-ip': '10.0.0.1' },
    );
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
    expect(wrong.cookies).toHaveLength(0);
  });

  it('answers 429 after 5 failures for an account — then even the right password waits', async () => {
    const user = await createUser(t);
    for (let i = 0; i < 5; i++) {
      expect(
        (await post('/api/v1/auth/login', { email: user.email, password: `bad-${i}` }, { 'x-test-ip': '10.0.0.2' }))
          .statusCode,
      ).toBe(401);
    }
    const limited = await post(
      '/api/v1/auth/login',
      { email: user.email, password: user.password },
      { 'x-test-ip': '10.0.0.3' },
    );
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('TOO_MANY_REQUESTS');
    // An unknown e-mail is limited the same way, so 429 reveals nothing.
    for (let i = 0; i < 5; i++)
      await post(
        '/api/v1/auth/login',
        { email: 'ghost@example.test', password: `bad-${i}` },
        { 'x-test-ip': '10.0.0.4' },
      );
    expect(
      (await post('/api/v1/auth/login', { email: 'ghost@example.test', password: 'x' }, { 'x-test-ip': '10.0.0.5' }))
        .statusCode,
    ).toBe(429);
  });

  it('answers 429 after 30 failures from one address across accounts', async () => {
    for (let i = 0; i < 30; i++)
      await post(
        '/api/v1/auth/login',
        { email: `spray-${i}@example.test`, password: 'x' },
        { 'x-test-ip': '10.0.0.9' },
      );
    const user = await createUser(t);
    expect(
      (await post('/api/v1/auth/login', { email: user.email, password: user.password }, { 'x-test-ip': '10.0.0.9' }))
        .statusCode,
    ).toBe(429);
    expect(
      (await post('/api/v1/auth/login', { email: user.email, password: user.password }, { 'x-test-ip': '10.0.0.10' }))
        .statusCode,
    ).toBe(200);
  });

  it('rejects a malformed body with 400', async () => {
    const res = await post('/api/v1/auth/login', { email: 'a@b.c' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.password');
  });
});

describe('session, CSRF and logout', () => {
  it('returns the user from /auth/me and 200 with no user without a session', async () => {
    const { user, client } = await loginAs(t);
    expect((await client.get('/api/v1/auth/me')).json().user.id).toBe(user.id);
    // An anonymous session check is an answer, not an error: logged-out pages log no 401.
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ user: null, csrfToken: null });
    const unknownCookie = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: 'miernik_session=' + 'x'.repeat(43) },
    });
    expect(unknownCookie.statusCode).toBe(200);
    expect(unknownCookie.json().user).toBeNull();
  });

  it("gives each unit role the unit's id, which the web's permission checks pass to the domain", async () => {
    const code = await createUnit(t);
    const [unit] = await t.db.select({ id: units.id }).from(units).where(eq(units.code, code));
    const { client } = await loginAs(t, [{ role: 'unit-member', unitCode: code }]);
    const me = (await client.get('/api/v1/auth/me')).json().user;
    expect(me.roles).toMatchObject([{ role: 'unit-member', unit: { id: unit!.id, code }, group: null }]);
  });

  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const code = await createUnit(t);
    const { client } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: code }]);
    const noHeader = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/units/${code}`,
      headers: { cookie: client.cookie },
      payload: { phone: '123456' },
    });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/units/${code}`,
      headers: { cookie: client.cookie, 'x-csrf-token': 'x'.repeat(43) },
      payload: { phone: '123456' },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await client.patch(`/api/v1/units/${code}`, { phone: '123456' })).statusCode).toBe(200);
  });

  it('ends the session on logout', async () => {
    const { user, client } = await loginAs(t);
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/v1/auth/me')).json().user).toBeNull();
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
  });

  it('expires sessions after the configured time', async () => {
    let now = new Date('2026-01-01T10:00:00Z');
    const timed = await createTestApp({ clock: { now: () => now }, config: { sessionHours: 1 } });
    const { client } = await loginAs(timed);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
    now = new Date('2026-01-01T11:00:01Z');
    expect((await client.get('/api/v1/auth/me')).json().user).toBeNull();
    await timed.close();
  });
});

describe('users and roles (admin)', () => {
  it('creates a user with a password, who can then log in', async () => {
    const { client } = await loginAs(t, [{ role: 'admin' }]);
    const res = await client.post('/api/v1/users', {
      email: 'New.Person@Example.test',
      name: 'Nowa Osoba',
      password: 'a-long-password-1',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      user: { email: 'new.person@example.test', status: 'active' },
      invitationUrl: null,
    });
    const [row] = await t.db.select().from(users).where(eq(users.email, 'new.person@example.test'));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    await login(t, { email: 'new.person@example.test', password: 'a-long-password-1' });
    expect(
      (await client.post('/api/v1/users', { email: 'new.person@example.test', name: 'X' })).json().error.code,
    ).toBe('EMAIL_TAKEN');
  });

  it('invites a user who sets a password through the link', async () => {
    const { client } = await loginAs(t, [{ role: 'admin' }]);
    const res = await client.post('/api/v1/users', { email: 'invited@example.test', name: 'Invited' });
    const url = res.json().invitationUrl as string;
    expect(url).toMatch(/^http:\/\/localhost:3000\/invitation\/[\w-]{40,}$/);
    const token = url.split('/').pop()!;
    expect(
      (await post('/api/v1/auth/login', { email: 'invited@example.test', password: 'anything-long-1' })).statusCode,
    ).toBe(401);
    const accepted = await post('/api/v1/auth/invitations/accept', {
      token,
      name: 'Zaproszona',
      password: 'my-own-password-1',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({ email: 'invited@example.test', name: 'Zaproszona' });
    const again = await post('/api/v1/auth/invitations/accept', { token, name: 'X', password: 'my-own-password-2' });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('INVITATION_INVALID');
    await login(t, { email: 'invited@example.test', password: 'my-own-password-1' });
  });

  it('assigns and revokes roles, checks their scope, and records both in the audit log', async () => {
    const code = await createUnit(t);
    const { client } = await loginAs(t, [{ role: 'admin' }]);
    const target = await createUser(t);
    const wrongScope = await client.post(`/api/v1/users/${target.id}/roles`, { role: 'unit-coordinator' });
    expect(wrongScope.statusCode).toBe(400);
    expect(
      (await client.post(`/api/v1/users/${target.id}/roles`, { role: 'unit-coordinator', unitCode: 'NOPE' })).json()
        .error.code,
    ).toBe('UNIT_NOT_FOUND');
    const res = await client.post(`/api/v1/users/${target.id}/roles`, { role: 'unit-coordinator', unitCode: code });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ role: 'unit-coordinator', unit: { code } });
    expect(
      (await client.post(`/api/v1/users/${target.id}/roles`, { role: 'unit-coordinator', unitCode: code })).statusCode,
    ).toBe(409);
    const listed = (await client.get('/api/v1/users?q=' + encodeURIComponent(target.email))).json();
    expect(listed.items[0].roles).toHaveLength(1);
    expect((await client.delete(`/api/v1/users/${target.id}/roles/${res.json().id}`)).statusCode).toBe(204);
    expect(await t.db.select().from(roleAssignments).where(eq(roleAssignments.userId, target.id))).toHaveLength(0);
    const audit = (await client.get(`/api/v1/audit?entityType=user&entityId=${target.id}`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['role.revoke', 'role.assign', 'user.create']);
  });

  it('lets a unit coordinator grant unit-member in their unit only', async () => {
    const a = await createUnit(t);
    const b = await createUnit(t);
    const { client } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: a }]);
    const colleague = await createUser(t);
    expect(
      (await client.post(`/api/v1/users/${colleague.id}/roles`, { role: 'unit-member', unitCode: a })).statusCode,
    ).toBe(201);
    const other = await client.post(`/api/v1/users/${colleague.id}/roles`, { role: 'unit-member', unitCode: b });
    expect(other.statusCode).toBe(403);
    expect((await client.post(`/api/v1/users/${colleague.id}/roles`, { role: 'admin' })).statusCode).toBe(403);
  });

  it('keeps the user list and audit log to admins', async () => {
    const { client } = await loginAs(t, [{ role: 'network-operator' }]);
    expect((await client.get('/api/v1/users')).json().error.code).toBe('FORBIDDEN');
    expect((await client.get('/api/v1/audit')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401);
  });
});

// Each test is a whole first start (reference data, the shipped datasets, the demo) on fresh
// databases: tens of seconds on a loaded CI machine, more than the suite's default timeout.
describe('first start', { timeout: 180_000 }, () => {
  it('creates one admin with a random password, prints it once, and never again', async () => {
    const fresh = await createTestApp({ config: { demo: true } });
    const first = await bootstrap(fresh.database, fresh.services, fresh.config);
    expect(first.firstAdmin?.email).toBe('admin@miernik.local');
    expect(first.firstAdmin?.password).toMatch(/^[\w-]{16}$/);
    expect(first.demoCreated).toBe(true);
    await login(fresh, { email: 'admin@miernik.local', password: first.firstAdmin!.password! });
    const second = await bootstrap(fresh.database, fresh.services, fresh.config);
    expect(second).toMatchObject({ firstAdmin: null, referenceLoaded: null, demoCreated: false });
    const other = await createTestApp();
    const otherFirst = await bootstrap(other.database, other.services, other.config);
    expect(otherFirst.firstAdmin?.password).not.toBe(first.firstAdmin?.password);
    await other.close();
    await fresh.close();
    // A real first start loads every shipped dataset (the second bootstrap then loads nothing): ~50 s here, more on a busy core.
  }, 240_000);

  it('uses MIERNIK_ADMIN_EMAIL / MIERNIK_ADMIN_PASSWORD when set and does not echo the password', async () => {
    const fresh = await createTestApp({
      config: { adminEmail: 'boss@gmina.test', adminPassword: 'configured-password-1' },
    });
    const report = await bootstrap(fresh.database, fresh.services, fresh.config);
    expect(report.firstAdmin).toEqual({ email: 'boss@gmina.test', password: null, generated: false });
    await login(fresh, { email: 'boss@gmina.test', password: 'configured-password-1' });
    const [entry] = await fresh.db.select().from(auditLog).where(eq(auditLog.action, 'role.assign'));
    expect(entry?.actorUserId).toBeNull();
    await fresh.close();
  });
});
