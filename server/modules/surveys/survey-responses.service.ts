/**
 * The respondents' side: the public survey page and anonymous submissions. No login, no cookie,
 * nothing that identifies a respondent is stored — only the validated answers and the day. The
 * client address is used for an in-memory rate limit and forgotten.
 *
 * This is the hot path (hundreds of submissions a second): a wave's template and window are kept in
 * a short-lived cache, the answers are validated outside any transaction, and concurrent
 * submissions are written together, each with its idempotency key, in one statement.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../domain/input/canonical-json';
import { validateResponse } from '../../../domain/surveys/answers';
import type { SurveyTemplate } from '../../../domain/surveys/template';
import { templateForUnit } from '../../../domain/surveys/unit-words';
import { localDate, waveStatus } from '../../../domain/surveys/waves';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { UnitsService } from '../units/units.service';
import { createRateLimiter } from '../../http/rate-limiter';
import type { SurveyTemplatesService } from './survey-templates.service';
import * as repo from './surveys.repository';

export type SurveyResponsesService = ReturnType<typeof createSurveyResponsesService>;

interface PublicWave {
  id: number;
  unit: { code: string; name: string; officeName: string };
  template: SurveyTemplate;
  opensAt: Date;
  closesAt: Date;
  requiresCode: boolean;
  demo: boolean;
}

/**
 * How long a wave's public facts are reused without reading the database. Changes made through
 * this process drop the entry at once (`forget`); the TTL bounds staleness for other processes.
 */
const CACHE_MS = 5_000;

/** Invitation codes: 10 characters without look-alikes (no 0/O, 1/I), shown as XXXXX-XXXXX. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Canonical form of a typed code: upper case, spaces and dashes ignored, XXXXX-XXXXX. Null when it cannot be a code. */
export function normalizeCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 10 || [...compact].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}

