/**
 * The one Drizzle schema. `npm run db:generate` turns changes into SQL migrations in
 * server/db/migrations, which run unchanged on PGlite and on PostgreSQL 15+.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, unique, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Key–value facts about this installation, e.g. which reference data has been loaded. */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Territorial (or any other) units. A code is unique among current units; a unit whose code left
 * the register keeps its row with `valid_to` set, so older data still attaches to it.
 * `path` holds the ancestor codes (`/02/0201/0201011/`) for "anywhere within X" filters.
 */
export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    searchName: text('search_name').notNull(),
    kind: text('kind').notNull(),
    parentId: integer('parent_id'),
    path: text('path').notNull(),
    source: text('source', { enum: ['teryt', 'csv'] }).notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    attributes: jsonb('attributes').$type<Record<string, string>>().notNull().default({}),
    description: text('description'),
    website: text('website'),
    email: text('email'),
    phone: text('phone'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_code_current').on(t.code).where(sql`${t.validTo} is null`),
    unique('units_code_valid_to').on(t.code, t.validTo),
    index('units_parent').on(t.parentId),
    index('units_kind').on(t.kind),
    index('units_path').on(t.path),
  ],
);

/** Predecessor → successor links: a gmina that changed type, one merged into another, a split. */
export const unitLinks = pgTable(
  'unit_links',
  {
    id: serial('id').primaryKey(),
    fromUnitId: integer('from_unit_id').notNull().references(() => units.id, { onDelete: 'cascade' }),
    toUnitId: integer('to_unit_id').notNull().references(() => units.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['type-change', 'merged-into', 'split-into', 'renamed'] }).notNull(),
    date: date('date'),
    note: text('note'),
  },
  (t) => [unique('unit_links_pair').on(t.fromUnitId, t.toUnitId, t.kind), index('unit_links_to').on(t.toUnitId)],
);

/** Boundary of a unit as a GeoJSON geometry (WGS84), for maps. */
export const unitGeometries = pgTable('unit_geometries', {
  unitId: integer('unit_id').primaryKey().references(() => units.id, { onDelete: 'cascade' }),
  level: text('level').notNull(),
  geometry: jsonb('geometry').notNull(),
  source: text('source').notNull(),
});

/** A benchmarking network (GWD) or a programme's participants: a named set of units. */
export const groups = pgTable('groups', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  serviceArea: text('service_area').notNull(),
  kind: text('kind', { enum: ['network', 'programme'] }).notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: integer('group_id').notNull().references(() => groups.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull().references(() => units.id, { onDelete: 'cascade' }),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.unitId] }), index('group_members_unit').on(t.unitId)],
);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-cased, so lookups are case-insensitive. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** argon2id PHC string; null until an invited user sets a password. */
  passwordHash: text('password_hash'),
  status: text('status', { enum: ['active', 'invited', 'disabled'] }).notNull(),
  locale: text('locale').notNull().default('pl'),
  createdAt: createdAt(),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
});

/** A role held by a user in a unit, in a group, or globally (both null). */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: serial('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    unitId: integer('unit_id').references(() => units.id, { onDelete: 'cascade' }),
    groupId: integer('group_id').references(() => groups.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('role_assignments_unique').on(t.userId, t.role, t.unitId, t.groupId).nullsNotDistinct(),
    index('role_assignments_user').on(t.userId),
  ],
);

