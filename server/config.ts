/**
 * Configuration, parsed once at boot from the environment. Every problem is listed at once, so an
 * operator fixes the whole file in one go rather than one variable per restart.
 */
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'auto']);

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  MIERNIK_DATA_DIR: z.string().min(1).default('./data/db'),
  MIERNIK_DOWNLOADS_DIR: z.string().min(1).optional(),
  MIERNIK_ADMIN_EMAIL: z.email().default('admin@miernik.local'),
  MIERNIK_ADMIN_PASSWORD: z.string().min(12, 'must have at least 12 characters').optional(),
  MIERNIK_PUBLIC_URL: z.url().optional(),
  MIERNIK_SECURE_COOKIES: bool.default('auto'),
  MIERNIK_TRUST_PROXY: bool.default('false'),
  MIERNIK_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  MIERNIK_DEMO: bool.default('true'),
  MIERNIK_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MIERNIK_MAIL_FROM: z.string().min(3).default('Miernik <no-reply@miernik.local>'),
  MIERNIK_BDL_API_KEY: z.string().min(1).optional(),
  MIERNIK_SURVEY_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(30),
  MIERNIK_PUBLISHER: z.string().trim().min(1).max(200).default('Miernik'),
  MIERNIK_OPEN_API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  /** null → embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** Built bulk downloads of the open data; null: kept in memory (an in-memory database). */
  downloadsDir: string | null;
  adminEmail: string;
  adminPassword: string | null;
  /** Base URL used in invitation links; defaults to http://localhost:PORT. */
  publicUrl: string;
  /** 'auto' → Secure when the request came over HTTPS (directly or via a trusted proxy). */
  secureCookies: boolean | 'auto';
  trustProxy: boolean;
  sessionHours: number;
  demo: boolean;
  /** SMTP server for reminders; null → reminders are only listed in the outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Optional GUS BDL API key (X-ClientId): higher request quotas. */
  bdlApiKey: string | null;
  /** Survey responses accepted per minute from one client address (kept in memory only). */
  surveyRateLimit: number;
  /** Who publishes this installation's open data (the DCAT catalogue's publisher). */
  publisher: string;
  /** Open API (/api/open/v1) requests per minute from one client address (kept in memory only). */
  openApiRateLimit: number;
  logLevel: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const truthy = (v: string) => v === 'true' || v === '1';

/** Parses the environment; throws {@link ConfigError} listing every invalid variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = schema.safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL ?? null,
    dataDir: c.MIERNIK_DATA_DIR,
    downloadsDir:
      c.MIERNIK_DOWNLOADS_DIR ??
      (c.MIERNIK_DATA_DIR.startsWith('memory://') ? null : `${c.MIERNIK_DATA_DIR}-downloads`),
    adminEmail: c.MIERNIK_ADMIN_EMAIL.toLowerCase(),
    adminPassword: c.MIERNIK_ADMIN_PASSWORD ?? null,
    publicUrl: (c.MIERNIK_PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    secureCookies: c.MIERNIK_SECURE_COOKIES === 'auto' ? 'auto' : truthy(c.MIERNIK_SECURE_COOKIES),
    trustProxy: truthy(c.MIERNIK_TRUST_PROXY),
    sessionHours: c.MIERNIK_SESSION_HOURS,
    demo: c.MIERNIK_DEMO !== 'false' && c.MIERNIK_DEMO !== '0',
    smtpUrl: c.MIERNIK_SMTP_URL ?? null,
    mailFrom: c.MIERNIK_MAIL_FROM,
    bdlApiKey: c.MIERNIK_BDL_API_KEY ?? null,
    surveyRateLimit: c.MIERNIK_SURVEY_RATE_LIMIT,
    openApiRateLimit: c.MIERNIK_OPEN_API_RATE_LIMIT,
    publisher: c.MIERNIK_PUBLISHER,
    logLevel: c.LOG_LEVEL,
  };
}
