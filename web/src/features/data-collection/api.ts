import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, API_BASE, seg } from '../../lib/api';
import type { Localized, Severity } from '../indicators/api';
import type { UnitSummary } from '../units/api';

export const CHECKS = ['required', 'non-negative', 'range', 'year-on-year', 'peer-outlier', 'rule'] as const;

/** A plausibility finding; `message` is the server's English fallback, `details` the numbers behind it. */
export interface Finding {
  check: string;
  severity: Severity;
  variableCode: string | null;
  variables: string[];
  ruleId?: string;
  /** For rule findings: the rule's own message in both languages. */
  ruleMessage?: { pl: string; en: string };
  message: string;
  details: Record<string, number>;
}

export type RoundStatus = 'open' | 'closed';
export type FormStatus = 'not-started' | 'draft' | 'submitted' | 'returned' | 'approved';

export interface Round {
  id: number;
  name: string;
  period: string;
  deadline: string;
  groupId: number | null;
  status: RoundStatus;
  createdAt: string;
}

export interface RoundDetail extends Round {
  canManage: boolean;
  variables: { code: string; names: Localized; unit: string }[];
  units: { code: string; name: string; kind: string; status: FormStatus | string }[];
}

export interface CreateRoundInput {
  name: string;
  period: string;
  deadline: string;
  variableCodes: string[];
  unitCodes?: string[];
  groupId?: number;
}

/** Where a value came from: `kind` plus the source's detail (file, row, column, BDL variable…). */
export type Provenance = { kind: string; [key: string]: unknown };

export interface FormField {
  variable: { code: string; names: Localized; unit: string; description: Localized };
  value: number | null;
  previousValue: number | null;
  comment: string | null;
  provenance: Provenance | null;
  findings: Finding[];
}

export interface RoundEvent {
  action: string;
  at: string;
  comment: string | null;
  actor: { id: string; email: string } | null;
}

export interface RoundForm {
  round: Round;
  unit: UnitSummary;
  status: FormStatus;
  reopenedUntil: string | null;
  editable: boolean;
  notEditableReason: string | null;
  fields: FormField[];
  findings: Finding[];
  history: RoundEvent[];
}

export interface SaveValue {
  variableCode: string;
  value: number | null;
  comment: string | null;
}

export interface BoardItem {
  unit: { code: string; name: string; kind: string };
  status: FormStatus | string;
  filled: number;
  total: number;
  overdue: boolean;
  updatedAt: string;
}

export interface Board {
  round: Round;
  items: BoardItem[];
  counts: Record<string, number>;
  overdue: number;
}

export interface ReminderResult {
  queued: number;
  sent: number;
  withoutRecipient: string[];
}

export interface OutboxMessage {
  id: number;
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  createdAt: string;
  sentAt: string | null;
  error: string | null;
}

export interface ImportIssue {
  row: number;
  column: string | null;
  reason: string;
  severity?: string;
  check?: string;
}

export interface ImportSummary {
  dryRun: boolean;
  layout: string;
  values: number;
  emptyCells: number;
  ignoredColumns: string[];
  units: number;
  periods: string[];
  warnings: (ImportIssue & { severity: string; check: string })[];
  preview: { row: number; unitCode: string; variableCode: string; period: string; value: number }[];
}

export type BdlLevel = 'voivodeship' | 'county' | 'municipality';

export interface BdlImportInput {
  variableId: number;
  years: number[];
  level: BdlLevel;
  targetVariable?: string;
}

export interface BdlImportResult {
  variableCode: string;
  values: number;
  unknownUnits: string[];
  lastUpdate: string;
}

export interface ValueRevision {
  variableCode: string;
  period: string;
  value: number | null;
  previousValue: number | null;
  status: string;
  provenance: Provenance;
  comment: string | null;
  changedAt: string;
  changedBy: { id: string; email: string } | null;
}

export interface ValueHistory {
  unit: UnitSummary;
  items: ValueRevision[];
}

const BASE = '/data-collection';

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
  return `${API_BASE}${BASE}/rounds/${seg(id)}/board/export?format=${format}`;
}

export function useRounds(enabled = true) {
  return useQuery({
    queryKey: roundKeys.list,
    queryFn: ({ signal }) => api.get<{ items: Round[] }>(`${BASE}/rounds`, undefined, signal),
    enabled,
  });
}

export function useRound(id: string) {
  return useQuery({
    queryKey: roundKeys.detail(id),
    queryFn: ({ signal }) => api.get<RoundDetail>(`${BASE}/rounds/${seg(id)}`, undefined, signal),
  });
}

export function useBoard(id: string, enabled: boolean) {
  return useQuery({
    queryKey: roundKeys.board(id),
    queryFn: ({ signal }) => api.get<Board>(`${BASE}/rounds/${seg(id)}/board`, undefined, signal),
    enabled,
  });
}

export function useRoundForm(id: string, unitCode: string) {
  return useQuery({
    queryKey: roundKeys.form(id, unitCode),
    queryFn: ({ signal }) =>
      api.get<RoundForm>(`${BASE}/rounds/${seg(id)}/units/${seg(unitCode)}/form`, undefined, signal),
    // The form is edited locally; a background refetch must not overwrite what the user typed.
    staleTime: Infinity,
  });
}

export function useOutbox() {
  return useQuery({
    queryKey: roundKeys.outbox,
    queryFn: ({ signal }) => api.get<{ smtp: boolean; items: OutboxMessage[] }>(`${BASE}/outbox`, undefined, signal),
  });
}

export function useCreateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRoundInput) => api.post<RoundDetail>(`${BASE}/rounds`, input),
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
  const path = `${BASE}/rounds/${seg(id)}/units/${seg(unitCode)}`;
  return {
    save: useFormAction(id, unitCode, (values: SaveValue[]) => api.put<RoundForm>(`${path}/values`, { values })),
    submit: useFormAction(id, unitCode, () => api.post<RoundForm>(`${path}/submit`)),
    returnForm: useFormAction(id, unitCode, (comment: string) => api.post<RoundForm>(`${path}/return`, { comment })),
    approve: useFormAction(id, unitCode, () => api.post<RoundForm>(`${path}/approve`)),
    reopen: useFormAction(id, unitCode, (until: string) => api.post<RoundForm>(`${path}/reopen`, { until })),
  };
}

export function useRemind(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ReminderResult>(`${BASE}/rounds/${seg(id)}/reminders`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roundKeys.outbox }),
  });
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function useImportValues() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun, roundId }: { file: File; dryRun: boolean; roundId?: number }) =>
      api.post<ImportSummary>(`${BASE}/imports`, file, {
        query: { dryRun, fileName: file.name, roundId },
        contentType: /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv',
      }),
    onSuccess: (summary) => {
      if (!summary.dryRun) {
        void queryClient.invalidateQueries({ queryKey: roundKeys.all });
        void queryClient.invalidateQueries({ queryKey: ['value-history'] });
      }
    },
  });
}

export function useBdlImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BdlImportInput) => api.post<BdlImportResult>(`${BASE}/bdl-imports`, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['variables'] }),
        queryClient.invalidateQueries({ queryKey: ['indicators'] }),
      ]),
  });
}

export function useValueHistory(code: string, filter: { variable?: string; period?: string }) {
  return useQuery({
    queryKey: valueHistoryKeys.unit(code, filter),
    queryFn: ({ signal }) => api.get<ValueHistory>(`/units/${seg(code)}/values/history`, { ...filter }, signal),
  });
}
