import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client, type ApiBody, type ApiQuery, type ApiResponse } from '../../lib/client';

export type SearchResult = ApiResponse<'/api/v1/practices', 'get'>;
export type SearchHit = SearchResult['items'][number];
export type FacetName = keyof SearchResult['facets'];
export type SearchParams = NonNullable<ApiQuery<'/api/v1/practices', 'get'>>;
export type Practice = ApiResponse<'/api/v1/practices/{id}', 'get'>;
export type Evidence = ApiResponse<'/api/v1/practices/{id}/evidence', 'get'>;
export type IndicatorEvidence = Evidence['indicators'][number];
export type EvidenceGrade = Evidence['grade'];
export type CreateBody = ApiBody<'/api/v1/practices', 'post'>;
export type PatchBody = ApiBody<'/api/v1/practices/{id}', 'patch'>;
export type AdoptionBody = ApiBody<'/api/v1/practices/{id}/adoptions', 'post'>;
export type ProposalSource = ApiBody<'/api/v1/practices/proposals', 'post'>['source'];
export type PracticeVersion = ApiResponse<'/api/v1/practices/{id}/versions/{version}', 'get'>;

/** The facets in the order the list shows them. */
export const FACET_NAMES: FacetName[] = [
  'serviceArea',
  'evidence',
  'unitKind',
  'voivodeship',
  'populationBand',
  'source',
  'year',
  'tag',
];

export const practiceKeys = {
  all: ['good-practices'] as const,
  search: (params: SearchParams) => ['good-practices', 'search', params] as const,
  detail: (id: number) => ['good-practices', 'detail', id] as const,
  evidence: (id: number) => ['good-practices', 'evidence', id] as const,
  adoptionEvidence: (id: number, adoptionId: number) =>
    ['good-practices', 'adoption-evidence', id, adoptionId] as const,
  version: (id: number, version: number) => ['good-practices', 'version', id, version] as const,
};

export const practicesPath = '/good-practices';
export const practicePath = (id: number) => `/good-practices/${id}`;
export const practiceEditPath = (id: number) => `/good-practices/${id}/edit`;
export const newPracticePath = '/good-practices/new';
export const moderationPath = '/good-practices/moderation';
export const feedUrl = '/api/v1/practices/feed.atom';
export const attachmentUrl = (id: number, attachmentId: number) =>
  `/api/v1/practices/${id}/attachments/${attachmentId}`;

export function useSearchPractices(params: SearchParams, enabled = true) {
  return useQuery({
    queryKey: practiceKeys.search(params),
    queryFn: () => call(client.GET('/api/v1/practices', { params: { query: params } })),
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function usePractice(id: number) {
  return useQuery({
    queryKey: practiceKeys.detail(id),
    queryFn: () => call(client.GET('/api/v1/practices/{id}', { params: { path: { id } } })),
  });
}

export function useEvidence(id: number) {
  return useQuery({
    queryKey: practiceKeys.evidence(id),
    queryFn: () => call(client.GET('/api/v1/practices/{id}/evidence', { params: { path: { id } } })),
  });
}

export function useAdoptionEvidence(id: number, adoptionId: number, enabled: boolean) {
  return useQuery({
    queryKey: practiceKeys.adoptionEvidence(id, adoptionId),
    queryFn: () =>
      call(
        client.GET('/api/v1/practices/{id}/adoptions/{adoptionId}/evidence', {
          params: { path: { id, adoptionId } },
        }),
      ),
    enabled,
  });
}

export function usePracticeVersion(id: number, version: number | null) {
  return useQuery({
    queryKey: practiceKeys.version(id, version ?? 0),
    queryFn: () =>
      call(client.GET('/api/v1/practices/{id}/versions/{version}', { params: { path: { id, version: version! } } })),
    enabled: version !== null,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: practiceKeys.all });
}

export function useCreatePractice() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateBody) => call(client.POST('/api/v1/practices', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdatePractice(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: PatchBody) => call(client.PATCH('/api/v1/practices/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useProposePractice() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (source: ProposalSource) => call(client.POST('/api/v1/practices/proposals', { body: { source } })),
    onSuccess: invalidate,
  });
}

export type ModerationVerb = 'submit' | 'publish' | 'confirm';

export function useModerate(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (verb: ModerationVerb) => {
      const options = { params: { path: { id } } };
      return call(
        verb === 'submit'
          ? client.POST('/api/v1/practices/{id}/submit', options)
          : verb === 'publish'
            ? client.POST('/api/v1/practices/{id}/publish', options)
            : client.POST('/api/v1/practices/{id}/confirm', options),
      );
    },
    onSuccess: invalidate,
  });
}

export function useReturnPractice(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (comment: string) =>
      call(client.POST('/api/v1/practices/{id}/return', { params: { path: { id } }, body: { comment } })),
    onSuccess: invalidate,
  });
}

export function useAdoptPractice(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: AdoptionBody) =>
      call(client.POST('/api/v1/practices/{id}/adoptions', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}
