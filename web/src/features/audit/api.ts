import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../lib/api';

export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string | number;
  changes: unknown;
}

export interface AuditParams {
  entityType?: string;
  entityId?: string;
  page?: number;
  pageSize?: number;
}

export const auditKeys = {
  all: ['audit'] as const,
  list: (params: AuditParams) => ['audit', 'list', params] as const,
};

export function useAuditLog(params: AuditParams) {
  return useQuery({
    queryKey: auditKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<AuditEntry>>('/audit', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}
