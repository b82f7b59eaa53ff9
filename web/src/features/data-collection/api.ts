import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, seg } from '../../lib/api';
import { call, client, upload, type ApiBody, type ApiResponse } from '../../lib/client';

export const CHECKS = ['required', 'non-negative', 'range', 'year-on-year', 'peer-outlier', 'rule'] as const;

export type Round = ApiResponse<'/api/v1/data-collection/rounds', 'get'>['items'][number];
export type RoundStatus = Round['status'];
export type RoundDetail = ApiResponse<'/api/v1/data-collection/rounds/{id}', 'get'>;
export type CreateRoundInput = ApiBody<'/api/v1/data-collection/rounds', 'post'>;
export type RoundForm = ApiResponse<'/api/v1/data-collection/rounds/{id}/units/{unitCode}/form', 'get'>;
export type FormStatus = RoundForm['status'];
export type FormField = RoundForm['fields'][number];
/** A plausibility finding; `message` is the server's English fallback, `details` the numbers behind it. */
export type Finding = RoundForm['findings'][number];
/** Where a value came from: `kind` plus the source's detail (file, row, column, BDL variable…). */
export type Provenance = NonNullable<FormField['provenance']>;
export type RoundEvent = RoundForm['history'][number];
export type SaveValue = ApiBody<'/api/v1/data-collection/rounds/{id}/units/{unitCode}/values', 'put'>['values'][number];
export type Board = ApiResponse<'/api/v1/data-collection/rounds/{id}/board', 'get'>;
export type BoardItem = Board['items'][number];
export type ReminderResult = ApiResponse<'/api/v1/data-collection/rounds/{id}/reminders', 'post'>;
export type OutboxMessage = ApiResponse<'/api/v1/data-collection/outbox', 'get'>['items'][number];
export type ImportSummary = ApiResponse<'/api/v1/data-collection/imports', 'post'>;
export type ImportWarning = ImportSummary['warnings'][number];
/** A row problem of a refused import (error details): a warning whose severity and check may be absent. */
export type ImportIssue = Omit<ImportWarning, 'severity' | 'check'> &
  Partial<Pick<ImportWarning, 'severity' | 'check'>>;
export type BdlImportInput = ApiBody<'/api/v1/data-collection/bdl-imports', 'post'>;
export type BdlLevel = BdlImportInput['level'];
export type BdlImportResult = ApiResponse<'/api/v1/data-collection/bdl-imports', 'post'>;
export type BdlSyncStatus = ApiResponse<'/api/v1/admin/bdl-sync', 'get'>;
export type BdlSyncInput = ApiBody<'/api/v1/admin/bdl-sync', 'post'>;
export type RoundTemplate = ApiResponse<'/api/v1/round-templates', 'get'>['items'][number];
export type ValueHistory = ApiResponse<'/api/v1/units/{code}/values/history', 'get'>;
export type ValueRevision = ValueHistory['items'][number];

export const roundKeys = {
  all: ['rounds'] as const,
  list: ['rounds', 'list'] as const,
  detail: (id: string) => ['rounds', 'detail', id] as const,
  board: (id: string) => ['rounds', 'board', id] as const,
  form: (id: string, unitCode: string) => ['rounds', 'form', id, unitCode] as const,
  outbox: ['rounds', 'outbox'] as const,
};

export const valueHistoryKeys = {
  unit: (code: string, filter: { variable?: string; period?: string }) => ['value-history', code, filter] as const,
};

export function boardExportUrl(id: string, format: 'csv' | 'xlsx'): string {
  return `${API_BASE}/data-collection/rounds/${seg(id)}/board/export?format=${format}`;
}

export function useRounds(enabled = true) {
  return useQuery({
    queryKey: roundKeys.list,
    queryFn: ({ signal }) => call(client.GET('/api/v1/data-collection/rounds', { signal })),
    enabled,
  });
}

export function useRound(id: string) {
  return useQuery({
    queryKey: roundKeys.detail(id),
    queryFn: ({ signal }) =>
      call(client.GET('/api/v1/data-collection/rounds/{id}', { params: { path: { id: Number(id) } }, signal })),
  });
}

export function useBoard(id: string, enabled: boolean) {
  return useQuery({
    queryKey: roundKeys.board(id),
    queryFn: ({ signal }) =>
      call(client.GET('/api/v1/data-collection/rounds/{id}/board', { params: { path: { id: Number(id) } }, signal })),
    enabled,
  });
}

export function useRoundForm(id: string, unitCode: string) {
  return useQuery({
    queryKey: roundKeys.form(id, unitCode),
    queryFn: ({ signal }) =>
      call(
        client.GET('/api/v1/data-collection/rounds/{id}/units/{unitCode}/form', {
          params: { path: { id: Number(id), unitCode } },
          signal,
        }),
      ),
    // The form is edited locally; a background refetch must not overwrite what the user typed.
    staleTime: Infinity,
  });
}

export function useOutbox() {
  return useQuery({
    queryKey: roundKeys.outbox,
    queryFn: ({ signal }) => call(client.GET('/api/v1/data-collection/outbox', { signal })),
  });
}

export function useCreateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRoundInput) => call(client.POST('/api/v1/data-collection/rounds', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roundKeys.all }),
  });
}

