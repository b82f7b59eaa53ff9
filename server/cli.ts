/**
 * The `miernik` command line. Every command goes through the same services as the API, with the
 * machine operator acting as administrator (SYSTEM_CONTEXT); nothing here re-implements logic.
 */
import { closeSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { ROLES, type Role } from '../domain/access/authorization';
import { runDea } from '../domain/benchmarking/dea';
import { parseDeaCsv } from '../domain/benchmarking/dea-csv';
import { createHighsSolver } from '../domain/benchmarking/dea-solver';
import { parseYears } from '../domain/catalogue/bdl-api';
import { buildApp } from './app';
import { bootstrap } from './bootstrap';
import { backup, restore } from './db/backup';
import { openDatabase } from './db/client';
import { SYSTEM_CONTEXT } from './http/context';
import { AppError } from './http/errors';
import { unitReportPdf, unitReportXlsx } from './modules/benchmarking/unit-report';
import { configOrExit, serve } from './main';
import { VERSION } from './version';

/** Opens the configured database, migrated and with reference data, and runs `task` with the services. */
async function withServices<T>(
  task: (services: Awaited<ReturnType<typeof buildApp>>['services']) => Promise<T>,
): Promise<T> {
  const config = configOrExit();
  const database = await openDatabase(config);
  const app = await buildApp({ database, config, logger: false, webRoot: null });
  try {
    await bootstrap(database, app.services, config);
    return await task(app.services);
  } finally {
    await app.close();
    await database.close();
  }
}

function fail(error: unknown): never {
  if (error instanceof AppError) {
    process.stderr.write(`Error ${error.code}: ${error.message}\n`);
    if (Array.isArray(error.details)) {
      for (const d of error.details as {
        line?: number;
        row?: number;
        field?: string;
        column?: string | null;
        reason?: string;
        path?: string;
        message?: string;
      }[]) {
        const where = d.line !== undefined ? `line ${d.line}` : d.row !== undefined ? `row ${d.row}` : (d.path ?? '');
        const column = d.field ?? d.column;
        process.stderr.write(`  ${where}${column ? ` [${column}]` : ''}: ${d.reason ?? d.message ?? ''}\n`);
      }
    }
    process.exit(1);
  }
  // Anything else is a fault of ours or of the machine (disk, database): one line without a stack
  // trace, which helps no operator and may quote data; MIERNIK_DEBUG=1 shows it.
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`Error: ${message}\n`);
  if (process.env.MIERNIK_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}

const program = new Command()
  .name('miernik')
  .description('Miernik — measure, compare and improve local public services')
  .version(VERSION)
  .showHelpAfterError();

program
  .command('serve')
  .description('start the web application and API (PORT, default 3000)')
  .action(async () => serve(configOrExit()));

program
  .command('migrate')
  .description('apply database migrations and load reference data, then exit')
  .action(async () => {
    const config = configOrExit();
    const database = await openDatabase(config);
    const app = await buildApp({ database, config, logger: false, webRoot: null });
    const report = await bootstrap(database, app.services, config);
    await app.close();
    await database.close();
    process.stdout.write(`Database is up to date (${database.kind}).\n`);
    if (report.referenceLoaded)
      process.stdout.write(`Loaded TERYT reference data: ${JSON.stringify(report.referenceLoaded)}\n`);
    if (report.firstAdmin?.password)
      process.stdout.write(`First administrator: ${report.firstAdmin.email} / ${report.firstAdmin.password}\n`);
  });

program
  .command('backup')
  .description('write a consistent backup of the whole database (PGlite or PostgreSQL) to FILE, as plain SQL')
  .argument('<file>', 'file to write (replaced only when the backup is complete)')
  .action(async (file: string) => {
    const config = configOrExit();
    const database = await openDatabase(config);
    // Written beside the target and renamed at the end: an interrupted backup never replaces a good one.
    const partial = `${file}.partial`;
    const fd = openSync(partial, 'w');
    const result = await backup(database, (text) => {
      writeSync(fd, text);
    })
      .finally(async () => {
        closeSync(fd);
        await database.close();
      })
      .catch(fail);
    renameSync(partial, file);
    const tables = Object.values(result.manifest.tables);
    process.stdout.write(
      `Backed up ${tables.length} tables, ${tables.reduce((n, t) => n + t.rows, 0)} rows (${database.kind}) to ${file}.\n`,
    );
  });

program
  .command('restore')
  .description('replace the whole database with a backup written by `miernik backup` (all or nothing)')
  .argument('<file>', 'backup file')
  .option('--yes', 'confirm that every current row may be replaced', false)
  .action(async (file: string, options: { yes: boolean }) => {
    if (!options.yes)
      fail(new AppError('VALIDATION_FAILED', 'Restore replaces every row of the database; run it again with --yes'));
    const text = readFileSync(file, 'utf8');
    const config = configOrExit();
    const database = await openDatabase(config);
    const result = await (async () => {
      // The schema first, so a fresh database can take the backup; the versions must then agree.
      await database.migrate();
      return restore(database, text);
    })()
      .finally(() => database.close())
      .catch(fail);
    process.stdout.write(
      `Restored ${result.tables} tables, ${result.rows} rows from ${file} (taken ${result.header.createdAt} on ${result.header.engine}).\n`,
    );
  });

const units = program.command('units').description('the units registry');
units
  .command('import')
  .description('import units from a CSV file with columns code,name,kind,parent_code (all or nothing)')
  .argument('<file>', 'CSV file, UTF-8, "," or ";" separated')
  .option('--dry-run', 'check the file and report what would change, without writing', false)
  .action(async (file: string, options: { dryRun: boolean }) => {
    const bytes = new Uint8Array(readFileSync(file));
    const result = await withServices((s) =>
      s.units.importCsv(SYSTEM_CONTEXT, bytes, { dryRun: options.dryRun, fileName: basename(file) }),
    ).catch(fail);
    const verb = result.dryRun ? 'Would create' : 'Created';
    process.stdout.write(
      `${verb} ${result.created} and ${result.dryRun ? 'update' : 'updated'} ${result.updated} of ${result.total} units${result.dryRun ? ' (dry run, nothing written)' : ''}.\n`,
    );
  });

const importCommand = program.command('import').description('bring data into the value store');
importCommand
  .command('values')
  .description('import values from CSV or XLSX (long: unit_code,variable_code,period,value; or wide) — all or nothing')
  .argument('<file>', 'CSV (UTF-8, "," or ";") or XLSX file')
  .option('--dry-run', 'validate and show what would be imported, without writing', false)
  .option('--round <id>', 'import into a collection round (its period, variables and units only)')
  .option('--approve', 'outside rounds: the values land approved at once (audited), not as drafts', false)
  .option('--replace-official', 'confirm replacing values from official statistics (GUS BDL)', false)
  .action(
    async (file: string, options: { dryRun: boolean; round?: string; approve: boolean; replaceOfficial: boolean }) => {
      const bytes = new Uint8Array(readFileSync(file));
      const result = await withServices((s) =>
        s.dataImport.importFile(SYSTEM_CONTEXT, bytes, {
          fileName: basename(file),
          dryRun: options.dryRun,
          roundId: options.round !== undefined ? Number(options.round) : undefined,
          approve: options.approve,
          replaceOfficial: options.replaceOfficial,
        }),
      ).catch(fail);
      process.stdout.write(
        `${result.dryRun ? 'Would import' : 'Imported'} ${result.values} values (${result.layout} layout, ${result.status}) for ${result.units} units, periods ${result.periods.join(', ')}; ${result.emptyCells} empty cells skipped${result.replacesOfficial > 0 ? `; ${result.replacesOfficial} official values replaced` : ''}.\n`,
      );
      for (const w of result.warnings.slice(0, 20))
        process.stdout.write(`  warning, row ${w.row} [${w.column}]: ${w.reason}\n`);
      if (result.warnings.length > 20) process.stdout.write(`  … ${result.warnings.length - 20} more warnings\n`);
    },
  );

importCommand
  .command('bdl')
  .description(
    'import a variable from the GUS BDL API (https://bdl.stat.gov.pl); MIERNIK_BDL_API_KEY raises the quotas',
  )
  .requiredOption('--variable <id>', 'BDL variable id, e.g. 72305 (population)')
  .requiredOption('--years <range>', 'a year or a range, e.g. 2019 or 2015-2024')
  .addOption(new Option('--level <level>', 'unit level').choices(['voivodeship', 'county', 'gmina']).default('gmina'))
  .option('--target <code>', 'catalogue variable to fill (default: bdl_<id>, created from BDL metadata)')
  .action(
    async (options: {
      variable: string;
      years: string;
      level: 'voivodeship' | 'county' | 'gmina';
      target?: string;
    }) => {
      const match = /^(\d{4})(?:-(\d{4}))?$/.exec(options.years);
      if (!match)
        fail(new AppError('VALIDATION_FAILED', `--years "${options.years}" is not a year or a range like 2015-2024`));
      const from = Number(match![1]);
      const to = Number(match![2] ?? match![1]);
      const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
      const result = await withServices((s) =>
        s.dataImport.importBdl(SYSTEM_CONTEXT, {
          variableId: Number(options.variable),
          years,
          level: options.level === 'gmina' ? 'municipality' : options.level,
          targetVariable: options.target,
        }),
      ).catch(fail);
      process.stdout.write(
        `Imported ${result.values} values into ${result.variableCode} (BDL lastUpdate ${result.lastUpdate}).\n`,
      );
      if (result.unknownUnits.length > 0)
        process.stdout.write(`Units BDL reported that are not in the registry: ${result.unknownUnits.join(', ')}\n`);
    },
  );

const sync = program.command('sync').description('fill the value store from public sources');
sync
  .command('bdl')
  .description(
    'pull every catalogue variable mapped to the GUS BDL API (data/catalogue/bdl-api.json) for every unit; all or nothing per variable, resumable — run it again after an interruption; MIERNIK_BDL_API_KEY (sent as X-ClientId) raises the quotas',
  )
  .option('--years <years>', 'a year, a range or a list, e.g. 2015-2024 or 2019,2023', '2015-2024')
  .option('--areas <areas>', 'only variables of these service areas, e.g. education,health (default: all)')
  .action(async (options: { years: string; areas?: string }) => {
    const years = parseYears(options.years);
    if (!years.ok) fail(new AppError('VALIDATION_FAILED', `--years: ${years.message}`));
    const areas = options.areas
      ?.split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    let shown = '';
    const final = await withServices((s) =>
      s.bdlSync.run(SYSTEM_CONTEXT, { years: years.years, ...(areas ? { areas } : {}) }, ({ state, current }) => {
        const done = state.variables.filter((v) => v.state === 'done').length;
        const line = current
          ? `[${done}/${state.variables.length}] ${current.code}${current.level ? ` level ${current.level}` : ''}`
          : '';
        if (line && line !== shown) process.stdout.write(`${line}\n`);
        shown = line;
      }),
    ).catch(fail);
    for (const v of final.variables)
      process.stdout.write(
        `  ${v.state.padEnd(7)} ${v.code}${v.bdlVariableId ? ` (BDL ${v.bdlVariableId})` : ''}: ${v.state === 'done' ? `${v.values} values${v.skippedUnits ? `, ${v.skippedUnits} units outside the register skipped` : ''}` : (v.message ?? '')}\n`,
      );
    const refused = final.variables.filter((v) => v.state === 'refused').length;
    process.stdout.write(
      `BDL sync ${final.id} done: ${final.variables.filter((v) => v.state === 'done').length} variables loaded, ${refused} refused, years ${final.years[0]}–${final.years.at(-1)}.\n`,
    );
  });

program
  .command('dea')
  .description('Data Envelopment Analysis of a CSV file (CCR/BCC, input/output orientation), solved with HiGHS')
  .requiredOption('--file <file>', 'CSV with a header row (",", ";" and decimal commas accepted)')
  .requiredOption('--id <column>', 'column with the unit ids')
  .requiredOption('--inputs <columns>', 'input columns, comma-separated')
  .requiredOption('--outputs <columns>', 'output columns, comma-separated')
  .addOption(
    new Option('--model <model>', 'returns to scale: ccr (constant) or bcc (variable)')
      .choices(['ccr', 'bcc'])
      .default('ccr'),
  )
  .addOption(
    new Option('--orientation <orientation>', 'input: θ ≤ 1, output: φ ≥ 1')
      .choices(['input', 'output'])
      .default('input'),
  )
  .option('--json', 'print an array of { id, score, peers: [{ id, lambda }], targets } in file order', false)
  .action(
    async (options: {
      file: string;
      id: string;
      inputs: string;
      outputs: string;
      model: 'ccr' | 'bcc';
      orientation: 'input' | 'output';
      json: boolean;
    }) => {
      const inputs = options.inputs
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
      const outputs = options.outputs
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
      const parsed = parseDeaCsv(readFileSync(options.file, 'utf8'), { id: options.id, inputs, outputs });
      if (!parsed.ok) fail(new AppError('VALIDATION_FAILED', parsed.reason, parsed.problems));
      const solver = await createHighsSolver();
      const result = runDea(parsed.input, { model: options.model, orientation: options.orientation }, solver);
      solver.dispose();
      if (!result.ok)
        fail(
          new AppError(
            'VALIDATION_FAILED',
            result.reason,
            result.problems?.map((p) => ({ reason: p.reason, field: p.column ?? undefined })),
          ),
        );
      for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
      const named = (values: number[], names: string[]) => Object.fromEntries(names.map((n, i) => [n, values[i]]));
      if (options.json) {
        const out = result.units.map((u) => ({
          id: u.id,
          score: u.score,
          peers: u.peers,
          targets: { ...named(u.targets.inputs, inputs), ...named(u.targets.outputs, outputs) },
        }));
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        `${options.model.toUpperCase()} ${options.orientation}-oriented DEA, ${result.units.length} units\n`,
      );
      for (const u of result.units) {
        const peers = u.peers.map((p) => `${p.id} (${p.lambda.toFixed(3)})`).join(', ');
        process.stdout.write(
          `${u.id.padEnd(16)} ${u.score.toFixed(4)}${u.efficient ? '  efficient' : `  peers: ${peers}`}\n`,
        );
      }
    },
  );

const report = program.command('report').description('reports');
report
  .command('unit <code>')
  .description("a unit's benchmark report: every indicator against its peer group, as PDF (with charts) or XLSX")
  .option('--period <period>', 'period, e.g. 2019 (default: the latest with data)')
  .option(
    '--peers <spec>',
    'peer-group spec, e.g. nn:1201022:15 or kind:municipality-rural&voivodeship:12 (default: units of its kind)',
  )
  .addOption(new Option('--format <format>', 'file format').choices(['pdf', 'xlsx']).default('pdf'))
  .addOption(new Option('--lang <lang>', 'language').choices(['pl', 'en']).default('pl'))
  .requiredOption('-o, --output <file>', 'file to write')
  .action(
    async (
      code: string,
      options: { period?: string; peers?: string; format: 'pdf' | 'xlsx'; lang: 'pl' | 'en'; output: string },
    ) => {
      const file = await withServices(async (s) => {
        const data = await s.benchmarking.unitDashboard(code, { period: options.period, peers: options.peers });
        const members = await s.benchmarking.peerMembers(code, { period: data.period, peers: data.peers.spec });
        const buffer =
          options.format === 'xlsx'
            ? await unitReportXlsx(data, members, options.lang)
            : await unitReportPdf(data, members, options.lang);
        return { buffer, data };
      }).catch(fail);
      writeFileSync(options.output, file.buffer);
      process.stdout.write(
        `Wrote ${options.output}: ${file.data.unit.name} (${code}), ${file.data.period}, ${file.data.items.length} indicators, peers ${file.data.peers.spec} (${file.data.peers.count} units).\n`,
      );
    },
  );

const user = program.command('user').description('user accounts');
user
  .command('create')
  .description('create a user with a role; prints an invitation link unless --password is given')
  .requiredOption('--email <email>', 'e-mail address (login)')
  .addOption(new Option('--role <role>', 'role to grant').choices([...ROLES]).makeOptionMandatory())
  .option('--unit <code>', 'unit the role is held in (unit-coordinator, unit-member)')
  .option('--group <id>', 'group the role is held in (group-moderator, network-operator of one network)')
  .option('--name <name>', 'display name')
  .option('--password <password>', 'initial password (min. 12 characters); omit to get an invitation link')
  .action(
    async (options: { email: string; role: Role; unit?: string; group?: string; name?: string; password?: string }) => {
      const result = await withServices(async (s) => {
        const created = await s.users.create(SYSTEM_CONTEXT, {
          email: options.email,
          name: options.name ?? options.email.split('@')[0]!,
          password: options.password,
        });
        await s.users.assignRole(SYSTEM_CONTEXT, created.user.id, {
          role: options.role,
          unitCode: options.unit,
          groupId: options.group !== undefined ? Number(options.group) : undefined,
        });
        return created;
      }).catch(fail);
      process.stdout.write(
        `Created ${result.user.email} with role ${options.role}${options.unit ? ` in unit ${options.unit}` : ''}${options.group ? ` in group ${options.group}` : ''}.\n`,
      );
      if (result.invitationUrl) process.stdout.write(`Invitation link (valid 14 days): ${result.invitationUrl}\n`);
    },
  );

await program.parseAsync(process.argv).catch(fail);
