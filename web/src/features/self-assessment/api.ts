import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, seg } from '../../lib/api';
import { call, client, type ApiBody, type ApiResponse } from '../../lib/client';
import type { Framework } from '../../../../domain/self-assessment/framework';

// The framework structure is the domain's own type: the server sends `parseFramework` output as is.
export type {
  Framework,
  LocalizedText,
  ScoreBand,
  ScoreComponent,
  ScorePanel,
  ScoringMode,
  Criterion,
  Subcriterion,
} from '../../../../domain/self-assessment/framework';

export type FrameworkSummary = ApiResponse<'/api/v1/self-assessment/frameworks', 'get'>['items'][number];
export type AssessmentSummary = ApiResponse<'/api/v1/units/{code}/assessments', 'get'>['items'][number];
export type AssessmentStatus = AssessmentSummary['status'];
export type AssessmentDetail = ApiResponse<'/api/v1/assessments/{id}', 'get'>;
export type AssessmentMember = AssessmentDetail['members'][number];
export type MemberRole = AssessmentMember['role'];
export type MyScores = ApiResponse<'/api/v1/assessments/{id}/my-scores', 'get'>;
export type MyScore = MyScores['items'][number];
/**
 * Raw scores of one subcriterion as the panel asks for them: a bare number when the panel has one
 * component (classical), otherwise component id → score (fine-tuned `{ plan, do, check, act }`).
 */
export type ScoreValues = MyScore['values'];
export type Spread = ApiResponse<'/api/v1/assessments/{id}/spread', 'get'>;
export type SpreadItem = Spread['items'][number];
export type SpreadMemberScore = SpreadItem['scores'][number];
export type ConsensusScore = NonNullable<SpreadItem['consensus']>;
export type AssessmentResults = ApiResponse<'/api/v1/assessments/{id}/results', 'get'>;
export type CriterionResult = AssessmentResults['criteria'][number];
export type Figure = AssessmentResults['total'];
export type RoundChange = NonNullable<AssessmentResults['comparison']>;
export type RoundsComparison = ApiResponse<'/api/v1/units/{code}/assessments/comparison', 'get'>;
export type UnitComparison = ApiResponse<'/api/v1/self-assessment/frameworks/{id}/unit-comparison', 'get'>;
export type CreateAssessmentInput = ApiBody<'/api/v1/units/{code}/assessments', 'post'>;
export type ScoreInput = ApiBody<'/api/v1/assessments/{id}/my-scores/{itemId}', 'put'>;

export const assessmentKeys = {
  frameworks: ['self-assessment', 'frameworks'] as const,
  framework: (id: string) => ['self-assessment', 'framework', id] as const,
  unitComparison: (frameworkId: string) => ['self-assessment', 'unit-comparison', frameworkId] as const,
  unit: (code: string) => ['assessments', 'unit', code] as const,
  rounds: (code: string, frameworkId: string) => ['assessments', 'unit', code, 'rounds', frameworkId] as const,
  all: ['assessments'] as const,
  detail: (id: string) => ['assessments', 'detail', id] as const,
  myScores: (id: string) => ['assessments', 'detail', id, 'my-scores'] as const,
  spread: (id: string) => ['assessments', 'detail', id, 'spread'] as const,
  results: (id: string) => ['assessments', 'detail', id, 'results'] as const,
};

/** The report in the user's language (the server writes Polish or English). */
export function assessmentReportUrl(id: number | string, format: 'pdf' | 'xlsx', lang: 'pl' | 'en'): string {
  return `${API_BASE}/assessments/${seg(id)}/report?format=${format}&lang=${lang}`;
}

export function useFrameworks() {
  return useQuery({
    queryKey: assessmentKeys.frameworks,
    queryFn: ({ signal }) => call(client.GET('/api/v1/self-assessment/frameworks', { signal })),
    staleTime: Infinity,
  });
}

/** Framework files change only with a release: fetched once per session. */
export function useFramework(id: string | undefined) {
  return useQuery({
    queryKey: assessmentKeys.framework(id ?? ''),
    queryFn: ({ signal }) =>
      // The domain's own type: the server sends `parseFramework` output, whose schema is the domain's.
      call(
        client.GET('/api/v1/self-assessment/frameworks/{id}', { params: { path: { id: id ?? '' } }, signal }),
      ) as Promise<Framework>,
    enabled: !!id,
    staleTime: Infinity,
  });
}

export function useUnitComparison(frameworkId: string, enabled: boolean) {
  return useQuery({
    queryKey: assessmentKeys.unitComparison(frameworkId),
    queryFn: ({ signal }) =>
      call(
        client.GET('/api/v1/self-assessment/frameworks/{id}/unit-comparison', {
          params: { path: { id: frameworkId } },
          signal,
        }),
      ),
    enabled,
  });
}

export function useUnitAssessments(code: string) {
  return useQuery({
    queryKey: assessmentKeys.unit(code),
    queryFn: ({ signal }) =>
      call(client.GET('/api/v1/units/{code}/assessments', { params: { path: { code } }, signal })),
  });
}

