import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomError, Model, QuestionRatingModel, surveyLocalization } from 'survey-core';
import 'survey-core/i18n/polish';
import { Survey } from 'survey-react-ui';
// Without the @font-face rules, which would fetch Open Sans from Google's servers: the theme uses the app's font.
import 'survey-core/survey-core.fontless.min.css';
import './survey-theme.css';
import type { SurveyJson } from '../api';

// Templates keep Polish in `default` and English in `en` (domain/surveys/template.ts), so the
// default locale must be Polish for `locale = 'en'` to switch to the English texts.
surveyLocalization.defaultLocale = 'pl';

/** A field error to show under a question (from the server's validation of the answers). */
export interface QuestionError {
  question: string;
  message: string;
}

export interface SurveyFormProps {
  form: SurveyJson;
  /**
   * Called with the answers when the respondent completes the form. Resolve `true` when they
   * were accepted (the caller then shows its thank-you page), or the field errors to show
   * (an empty list for an error the caller shows itself); the form stays as it was.
   */
  onSubmit: (answers: Record<string, unknown>) => Promise<true | QuestionError[]>;
  /** Labels of the complete button and of the respondent-facing navigation, in the app's language. */
  completeText: string;
  /** Accessible name of the whole form. */
  label: string;
}

/**
 * The SurveyJS Form Library (survey-core + survey-react-ui, MIT) rendering a template's form in
 * the app's language. The form's own completion page is off: the caller decides what happens
 * after a successful submission, and a rejected one leaves the respondent on the form with the
 * server's messages next to the questions they concern.
 */
export default function SurveyForm({ form, onSubmit, completeText, label }: SurveyFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'pl';
  const model = useMemo(() => createSurveyModel(form), [form]);
  const progress = usePageProgress(model);

  useEffect(() => {
    setLanguage(model, language, completeText);
  }, [model, language, completeText]);

  // Completion goes through the current `onSubmit` (it changes with the invitation code typed).
  useEffect(() => attachSubmit(model, onSubmit), [model, onSubmit]);

  return (
    <div className="survey-host" role="region" aria-label={label}>
      {progress.pages > 1 ? <p className="survey-progress">{t('surveys:respond.progress', progress)}</p> : null}
      <Survey model={model} />
    </div>
  );
}

/**
 * "Strona N z M" of a multi-page form, our own text rather than SurveyJS's progress bar so that it
 * is in the app's words and language. Counts visible pages: a page hidden by a condition is skipped.
 */
function usePageProgress(survey: Model): { page: number; pages: number } {
  const read = () => ({ page: survey.currentPageNo + 1, pages: survey.visiblePageCount });
  const [progress, setProgress] = useState(read);
  useEffect(() => {
    const update = () => setProgress(read());
    update();
    survey.onCurrentPageChanged.add(update);
    survey.onPageVisibleChanged.add(update);
    return () => {
      survey.onCurrentPageChanged.remove(update);
      survey.onPageVisibleChanged.remove(update);
    };
    // `read` closes over `survey` only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [survey]);
  return progress;
}

function createSurveyModel(form: SurveyJson): Model {
  const survey = new Model(form);
  survey.showCompletePage = false;
  // Errors are shown when the respondent moves on, not while they are still choosing.
  survey.checkErrorsMode = 'onNextPage';
  for (const question of survey.getAllQuestions()) {
    // A rating keeps its buttons (radios) on a phone, wrapped onto several lines, instead of
    // turning into a dropdown that hides the scale (and whose inner read-only text box has no
    // label); every point stays one tap or key away.
    if (question instanceof QuestionRatingModel) question.displayMode = 'buttons';
  }
  return survey;
}

/** Hands completion to `submit`: the form completes only when it resolves `true`. Returns the detach. */
function attachSubmit(survey: Model, submit: SurveyFormProps['onSubmit']): () => void {
  const handler = async (sender: Model, options: { allow: boolean }) => {
    const outcome = await submit(sender.data as Record<string, unknown>);
    if (outcome === true) return;
    options.allow = false;
    showErrors(sender, outcome);
  };
  survey.onCompleting.add(handler);
  return () => survey.onCompleting.remove(handler);
}

function setLanguage(survey: Model, language: 'pl' | 'en', completeText: string) {
  // '' is the default locale, i.e. the Polish texts under `default`.
  survey.locale = language === 'pl' ? '' : language;
  survey.completeText = completeText;
}

/** Puts each error under its question, opens the page of the first one and focuses it. */
function showErrors(survey: Model, errors: readonly QuestionError[]) {
  let first: string | null = null;
  for (const error of errors) {
    const question = survey.getQuestionByName(error.question);
    if (!question) continue;
    question.addError(new CustomError(error.message, survey));
    first ??= error.question;
  }
  if (first !== null) survey.focusQuestion(first);
}
