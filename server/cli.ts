/**
 * The `miernik` command line. Every command goes through the same services as the API, with the
 * machine operator acting as administrator (SYSTEM_CONTEXT); nothing here re-implements logic.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { ROLES, type Role } from '../domain/access/authorization';
import { buildApp } from './app';
import { bootstrap } from './bootstrap';
import { openDatabase } from './db/client';
import { SYSTEM_CONTEXT } from './http/context';
import { AppError } from './http/errors';
import { configOrExit, serve } from './main';
import { VERSION } from './version';

/** Opens the configured database, migrated and with reference data, and runs `task` with the services. */
async function withServices<T>(task: (services: Awaited<ReturnType<typeof buildApp>>['services']) => Promise<T>): Promise<T> {
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
      for (const d of error.details as { line?: number; field?: string; reason?: string; path?: string; message?: string }[]) {
        process.stderr.write(`  ${d.line !== undefined ? `line ${d.line}` : (d.path ?? '')}${d.field ? ` [${d.field}]` : ''}: ${d.reason ?? d.message ?? ''}\n`);
      }
    }
    process.exit(1);
  }
  throw error;
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
    if (report.referenceLoaded) process.stdout.write(`Loaded TERYT reference data: ${JSON.stringify(report.referenceLoaded)}\n`);
    if (report.firstAdmin?.password) process.stdout.write(`First administrator: ${report.firstAdmin.email} / ${report.firstAdmin.password}\n`);
  });

const units = program.command('units').description('the units registry');
units
  .command('import')
  .description('import units from a CSV file with columns code,name,kind,parent_code (all or nothing)')
  .argument('<file>', 'CSV file, UTF-8, "," or ";" separated')
  .option('--dry-run', 'check the file and report what would change, without writing', false)
  .action(async (file: string, options: { dryRun: boolean }) => {
    const bytes = new Uint8Array(readFileSync(file));
    const result = await withServices((s) => s.units.importCsv(SYSTEM_CONTEXT, bytes, { dryRun: options.dryRun, fileName: basename(file) })).catch(fail);
    const verb = result.dryRun ? 'Would create' : 'Created';
    process.stdout.write(`${verb} ${result.created} and ${result.dryRun ? 'update' : 'updated'} ${result.updated} of ${result.total} units${result.dryRun ? ' (dry run, nothing written)' : ''}.\n`);
  });

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
  .action(async (options: { email: string; role: Role; unit?: string; group?: string; name?: string; password?: string }) => {
    const result = await withServices(async (s) => {
      const created = await s.users.create(SYSTEM_CONTEXT, { email: options.email, name: options.name ?? options.email.split('@')[0]!, password: options.password });
      await s.users.assignRole(SYSTEM_CONTEXT, created.user.id, {
        role: options.role, unitCode: options.unit, groupId: options.group !== undefined ? Number(options.group) : undefined,
      });
      return created;
    }).catch(fail);
    process.stdout.write(`Created ${result.user.email} with role ${options.role}${options.unit ? ` in unit ${options.unit}` : ''}${options.group ? ` in group ${options.group}` : ''}.\n`);
    if (result.invitationUrl) process.stdout.write(`Invitation link (valid 14 days): ${result.invitationUrl}\n`);
  });

await program.parseAsync(process.argv);
