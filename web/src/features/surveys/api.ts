import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, ApiError, seg } from '../../lib/api';
import { call, client, type ApiBody, type ApiQuery, type ApiResponse } from '../../lib/client';
import type { SurveyJson, SurveyKind } from '../../../../domain/surveys/template';

export type { SurveyJson, SurveyKind };

export type TemplateSummary = ApiResponse<'/api/v1/survey-templates', 'get'>['items'][number];
export type TemplateDetail = ApiResponse<'/api/v1/survey-templates/{id}', 'get'>;
export type LocalizedTitle = TemplateDetail['titles'];
export type TemplateCheck = ApiResponse<'/api/v1/survey-templates/validate', 'post'>;
export type TemplateProblem = TemplateCheck['problems'][number];
export type WaveSummary = ApiResponse<'/api/v1/survey-waves', 'get'>['items'][number];
export type WaveStatus = WaveSummary['status'];
export type WaveDetail = ApiResponse<'/api/v1/survey-waves/{id}', 'get'>;
export type WaveListParams = Omit<NonNullable<ApiQuery<'/api/v1/survey-waves', 'get'>>, 'status'> & {
  status?: WaveStatus | '';
};
export type CreateWaveInput = ApiBody<'/api/v1/survey-waves', 'post'>;
export type UpdateWaveInput = ApiBody<'/api/v1/survey-waves/{id}', 'patch'>;
export type PublicSurvey = ApiResponse<'/api/v1/public/surveys/{token}', 'get'>;
export type WaveResults = ApiResponse<'/api/v1/survey-waves/{id}/results', 'get'>;
export type QuestionResult = WaveResults['questions'][number];
export type DimensionResult = WaveResults['dimensions'][number];
export type HeadlineFigure = WaveResults['headline'][number];
export type ComparisonResult = ApiResponse<'/api/v1/survey-waves/{id}/comparison', 'get'>;
export type UnitComparison = ApiResponse<'/api/v1/survey-templates/{id}/unit-comparison', 'get'>;
export type UnitComparisonRow = UnitComparison['rows'][number];
export type FreeTextItem = ApiResponse<'/api/v1/survey-waves/{id}/free-text', 'get'>['items'][number];

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
    queryFn: ({ signal }) => call(client.GET('/api/v1/survey-templates', { signal })),
    staleTime: 60_000,
  });
}

export function useTemplate(id: string) {
  return useQuery({
    queryKey: surveyKeys.template(id),
    queryFn: ({ signal }) => call(client.GET('/api/v1/survey-templates/{id}', { params: { path: { id } }, signal })),
    enabled: id !== '',
  });
}

/** Checks a template without saving it (the editor's "validate"). */
export function useValidateTemplate() {
  return useMutation({
    mutationFn: (template: unknown) => call(client.POST('/api/v1/survey-templates/validate', { body: { template } })),
  });
}

export function useSaveTemplate(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (template: unknown) =>
      id === null
        ? call(client.POST('/api/v1/survey-templates', { body: { template } }))
        : call(client.PUT('/api/v1/survey-templates/{id}', { params: { path: { id } }, body: { template } })),
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
    queryFn: ({ signal }) =>
      call(
        client.GET('/api/v1/survey-waves', {
          // An empty status is the list filter's "any"; the API takes it as an absent parameter.
          params: { query: { ...params, status: params.status || undefined } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useWave(id: string | number) {
  return useQuery({
    queryKey: surveyKeys.wave(String(id)),
    queryFn: ({ signal }) =>
      call(client.GET('/api/v1/survey-waves/{id}', { params: { path: { id: Number(id) } }, signal })),
  });
}

export function useCreateWave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWaveInput) => call(client.POST('/api/v1/survey-waves', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyKeys.all }),
  });
}

export function useUpdateWave(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateWaveInput) =>
      call(client.PATCH('/api/v1/survey-waves/{id}', { params: { path: { id } }, body: input })),
    onSuccess: (wave) => {
      queryClient.setQueryData(surveyKeys.wave(String(id)), wave);
      void queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    },
  });
}

export function usePrepareNextWave(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(client.POST('/api/v1/survey-waves/{id}/next', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyKeys.all }),
  });
}

export function useGenerateCodes(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (count: number) =>
      call(client.POST('/api/v1/survey-waves/{id}/invitation-codes', { params: { path: { id } }, body: { count } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveyKeys.wave(String(id)) }),
  });
}

export function useWaveResults(id: string | number, minimumN?: number) {
  return useQuery({
    queryKey: [...surveyKeys.results(String(id)), minimumN ?? null],
    queryFn: ({ signal }) =>
      call(
        client.GET('/api/v1/survey-waves/{id}/results', {
          params: { path: { id: Number(id) }, query: minimumN === undefined ? {} : { minimumN } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Wave-to-wave comparison; `other` empty means the server's default (the previous wave). */
export function useWaveComparison(id: number, other: string, enabled: boolean) {
  return useQuery({
    queryKey: surveyKeys.comparison(String(id), other),
    queryFn: ({ signal }) =>
      call(
        client.GET('/api/v1/survey-waves/{id}/comparison', {
          params: { path: { id }, query: other ? { with: Number(other) } : {} },
          signal,
        }),
      ),
    enabled,
    retry: false,
  });
}

export function useUnitComparison(templateId: string, measure: string, enabled: boolean) {
  return useQuery({
    queryKey: surveyKeys.unitComparison(templateId, measure),
    queryFn: ({ signal }) =>
      call(
        client.GET('/api/v1/survey-templates/{id}/unit-comparison', {
          params: { path: { id: templateId }, query: { measure } },
          signal,
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useFreeText(id: number) {
  return useQuery({
    queryKey: surveyKeys.freeText(String(id)),
    queryFn: ({ signal }) =>
      call(client.GET('/api/v1/survey-waves/{id}/free-text', { params: { path: { id } }, signal })),
  });
}

export function useSetFreeTextHidden(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ answerId, hidden, reason }: { answerId: string; hidden: boolean; reason?: string }) =>
      call(
        client.PATCH('/api/v1/survey-waves/{id}/free-text/{answerId}', {
          params: { path: { id, answerId } },
          body: reason ? { hidden, reason } : { hidden },
        }),
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

/** `idempotencyKey`: one key per submission attempt series, so a retry or double click stores one response. */
export type SubmitInput = ApiBody<'/api/v1/public/surveys/{token}/responses', 'post'> & {
  token: string;
  idempotencyKey: string;
};

export function submitResponse({
  token,
  answers,
  invitationCode,
  idempotencyKey,
}: SubmitInput): Promise<ApiResponse<'/api/v1/public/surveys/{token}/responses', 'post'>> {
  return publicRequest(
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

/** Publish (true) or withdraw (false) a closed wave's results for everyone. */
export function usePublishWave(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (published: boolean) =>
      call(client.POST('/api/v1/survey-waves/{id}/publication', { params: { path: { id } }, body: { published } })),
    onSuccess: (wave) => {
      queryClient.setQueryData(surveyKeys.wave(String(id)), wave);
      void queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    },
  });
}
