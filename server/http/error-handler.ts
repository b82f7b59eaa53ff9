import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, ERROR_STATUS, type ErrorCode } from './errors';

/** Fastify's own errors that a client caused, mapped to our codes. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

/**
 * Errors Fastify raises before routing (a URL that is not valid UTF-8 once decoded, a path
 * parameter over `maxParamLength`): without this they answer in Fastify's own shape, which the web
 * and API clients cannot read.
 */
const FRAMEWORK_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_MAX_PARAM_LENGTH: { code: 'URI_TOO_LONG', message: 'A path parameter is longer than 100 characters' },
  FST_ERR_BAD_URL: {
    code: 'BAD_REQUEST',
    message: 'The URL is not valid (a path segment does not decode as UTF-8)',
  },
};

export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const { code, message } = FRAMEWORK_ERRORS[error.code] ?? {
    code: 'INTERNAL_ERROR' as const,
    message: 'Internal server error',
  };
  reply.status(ERROR_STATUS[code]).send({ error: { code, message, requestId: request.id } });
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const body = (code: ErrorCode, message: string, details?: unknown) => ({
      error: { code, message, ...(details === undefined ? {} : { details }), requestId: request.id },
    });
    if (error instanceof AppError) {
      // Every 429 says when to come back (RFC 9110 §10.2.3), in whole seconds.
      if (error.status === 429) reply.header('retry-after', String(retryAfterOf(error.details)));
      return reply.status(error.status).send(body(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // Name the parameter: "querystring.pageSize: Too big: expected number to be <=100".
      const details = error.validation.map((v) => ({
        path: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      }));
      const message = details.map((d) => `${d.path}: ${d.message}`).join('; ');
      return reply.status(400).send(body('VALIDATION_FAILED', message, details));
    }
    if (error.statusCode === 429) {
      reply.header('retry-after', String(retryAfterOf(undefined)));
      return reply.status(429).send(body('TOO_MANY_REQUESTS', error.message));
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return reply.status(ERROR_STATUS[mapped]).send(body(mapped, error.message));
    if (isResponseSerializationError(error))
      request.log.error({ err: error, issues: error.cause }, 'response did not match its schema');
    else request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL_ERROR', 'Internal server error'));
  });
}

function retryAfterOf(details: unknown): number {
  const seconds = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60;
}

export function notFoundBody(request: { method: string; url: string; id: string }) {
  return {
    error: {
      code: 'NOT_FOUND',
      message: `No route ${request.method} ${request.url.split('?')[0]}`,
      requestId: request.id,
    },
  };
}
