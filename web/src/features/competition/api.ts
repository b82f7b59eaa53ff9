import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client, uploadPut, type ApiBody, type ApiResponse } from '../../lib/client';

export type Edition = ApiResponse<'/api/v1/competition-editions/{id}', 'get'>;
export type EditionList = ApiResponse<'/api/v1/competition-editions', 'get'>;
export type Application = ApiResponse<'/api/v1/competition-applications/{id}', 'get'>;
export type Board = ApiResponse<'/api/v1/competition-editions/{id}/board', 'get'>;
export type Queue = ApiResponse<'/api/v1/competition-editions/{id}/my-queue', 'get'>;
export type Ranking = ApiResponse<'/api/v1/competition-editions/{id}/ranking', 'get'>;
export type RankingItem = Ranking['items'][number];
export type Jurors = ApiResponse<'/api/v1/competition-editions/{id}/jurors', 'get'>;
export type Conflicts = ApiResponse<'/api/v1/competition-editions/{id}/conflicts', 'get'>;
export type PublicResults = ApiResponse<'/api/v1/public/competition-editions/{id}/results', 'get'>;
export type EditionBody = ApiBody<'/api/v1/competition-editions', 'post'>;
export type ApplicationBody = ApiBody<'/api/v1/competition-editions/{id}/applications', 'post'>;
export type AwardBody = ApiBody<'/api/v1/competition-applications/{id}/award', 'put'>;
export type ApplicationPatch = ApiBody<'/api/v1/competition-applications/{id}', 'patch'>;
export type Claim = Application['claimedResults'][number];

export const competitionPath = '/competition';
export const newEditionPath = '/competition/new';
export const editionPath = (id: number) => `/competition/${id}`;
export const resultsPath = (id: number) => `/competition/${id}/results`;
export const applicationPath = (id: number) => `/competition/applications/${id}`;
export const attachmentUrl = (id: number, requirementId: string) =>
  `/api/v1/competition-applications/${id}/attachments/${encodeURIComponent(requirementId)}`;

const keys = {
  all: ['competition'] as const,
  list: ['competition', 'list'] as const,
  publicList: ['competition', 'public'] as const,
  edition: (id: number) => ['competition', 'edition', id] as const,
  application: (id: number) => ['competition', 'application', id] as const,
  board: (id: number) => ['competition', 'board', id] as const,
  queue: (id: number) => ['competition', 'queue', id] as const,
  conflicts: (id: number) => ['competition', 'conflicts', id] as const,
  jurors: (id: number) => ['competition', 'jurors', id] as const,
  ranking: (id: number, method: 'raw' | 'calibrated') => ['competition', 'ranking', id, method] as const,
  results: (id: number) => ['competition', 'results', id] as const,
};

export function useEditions(enabled: boolean) {
  return useQuery({
    queryKey: keys.list,
    queryFn: () => call(client.GET('/api/v1/competition-editions')),
    enabled,
  });
}

export function usePublicEditions() {
  return useQuery({
    queryKey: keys.publicList,
    queryFn: () => call(client.GET('/api/v1/public/competition-editions')),
  });
}

export function useEdition(id: number) {
  return useQuery({
    queryKey: keys.edition(id),
    queryFn: () => call(client.GET('/api/v1/competition-editions/{id}', { params: { path: { id } } })),
  });
}

export function useApplication(id: number) {
  return useQuery({
    queryKey: keys.application(id),
    queryFn: () => call(client.GET('/api/v1/competition-applications/{id}', { params: { path: { id } } })),
  });
}

export function useBoard(id: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.board(id),
    queryFn: () => call(client.GET('/api/v1/competition-editions/{id}/board', { params: { path: { id } } })),
    enabled,
  });
}

export function useQueue(id: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.queue(id),
    queryFn: () => call(client.GET('/api/v1/competition-editions/{id}/my-queue', { params: { path: { id } } })),
    enabled,
  });
}

export function useJurors(id: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.jurors(id),
    queryFn: () => call(client.GET('/api/v1/competition-editions/{id}/jurors', { params: { path: { id } } })),
    enabled,
  });
}

export function useConflicts(id: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.conflicts(id),
    queryFn: () => call(client.GET('/api/v1/competition-editions/{id}/conflicts', { params: { path: { id } } })),
    enabled,
  });
}

export function useRanking(id: number, method: 'raw' | 'calibrated', enabled: boolean) {
  return useQuery({
    queryKey: keys.ranking(id, method),
    queryFn: () =>
      call(
        client.GET('/api/v1/competition-editions/{id}/ranking', {
          params: { path: { id }, query: { method, seed: 1, draws: 1000 } },
        }),
      ),
    enabled,
  });
}

