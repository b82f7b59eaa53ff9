import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../tests/helpers/app';
import { loginAs } from '../../tests/helpers/factories';
import { backup, parseBackup, restore } from './backup';

// Runs on PGlite in `npm test` and on a real PostgreSQL server in `npm run test:pg`.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 180_000);
afterAll(async () => t?.close());

/**
 * Every table's row count and an order-independent checksum of its rows, computed by the
 * database itself (md5 of each row's text, sorted) — a second method, independent of the
 * backup's own COPY text and SHA-256 manifest.
 */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = (await t.db.execute(
    sql`select table_name as name from information_schema.tables
         where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown as { rows: { name: string }[] };
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const result = (await t.db.execute(
      sql.raw(
        `select count(*)::int as n, md5(coalesce(string_agg(h, '' order by h), '')) as sum
           from (select md5(x::text) as h from public."${name}" x) rows`,
      ),
    )) as unknown as { rows: { n: number; sum: string }[] };
    out[name] = `${result.rows[0]!.n}:${result.rows[0]!.sum}`;
  }
  return out;
}

async function takeBackup(): Promise<string> {
  let text = '';
  await backup(t.database, (piece) => {
    text += piece;
  });
  return text;
}

const rowsOf = (print: Record<string, string>, table: string) => Number(print[table]!.split(':')[0]);

describe('backup and restore', { timeout: 180_000 }, () => {
  let before: Record<string, string>;
  let file: string;

  beforeAll(async () => {
    // The checks are about every table and every kind of column, not volume: keep a sample of
    // the first-start values (the CLI test restores the full data set).
    await t.db.execute(
      sql`delete from data_values where unit_id not in (select distinct unit_id from data_values order by unit_id limit 100)`,
    );
    before = await fingerprint();
    file = await takeBackup();
  });

  it('writes every table with its row count, and parses back against its checksums', () => {
    const parsed = parseBackup(file);
    expect(parsed.header.engine).toBe(t.database.kind);
    expect(parsed.header.migrations.count).toBeGreaterThan(0);
    expect(Object.keys(parsed.manifest.tables).sort()).toEqual(Object.keys(before).sort());
    for (const [table, { rows }] of Object.entries(parsed.manifest.tables))
      expect(rows, table).toBe(rowsOf(before, table));
    // The reference data are there: the units register and the first-start values.
    expect(rowsOf(before, 'units')).toBeGreaterThan(2000);
    expect(rowsOf(before, 'data_values')).toBeGreaterThan(1000);
  });

  it('round trip: back up, change, restore gives back every table exactly; new rows continue above the ids', async () => {
    const [unit] = (
      (await t.db.execute(sql`select id, name from units order by code limit 1`)) as unknown as {
        rows: { id: number; name: string }[];
      }
    ).rows;
    await t.db.execute(sql`update units set name = 'zmieniona' where id = ${unit!.id}`);
    await t.db.execute(sql`insert into groups (name, service_area, kind) values ('po kopii', 'education', 'network')`);
    await t.db.execute(sql`delete from unit_links`);
    const changed = await fingerprint();
    expect(changed).not.toEqual(before);

    const result = await restore(t.database, file);
    expect(result.tables).toBe(Object.keys(before).length);
    expect(await fingerprint()).toEqual(before);

    // Sequences were reset past the restored ids: an insert does not collide with a restored row.
    const inserted = (await t.db.execute(
      sql`insert into groups (name, service_area, kind) values ('nowa', 'roads', 'network') returning id`,
    )) as unknown as { rows: { id: number }[] };
    const max = (await t.db.execute(sql`select max(id)::int as m from groups where name <> 'nowa'`)) as unknown as {
      rows: { m: number | null }[];
    };
    expect(inserted.rows[0]!.id).toBeGreaterThan(max.rows[0]!.m ?? 0);
    await t.db.execute(sql`delete from groups where name = 'nowa'`);
  });

  it('refuses a changed, a truncated and a foreign file before touching the database', async () => {
    await t.db.execute(sql`update units set name = name || ' (po kopii)' where code = (select min(code) from units)`);
    const current = await fingerprint();
    const lines = file.split('\n');
    const at = lines.findIndex((l) => l.startsWith('COPY public."units"')) + 1;
    const edited = [...lines.slice(0, at), lines[at]!.replace(/\t/, '\tX'), ...lines.slice(at + 1)].join('\n');
    await expect(restore(t.database, edited)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('table units do not match their checksum'),
    });
    await expect(restore(t.database, file.slice(0, Math.floor(file.length / 2)))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('incomplete'),
    });
    await expect(restore(t.database, 'select 1;\n')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    // A backup from another schema version is refused rather than loaded into columns that differ.
    const older = file.replace(
      /"migrations":\{"count":(\d+)/,
      (_, n: string) => `"migrations":{"count":${Number(n) - 1}`,
    );
    await expect(restore(t.database, older)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await fingerprint()).toEqual(current);
  });

  it('a failure halfway through the load leaves the database as it was (one transaction)', async () => {
    const current = await fingerprint();
    // A well-formed file whose data break a constraint only PostgreSQL can see: a duplicate unit row.
    const lines = file.split('\n');
    const at = lines.findIndex((l) => l.startsWith('COPY public."units"')) + 1;
    const duplicated = [...lines.slice(0, at + 1), lines[at]!, ...lines.slice(at + 1)].join('\n');
    const parsed = parseBackup(file);
    const block = parsed.blocks.find((b) => b.table === 'units')!;
    const { createHash } = await import('node:crypto');
    const sum = createHash('sha256').update(`${lines[at]}\n${block.data}`).digest('hex');
    const manifest = { tables: { ...parsed.manifest.tables, units: { rows: 0, sha256: sum } } };
    const forged = duplicated.replace(/-- manifest: .*\n?$/, `-- manifest: ${JSON.stringify(manifest)}\n`);
    await expect(restore(t.database, forged)).rejects.toThrow();
    expect(await fingerprint()).toEqual(current);
  });

  it('GET /admin/backup: 401 anonymous, 403 for an operator, a full backup for an administrator (audited)', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/admin/backup' });
    expect(anonymous.statusCode).toBe(401);
    const { client: operator } = await loginAs(t, [{ role: 'network-operator' }]);
    const refused = await operator.get('/api/v1/admin/backup');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const { client: admin } = await loginAs(t, [{ role: 'admin' }]);
    const res = await admin.get('/api/v1/admin/backup');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/sql');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="miernik-backup-.*\.sql"/);
    const parsed = parseBackup(res.body);
    expect(parsed.manifest.tables.units!.rows).toBeGreaterThan(2000);
    const audit = (await t.db.execute(
      sql`select action, changes from audit_log where action = 'backup.taken'`,
    )) as unknown as { rows: { action: string; changes: { tables: number } }[] };
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.changes.tables).toBe(Object.keys(parsed.manifest.tables).length);
  });
});