export function useRoundsComparison(code: string, frameworkId: string, enabled = true) {
  return useQuery({
    queryKey: assessmentKeys.rounds(code, frameworkId),
    queryFn: ({ signal }) =>
      call(
        client.GET('/api/v1/units/{code}/assessments/comparison', {
          params: { path: { code }, query: { framework: frameworkId } },
          signal,
        }),
      ),
    enabled,
  });
}

export function useCreateAssessment(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAssessmentInput) =>
      call(client.POST('/api/v1/units/{code}/assessments', { params: { path: { code } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.unit(code) }),
  });
}

export function useAssessment(id: string) {
  return useQuery({
    queryKey: assessmentKeys.detail(id),
    queryFn: ({ signal }) =>
      call(client.GET('/api/v1/assessments/{id}', { params: { path: { id: Number(id) } }, signal })),
  });
}

export function useMyScores(id: string, enabled: boolean) {
  return useQuery({
    queryKey: assessmentKeys.myScores(id),
    queryFn: ({ signal }) =>
      call(client.GET('/api/v1/assessments/{id}/my-scores', { params: { path: { id: Number(id) } }, signal })),
    enabled,
  });
}

export function useSpread(id: string, enabled: boolean) {
  return useQuery({
    queryKey: assessmentKeys.spread(id),
    queryFn: ({ signal }) =>
      call(client.GET('/api/v1/assessments/{id}/spread', { params: { path: { id: Number(id) } }, signal })),
    enabled,
  });
}

export function useResults(id: string, enabled = true) {
  return useQuery({
    queryKey: assessmentKeys.results(id),
    queryFn: ({ signal }) =>
      call(client.GET('/api/v1/assessments/{id}/results', { params: { path: { id: Number(id) } }, signal })),
    enabled,
  });
}

/**
 * After any change to an assessment its detail, lists and derived views are stale. The refetch is
 * not awaited on purpose: a change often moves the assessment on (scoring → consensus → closed),
 * which unmounts the control that made it — the caller's own onSuccess (navigate, announce) must
 * run first, and TanStack Query skips it for an unmounted component.
 */
function useInvalidateAssessment(id: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: assessmentKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: ['assessments', 'unit'] });
  };
}

export function useSetMembers(id: string) {
  const invalidate = useInvalidateAssessment(id);
  return useMutation({
    mutationFn: (members: { userId: string; role: MemberRole }[]) =>
      call(client.PUT('/api/v1/assessments/{id}/members', { params: { path: { id: Number(id) } }, body: { members } })),
    onSuccess: invalidate,
  });
}

/** Invites a person into the group from the round: the server creates or reuses the user with a unit role. */
export function useInviteMember(id: string) {
  const invalidate = useInvalidateAssessment(id);
  return useMutation({
    mutationFn: (body: { email: string; name: string; role?: MemberRole }) =>
      call(client.POST('/api/v1/assessments/{id}/team/invitations', { params: { path: { id: Number(id) } }, body })),
    onSuccess: invalidate,
  });
}

export function useSaveMyScore(id: string) {
  const invalidate = useInvalidateAssessment(id);
  return useMutation({
    mutationFn: ({ itemId, ...input }: ScoreInput & { itemId: string }) =>
      call(
        client.PUT('/api/v1/assessments/{id}/my-scores/{itemId}', {
          params: { path: { id: Number(id), itemId } },
          body: input,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useSubmitMyScores(id: string) {
  const invalidate = useInvalidateAssessment(id);
  return useMutation({
    mutationFn: () =>
      call(client.POST('/api/v1/assessments/{id}/my-scores/submit', { params: { path: { id: Number(id) } } })),
    onSuccess: invalidate,
  });
}

export function useOpenConsensus(id: string) {
  const invalidate = useInvalidateAssessment(id);
  return useMutation({
    mutationFn: (override?: { reason: string }) =>
      call(
        client.POST('/api/v1/assessments/{id}/consensus', {
          params: { path: { id: Number(id) } },
          body: override ? { override } : {},
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useSaveConsensus(id: string) {
  const invalidate = useInvalidateAssessment(id);
  return useMutation({
    mutationFn: ({ itemId, ...input }: ScoreInput & { itemId: string }) =>
      call(
        client.PUT('/api/v1/assessments/{id}/consensus/{itemId}', {
          params: { path: { id: Number(id), itemId } },
          body: input,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useCloseAssessment(id: string) {
  const invalidate = useInvalidateAssessment(id);
  return useMutation({
    mutationFn: () => call(client.POST('/api/v1/assessments/{id}/close', { params: { path: { id: Number(id) } } })),
    onSuccess: invalidate,
  });
}

/** Publish (true) or withdraw (false) a closed round for everyone. */
export function usePublishAssessment(id: string) {
  const invalidate = useInvalidateAssessment(id);
  return useMutation({
    mutationFn: (published: boolean) =>
      call(
        client.POST('/api/v1/assessments/{id}/publication', {
          params: { path: { id: Number(id) } },
          body: { published },
        }),
      ),
    onSuccess: invalidate,
  });
}