export function usePublicResults(id: number) {
  return useQuery({
    queryKey: keys.results(id),
    queryFn: () => call(client.GET('/api/v1/public/competition-editions/{id}/results', { params: { path: { id } } })),
  });
}

/** Every write refreshes the whole feature: phases, boards and rankings depend on each other. */
function useCompetitionMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useCreateEdition() {
  return useCompetitionMutation((body: EditionBody) => call(client.POST('/api/v1/competition-editions', { body })));
}

export function useCreateApplication(editionId: number) {
  return useCompetitionMutation((body: ApplicationBody) =>
    call(client.POST('/api/v1/competition-editions/{id}/applications', { params: { path: { id: editionId } }, body })),
  );
}

export function useUpdateApplication(id: number) {
  return useCompetitionMutation((body: ApplicationPatch) =>
    call(client.PATCH('/api/v1/competition-applications/{id}', { params: { path: { id } }, body })),
  );
}

/** The PDF goes as it is; the server checks its content, whatever the browser says its type is. */
export function useUploadAttachment(id: number) {
  return useCompetitionMutation(({ requirementId, file }: { requirementId: string; file: File }) =>
    uploadPut('/api/v1/competition-applications/{id}/attachments/{requirementId}', file, {
      params: { path: { id, requirementId }, query: { fileName: file.name } },
      contentType: 'application/pdf',
    }),
  );
}

export function useSubmitApplication() {
  return useCompetitionMutation((id: number) =>
    call(client.POST('/api/v1/competition-applications/{id}/submit', { params: { path: { id } } })),
  );
}

export function useFormalCheck() {
  return useCompetitionMutation(({ id, eligible, reason }: { id: number; eligible: boolean; reason?: string }) =>
    call(
      client.POST('/api/v1/competition-applications/{id}/formal-check', {
        params: { path: { id } },
        body: { eligible, reason: reason ?? null },
      }),
    ),
  );
}

export function useSolveAssignment(editionId: number) {
  return useCompetitionMutation(() =>
    call(client.POST('/api/v1/competition-editions/{id}/assignment', { params: { path: { id: editionId } } })),
  );
}

export function useSaveScore(applicationId: number) {
  return useCompetitionMutation(
    ({ criterionId, score, justification }: { criterionId: string; score: number; justification: string }) =>
      call(
        client.PUT('/api/v1/competition-applications/{id}/my-scores/{criterionId}', {
          params: { path: { id: applicationId, criterionId } },
          body: { score, justification },
        }),
      ),
  );
}

export function useSubmitScores(applicationId: number) {
  return useCompetitionMutation(() =>
    call(
      client.POST('/api/v1/competition-applications/{id}/my-scores/submit', {
        params: { path: { id: applicationId } },
      }),
    ),
  );
}

export function useSetAward() {
  return useCompetitionMutation(({ id, body }: { id: number; body: AwardBody }) =>
    call(client.PUT('/api/v1/competition-applications/{id}/award', { params: { path: { id } }, body })),
  );
}

export function useDeclareConflict(applicationId: number) {
  return useCompetitionMutation((reason: string) =>
    call(
      client.POST('/api/v1/competition-applications/{id}/conflicts', {
        params: { path: { id: applicationId } },
        body: { reason },
      }),
    ),
  );
}

export function useSetConsensus() {
  return useCompetitionMutation(({ id, score, reason }: { id: number; score: number; reason: string }) =>
    call(
      client.PUT('/api/v1/competition-applications/{id}/consensus', {
        params: { path: { id } },
        body: { score, reason: reason.trim() || null },
      }),
    ),
  );
}

export function usePublish(editionId: number) {
  return useCompetitionMutation(() =>
    call(client.POST('/api/v1/competition-editions/{id}/publish', { params: { path: { id: editionId } } })),
  );
}

/** Invites a user holding the juror role to the edition (categories empty: any category). */
export function useInviteJuror(editionId: number) {
  return useCompetitionMutation((userId: string) =>
    call(
      client.PUT('/api/v1/competition-editions/{id}/jurors/{userId}', {
        params: { path: { id: editionId, userId } },
        body: { categories: [] },
      }),
    ),
  );
}

export function useRemoveJuror(editionId: number) {
  return useCompetitionMutation((userId: string) =>
    call(
      client.DELETE('/api/v1/competition-editions/{id}/jurors/{userId}', {
        params: { path: { id: editionId, userId } },
      }),
    ),
  );
}
