/**
 * The respondents' entry (respondent.html, served for `/s/:token`): only what the survey page
 * needs — the form, the language switch and the texts of `common` and `surveys` — and none of the
 * app's routes, admin pages, charts or maps, so a phone on a slow connection downloads little.
 * The app keeps its own `/s/:token` route for links followed inside it.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { RouteError } from './components/route-error';
import { RespondentPage } from './features/surveys/pages/respondent-page';
import { AnnouncerProvider } from './lib/announce';
import i18n, { initI18n } from './lib/i18n-setup';
import { queryDefaults } from './lib/query-defaults';
import enCommon from './locales/en/common.json';
import enSurveys from './locales/en/surveys.json';
import plCommon from './locales/pl/common.json';
import plSurveys from './locales/pl/surveys.json';
import './styles.css';

initI18n({ pl: { common: plCommon, surveys: plSurveys }, en: { common: enCommon, surveys: enSurveys } });

// SurveyJS is most of the page's weight: fetch it while the survey itself is being fetched.
void import('./features/surveys/components/survey-form');

const queryClient = new QueryClient({ defaultOptions: queryDefaults });

const router = createBrowserRouter([{ path: '/s/:token', element: <RespondentPage />, errorElement: <RouteError /> }]);

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AnnouncerProvider>
          <RouterProvider router={router} />
        </AnnouncerProvider>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
