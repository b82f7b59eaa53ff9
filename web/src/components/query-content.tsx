import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError, type ApiError } from '../lib/api';
import { Loading, QueryError } from './async-state';
import { NotFoundContent } from './not-found';

export interface QueryContentProps<T> {
  query: UseQueryResult<T, unknown>;
  /** The page's own "not found" sentence for a 404 (a function when it depends on the error's code). */
  notFound: string | ((error: ApiError) => string);
  /**
   * Queries the content also needs, asked once the main one has loaded (e.g. its framework): the
   * page waits for them too and shows their failure with a retry. Pass only enabled queries.
   */
  also?: readonly UseQueryResult<unknown, unknown>[];
  children: (data: T) => ReactNode;
}

/**
 * The body of a detail page driven by one query: loading, the 404 page in place (the entity does
 * not exist or is not visible to the user), any other failure with a retry, else the content.
 */
export function QueryContent<T>({ query, notFound, also = [], children }: QueryContentProps<T>) {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    const { error } = query;
    if (isApiError(error) && error.status === 404)
      return <NotFoundContent message={typeof notFound === 'string' ? notFound : notFound(error)} />;
    return <QueryError error={error} onRetry={() => void query.refetch()} />;
  }
  if (also.some((q) => q.isPending)) return <Loading />;
  const failed = also.find((q) => q.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  return <>{children(query.data)}</>;
}
