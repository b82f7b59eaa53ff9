import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfText } from '../tests/helpers/pdf';

const bin = new URL('../bin/miernik.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'miernik-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]) =>
  execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });

// Each case spawns the CLI (tsx start-up, several seconds on a busy machine).
describe('miernik CLI', { timeout: 120_000 }, () => {
  it('lists its commands', () => {
    const help = run('--help');
    for (const command of ['serve', 'migrate', 'backup', 'restore', 'units', 'import', 'dea', 'report', 'user'])
      expect(help).toContain(command);
  });

  it('dea --json matches the METHODS.md §4.6 test vector, in file order', () => {
    const file = join(dir, 'dea.csv');
    writeFileSync(file, 'dmu;x;y\nA;2;2\nB;4;3\nC;3;1\nD;5;3,5\n');
    const expected: Record<string, Record<string, number>> = {
      'ccr-input': { A: 1, B: 0.75, C: 1 / 3, D: 0.7 },
      'bcc-input': { A: 1, B: 1, C: 2 / 3, D: 1 },
      'ccr-output': { A: 1, B: 4 / 3, C: 3, D: 1 / 0.7 },
      'bcc-output': { A: 1, B: 1, C: 2.5, D: 1 },
    };
    for (const [combo, scores] of Object.entries(expected)) {
      const [model, orientation] = combo.split('-') as [string, string];
      const out = JSON.parse(
        run(
          'dea',
          '--file',
          file,
          '--id',
          'dmu',
          '--inputs',
          'x',
          '--outputs',
          'y',
          '--model',
          model,
          '--orientation',
          orientation,
          '--json',
        ),
      ) as { id: string; score: number; peers: { id: string; lambda: number }[]; targets: Record<string, number> }[];
      expect(out.map((u) => u.id)).toEqual(['A', 'B', 'C', 'D']);
      for (const u of out) expect(u.score, `${combo} ${u.id}`).toBeCloseTo(scores[u.id]!, 6);
      if (combo === 'ccr-input') {
        // C is projected onto A's ray: θ·x = 1/3 · 3 = 1 with y = 1 (λ_A = 0.5).
        expect(out[2]!.peers).toEqual([{ id: 'A', lambda: expect.closeTo(0.5, 6) }]);
        expect(out[2]!.targets.x).toBeCloseTo(1, 6);
      }
    }
  });

  it('dea names the row and column of a bad cell and exits 1', () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'dmu,x,y\nA,2,2\nB,4,lots\n');
    const result = spawnSync(
      process.execPath,
      [bin, 'dea', '--file', file, '--id', 'dmu', '--inputs', 'x', '--outputs', 'y'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('row 3 [y]');
  });

  it("report unit writes a PDF with the unit's Polish name and an XLSX with every indicator (fresh data dir, first-start data)", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', MIERNIK_DATA_DIR: join(dir, 'db') };
    delete env.DATABASE_URL;
    const pdf = join(dir, 'report.pdf');
    const out = execFileSync(
      process.execPath,
      [bin, 'report', 'unit', '1201032', '--period', '2019', '--peers', 'nn:1201032:10', '--format', 'pdf', '-o', pdf],
      { encoding: 'utf8', env },
    );
    expect(out).toContain('Drwinia (1201032), 2019');
    expect(out).toContain('(11 units)');
    const { text } = await pdfText(readFileSync(pdf));
    expect(text).toContain('Raport porównawczy: Drwinia (1201032)');
    expect(text).toContain('Dochody własne na mieszkańca');
    const xlsx = join(dir, 'report.xlsx');
    execFileSync(
      process.execPath,
      [bin, 'report', 'unit', '1201032', '--period', '2019', '--format', 'xlsx', '-o', xlsx],
      { encoding: 'utf8', env },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const codes = book.getWorksheet('Wskaźniki')!.getColumn(2).values.slice(2);
    expect(codes).toContain('own_revenue_per_capita');
    const bad = spawnSync(
      process.execPath,
      [bin, 'report', 'unit', '1201032', '--peers', 'size:x', '-o', join(dir, 'x.pdf')],
      { encoding: 'utf8', env },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('VALIDATION_FAILED');
  }, 180_000);

  it('reports a missing file and a NUL in a units CSV as one clear line, without a stack trace', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', MIERNIK_DATA_DIR: join(dir, 'db') };
    delete env.DATABASE_URL;
    const missing = spawnSync(process.execPath, [bin, 'import', 'values', join(dir, 'nope.csv')], {
      encoding: 'utf8',
      env,
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^Error: ENOENT/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const file = join(dir, 'units-nul.csv');
    writeFileSync(file, 'code,name,kind,parent_code\nCLI-NUL,Zła\u0000nazwa,test-unit,\n');
    for (const extra of [['--dry-run'], []]) {
      const bad = spawnSync(process.execPath, [bin, 'units', 'import', file, ...extra], { encoding: 'utf8', env });
      expect(bad.status, bad.stderr).toBe(1);
      expect(bad.stderr).toContain('line 2 [name]: name contains a NUL character');
      expect(bad.stderr).not.toMatch(/\n\s+at /);
    }
  }, 180_000);

  it('backup of a data dir restores into an empty one, which then backs up to the same tables and checksums', () => {
    const env = (db: string): NodeJS.ProcessEnv => {
      const e: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', MIERNIK_DATA_DIR: join(dir, db) };
      delete e.DATABASE_URL;
      return e;
    };
    const first = join(dir, 'backup.sql');
    const out = execFileSync(process.execPath, [bin, 'backup', first], { encoding: 'utf8', env: env('db') });
    expect(out).toMatch(/^Backed up \d+ tables, \d+ rows \(pglite\)/);
    const refused = spawnSync(process.execPath, [bin, 'restore', first], { encoding: 'utf8', env: env('db-restored') });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('--yes');
    const restored = execFileSync(process.execPath, [bin, 'restore', first, '--yes'], {
      encoding: 'utf8',
      env: env('db-restored'),
    });
    expect(restored).toMatch(/^Restored \d+ tables/);
    const second = join(dir, 'backup-2.sql');
    execFileSync(process.execPath, [bin, 'backup', second], { encoding: 'utf8', env: env('db-restored') });
    const manifest = (file: string) => readFileSync(file, 'utf8').trim().split('\n').at(-1);
    expect(manifest(second)).toBe(manifest(first));
  }, 180_000);
});
