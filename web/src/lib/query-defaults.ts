import type { QueryClientConfig } from '@tanstack/react-query';
import { isApiError } from './api';

/** Query defaults of both entries (the app and the respondents' page). */
export const queryDefaults: NonNullable<QueryClientConfig['defaultOptions']> = {
  queries: {
    staleTime: 30_000,
    refetchOnWindowFocus: false,
    // Client errors (404, 403, validation) will not change on retry; server and network ones may.
    retry: (failureCount, error) =>
      isApiError(error) && error.status >= 400 && error.status < 500 ? false : failureCount < 2,
  },
};
