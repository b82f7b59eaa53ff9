/**
 * Wires the services together. Dependencies point one way (units/groups → catalogues → data →
 * benchmarking → plans); each service receives only what it uses.
 */
import { fileURLToPath } from 'node:url';
import type { Config } from './config';
import type { Database, Db } from './db/client';
import { createBackupService } from './modules/backup/backup.service';
import { createAuditService } from './modules/audit/audit.service';
import { releasedSource } from './modules/benchmarking/benchmarking.public';
import { createReleaseDownloads } from './modules/open-data/open-data.download';
import { createBenchmarkingService } from './modules/benchmarking/benchmarking.service';
import { createCompetitionService } from './modules/competition/competition.service';
import { createDataCollectionService } from './modules/data-collection/data-collection.service';
import { createDataImportService } from './modules/data-collection/data-import.service';
import { createMailer } from './modules/data-collection/mailer';
import { createGoodPracticesService } from './modules/good-practices/good-practices.service';
import { createGroupsService } from './modules/groups/groups.service';
import { createIndicatorsService } from './modules/indicators/indicators.service';
import { createOpenDataService } from './modules/open-data/open-data.service';
import { createNetworksService } from './modules/networks/networks.service';
import { createImprovementPlansService } from './modules/improvement-plans/improvement-plans.service';
import { createStrategyMonitoringService } from './modules/strategy-monitoring/strategy-monitoring.service';
import { createStartService } from './modules/start/start.service';
import { createSelfAssessmentService } from './modules/self-assessment/self-assessment.service';
import { createSurveyResponsesService } from './modules/surveys/survey-responses.service';
import { createSurveyTemplatesService } from './modules/surveys/survey-templates.service';
import { createSurveyClosingService } from './modules/surveys/survey-closing.service';
import { createSurveyExportsService } from './modules/surveys/survey-exports.service';
import { createSurveyResultsService } from './modules/surveys/survey-results.service';
import { createWaveReads } from './modules/surveys/survey-wave-reads';
import { createSurveysService } from './modules/surveys/surveys.service';
import { createBdlClient, type BdlFetch } from './integrations/bdl/bdl-client';
import { createBdlSyncService } from './modules/data-collection/bdl-sync.service';
import { createUnitsService } from './modules/units/units.service';
import { createUsersService } from './modules/users/users.service';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Reference data shipped in the repository's data/ folder. */
export const referenceFiles = {
  terytDir: fileURLToPath(new URL('../data/teryt', import.meta.url)),
  boundariesDir: fileURLToPath(new URL('../data/boundaries', import.meta.url)),
  catalogueDir: fileURLToPath(new URL('../data/catalogue', import.meta.url)),
  bdlDir: fileURLToPath(new URL('../data/bdl', import.meta.url)),
  dataDir: fileURLToPath(new URL('../data', import.meta.url)),
  frameworksDir: fileURLToPath(new URL('../data/frameworks', import.meta.url)),
  surveysDir: fileURLToPath(new URL('../data/surveys', import.meta.url)),
};

/** Approved values as the benchmarking engine reads them. */
export type ApprovedValue = { unitId: number; variableId: number; period: string; value: number };

export interface CreateServicesDeps {
  db: Db;
  /** The database itself, for what needs more than queries (backups). */
  database: Database;
  config: Config;
  clock: Clock;
  bdlFetch?: BdlFetch;
  /** Wraps the engine's read of the value store (the bench adds synthetic national data in memory). */
  valueFeed?: (pages: AsyncIterable<ApprovedValue[]>) => AsyncIterable<ApprovedValue[]>;
}

