/** Entry point of `npm start` / `miernik serve`: config → database → buildApp → listen. */
import { buildApp } from './app';
import { bootstrap } from './bootstrap';
import { ConfigError, loadConfig, type Config } from './config';
import { openDatabase } from './db/client';

export async function serve(config: Config): Promise<void> {
  const started = performance.now();
  const database = await openDatabase(config);
  const opened = performance.now();
  const app = await buildApp({ database, config });
  const built = performance.now();
  const report = await bootstrap(database, app.services, config);
  if (report.referenceLoaded) {
    app.log.info(report.referenceLoaded, 'Loaded reference data (Źródło: GUS, TERYT)');
  }
  await app.listen({ port: config.port, host: config.host });
  app.log.debug(
    {
      openDatabaseMs: Math.round(opened - started),
      buildAppMs: Math.round(built - opened),
      bootstrapMs: report.timings,
      listenMs: Math.round(performance.now() - started),
    },
    'start breakdown (ms since the process opened the database)',
  );
  const where = database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  const lines = [
    ``,
    `  Miernik is running: ${config.publicUrl}`,
    `  Database: ${where}`,
    `  API docs: ${config.publicUrl}/api/docs`,
  ];
  if (report.firstAdmin) {
    lines.push(`  First administrator: ${report.firstAdmin.email}`);
    lines.push(
      report.firstAdmin.password
        ? `  Password (shown once, change it or keep it safe): ${report.firstAdmin.password}`
        : '  Password: the one set in MIERNIK_ADMIN_PASSWORD',
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  // Fill the benchmarking engine in the background; requests before it is ready simply wait for it.
  app.services.benchmarking
    .warm()
    .catch((error: unknown) => app.log.error({ err: error }, 'benchmarking engine failed to load'));
  // The good-practice search index is rebuilt from the tables on every start.
  app.services.goodPractices
    .warm()
    .catch((error: unknown) => app.log.error({ err: error }, 'good-practice search index failed to build'));

  // Waves close by the clock: the timer publishes their figures and prepares repeat waves.
  const stopClosing = app.services.surveyClosing.start((error: unknown) =>
    app.log.error({ err: error }, 'processing closed survey waves failed'),
  );

  const shutdown = async () => {
    await stopClosing();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
