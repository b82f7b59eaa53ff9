/** The whole app's translations; the respondents' page loads its own two namespaces instead. */
import i18n, { initI18n } from './i18n-setup';

import plCommon from '../locales/pl/common.json';
import plAuth from '../locales/pl/auth.json';
import plUnits from '../locales/pl/units.json';
import plGroups from '../locales/pl/groups.json';
import plUsers from '../locales/pl/users.json';
import plAudit from '../locales/pl/audit.json';
import plIndicators from '../locales/pl/indicators.json';
import plDataCollection from '../locales/pl/dataCollection.json';
import plSelfAssessment from '../locales/pl/selfAssessment.json';
import plImprovementPlans from '../locales/pl/improvementPlans.json';
import plBenchmarking from '../locales/pl/benchmarking.json';
import plSurveys from '../locales/pl/surveys.json';
import plStrategyMonitoring from '../locales/pl/strategy-monitoring.json';
import plNetworks from '../locales/pl/networks.json';
import plGoodPractices from '../locales/pl/good-practices.json';
import plCompetition from '../locales/pl/competition.json';
import enCommon from '../locales/en/common.json';
import enAuth from '../locales/en/auth.json';
import enUnits from '../locales/en/units.json';
import enGroups from '../locales/en/groups.json';
import enUsers from '../locales/en/users.json';
import enAudit from '../locales/en/audit.json';
import enIndicators from '../locales/en/indicators.json';
import enDataCollection from '../locales/en/dataCollection.json';
import enSelfAssessment from '../locales/en/selfAssessment.json';
import enImprovementPlans from '../locales/en/improvementPlans.json';
import enBenchmarking from '../locales/en/benchmarking.json';
import enSurveys from '../locales/en/surveys.json';
import enStrategyMonitoring from '../locales/en/strategy-monitoring.json';
import enNetworks from '../locales/en/networks.json';
import enGoodPractices from '../locales/en/good-practices.json';
import enCompetition from '../locales/en/competition.json';

export const resources = {
  pl: {
    common: plCommon,
    auth: plAuth,
    units: plUnits,
    groups: plGroups,
    users: plUsers,
    audit: plAudit,
    indicators: plIndicators,
    dataCollection: plDataCollection,
    benchmarking: plBenchmarking,
    surveys: plSurveys,
    selfAssessment: plSelfAssessment,
    improvementPlans: plImprovementPlans,
    'strategy-monitoring': plStrategyMonitoring,
    networks: plNetworks,
    'good-practices': plGoodPractices,
    competition: plCompetition,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    units: enUnits,
    groups: enGroups,
    users: enUsers,
    audit: enAudit,
    indicators: enIndicators,
    dataCollection: enDataCollection,
    benchmarking: enBenchmarking,
    surveys: enSurveys,
    selfAssessment: enSelfAssessment,
    improvementPlans: enImprovementPlans,
    'strategy-monitoring': enStrategyMonitoring,
    networks: enNetworks,
    'good-practices': enGoodPractices,
    competition: enCompetition,
  },
} as const;

initI18n(resources);

export { LANGUAGES, currentLanguage, type Language } from './i18n-setup';
export default i18n;
