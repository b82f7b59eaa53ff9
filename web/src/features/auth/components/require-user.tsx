import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { useMe, type Me } from '../../../lib/session';
import { loginPath } from '../redirect';
import { ForbiddenContent } from '../../../components/not-found';

/**
 * Gate for pages that need a signed-in user with some right. Anonymous visitors are sent to
 * the login page and come back afterwards; signed-in users without the right get a 403 page.
 */
export function RequireUser({ allow, children }: { allow: (me: Me) => boolean; children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={loginPath(location)} replace />;
  if (!allow(me.data)) return <ForbiddenContent />;
  return children;
}
