/**
 * What a unit keeps to itself reaches nobody else through any field of any answer. Unit B plants
 * canaries — free-text survey answers, its wave's public token, a draft value waiting for approval,
 * an approved value that no data release holds (members may see it, the public may not) —
 * and a member of unit A (in the same benchmarking group, the relation that leaked before) and an
 * anonymous caller then call every GET route of the OpenAPI document with B's codes and ids in the
 * path and the query. No answer may contain a canary, while B's own members see them (so the sweep
 * reaches where they are). The routes are read from the app, so a new read route is swept too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../tests/helpers/app';
import { createGroup, createTestIndicator, createUnit, loginAs } from '../tests/helpers/factories';
import { SYSTEM_CONTEXT } from './http/context';

let t: TestApp;
let unitA: string;
let unitB: string;
let waveOfB: { id: number; publicToken: string };
const FREE_TEXT = 'kanarek-tekst-7f3a';
const DRAFT_VALUE = '987654.125';
const APPROVED_VALUE = '876543.375';
let canaries: string[];

beforeAll(async () => {
  t = await createTestApp({ config: { surveyRateLimit: 1_000_000 } });
  unitA = await createUnit(t);
  unitB = await createUnit(t);
  await createGroup(t, { unitCodes: [unitA, unitB] });
  const { client: ownB } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: unitB }]);
  const wave = await ownB.post('/api/v1/survey-waves', {
    unitCode: unitB,
    templateId: 'customer-office',
    opensAt: new Date(Date.now() - 86_400_000).toISOString(),
    closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  });
  expect(wave.statusCode, wave.body).toBe(201);
  waveOfB = wave.json();
  for (let i = 0; i < 6; i++) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/surveys/${waveOfB.publicToken}/responses`,
      payload: { answers: { channel: 'phone', overall: 4, improvement: `${FREE_TEXT} ${i}` } },
      remoteAddress: `10.9.0.${i}`,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  // A draft of B, imported outside rounds and not approved: not a value anyone compares with yet.
  await t.services.dataImport.importFile(
    SYSTEM_CONTEXT,
    new TextEncoder().encode(`unit_code,variable_code,period,value\n${unitB},decisions_issued,2019,${DRAFT_VALUE}\n`),
    { fileName: 'draft-b.csv', dryRun: false },
  );
  // An approved value of B that no data release holds: members compare with it, the public must not (#15).
  const { variable } = await createTestIndicator(t);
  await t.services.dataImport.importFile(
    SYSTEM_CONTEXT,
    new TextEncoder().encode(`unit_code,variable_code,period,value\n${unitB},${variable},2019,${APPROVED_VALUE}\n`),
    { fileName: 'approved-b.csv', dryRun: false, approve: true },
  );
  canaries = [FREE_TEXT, waveOfB.publicToken, DRAFT_VALUE];
});
afterAll(() => t.close());

/** Every GET route, each path parameter filled with B's code or ids, plus B in the usual query parameters. */
function sweepUrls(): string[] {
  const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  const urls = new Set<string>();
  const query = `unitCode=${unitB}&unit=${unitB}&units=${unitB}&waveId=${waveOfB.id}`;
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!('get' in item) || path.includes('/public/surveys/')) continue;
    const fill = (id: string) =>
      path.replace(/\{(\w+)\}/g, (_, name: string) => (/code|unit/i.test(name) ? unitB : id));
    for (const id of [String(waveOfB.id), '1']) {
      urls.add(fill(id));
      urls.add(`${fill(id)}?${query}`);
    }
  }
  return [...urls];
}

describe('nothing B keeps to itself reaches anyone else, in any field of any GET answer', () => {
  it('B sees its own canaries (the sweep reaches them)', async () => {
    const { client } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: unitB }]);
    const seen = new Set<string>();
    for (const url of sweepUrls()) {
      const body = (await client.get(url)).body;
      for (const canary of [...canaries, APPROVED_VALUE]) if (body.includes(canary)) seen.add(canary);
    }
    expect([...seen].sort()).toEqual([...canaries, APPROVED_VALUE].sort());
  }, 120_000);

  it.each([
    ['a member of unit A in the same group', 'unit-member'],
    ['a coordinator of unit A in the same group', 'unit-coordinator'],
    ['an anonymous caller', null],
  ] as const)(
    '%s',
    async (_, role) => {
      const request =
        role === null
          ? (url: string) => t.app.inject({ method: 'GET', url })
          : (await loginAs(t, [{ role, unitCode: unitA }])).client.get;
      const leaks: string[] = [];
      const urls = sweepUrls();
      // Members see every approved value, also an unreleased one; nobody else does.
      const secret = role === null ? [...canaries, APPROVED_VALUE] : canaries;
      expect(urls.length).toBeGreaterThan(100);
      for (const url of urls) {
        const res = await request(url);
        expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
        for (const canary of secret) if (res.body.includes(canary)) leaks.push(`${url} → ${canary}`);
      }
      expect(leaks).toEqual([]);
    },
    120_000,
  );
});
