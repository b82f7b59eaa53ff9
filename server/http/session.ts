import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import type { UsersService } from '../modules/users/users.service';
import type { SessionActor } from './context';
import { AppError } from './errors';

export const SESSION_COOKIE = 'miernik_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes that start a session; they carry no CSRF token yet, and SameSite=Lax already keeps cross-site posts cookieless. */
const CSRF_EXEMPT = new Set(['/api/v1/auth/login', '/api/v1/auth/invitations/accept']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: SessionActor | null;
  }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Resolves the session cookie to an actor on every API request, and enforces CSRF protection for
 * cookie-authenticated writes: the client must echo the session's CSRF token in `x-csrf-token`
 * (synchronizer-token pattern; the token is only readable through the same-origin API).
 */
export function registerSession(app: FastifyInstance, users: UsersService): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await users.resolveSession(token) : null;
    if (request.actor && UNSAFE_METHODS.has(request.method) && !CSRF_EXEMPT.has(request.url.split('?')[0]!)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, request.actor.csrfToken)) {
        throw new AppError('CSRF_TOKEN_INVALID', 'Missing or wrong x-csrf-token header');
      }
    }
  });
}

export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  config: Config,
  session: { token: string; maxAgeSeconds: number },
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies === 'auto' ? request.protocol === 'https' : config.secureCookies,
    maxAge: session.maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
