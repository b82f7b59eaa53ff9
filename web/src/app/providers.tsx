import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { authKeys, fetchMe } from '../lib/session';
import { AnnouncerProvider } from '../lib/announce';
import { getCsrfToken, isApiError, setCsrfRefresher } from '../lib/api';
import i18n from '../lib/i18n';
import { queryDefaults } from '../lib/query-defaults';

function createQueryClient(): QueryClient {
  // A 401 on any call means the session ended (expiry, logout in another tab): show the
  // visitor as signed out everywhere instead of leaving stale "logged in" chrome around.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401 && error.code === 'UNAUTHENTICATED') {
      client.setQueryData(authKeys.me, null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: queryDefaults,
  });

  setCsrfRefresher(async () => {
    const me = await fetchMe();
    client.setQueryData(authKeys.me, me);
    return getCsrfToken();
  });
  return client;
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AnnouncerProvider>{children}</AnnouncerProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
