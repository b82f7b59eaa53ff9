import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call, client, type ApiQuery, type ApiResponse } from '../../lib/client';

export type AuditEntry = ApiResponse<'/api/v1/audit', 'get'>['items'][number];
export type AuditParams = ApiQuery<'/api/v1/audit', 'get'>;

export const auditKeys = {
  all: ['audit'] as const,
  list: (params: AuditParams) => ['audit', 'list', params] as const,
};

export function useAuditLog(params: AuditParams) {
  return useQuery({
    queryKey: auditKeys.list(params),
    queryFn: ({ signal }) => call(client.GET('/api/v1/audit', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
}
