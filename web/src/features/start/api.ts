import { useQuery } from '@tanstack/react-query';
import { call, client, type ApiResponse } from '../../lib/client';

export type Start = ApiResponse<'/api/v1/start', 'get'>;
export type MyUnit = Start['myUnits'][number];
export type SetupStep = NonNullable<Start['checklist']>['items'][number]['step'];

export const startKeys = { all: ['start'] as const };

/** The start page of the signed-in user; `enabled` false for anonymous visitors. */
export function useStart(enabled: boolean) {
  return useQuery({
    queryKey: startKeys.all,
    queryFn: ({ signal }) => call(client.GET('/api/v1/start', { signal })),
    enabled,
    staleTime: 30_000,
  });
}