/**
 * Every action on a unit's form answers with the whole new form; it replaces the cached one, and
 * the round's overview (statuses, board) is refreshed.
 */
function useFormAction<T>(id: string, unitCode: string, run: (input: T) => Promise<RoundForm>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (form) => {
      queryClient.setQueryData(roundKeys.form(id, unitCode), form);
      void queryClient.invalidateQueries({ queryKey: roundKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: roundKeys.board(id) });
      void queryClient.invalidateQueries({ queryKey: ['value-history'] });
    },
  });
}

export function useFormActions(id: string, unitCode: string) {
  const params = { path: { id: Number(id), unitCode } };
  return {
    save: useFormAction(id, unitCode, (values: SaveValue[]) =>
      call(client.PUT('/api/v1/data-collection/rounds/{id}/units/{unitCode}/values', { params, body: { values } })),
    ),
    submit: useFormAction(id, unitCode, () =>
      call(client.POST('/api/v1/data-collection/rounds/{id}/units/{unitCode}/submit', { params })),
    ),
    returnForm: useFormAction(id, unitCode, (comment: string) =>
      call(client.POST('/api/v1/data-collection/rounds/{id}/units/{unitCode}/return', { params, body: { comment } })),
    ),
    approve: useFormAction(id, unitCode, () =>
      call(client.POST('/api/v1/data-collection/rounds/{id}/units/{unitCode}/approve', { params })),
    ),
    reopen: useFormAction(id, unitCode, (until: string) =>
      call(client.POST('/api/v1/data-collection/rounds/{id}/units/{unitCode}/reopen', { params, body: { until } })),
    ),
  };
}

export function useRemind(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      call(client.POST('/api/v1/data-collection/rounds/{id}/reminders', { params: { path: { id: Number(id) } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roundKeys.outbox }),
  });
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function useImportValues() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      file,
      dryRun,
      roundId,
      approve,
      replaceOfficial,
    }: {
      file: File;
      dryRun: boolean;
      roundId?: number;
      approve?: boolean;
      replaceOfficial?: boolean;
    }) =>
      upload('/api/v1/data-collection/imports', file, {
        params: {
          query: {
            dryRun: dryRun ? 'true' : 'false',
            fileName: file.name,
            roundId,
            approve: approve ? 'true' : 'false',
            replaceOfficial: replaceOfficial ? 'true' : 'false',
          },
        },
        contentType: /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv',
      }),
    onSuccess: (summary) => {
      if (!summary.dryRun) {
        void queryClient.invalidateQueries({ queryKey: roundKeys.all });
        void queryClient.invalidateQueries({ queryKey: ['value-history'] });
        void queryClient.invalidateQueries({ queryKey: draftKeys.all });
      }
    },
  });
}

export type DraftImports = ApiResponse<'/api/v1/data-collection/drafts', 'get'>;

const draftKeys = { all: ['draft-imports'] as const };

/** Imports outside rounds whose values wait for an operator's approval. */
export function useDraftImports(enabled: boolean) {
  return useQuery({
    queryKey: draftKeys.all,
    queryFn: () => call(client.GET('/api/v1/data-collection/drafts')),
    enabled,
  });
}

export function useApproveDrafts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sourceIds: number[]) =>
      call(client.POST('/api/v1/data-collection/drafts/approve', { body: { sourceIds } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: draftKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['indicators'] }),
        queryClient.invalidateQueries({ queryKey: ['value-history'] }),
      ]),
  });
}

export function useBdlImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BdlImportInput) => call(client.POST('/api/v1/data-collection/bdl-imports', { body: input })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['variables'] }),
        queryClient.invalidateQueries({ queryKey: ['indicators'] }),
      ]),
  });
}

const bdlSyncKey = ['bdl-sync'] as const;

/** The whole-catalogue BDL sync: mapped variables and the last run; polled every 2 s while a run is going. */
export function useBdlSync() {
  return useQuery({
    queryKey: bdlSyncKey,
    queryFn: ({ signal }) => call(client.GET('/api/v1/admin/bdl-sync', { signal })),
    refetchInterval: (query) => (query.state.data?.running ? 2000 : false),
  });
}

export function useStartBdlSync() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BdlSyncInput) => call(client.POST('/api/v1/admin/bdl-sync', { body: input })),
    onSuccess: (run) => {
      queryClient.setQueryData<BdlSyncStatus>(bdlSyncKey, (old) => (old ? { ...old, ...run } : old));
      void queryClient.invalidateQueries({ queryKey: bdlSyncKey });
    },
  });
}

export function useValueHistory(code: string, filter: { variable?: string; period?: string }) {
  return useQuery({
    queryKey: valueHistoryKeys.unit(code, filter),
    queryFn: ({ signal }) =>
      call(client.GET('/api/v1/units/{code}/values/history', { params: { path: { code }, query: filter }, signal })),
  });
}

/** Round templates for what no public source holds (shipped with the catalogue; they change only with a release). */
export function useRoundTemplates() {
  return useQuery({
    queryKey: ['round-templates'],
    queryFn: ({ signal }) => call(client.GET('/api/v1/round-templates', { signal })),
    staleTime: Infinity,
  });
}
