/**
 * `npm run fuzz -- --cases N [--seed S] [--only imports,survey-answers,json-bodies]`: the fuzzers of
 * server/fuzz.test.ts run longer, on a fresh in-memory PGlite with the reference data, the
 * catalogue and the 2010–2019 extract the API tests use. Findings (crash, hang over 2 s, partial
 * write, unclear error) are printed with the case number that reproduces them with the seed; the
 * last line is one JSON object with the figures per fuzzer. Exit code 1 when anything was found.
 */
import { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../server/app';
import { fromPglite } from '../server/db/client';
import { testConfig } from '../tests/helpers/config';
import { TEMPLATE_BDL_FILES } from '../tests/helpers/datasets';
import type { TestApp } from '../tests/helpers/app';
import { fuzzImports, fuzzJsonBodies, fuzzSurveyAnswers, summary, type FuzzReport } from '../tests/fuzz/fuzzers';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const cases = Number(arg('--cases') ?? 1000);
const seed = Number(arg('--seed') ?? 20261207);
const only = (arg('--only') ?? 'imports,survey-answers,json-bodies').split(',');
if (!Number.isInteger(cases) || cases < 1) throw new Error('--cases must be a positive integer');

const database = fromPglite(await PGlite.create());
await database.migrate();
const config = testConfig({ surveyRateLimit: 1_000_000 });
const app = await buildApp({ database, config, logger: false, webRoot: null });
await app.ready();
await app.services.units.ensureReferenceData();
await app.services.indicators.ensureShippedCatalogue();
await app.services.dataImport.ensureBdlExtract({ only: TEMPLATE_BDL_FILES });
await app.services.surveyTemplates.ensureShippedTemplates();
const t = {
  app,
  database,
  db: database.db,
  services: app.services,
  config,
  close: () => app.close(),
} as unknown as TestApp;

const fuzzers = {
  imports: fuzzImports,
  'survey-answers': fuzzSurveyAnswers,
  'json-bodies': fuzzJsonBodies,
} as const;
const reports: FuzzReport[] = [];
for (const name of only) {
  const fuzz = fuzzers[name as keyof typeof fuzzers];
  if (!fuzz) throw new Error(`unknown fuzzer ${name}; choose from ${Object.keys(fuzzers).join(', ')}`);
  const started = performance.now();
  const report = await fuzz(t, { cases, seed });
  reports.push(report);
  const [line] = summary([report]);
  console.log(
    `${name}: ${cases} cases in ${((performance.now() - started) / 1000).toFixed(0)} s — crashes ${line!.crashes}, ` +
      `hangs ${line!.hangs}, partial writes ${line!.partialWrites}, unclear ${line!.unclear}; ` +
      `slowest ${line!.slowestMs} ms; statuses ${JSON.stringify(line!.statuses)}`,
  );
  for (const finding of report.findings.slice(0, 20)) console.log('  ', JSON.stringify(finding));
}
await app.close();
await database.close();
console.log(JSON.stringify({ seed, cases, fuzzers: summary(reports) }));
process.exit(reports.some((r) => r.findings.length > 0) ? 1 : 0);
