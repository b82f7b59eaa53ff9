/**
 * First-start work, idempotent on every start: migrate, load reference data when missing (TERYT
 * units, the model indicator catalogue, the BDL extract's values), create the first admin when
 * there are no users, and create the labelled demo network once (with demo survey waves of
 * synthetic answers), and publish release 1 of the open data (the shipped public statistics) once.
 * Shipped survey templates are synced by version on every start.
 */
import type { Config } from './config';
import type { Database } from './db/client';
import { SYSTEM_CONTEXT } from './http/context';
import type { Services } from './services';

export interface BootstrapReport {
  referenceLoaded: { units?: number; historical?: number; geometries?: number } | null;
  catalogueLoaded: { variables?: number; indicators?: number; rules?: number } | null;
  bdlValuesLoaded: { values?: number; files?: string[] } | null;
  datasetsLoaded: { values?: number; files?: string[] } | null;
  firstRelease: { indicators: number } | null;
  firstAdmin: { email: string; password: string | null; generated: boolean } | null;
  demoCreated: boolean;
  /** Milliseconds per start step, in order. */
  timings: Record<string, number>;
}

/** Counties of one real voivodeship (małopolskie) as members of the demo network; the network itself is fictional. */
export const DEMO_NETWORK = {
  name: 'DEMO — Sieć benchmarkingowa dróg powiatowych (dane demonstracyjne)',
  description:
    'Przykładowa grupa wymiany doświadczeń utworzona przy pierwszym uruchomieniu, aby pokazać działanie modułu. ' +
    'To nie jest prawdziwa sieć: skład i opis są demonstracyjne. Można ją usunąć albo wyłączyć (MIERNIK_DEMO=false).',
  serviceArea: 'roads',
  unitCodes: ['1201', '1202', '1203', '1205', '1206', '1207', '1208', '1209', '1261', '1262', '1263'],
  /**
   * Its indicator set: only indicators with real shipped data for counties (BDL unemployment and
   * population 2024). The roads indicators have no public source, so a real network collects them with
   * the county-roads round template; the demo never fills them with invented values.
   */
  indicators: [
    { code: 'unemployed_per_1000_residents', isHeadline: true },
    { code: 'registered_unemployed' },
    { code: 'population_per_km2' },
    { code: 'population_change_per_1000' },
    { code: 'urbanisation_rate' },
    { code: 'women_per_100_men' },
  ],
};

/** Demo survey waves (synthetic answers, titled as such) in units of the demo network. */
const DEMO_SURVEYS = {
  customerUnitCodes: ['1261', '1201', '1202', '1203'],
  employeeUnitCode: '1261',
  residentUnitCode: '1202',
};

/**
 * Two closed CAF rounds of Kraków (a member of the demo network), titled and flagged as demo data: 35/30 →
 * 53/45 on enablers/results is 295 → 445 of 900, the "+150 CAF points" a programme aims for.
 */
const DEMO_SELF_ASSESSMENT = {
  unitCode: '1261',
  title: 'DEMO — samoocena CAF (dane demonstracyjne)',
  evidence: 'Dane demonstracyjne — nie opisują prawdziwej samooceny tego urzędu.',
  reason: 'Dane demonstracyjne utworzone przy pierwszym uruchomieniu',
  rounds: [
    { round: 1, date: '2022-04-20', scores: { enabler: 35, result: 30 } },
    { round: 2, date: '2024-04-18', scores: { enabler: 53, result: 45 } },
  ],
};

export async function bootstrap(database: Database, services: Services, config: Config): Promise<BootstrapReport> {
  // Each step is timed (#16 item 6: a start should redo nothing that has not changed); the
  // breakdown is logged at LOG_LEVEL=debug.
  const timings: Record<string, number> = {};
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await run();
    } finally {
      timings[name] = Math.round(performance.now() - started);
    }
  };
  await step('migrate', () => database.migrate());
  const reference = await step('referenceData', () => services.units.ensureReferenceData());
  const catalogue = await step('catalogue', () => services.indicators.ensureShippedCatalogue());
  const bdl = await step('bdlExtract', () => services.dataImport.ensureBdlExtract());
  const datasets = await step('shippedDatasets', () => services.dataImport.ensureShippedDatasets());
  const firstAdmin = await step('firstAdmin', () => services.users.ensureFirstAdmin());
  const demoId = await step('demoNetwork', async () => {
    const id = config.demo ? await services.groups.ensureDemo(SYSTEM_CONTEXT, DEMO_NETWORK) : null;
    if (id !== null) await services.networks.setIndicatorSet(SYSTEM_CONTEXT, id, DEMO_NETWORK.indicators);
    return id;
  });
  await step('surveyTemplates', () => services.surveyTemplates.ensureShippedTemplates());
  if (config.demo) await step('demoSurveys', () => services.surveys.ensureDemo(SYSTEM_CONTEXT, DEMO_SURVEYS));
  if (config.demo)
    await step('demoSelfAssessment', () => services.selfAssessment.ensureDemo(SYSTEM_CONTEXT, DEMO_SELF_ASSESSMENT));
  // Waves that closed while the server was down: their figures go to the catalogue now.
  await step('closedWaves', () => services.surveyClosing.processClosedWaves());
  // Release 1 holds only indicator periods whose inputs all hold shipped reference data (never demo
  // values). Last, after every write of the start: the engine it builds is then the one served.
  const firstRelease = await step('firstRelease', () => services.openData.ensureFirstRelease(SYSTEM_CONTEXT));
  await step('expiredSessions', () => services.users.purgeExpiredSessions());
  return {
    referenceLoaded: reference.loaded ? reference : null,
    catalogueLoaded: catalogue.loaded ? catalogue : null,
    bdlValuesLoaded: bdl.loaded ? bdl : null,
    datasetsLoaded: datasets.loaded ? datasets : null,
    firstRelease: firstRelease.created ? { indicators: firstRelease.indicators } : null,
    firstAdmin,
    demoCreated: demoId !== null,
    timings,
  };
}