export function createSurveyResponsesService(deps: {
  db: Db;
  templates: SurveyTemplatesService;
  units: UnitsService;
  now: () => Date;
  ratePerMinute: number;
}) {
  const { db, templates, units, now } = deps;
  const limiter = createRateLimiter({ perMinute: deps.ratePerMinute });
  const cache = new Map<string, { expires: number; wave: PublicWave }>();

  /** The Warsaw date of an instant, computed once a minute (Intl is costly per request; zones change on whole minutes). */
  let lastDay = { minute: NaN, day: '' };
  function dayOf(at: Date): string {
    const minute = Math.floor(at.getTime() / 60_000);
    if (minute !== lastDay.minute) lastDay = { minute, day: localDate(at) };
    return lastDay.day;
  }

  /**
   * Group commit: submissions that arrive while a write is running are written together by the
   * next one, in a single statement. One at a time gets the first write at once (no added delay);
   * under load hundreds share a statement, which is what lets PGlite — one connection, one
   * thread — keep up. Submissions sharing a key within a batch: the first decides, the rest are replays.
   */
  type Pending = {
    waveId: number;
    keyHash: string | null;
    bodyHash: string | null;
    answers: Record<string, unknown>;
    day: string;
    settle: (stored: boolean) => void;
    fail: (error: unknown) => void;
  };
  let queue: Pending[] = [];
  let writing = false;
  const MAX_BATCH = 500;

  async function flush(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      // Let the requests already received join this batch before it is taken.
      await new Promise((resolve) => setImmediate(resolve));
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(batch.length);
      const seen = new Set<string>();
      const distinct = batch.filter((p) => {
        if (p.keyHash === null) return true;
        if (seen.has(p.keyHash)) return false;
        seen.add(p.keyHash);
        return true;
      });
      let outcome: Map<Pending, boolean>;
      try {
        const stored = await repo.insertSubmissions(db, distinct);
        outcome = new Map(distinct.map((p, i) => [p, stored[i]!]));
      } catch (error) {
        if (distinct.length === 1) {
          for (const p of batch) p.fail(error);
          continue;
        }
        // One bad row must not fail everybody else's answer: write them one by one, so only the
        // failing submission gets the error and the others are stored (each still atomic with its key).
        outcome = new Map();
        const failedKeys = new Map<string, unknown>();
        for (const p of distinct) {
          try {
            outcome.set(p, (await repo.insertSubmissions(db, [p]))[0]!);
          } catch (single) {
            if (p.keyHash !== null) failedKeys.set(p.keyHash, single);
            p.fail(single);
          }
        }
        // A repeat of a failed submission's key in the same batch fails alike (nothing was stored).
        for (const p of batch)
          if (!distinct.includes(p) && p.keyHash !== null && failedKeys.has(p.keyHash))
            p.fail(failedKeys.get(p.keyHash));
          else if (outcome.has(p) || !distinct.includes(p)) p.settle(outcome.get(p) ?? false);
        continue;
      }
      for (const p of batch) p.settle(outcome.get(p) ?? false);
    }
    writing = false;
  }

  function store(submission: Omit<Pending, 'settle' | 'fail'>): Promise<boolean> {
    return new Promise<boolean>((settle, fail) => {
      queue.push({ ...submission, settle, fail });
      if (!writing) void flush();
    });
  }

  async function publicWave(token: string): Promise<PublicWave> {
    const t = performance.now();
    const hit = cache.get(token);
    if (hit && hit.expires > t) return hit.wave;
    const row = await repo.findWaveByToken(db, token);
    // Unknown tokens are not cached: guessing must not fill memory.
    if (!row) throw new AppError('SURVEY_NOT_FOUND', 'No survey has this link');
    const [unit] = await units.summariesByIds([row.unitId]);
    const office = (await units.officeNames([row.unitId])).get(row.unitId);
    const wave: PublicWave = {
      id: row.id,
      unit: { code: unit?.code ?? '', name: unit?.name ?? '', officeName: office ?? unit?.name ?? '' },
      // The form as the unit's respondents read it: "w naszym powiecie", not "{jednostka_miejscownik}".
      template: templateForUnit(await templates.load(row.templateId, row.templateVersion), unit?.kind ?? ''),
      opensAt: row.opensAt,
      closesAt: row.closesAt,
      requiresCode: (await repo.codeCounts(db, row.id)).issued > 0,
      demo: row.isDemo,
    };
    if (cache.size > 10_000) for (const [key, entry] of cache) if (entry.expires <= t) cache.delete(key);
    cache.set(token, { expires: t + CACHE_MS, wave });
    return wave;
  }

  return {
    /** Drops a wave's cached public facts (after its dates or codes changed). */
    forget(token: string): void {
      cache.delete(token);
    },

    async get(token: string) {
      const wave = await publicWave(token);
      return {
        status: waveStatus(wave, now()),
        opensAt: wave.opensAt.toISOString(),
        closesAt: wave.closesAt.toISOString(),
        unit: wave.unit,
        template: {
          id: wave.template.id,
          version: wave.template.version,
          titles: wave.template.titles,
          form: wave.template.form,
        },
        requiresCode: wave.requiresCode,
        demo: wave.demo,
      };
    },

    /**
     * Stores one anonymous response. Order of checks: rate limit (429), link (404), window (409
     * WAVE_NOT_OPEN / WAVE_CLOSED), answers against the template (400 VALIDATION_FAILED, every field),
     * invitation code (400 INVITATION_CODE_REQUIRED / INVITATION_CODE_INVALID, 409
     * INVITATION_CODE_USED). Then, atomically: the idempotency key (a replay stores nothing and is
     * reported as such), the code marked used, the response. Any refusal leaves nothing behind.
     */
    async submit(
      token: string,
      input: { answers: Record<string, unknown>; invitationCode?: string | undefined },
      meta: { address: string; idempotencyKey?: string | undefined },
    ): Promise<{ replay: boolean }> {
      const wait = limiter.take(meta.address);
      if (wait > 0)
        throw new AppError('TOO_MANY_REQUESTS', `Too many answers from this address; try again in ${wait} s`, {
          retryAfterSeconds: wait,
        });
      const wave = await publicWave(token);
      const at = now();
      const keyHash =
        meta.idempotencyKey === undefined
          ? null
          : createHash('sha256').update(`${wave.id}:${meta.idempotencyKey}`).digest('hex');
      // The body's fingerprint travels with the key: a key replayed with another body is a client
      // bug (or someone guessing keys), and answering "stored" would silently drop that answer.
      // The raw key is part of what is hashed and is never stored, so the fingerprint cannot be
      // matched against guessed answers to link a key row to a response.
      const bodyHash =
        keyHash === null
          ? null
          : createHash('sha256')
              .update(`${wave.id}:${meta.idempotencyKey}:`)
              .update(canonicalJson({ answers: input.answers, invitationCode: input.invitationCode ?? null }))
              .digest('hex');
      /** A replay of a stored key (its fingerprint read already, or read here): refused when stored with another body. */
      const replayed = async (known?: string | null): Promise<{ replay: true }> => {
        const stored = known !== undefined ? known : await repo.keyBodyHash(db, keyHash!);
        if (stored != null && stored !== bodyHash)
          throw new AppError(
            'IDEMPOTENCY_KEY_REUSED',
            'This Idempotency-Key was already used for a different answer; send a new key for a new answer',
            [{ path: 'Idempotency-Key', code: 'reused', message: 'already used with another body' }],
          );
        return { replay: true };
      };
      const status = waveStatus(wave, at);
      if (status !== 'open') {
        // A retry of an answer stored just before closing is still "stored", not "closed".
        const stored = keyHash === null ? undefined : await repo.keyBodyHash(db, keyHash);
        if (stored !== undefined) return replayed(stored);
        throw status === 'closed'
          ? new AppError(
              'WAVE_CLOSED',
              `The survey closed at ${wave.closesAt.toISOString()}; answers are no longer accepted`,
            )
          : new AppError('WAVE_NOT_OPEN', `The survey opens at ${wave.opensAt.toISOString()}`);
      }
      const checked = validateResponse(wave.template, input.answers);
      if (!checked.ok) {
        const details = checked.errors.map((e) => ({
          path: e.question === '' ? 'answers' : `answers.${e.question}`,
          code: e.code,
          message: e.message,
        }));
        throw new AppError(
          'VALIDATION_FAILED',
          details
            .slice(0, 5)
            .map((d) => `${d.path}: ${d.message}`)
            .join('; '),
          details,
        );
      }
      const typed = input.invitationCode?.trim() ?? '';
      if (wave.requiresCode && typed === '')
        throw new AppError('INVITATION_CODE_REQUIRED', 'This survey is answered with an invitation code', [
          { path: 'invitationCode', code: 'required', message: 'enter the code from your invitation' },
        ]);
      const code = typed === '' ? null : normalizeCode(typed);
      if (typed !== '' && (code === null || !wave.requiresCode))
        throw new AppError('INVITATION_CODE_INVALID', 'This invitation code is not valid for this survey', [
          { path: 'invitationCode', code: 'invalid', message: 'no such code' },
        ]);
      const day = dayOf(at);
      if (code === null) {
        const stored = await store({
          waveId: wave.id,
          keyHash,
          bodyHash,
          answers: checked.answers as Record<string, unknown>,
          day,
        });
        return stored ? { replay: false } : replayed();
      }
      // With an invitation code: its own transaction, since a used code must undo the key.
      const stored = await db.transaction(async (tx) => {
        if (keyHash !== null && !(await repo.insertKey(tx, keyHash, bodyHash, wave.id, day))) return false;
        if (!(await repo.useCode(tx, wave.id, code, day))) {
          throw (await repo.codeExists(tx, wave.id, code))
            ? new AppError('INVITATION_CODE_USED', 'This invitation code has been used already', [
                { path: 'invitationCode', code: 'used', message: 'each code answers once' },
              ])
            : new AppError('INVITATION_CODE_INVALID', 'This invitation code is not valid for this survey', [
                { path: 'invitationCode', code: 'invalid', message: 'no such code' },
              ]);
        }
        await repo.insertResponse(tx, wave.id, checked.answers as Record<string, unknown>, day);
        return true;
      });
      return stored ? { replay: false } : replayed();
    },
  };
}
