import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, API_BASE, ApiError, seg } from '../../lib/api';
import type {
  DimensionResult,
  HeadlineFigure,
  QuestionResult,
  WaveComparison,
  UnitFigures,
} from '../../../../domain/surveys/results';
import type { Suppressible } from '../../../../domain/surveys/suppression';
import type { SurveyJson, SurveyKind, SurveyTemplate } from '../../../../domain/surveys/template';

// Result shapes come from domain/surveys (type-only imports: nothing of it is bundled), so the
// pages read exactly what the server computes with the same functions.
export type {
  DimensionResult,
  HeadlineFigure,
  QuestionResult,
  SurveyJson,
  SurveyKind,
  SurveyTemplate,
  Suppressible,
  UnitFigures,
  WaveComparison,
};

export interface LocalizedTitle {
  pl: string;
  en: string;
}

export type WaveStatus = 'scheduled' | 'open' | 'closed';

export interface TemplateSummary {
  id: string;
  version: number;
  kind: SurveyKind;
  titles: LocalizedTitle;
  shipped: boolean;
  questionCount: number;
}

export type TemplateDetail = SurveyTemplate & { shipped: boolean };

export interface TemplateProblem {
  path: string;
  code: string;
  message: string;
  rule?: string;
}

export interface TemplateCheck {
  ok: boolean;
  problems: TemplateProblem[];
  warnings: TemplateProblem[];
}

export interface WaveSummary {
  id: number;
  unit: { code: string; name: string };
  template: { id: string; version: number; titles: LocalizedTitle };
  title: string;
  opensAt: string;
  closesAt: string;
  status: WaveStatus;
  responses: number;
  targetPopulation: number | null;
  demo: boolean;
}

export interface WaveDetail extends WaveSummary {
  publicToken: string | null;
  publicUrl: string | null;
  /** Invitation codes were issued: answers are accepted only with an unused code. */
  requiresCode: boolean;
  invitationCodes: { issued: number; used: number };
  repeatEveryMonths: number | null;
  minimumN: number;
  previousWaveId: number | null;
  nextWaveId: number | null;
  canManage: boolean;
}

export interface WaveListParams {
  unit?: string;
  template?: string;
  status?: WaveStatus | '';
  page?: number;
  pageSize?: number;
}

export interface CreateWaveInput {
  unitCode: string;
  templateId: string;
  title?: string;
  opensAt: string;
  closesAt: string;
  targetPopulation?: number;
  repeatEveryMonths?: number;
  minimumN?: number;
}

export interface UpdateWaveInput {
  title?: string;
  opensAt?: string;
  closesAt?: string;
  targetPopulation?: number | null;
  repeatEveryMonths?: number | null;
  minimumN?: number;
}

export interface PublicSurvey {
  status: WaveStatus;
  opensAt: string;
  closesAt: string;
  unit: { code: string; name: string };
  template: { id: string; version: number; titles: LocalizedTitle; form: SurveyJson };
  requiresCode: boolean;
  demo: boolean;
}

export interface WaveResults {
  wave: WaveSummary;
  n: number;
  minimumN: number;
  /** n / invitation codes issued, or n / target population; null when neither is known. */
  responseRate: number | null;
  responseRateBasis: 'invitations' | 'population' | null;
  /** 95 % half-width at p = 0.5 (a fraction), with the finite population correction when N is known. */
  marginOfError: number | null;
  questions: QuestionResult[];
  dimensions: DimensionResult[];
  headline: HeadlineFigure[];
}

export interface ComparisonResult extends WaveComparison {
  earlier: WaveSummary;
  later: WaveSummary;
}

export interface UnitComparisonRow {
  unit: { code: string; name: string };
  wave: { id: number; title: string; closesAt: string; demo: boolean };
  result: Suppressible<UnitFigures>;
}

export interface UnitComparison {
  measure: string;
  /** 'share' for a proportion in [0, 1], 'mean' for a mean on the item's scale. */
  kind: 'share' | 'mean';
  template: { id: string; version: number; titles: LocalizedTitle };
  rows: UnitComparisonRow[];
}

export interface FreeTextItem {
  id: string;
  question: string;
  text: string;
  hidden: boolean;
  reason: string | null;
}

const TEMPLATES = '/survey-templates';
const WAVES = '/survey-waves';

export const surveyKeys = {
  all: ['surveys'] as const,
  templates: ['surveys', 'templates'] as const,
  template: (id: string) => ['surveys', 'templates', id] as const,
  waves: (params: WaveListParams) => ['surveys', 'waves', 'list', params] as const,
  wave: (id: string) => ['surveys', 'waves', 'detail', id] as const,
  results: (id: string) => ['surveys', 'waves', 'results', id] as const,
  comparison: (id: string, other: string) => ['surveys', 'waves', 'comparison', id, other] as const,
  freeText: (id: string) => ['surveys', 'waves', 'free-text', id] as const,
  unitComparison: (templateId: string, measure: string) => ['surveys', 'unit-comparison', templateId, measure] as const,
  public: (token: string) => ['public-survey', token] as const,
};

export function exportUrl(waveId: number, format: 'csv' | 'xlsx' | 'pdf', language: 'pl' | 'en'): string {
  return `${API_BASE}${WAVES}/${seg(waveId)}/export?format=${format}&lang=${language}`;
}

export function invitationCodesCsvUrl(waveId: number): string {
  return `${API_BASE}${WAVES}/${seg(waveId)}/invitation-codes.csv`;
}

// --- Templates ---------------------------------------------------------------------------------

export function useTemplates() {
  return useQuery({
    queryKey: surveyKeys.templates,
    queryFn: ({ signal }) => api.get<{ items: TemplateSummary[] }>(TEMPLATES, undefined, signal),
    staleTime: 60_000,
  });
}

