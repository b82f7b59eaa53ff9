/**
 * Backup and restore of the whole database, the same on PGlite and PostgreSQL.
 *
 * The file is plain SQL in pg_dump's own style (`COPY … FROM stdin;` blocks in text format ending
 * with `\.`), so `psql -f` restores it into a migrated, empty database too; `miernik restore` reads
 * it itself. It is taken in one read-only repeatable-read transaction, hence consistent while the
 * app keeps writing. A backup can move a deployment from PGlite to PostgreSQL or back: both engines
 * write and read the same text format.
 *
 * Integrity: the last line is a manifest with every table's row count and the SHA-256 of its COPY
 * text. `restore` checks the file against it before touching the database (a truncated or edited
 * file is refused), then replaces every table in one transaction: all or nothing.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../http/errors';
import type { Database, RawSession } from './client';

export const BACKUP_FORMAT = 'miernik-backup';
const FORMAT_VERSION = 1;
const MANIFEST_PREFIX = '-- manifest: ';
const HEADER_PREFIX = '-- header: ';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  engine: Database['kind'];
  createdAt: string;
  /** Number of applied migrations and the hash of the last one: the schema the data fit. */
  migrations: { count: number; last: string | null };
}

export interface BackupManifest {
  tables: Record<string, { rows: number; sha256: string }>;
}

interface TableInfo {
  name: string;
  columns: string[];
  /** Columns whose default is a sequence (serial or identity), to be reset after loading. */
  sequenced: string[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function migrationState(raw: RawSession): Promise<BackupHeader['migrations']> {
  const [table] = await raw.query<{ present: boolean }>(
    `select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!table?.present) return { count: 0, last: null };
  const rows = await raw.query<{ hash: string }>(`select hash from drizzle.__drizzle_migrations order by id`);
  return { count: rows.length, last: rows.at(-1)?.hash ?? null };
}

/**
 * The application's tables in an order where every table comes after those it references, so a
 * plain load never trips a foreign key. (Rows referencing their own table are fine within one
 * COPY: PostgreSQL checks foreign keys at the end of the statement.)
 */
async function tables(raw: RawSession): Promise<TableInfo[]> {
  const names = (
    await raw.query<{ name: string }>(
      `select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  ).map((r) => r.name);
  const columns = await raw.query<{ table: string; column: string; sequenced: boolean }>(
    `select table_name as "table", column_name as "column",
            (column_default like 'nextval(%' or is_identity = 'YES') as sequenced
       from information_schema.columns
      where table_schema = 'public' and is_generated = 'NEVER'
      order by table_name, ordinal_position`,
  );
  const references = await raw.query<{ child: string; parent: string }>(
    `select c.relname as child, p.relname as parent
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid
       join pg_class p on p.oid = k.confrelid
       join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public' and c.relname <> p.relname`,
  );
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const r of references) parents.get(r.child)?.add(r.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter((n) => !placed.has(n) && [...parents.get(n)!].every((p) => placed.has(p)));
    if (ready.length === 0)
      throw new Error(`Foreign keys form a cycle among ${names.filter((n) => !placed.has(n)).join(', ')}`);
    for (const n of ready) {
      ordered.push(n);
      placed.add(n);
    }
  }
  return ordered.map((name) => ({
    name,
    columns: columns.filter((c) => c.table === name).map((c) => c.column),
    sequenced: columns.filter((c) => c.table === name && c.sequenced).map((c) => c.column),
  }));
}

const copyColumns = (t: TableInfo) => `public.${quote(t.name)} (${t.columns.map(quote).join(', ')})`;

/** One `setval` per sequenced column, so new rows after a restore continue above the loaded ids. */
const resetSequences = (t: TableInfo) =>
  t.sequenced.map(
    (c) =>
      `SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(${literal(`public.${quote(t.name)}`)}, ${literal(c)}), ` +
      `coalesce(max(${quote(c)}), 1), max(${quote(c)}) IS NOT NULL) FROM public.${quote(t.name)};`,
  );

/** Writes a backup by calling `write` with its text, piece by piece (one table at a time). */
export async function backup(
  database: Database,
  write: (text: string) => Promise<void> | void,
  clock: () => Date = () => new Date(),
): Promise<{ header: BackupHeader; manifest: BackupManifest }> {
  return database.session('read', async (raw) => {
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: FORMAT_VERSION,
      engine: database.kind,
      createdAt: clock().toISOString(),
      migrations: await migrationState(raw),
    };
    const list = await tables(raw);
    await write(
      `-- Miernik backup. Restore with \`miernik restore FILE\`, or with psql into a migrated database.\n` +
        `${HEADER_PREFIX}${JSON.stringify(header)}\n` +
        `SET client_encoding = 'UTF8';\nBEGIN;\n` +
        `TRUNCATE TABLE ${list.map((t) => `public.${quote(t.name)}`).join(', ')} RESTART IDENTITY CASCADE;\n`,
    );
    const manifest: BackupManifest = { tables: {} };
    for (const t of list) {
      const data = await raw.copyOut(`COPY ${copyColumns(t)} TO STDOUT`);
      const rows = data === '' ? 0 : data.split('\n').length - 1;
      manifest.tables[t.name] = { rows, sha256: sha256(data) };
      await write(`\nCOPY ${copyColumns(t)} FROM stdin;\n${data}\\.\n${resetSequences(t).join('\n')}\n`);
    }
    await write(`\nCOMMIT;\n${MANIFEST_PREFIX}${JSON.stringify(manifest)}\n`);
    return { header, manifest };
  });
}

