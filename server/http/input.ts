/**
 * The input rule at the boundary: every string in a JSON body, a query string or a path parameter
 * passes `unsafeTextReason` (no NUL, no lone surrogate) before any schema or service sees it, so
 * each text field of every route — present and future — answers a 400 naming the field instead of
 * a 500 from the database. Files (CSV, XLSX) are checked cell by cell by their parsers with the
 * same rule.
 */
import type { FastifyInstance } from 'fastify';
import { findUnsafeText, type UnsafeText } from '../../domain/input/text';
import { AppError } from './errors';

function refuse(found: UnsafeText): AppError {
  return new AppError('VALIDATION_FAILED', `${found.path}: ${found.message}`, [
    { path: found.path, message: found.message },
  ]);
}

export function registerInputRules(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, body as string, (error, value) => {
      if (error) return done(error, undefined);
      const found = findUnsafeText(value, 'body');
      if (found) return done(refuse(found), undefined);
      done(null, value);
    });
  });
  app.addHook('preValidation', async (request) => {
    const found = findUnsafeText(request.params ?? {}, 'params') ?? findUnsafeText(request.query ?? {}, 'querystring');
    if (found) throw refuse(found);
  });
}