/** Sessions are looked up by the SHA-256 of the cookie token, so a leaked table cannot log anyone in. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const invitations = pgTable('invitations', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

/** Who changed what and when. Written in the same transaction as the change it records. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    changes: jsonb('changes'),
    requestId: text('request_id'),
  },
  (t) => [index('audit_entity').on(t.entityType, t.entityId), index('audit_at').on(t.at)],
);

// ---------------------------------------------------------------------------------------------
// Indicators and data (catalogue, value store, collection rounds)

export type Localized = { pl: string; en: string };

/** What is measured or collected (a number per unit and period). */
export const variables = pgTable('variables', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  names: jsonb('names').$type<Localized>().notNull(),
  unit: text('unit').notNull(),
  source: text('source').notNull(),
  periodicity: text('periodicity', { enum: ['year', 'half', 'quarter'] }).notNull(),
  description: jsonb('description').$type<Localized>().notNull(),
  /** Link to a column of the shipped BDL extract, or to a BDL API variable (`{ variableId }`). */
  bdl: jsonb('bdl').$type<Record<string, unknown>>(),
  plausibility: jsonb('plausibility').$type<Record<string, unknown>>(),
  isShipped: boolean('is_shipped').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A formula over variables with its meaning: unit, polarity, type, service area. */
export const indicators = pgTable('indicators', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  names: jsonb('names').$type<Localized>().notNull(),
  definition: jsonb('definition').$type<Localized>().notNull(),
  formula: text('formula').notNull(),
  unit: text('unit').notNull(),
  decimals: integer('decimals').notNull(),
  polarity: text('polarity', { enum: ['higher-is-better', 'lower-is-better', 'neutral'] }).notNull(),
  type: text('type').notNull(),
  area: text('area').notNull(),
  unitKinds: jsonb('unit_kinds').$type<string[]>().notNull(),
  source: jsonb('source').$type<Localized>().notNull(),
  isShipped: boolean('is_shipped').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Cross-field plausibility rules, written in the formula language (e.g. `a <= b`). */
export const plausibilityRules = pgTable('plausibility_rules', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  expression: text('expression').notNull(),
  severity: text('severity', { enum: ['error', 'warning'] }).notNull(),
  message: jsonb('message').$type<Localized>().notNull(),
  unitKinds: jsonb('unit_kinds').$type<string[]>(),
  isShipped: boolean('is_shipped').notNull().default(false),
});

/**
 * Where values came from: a manual save, an import file, the BDL extract (one source per file
 * column), a BDL API request, a survey wave. Values point here instead of repeating the same
 * provenance on every row, which keeps bulk imports lean.
 */
export const valueSources = pgTable('value_sources', {
  id: serial('id').primaryKey(),
  /** `manual`, `import`, `bdl-extract`, `bdl`, `survey`. */
  kind: text('kind').notNull(),
  /** e.g. `{ file }`, `{ file, column }`, `{ variableId, lastUpdate, url }`, `{ roundId }`. */
  detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});

/**
 * The value store: one number per (unit, variable, period), never rounded. The large table of the
 * schema; `unit_id` leads the key so it can be the distribution column on Citus. No foreign keys on
 * purpose: three FK checks per row tripled bulk-load time, and every writer resolves unit, variable
 * and source ids from the registry first (units and variables are never deleted).
 */
export const dataValues = pgTable(
  'data_values',
  {
    unitId: integer('unit_id').notNull(),
    variableId: integer('variable_id').notNull(),
    period: text('period').notNull(),
    value: doublePrecision('value').notNull(),
    status: text('status', { enum: ['draft', 'submitted', 'approved'] }).notNull(),
    sourceId: integer('source_id').notNull(),
    /** Row of the import file the value came from (with a source of kind `import`). */
    sourceRow: integer('source_row'),
    /** The explanation a unit gave for a plausibility warning. */
    comment: text('comment'),
    roundId: integer('round_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.variableId, t.period] }), index('data_values_variable_period').on(t.variableId, t.period)],
);

/** Every change of a value: who, when, from what to what, and where it came from. */
export const dataValueRevisions = pgTable(
  'data_value_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    unitId: integer('unit_id').notNull(),
    variableId: integer('variable_id').notNull(),
    period: text('period').notNull(),
    /** Null: the value was removed. */
    value: doublePrecision('value'),
    previousValue: doublePrecision('previous_value'),
    status: text('status').notNull(),
    sourceId: integer('source_id').notNull(),
    sourceRow: integer('source_row'),
    comment: text('comment'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedBy: uuid('changed_by'),
  },
  (t) => [index('data_value_revisions_key').on(t.unitId, t.variableId, t.period)],
);

export const collectionRounds = pgTable('collection_rounds', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  period: text('period').notNull(),
  deadline: timestamp('deadline', { withTimezone: true }).notNull(),
  groupId: integer('group_id').references(() => groups.id, { onDelete: 'set null' }),
  status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});

export const roundVariables = pgTable(
  'round_variables',
  {
    roundId: integer('round_id').notNull().references(() => collectionRounds.id, { onDelete: 'cascade' }),
    variableId: integer('variable_id').notNull().references(() => variables.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.variableId] })],
);

export const roundUnits = pgTable(
  'round_units',
  {
    roundId: integer('round_id').notNull().references(() => collectionRounds.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull().references(() => units.id),
    status: text('status', { enum: ['not-started', 'draft', 'submitted', 'returned', 'approved'] }).notNull().default('not-started'),
    /** After the deadline, the operator may reopen a unit's form until this time. */
    reopenedUntil: timestamp('reopened_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId] })],
);

/** The steps of a unit's form in a round: saved, submitted, returned (with the comment), approved, reopened. */
export const roundEvents = pgTable(
  'round_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    roundId: integer('round_id').notNull().references(() => collectionRounds.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull(),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    comment: text('comment'),
  },
  (t) => [index('round_events_round_unit').on(t.roundId, t.unitId)],
);

/** Messages to send (reminders). Sent by SMTP when configured; otherwise only listed. */
export const outbox = pgTable('outbox', {
  id: serial('id').primaryKey(),
  kind: text('kind').notNull(),
  recipient: text('recipient').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  createdAt: createdAt(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  error: text('error'),
});
