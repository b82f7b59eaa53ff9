/**
 * Where to go after signing in. Only same-site paths are accepted, so a crafted
 * `/login?next=https://evil.example` cannot turn the login page into an open redirect.
 */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login') || next.startsWith('/invitation/')) return '/';
  return next;
}

export function loginPath(current: { pathname: string; search: string }): string {
  const next = `${current.pathname}${current.search}`;
  return next === '/' || next.startsWith('/login') ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