interface ParsedBackup {
  header: BackupHeader;
  manifest: BackupManifest;
  blocks: { table: string; statement: string; data: string }[];
}

const invalid = (reason: string) => new AppError('VALIDATION_FAILED', `Not a usable Miernik backup: ${reason}`);

/** Reads a backup file and checks it against its manifest, without touching any database. */
export function parseBackup(text: string): ParsedBackup {
  const lines = text.split('\n');
  const headerLine = lines.find((l) => l.startsWith(HEADER_PREFIX));
  if (headerLine === undefined) throw invalid('no header line (was it written by `miernik backup`?)');
  let header: BackupHeader;
  try {
    header = JSON.parse(headerLine.slice(HEADER_PREFIX.length)) as BackupHeader;
  } catch {
    throw invalid('the header line is not valid JSON');
  }
  if (header.format !== BACKUP_FORMAT || header.version !== FORMAT_VERSION)
    throw invalid(`format ${String(header.format)} version ${String(header.version)} is not supported`);
  const last = lines.filter((l) => l !== '').at(-1) ?? '';
  if (!last.startsWith(MANIFEST_PREFIX)) throw invalid('the file is incomplete (no manifest at its end)');
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(last.slice(MANIFEST_PREFIX.length)) as BackupManifest;
  } catch {
    throw invalid('the manifest line is not valid JSON');
  }
  const blocks: ParsedBackup['blocks'] = [];
  const copy = /^COPY public\."((?:[^"]|"")+)" \(.*\) FROM stdin;$/;
  for (let i = 0; i < lines.length; i++) {
    const match = copy.exec(lines[i]!);
    if (!match) continue;
    const end = lines.indexOf('\\.', i + 1);
    if (end < 0) throw invalid(`the data of table ${match[1]} has no end marker`);
    const data = lines
      .slice(i + 1, end)
      .map((l) => `${l}\n`)
      .join('');
    blocks.push({
      table: match[1]!.replace(/""/g, '"'),
      statement: lines[i]!.replace('FROM stdin;', 'FROM STDIN'),
      data,
    });
    i = end;
  }
  const named = new Set(blocks.map((b) => b.table));
  for (const name of Object.keys(manifest.tables))
    if (!named.has(name)) throw invalid(`table ${name} is in the manifest but has no data`);
  for (const b of blocks) {
    const expected = manifest.tables[b.table];
    if (!expected) throw invalid(`table ${b.table} is not in the manifest`);
    if (sha256(b.data) !== expected.sha256)
      throw invalid(`the data of table ${b.table} do not match their checksum (the file was changed or damaged)`);
  }
  return { header, manifest, blocks };
}

/**
 * Replaces the database's contents with a backup's, in one transaction. The target must be
 * migrated to the same schema the backup was taken on; the caller migrates first.
 */
export async function restore(
  database: Database,
  text: string,
): Promise<{ header: BackupHeader; tables: number; rows: number }> {
  const parsed = parseBackup(text);
  return database.session('write', async (raw) => {
    const here = await migrationState(raw);
    const there = parsed.header.migrations;
    if (here.count !== there.count || here.last !== there.last)
      throw new AppError(
        'CONFLICT',
        `The backup was taken on a database with ${there.count} migrations and this one has ${here.count}: ` +
          'restore it with the Miernik version that made it, then upgrade',
      );
    const list = await tables(raw);
    const known = new Map(list.map((t) => [t.name, t]));
    for (const b of parsed.blocks)
      if (!known.has(b.table)) throw invalid(`table ${b.table} does not exist in this database`);
    await raw.query(`TRUNCATE TABLE ${list.map((t) => `public.${quote(t.name)}`).join(', ')} RESTART IDENTITY CASCADE`);
    let rows = 0;
    const byTable = new Map(parsed.blocks.map((b) => [b.table, b]));
    for (const t of list) {
      const block = byTable.get(t.name);
      if (!block) continue;
      if (block.data !== '') await raw.copyIn(block.statement, block.data);
      rows += parsed.manifest.tables[t.name]!.rows;
      for (const statement of resetSequences(t)) await raw.query(statement.replace(/;$/, ''));
    }
    return { header: parsed.header, tables: parsed.blocks.length, rows };
  });
}