export function createServices(deps: CreateServicesDeps) {
  const { db, config, clock } = deps;
  const audit = createAuditService({ db });
  const units = createUnitsService({ db, audit, referenceFiles });
  const groups = createGroupsService({ db, audit, units });
  const users = createUsersService({
    db,
    config,
    audit,
    now: () => clock.now(),
    findUnitId: (code) => units.findUnitId(code),
    groupExists: (id) => groups.exists(id),
  });
  /** Moves with every catalogue change: part of the key of prepared public answers (indicator metadata). */
  let catalogueVersion = 0;
  // Coverage comes from the engine, which reads this catalogue: both are wired through closures.
  const indicators = createIndicatorsService({
    db,
    audit,
    catalogueDir: referenceFiles.catalogueDir,
    coverage: (view) => (view === 'public' ? publicBenchmarking : benchmarking).coverage(),
    catalogueChanged: () => {
      catalogueVersion += 1;
      benchmarking.invalidate();
      publicBenchmarking.invalidate();
    },
  });
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
  // The engine reads approved values when first asked and rebuilds after any committed change.
  const benchmarking = createBenchmarkingService({
    units,
    groups,
    read: async () => {
      const catalogue = await indicators.catalogue();
      const pages = dataCollection.approvedValuePages();
      return { catalogue, values: deps.valueFeed ? deps.valueFeed(pages) : pages };
    },
  });
  // What anonymous callers compare (#15): released data only, rebuilt when a release is published or
  // the catalogue changes — not on value changes, which stay private until the next release.
  const publicBenchmarking = createBenchmarkingService({
    units,
    groups: { exists: async () => false, memberUnitIds: async () => [] },
    read: async () => {
      const { catalogue, columns } = await openData.releasedColumns();
      return releasedSource(catalogue, columns);
    },
  });
  const valuesChanged = () => benchmarking.invalidate();
  const dataCollection = createDataCollectionService({
    db,
    audit,
    units,
    groups,
    indicators,
    users,
    mailer,
    now: () => clock.now(),
    valuesChanged,
    releasedUnitValues: (unitId) => publicBenchmarking.releasedUnitValues(unitId),
  });
  // The key (MIERNIK_BDL_API_KEY) goes only into the X-ClientId header; it is never logged.
  const bdlClient = () =>
    createBdlClient({
      ...(config.bdlApiKey ? { clientId: config.bdlApiKey } : {}),
      ...(deps.bdlFetch ? { fetch: deps.bdlFetch, sleep: async () => {} } : {}),
    });
  const dataImport = createDataImportService({
    db,
    audit,
    units,
    indicators,
    bdlDir: referenceFiles.bdlDir,
    dataDir: referenceFiles.dataDir,
    createBdlClient: bdlClient,
    valuesChanged,
    now: () => clock.now(),
  });
  const bdlSync = createBdlSyncService({
    db,
    audit,
    units,
    indicators,
    catalogueDir: referenceFiles.catalogueDir,
    createBdlClient: bdlClient,
    valuesChanged,
    now: () => clock.now(),
  });
  // Pages the public reads are cached (the portal); a unit publishing or withdrawing an object
  // moves this counter, which is part of their cache key, so a withdrawal is not served on.
  let publicationsVersion = 0;
  const publicationsChanged = () => {
    publicationsVersion += 1;
  };
  const selfAssessment = createSelfAssessmentService({
    db,
    audit,
    units,
    users,
    frameworksDir: referenceFiles.frameworksDir,
    now: () => clock.now(),
    publicationsChanged,
  });
  const improvementPlans = createImprovementPlansService({
    db,
    audit,
    units,
    groups,
    indicators,
    benchmarking,
    selfAssessment,
    now: () => clock.now(),
    publicationsChanged,
  });
  const surveyTemplates = createSurveyTemplatesService({
    db,
    audit,
    indicators,
    surveysDir: referenceFiles.surveysDir,
  });
  const surveyResponses = createSurveyResponsesService({
    db,
    templates: surveyTemplates,
    units,
    now: () => clock.now(),
    ratePerMinute: config.surveyRateLimit,
  });
  const waveReads = createWaveReads({ db, groups, now: () => clock.now() });
  const surveyClosing = createSurveyClosingService({
    db,
    audit,
    indicators,
    dataImport,
    templates: surveyTemplates,
    reads: waveReads,
    now: () => clock.now(),
  });
  const surveys = createSurveysService({
    db,
    audit,
    units,
    templates: surveyTemplates,
    responses: surveyResponses,
    reads: waveReads,
    closing: surveyClosing,
    now: () => clock.now(),
    publicationsChanged,
  });
  const surveyResults = createSurveyResultsService({
    db,
    audit,
    templates: surveyTemplates,
    reads: waveReads,
    now: () => clock.now(),
  });
  const surveyExports = createSurveyExportsService({
    templates: surveyTemplates,
    reads: waveReads,
    results: surveyResults,
    units,
  });
  const strategyMonitoring = createStrategyMonitoringService({
    db,
    audit,
    units,
    groups,
    indicators,
    dataCollection,
    dataImport,
    benchmarking,
    surveyTemplates,
    now: () => clock.now(),
    publicationsChanged,
  });
  const networks = createNetworksService({
    db,
    audit,
    units,
    groups,
    indicators,
    dataCollection,
    dataImport,
    surveys,
    surveyResults,
    improvementPlans,
    now: () => clock.now(),
  });
  const start = createStartService({ db, now: () => clock.now(), dashboard: benchmarking });
  const goodPractices = createGoodPracticesService({
    db,
    audit,
    units,
    groups,
    users,
    indicators,
    benchmarking,
    improvementPlans,
    networks,
    publicUrl: config.publicUrl,
    now: () => clock.now(),
  });
  const competition = createCompetitionService({
    db,
    audit,
    units,
    groups,
    users,
    indicators,
    benchmarking,
    goodPractices,
    publicUrl: config.publicUrl,
    now: () => clock.now(),
  });
  const openData = createOpenDataService({
    db,
    audit,
    indicators,
    benchmarking,
    units,
    approvedValuesAsOf: (unitIds, variableIds, asOf) => dataCollection.approvedValuesAsOf(unitIds, variableIds, asOf),
    releasesChanged: () => publicBenchmarking.invalidate(),
  });
  const releaseDownloads = createReleaseDownloads({
    openData,
    dir: config.downloadsDir,
    publisher: config.publisher,
  });
  return {
    audit,
    backup: createBackupService({ database: deps.database, audit, clock }),
    units,
    groups,
    users,
    indicators,
    dataCollection,
    dataImport,
    bdlSync,
    benchmarking,
    publicBenchmarking,
    selfAssessment,
    improvementPlans,
    surveyTemplates,
    surveyResponses,
    surveys,
    surveyClosing,
    surveyResults,
    surveyExports,
    strategyMonitoring,
    networks,
    start,
    goodPractices,
    competition,
    openData,
    releaseDownloads,
    /** Moves whenever a unit publishes or withdraws a survey, assessment, plan or strategy report. */
    publicationsVersion: () => publicationsVersion,
    catalogueVersion: () => catalogueVersion,
  };
}

export type Services = ReturnType<typeof createServices>;
