/**
 * Factories: every test makes its own units, groups and users with unique codes and e-mails, so
 * tests never depend on each other's data.
 */
import { randomBytes } from 'node:crypto';
import type { Role } from '../../domain/access/authorization';
import { SYSTEM_CONTEXT } from '../../server/http/context';
import type { TestApp } from './app';

const unique = () => randomBytes(4).toString('hex');

/** Creates a (non-TERYT) unit through the CSV importer and returns its code. */
export async function createUnit(
  t: TestApp,
  options: { kind?: string; parentCode?: string; name?: string } = {},
): Promise<string> {
  const code = `T-${unique()}`;
  const csv = `code,name,kind,parent_code\n${code},${options.name ?? `Test unit ${code}`},${options.kind ?? 'test-unit'},${options.parentCode ?? ''}\n`;
  await t.services.units.importCsv(SYSTEM_CONTEXT, new TextEncoder().encode(csv), { dryRun: false });
  return code;
}

export async function createGroup(t: TestApp, options: { name?: string; unitCodes?: string[] } = {}): Promise<number> {
  const group = await t.services.groups.create(SYSTEM_CONTEXT, {
    name: options.name ?? `Group ${unique()}`,
    serviceArea: 'education',
    kind: 'network',
  });
  for (const code of options.unitCodes ?? []) await t.services.groups.addMember(SYSTEM_CONTEXT, group.id, code);
  return group.id;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

export async function createUser(
  t: TestApp,
  roles: { role: Role; unitCode?: string; groupId?: number }[] = [],
): Promise<TestUser> {
  const email = `user-${unique()}@example.test`;
  const password = `pw-${unique()}-${unique()}`;
  const { user } = await t.services.users.create(SYSTEM_CONTEXT, { email, name: `User ${email}`, password });
  for (const r of roles) await t.services.users.assignRole(SYSTEM_CONTEXT, user.id, r);
  return { id: user.id, email, password };
}

/** A logged-in client: injects requests with the session cookie and the CSRF header. */
export async function login(t: TestApp, user: { email: string; password: string }) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.email, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'miernik_session')!;
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  const headers = { cookie: `miernik_session=${cookie.value}`, 'x-csrf-token': csrfToken };
  type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  const request = (method: Method, url: string, payload?: unknown, extra: Record<string, string> = {}) =>
    t.app.inject({
      method,
      url,
      headers: { ...headers, ...extra },
      ...(payload === undefined ? {} : { payload: payload as never }),
    });
  return {
    cookie: headers.cookie,
    csrfToken,
    request,
    get: (url: string) => request('GET', url),
    post: (url: string, payload?: unknown, extra?: Record<string, string>) =>
      request('POST', url, payload ?? {}, extra),
    put: (url: string) => request('PUT', url),
    patch: (url: string, payload: unknown) => request('PATCH', url, payload),
    delete: (url: string) => request('DELETE', url),
  };
}

export async function loginAs(t: TestApp, roles: { role: Role; unitCode?: string; groupId?: number }[] = []) {
  const user = await createUser(t, roles);
  return { user, client: await login(t, user) };
}

/** A variable and an indicator that is exactly that variable, for units of `unitKinds` (default: test units). */
export async function createTestIndicator(
  t: TestApp,
  options: { code?: string; unitKinds?: string[] } = {},
): Promise<{ indicator: string; variable: string }> {
  const variable = options.code ? `${options.code}_v` : `test_v_${unique()}`.replace(/-/g, '_').toLowerCase();
  const indicator = options.code ?? variable.replace(/^test_v_/, 'test_i_');
  await t.services.indicators.createVariable(SYSTEM_CONTEXT, {
    code: variable,
    names: { pl: `Zmienna ${variable}`, en: `Variable ${variable}` },
    unit: 'szt.',
    source: 'test',
    periodicity: 'year',
    description: { pl: 'test', en: 'test' },
  });
  await t.services.indicators.createIndicator(SYSTEM_CONTEXT, {
    code: indicator,
    names: { pl: `Wskaźnik ${indicator}`, en: `Indicator ${indicator}` },
    definition: { pl: 'test', en: 'test' },
    formula: variable,
    unit: 'szt.',
    decimals: 0,
    polarity: 'higher-is-better',
    type: 'quality',
    area: 'administration',
    unitKinds: options.unitKinds ?? ['test-unit'],
    source: { pl: 'test', en: 'test' },
  });
  return { indicator, variable };
}
