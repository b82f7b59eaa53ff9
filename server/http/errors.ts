/**
 * One error type for everything a client may be told, and one table from codes to HTTP statuses.
 * Services throw AppError; the error handler (http/error-handler.ts) renders
 * `{ error: { code, message, details?, requestId } }`.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  FORMULA_INVALID: 400,
  PLAUSIBILITY_ERRORS: 400,
  WARNINGS_UNEXPLAINED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  NOT_FOUND: 404,
  UNIT_NOT_FOUND: 404,
  GROUP_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  ROLE_NOT_FOUND: 404,
  INVITATION_INVALID: 404,
  INDICATOR_NOT_FOUND: 404,
  VARIABLE_NOT_FOUND: 404,
  ROUND_NOT_FOUND: 404,
  PERIOD_NOT_FOUND: 404,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  ROUND_DEADLINE_PASSED: 409,
  ROUND_STATE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_ERROR: 500,
  UPSTREAM_UNAVAILABLE: 502,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
