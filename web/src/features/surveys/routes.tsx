import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireUser } from '../auth';
import { RouteError } from '../../components/route-error';
import { Loading } from '../../components/async-state';
import type { Me } from '../../lib/session';
import { canManageTemplates, canRunSurveys } from '../../lib/permissions';

/** Survey pages load on first visit: SurveyJS and the charts are large and most visitors never need them. */
function page(load: () => Promise<ComponentType>): ReactNode {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

const signedIn = (_me: Me) => true;

function guarded(allow: (me: Me) => boolean, element: ReactNode): ReactNode {
  return <RequireUser allow={allow}>{element}</RequireUser>;
}

/** The respondents' page, outside the app layout: the form alone with the language switch. */
export const respondentRoute: RouteObject = {
  path: 's/:token',
  element: page(async () => (await import('./pages/respondent-page')).RespondentPage),
  errorElement: <RouteError />,
};

/** Coordinators' and operators' pages (the server checks `survey.manage` / `surveyTemplate.manage`). */
export const surveysRoutes: RouteObject[] = [
  {
    path: 'surveys',
    element: guarded(
      signedIn,
      page(async () => (await import('./pages/surveys-page')).SurveysPage),
    ),
  },
  {
    path: 'surveys/new',
    element: guarded(
      canRunSurveys,
      page(async () => (await import('./pages/wave-new-page')).WaveNewPage),
    ),
  },
  {
    path: 'surveys/waves/:id',
    element: guarded(
      signedIn,
      page(async () => (await import('./pages/wave-page')).WavePage),
    ),
  },
  {
    path: 'surveys/waves/:id/results',
    element: guarded(
      signedIn,
      page(async () => (await import('./pages/results-page')).ResultsPage),
    ),
  },
  { path: 'surveys/templates', element: page(async () => (await import('./pages/templates-page')).TemplatesPage) },
  {
    path: 'surveys/templates/new',
    element: guarded(
      canManageTemplates,
      page(async () => (await import('./pages/template-new-page')).TemplateNewPage),
    ),
  },
  { path: 'surveys/templates/:id', element: page(async () => (await import('./pages/template-page')).TemplatePage) },
];