export function useTemplate(id: string) {
  return useQuery({
    queryKey: surveyKeys.template(id),
    queryFn: ({ signal }) => api.get<TemplateDetail>(`${TEMPLATES}/${seg(id)}`, undefined, signal),
    enabled: id !== '',
  });
}

/** Checks a template without saving it (the editor's "validate"). */
export function useValidateTemplate() {
  return useMutation({
    mutationFn: (template: unknown) => api.post<TemplateCheck>(`${TEMPLATES}/validate`, { template }),
  });
}

export function useSaveTemplate(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (template: unknown) =>
      id === null
        ? api.post<TemplateDetail>(TEMPLATES, { template })
        : api.put<TemplateDetail>(`${TEMPLATES}/${seg(id)}`, { template }),
    onSuccess: (saved) => {
      queryClient.setQueryData(surveyKeys.template(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: surveyKeys.templates });
    },
  });
}

// --- Waves -------------------------------------------------------------------------------------

export function useWaves(params: WaveListParams, enabled = true) {
  return useQuery({
    queryKey: surveyKeys.waves(params),
    queryFn: ({ signal }) => api.get<{ items: WaveSummary[]; total: number }>(WAVES, { ...params }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useWave(id: string | number) {
  return useQuery({
    queryKey: surveyKeys.wave(String(id)),
    queryFn: ({ signal }) => api.get<WaveDetail>(`${WAVES}/${seg(id)}`, undefined, signal),
  });
}

export function useCreateWave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWaveInput) => api.post<WaveDetail>(WAVES, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyKeys.all }),
  });
}

export function useUpdateWave(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateWaveInput) => api.patch<WaveDetail>(`${WAVES}/${seg(id)}`, input),
    onSuccess: (wave) => {
      queryClient.setQueryData(surveyKeys.wave(String(id)), wave);
      void queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    },
  });
}

export function usePrepareNextWave(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<WaveDetail>(`${WAVES}/${seg(id)}/next`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyKeys.all }),
  });
}

export function useGenerateCodes(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (count: number) => api.post<{ codes: string[] }>(`${WAVES}/${seg(id)}/invitation-codes`, { count }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyKeys.wave(String(id)) }),
  });
}

export function useWaveResults(id: string | number, minimumN?: number) {
  return useQuery({
    queryKey: [...surveyKeys.results(String(id)), minimumN ?? null],
    queryFn: ({ signal }) => api.get<WaveResults>(`${WAVES}/${seg(id)}/results`, { minimumN }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Wave-to-wave comparison; `other` empty means the server's default (the previous wave). */
export function useWaveComparison(id: number, other: string, enabled: boolean) {
  return useQuery({
    queryKey: surveyKeys.comparison(String(id), other),
    queryFn: ({ signal }) =>
      api.get<ComparisonResult>(`${WAVES}/${seg(id)}/comparison`, { with: other || undefined }, signal),
    enabled,
    retry: false,
  });
}

export function useUnitComparison(templateId: string, measure: string, enabled: boolean) {
  return useQuery({
    queryKey: surveyKeys.unitComparison(templateId, measure),
    queryFn: ({ signal }) =>
      api.get<UnitComparison>(`${TEMPLATES}/${seg(templateId)}/unit-comparison`, { measure }, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useFreeText(id: number) {
  return useQuery({
    queryKey: surveyKeys.freeText(String(id)),
    queryFn: ({ signal }) => api.get<{ items: FreeTextItem[] }>(`${WAVES}/${seg(id)}/free-text`, undefined, signal),
  });
}

export function useSetFreeTextHidden(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ answerId, hidden, reason }: { answerId: string; hidden: boolean; reason?: string }) =>
      api.patch<FreeTextItem>(
        `${WAVES}/${seg(id)}/free-text/${seg(answerId)}`,
        reason ? { hidden, reason } : { hidden },
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: surveyKeys.freeText(String(id)) });
      void queryClient.invalidateQueries({ queryKey: surveyKeys.results(String(id)) });
    },
  });
}

// --- Public (respondents) ----------------------------------------------------------------------

export function usePublicSurvey(token: string) {
  return useQuery({
    queryKey: surveyKeys.public(token),
    queryFn: ({ signal }) =>
      publicRequest<PublicSurvey>('GET', `/public/surveys/${seg(token)}`, undefined, undefined, signal),
    // The form is being filled in: a background refetch must not rebuild it under the respondent.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

export interface SubmitInput {
  token: string;
  answers: Record<string, unknown>;
  invitationCode?: string;
  /** One key per submission attempt series, so a retry or double click stores one response. */
  idempotencyKey: string;
}

export function submitResponse({ token, answers, invitationCode, idempotencyKey }: SubmitInput): Promise<{ ok: true }> {
  return publicRequest<{ ok: true }>(
    'POST',
    `/public/surveys/${seg(token)}/responses`,
    invitationCode ? { answers, invitationCode } : { answers },
    {
      'idempotency-key': idempotencyKey,
    },
  );
}

/**
 * Requests of the respondent page. They go without cookies (`credentials: 'omit'`): a respondent
 * who happens to be signed in must not send their session along with an anonymous answer.
 */
async function publicRequest<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', cause instanceof Error ? cause.message : 'Network error');
  }
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (e.g. a proxy's error page): the status alone tells what happened.
  }
  if (!response.ok) {
    const error = (
      json as { error?: { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown } } | undefined
    )?.error;
    return Promise.reject(
      new ApiError(
        response.status,
        typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`,
        typeof error?.message === 'string' ? error.message : response.statusText,
        error?.details,
        typeof error?.requestId === 'string' ? error.requestId : undefined,
      ),
    );
  }
  return json as T;
}
