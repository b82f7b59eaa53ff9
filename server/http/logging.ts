/**
 * What the server log may hold. Requests are logged as method and path only — never the query
 * string (search terms, file names) and never a survey's public token — and errors without the
 * values that a database driver attaches: a failed query's parameters (a password hash, 40 other
 * respondents' answers in a batched insert), PostgreSQL's `detail` ("Key (email)=(…)") and quoted
 * input in its messages. Fields that carry secrets are redacted by name wherever they appear.
 */
import type { FastifyServerOptions } from 'fastify';

/** Field names whose values never reach the log, at any depth pino's redaction reaches. */
const REDACTED_FIELDS = ['password', 'passwordHash', 'token', 'csrfToken', 'answers', 'params', 'detail'];

/** The path of a URL as logged: no query string, public survey tokens replaced. */
export function loggablePath(url: string): string {
  return url
    .split('?')[0]!
    .replace(/^(\/api\/v1\/public\/surveys\/)[^/]+/, '$1:token')
    .replace(/^\/s\/[^/]+/, '/s/:token')
    .replace(/^(\/api\/v1\/auth\/invitations\/)[^/]+/, '$1:token');
}

/** Quoted input in driver messages (`invalid input syntax for type integer: "…"`) is dropped. */
function redactMessage(text: string | undefined): string {
  if (text === undefined) return '';
  // A failed Drizzle query: "Failed query: <sql>\nparams: <values>" — keep the SQL, drop the values.
  return text.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/, '\nparams: [redacted]').replace(/"[^"\n]*"/g, '"…"');
}

interface LoggedError {
  type: string;
  message: string;
  stack: string;
  code?: string;
  cause?: LoggedError;
}

/** An error as logged: type, redacted message and stack, code, and the same for its cause. */
export function loggableError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: '[non-error value]', stack: '' };
  const code = (error as { code?: unknown }).code;
  const out: LoggedError = {
    type: error.constructor?.name ?? error.name,
    message: redactMessage(error.message),
    stack: redactMessage(error.stack),
    ...(typeof code === 'string' ? { code } : {}),
  };
  if (error.cause !== undefined && depth < 3) out.cause = loggableError(error.cause, depth + 1);
  return out;
}

export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        ...REDACTED_FIELDS,
        ...REDACTED_FIELDS.map((f) => `*.${f}`),
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method: string; url: string; id?: string }) => ({
        method: request.method,
        url: loggablePath(request.url),
      }),
      err: (error: Error) => ({ ...loggableError(error) }),
    },
  };
}
