/**
 * The one Drizzle schema. `npm run db:generate` turns changes into SQL migrations in
 * server/db/migrations, which run unchanged on PGlite and on PostgreSQL 15+.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { customType, foreignKey, type AnyPgColumn } from 'drizzle-orm/pg-core';

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
    /** The office's proper name ("Starostwo Powiatowe w Brzegu"); null = the default generated from kind and name. */
    officeName: text('office_name'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_code_current')
      .on(t.code)
      .where(sql`${t.validTo} is null`),
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
    fromUnitId: integer('from_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    toUnitId: integer('to_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['type-change', 'merged-into', 'split-into', 'renamed'] }).notNull(),
    date: date('date'),
    note: text('note'),
  },
  (t) => [unique('unit_links_pair').on(t.fromUnitId, t.toUnitId, t.kind), index('unit_links_to').on(t.toUnitId)],
);

/** Boundary of a unit as a GeoJSON geometry (WGS84), for maps. */
export const unitGeometries = pgTable('unit_geometries', {
  unitId: integer('unit_id')
    .primaryKey()
    .references(() => units.id, { onDelete: 'cascade' }),
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
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
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
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
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
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const invitations = pgTable('invitations', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
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
    /**
     * The value that was approved when a draft or a submitted value replaced it: benchmarking and
     * indicators keep reading it until the new value is approved (then these are cleared).
     */
    approvedValue: doublePrecision('approved_value'),
    approvedSourceId: integer('approved_source_id'),
    approvedSourceRow: integer('approved_source_row'),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.variableId, t.period] }),
    index('data_values_variable_period').on(t.variableId, t.period),
  ],
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
    /**
     * The round the revision was written in (null: outside rounds, or written before this column
     * existed). A value's "approved as of" reads the round's approve/return events by it, since the
     * row itself may have been written again outside the round since.
     */
    roundId: integer('round_id'),
  },
  (t) => [index('data_value_revisions_key').on(t.unitId, t.variableId, t.period)],
);

export const collectionRounds = pgTable('collection_rounds', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  period: text('period').notNull(),
  deadline: timestamp('deadline', { withTimezone: true }).notNull(),
  groupId: integer('group_id').references(() => groups.id, { onDelete: 'set null' }),
  status: text('status', { enum: ['open', 'closed'] })
    .notNull()
    .default('open'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});

export const roundVariables = pgTable(
  'round_variables',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => collectionRounds.id, { onDelete: 'cascade' }),
    variableId: integer('variable_id')
      .notNull()
      .references(() => variables.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.variableId] })],
);

export const roundUnits = pgTable(
  'round_units',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => collectionRounds.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    status: text('status', { enum: ['not-started', 'draft', 'submitted', 'returned', 'approved'] })
      .notNull()
      .default('not-started'),
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
    roundId: integer('round_id')
      .notNull()
      .references(() => collectionRounds.id, { onDelete: 'cascade' }),
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

// ---------------------------------------------------------------------------------------------
// Self-assessment (CAF 2020, EFQM) and improvement plans

/**
 * A self-assessment round of a unit under one framework (a file in data/frameworks, version pinned
 * so later edits of the file cannot silently rescore it) and scoring mode.
 * scoring → consensus → closed; a closed assessment never changes.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    frameworkId: text('framework_id').notNull(),
    frameworkVersion: text('framework_version').notNull(),
    round: integer('round').notNull(),
    date: date('date').notNull(),
    mode: text('mode').notNull(),
    title: text('title'),
    status: text('status', { enum: ['scoring', 'consensus', 'closed'] })
      .notNull()
      .default('scoring'),
    /** Set when the leader opened consensus before every member had submitted: why, and who had not. */
    consensusOverride: jsonb('consensus_override').$type<{ reason: string; missing: string[] }>(),
    consensusOpenedAt: timestamp('consensus_opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Published by the unit (#15): the public sees only what has a publication instant. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('assessments_unit_framework_round').on(t.unitId, t.frameworkId, t.round),
    index('assessments_framework').on(t.frameworkId, t.status),
  ],
);

/** The self-assessment group: who scores, who leads, and when each submitted their individual scores. */
export const assessmentMembers = pgTable(
  'assessment_members',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['leader', 'member'] }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.userId] }), index('assessment_members_user').on(t.userId)],
);

/**
 * One member's raw scores for one item (a number, or component id → number in fine-tuned/RADAR
 * modes), as entered: the 0–100 item score is derived by the framework's panel, never stored.
 */
export const assessmentScores = pgTable(
  'assessment_scores',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    values: jsonb('values').$type<number | Record<string, number>>().notNull(),
    strengths: text('strengths'),
    improvements: text('improvements'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.userId, t.itemId] })],
);

/** The score and evidence the group agreed on for an item in the consensus meeting. */
export const assessmentConsensus = pgTable(
  'assessment_consensus',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    values: jsonb('values').$type<number | Record<string, number>>().notNull(),
    strengths: text('strengths'),
    improvements: text('improvements'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.itemId] })],
);

/** An improvement plan of a unit or of a benchmarking group, for a period (`2026`, `2026-2027`). */
export const improvementPlans = pgTable(
  'improvement_plans',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').references(() => units.id),
    groupId: integer('group_id').references(() => groups.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    /** Published by the unit (#15): the public sees only what has a publication instant. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('improvement_plans_unit').on(t.unitId),
    index('improvement_plans_group').on(t.groupId),
    check('improvement_plans_owner', sql`(${t.unitId} is null) <> (${t.groupId} is null)`),
  ],
);

/**
 * An action of a plan: where it came from (a CAF area for improvement, a benchmark gap, a survey
 * result, free), who and when, CAF step-7 ratings, budget (exact decimal PLN), and optionally the
 * indicator it should move, with baseline, target and the peer group its effect is checked against.
 */
export const improvementActions = pgTable(
  'improvement_actions',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => improvementPlans.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description'),
    sourceType: text('source_type', {
      enum: ['caf-improvement', 'benchmark-gap', 'survey-result', 'meeting-action', 'free'],
    }).notNull(),
    /** assessmentId/itemId, indicatorCode, surveyWaveId/questionId, groupId/meetingId/meetingActionId, note — by source type. */
    source: jsonb('source').$type<Record<string, unknown>>().notNull().default({}),
    owner: text('owner'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    status: text('status', { enum: ['planned', 'in-progress', 'done', 'cancelled'] }).notNull(),
    /** 1–5 (low/medium/high arrive as 1/3/5). */
    impact: integer('impact').notNull(),
    feasibility: integer('feasibility').notNull(),
    budget: numeric('budget'),
    /** Latest progress 0–100 reported in an update. */
    progress: integer('progress'),
    indicatorCode: text('indicator_code'),
    indicatorBaseline: doublePrecision('indicator_baseline'),
    indicatorTarget: doublePrecision('indicator_target'),
    indicatorPeers: text('indicator_peers'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('improvement_actions_plan').on(t.planId)],
);

/** Progress history of an action: dated comments, optionally with a new status and progress. */
export const improvementActionUpdates = pgTable(
  'improvement_action_updates',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actionId: integer('action_id')
      .notNull()
      .references(() => improvementActions.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    comment: text('comment').notNull(),
    status: text('status', { enum: ['planned', 'in-progress', 'done', 'cancelled'] }),
    progress: integer('progress'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('improvement_action_updates_action').on(t.actionId)],
);

// ---------------------------------------------------------------------------------------------
// Surveys: templates, waves, invitation codes and anonymous responses

/**
 * Survey templates, every version kept: a wave pins (id, version), so an old wave's results are
 * always computed with the form it was answered on. Shipped templates (data/surveys) are inserted
 * on start when their version is new and are read-only.
 */
export const surveyTemplates = pgTable(
  'survey_templates',
  {
    id: text('id').notNull(),
    version: integer('version').notNull(),
    kind: text('kind').notNull(),
    titles: jsonb('titles').$type<Localized>().notNull(),
    /** The whole SurveyTemplate of domain/surveys/template.ts: form, question metadata, dimensions. */
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    isShipped: boolean('is_shipped').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.id, t.version] })],
);

/** One run of a survey in a unit: a template version, an answering window and an unguessable public link. */
export const surveyWaves = pgTable(
  'survey_waves',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    templateId: text('template_id').notNull(),
    templateVersion: integer('template_version').notNull(),
    title: text('title').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    /** Exclusive: answers are accepted while opens_at <= now < closes_at. */
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    targetPopulation: integer('target_population'),
    repeatEveryMonths: integer('repeat_every_months'),
    minimumN: integer('minimum_n').notNull().default(5),
    /** 128 random bits, base64url: the public link /s/{token}. */
    publicToken: text('public_token').notNull().unique(),
    isDemo: boolean('is_demo').notNull().default(false),
    previousWaveId: integer('previous_wave_id').references((): AnyPgColumn => surveyWaves.id, { onDelete: 'set null' }),
    /** When the wave's closing was processed (figures written to the catalogue, next wave prepared); null until then. */
    closeProcessedAt: timestamp('close_processed_at', { withTimezone: true }),
    /** Published by the unit (#15): the public sees only what has a publication instant. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'survey_waves_template_fk',
      columns: [t.templateId, t.templateVersion],
      foreignColumns: [surveyTemplates.id, surveyTemplates.version],
    }),
    index('survey_waves_unit').on(t.unitId),
    index('survey_waves_template').on(t.templateId, t.templateVersion),
    // A wave has at most one successor, so preparing the next wave twice cannot make two.
    uniqueIndex('survey_waves_previous').on(t.previousWaveId),
  ],
);

/**
 * Single-use invitation codes. Kept in plain text because the coordinator prints or exports them;
 * nothing links a code to the response it was used for, and its use is recorded as a date only.
 */
export const surveyInvitationCodes = pgTable(
  'survey_invitation_codes',
  {
    waveId: integer('wave_id')
      .notNull()
      .references(() => surveyWaves.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    usedOn: date('used_on'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.waveId, t.code] })],
);

/**
 * Anonymous answers: the validated answers and the day they came in — no time of day, no IP
 * address, no user, no cookie, no invitation code, no idempotency key. The id is random rather than
 * a sequence, which would tell the order in which people answered.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    waveId: integer('wave_id')
      .notNull()
      .references(() => surveyWaves.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    submittedOn: date('submitted_on').notNull(),
  },
  (t) => [index('survey_responses_wave').on(t.waveId)],
);

/**
 * Idempotency keys of submissions (a double click or a retry stores one response): SHA-256 of
 * "wave id:key", unique, inserted in the same transaction as the response. Deliberately not linked
 * to the response row.
 */
export const surveySubmissionKeys = pgTable('survey_submission_keys', {
  keyHash: text('key_hash').primaryKey(),
  waveId: integer('wave_id')
    .notNull()
    .references(() => surveyWaves.id, { onDelete: 'cascade' }),
  createdOn: date('created_on').notNull(),
  /**
   * HMAC-SHA-256 of the submitted body keyed by the raw idempotency key: a replay with another body
   * is told apart (422) without storing anything that could be matched to the answers.
   */
  bodyHash: text('body_hash'),
});

/** Free-text answers a coordinator hid (abusive, personal data): left out of results and blanked in exports. */
export const surveyHiddenTexts = pgTable(
  'survey_hidden_texts',
  {
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    question: text('question').notNull(),
    reason: text('reason'),
    hiddenBy: uuid('hidden_by'),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.question] })],
);

/**
 * A unit's development strategy (issue #11): period in years, status (draft / adopted by a council
 * resolution / archived), a document link, and the traffic-light thresholds it uses (METHODS §5.3
 * defaults when null).
 */
export const strategies = pgTable(
  'strategies',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    periodFrom: integer('period_from').notNull(),
    periodTo: integer('period_to').notNull(),
    status: text('status', { enum: ['draft', 'adopted', 'archived'] })
      .notNull()
      .default('draft'),
    resolutionNumber: text('resolution_number'),
    resolutionDate: date('resolution_date'),
    documentUrl: text('document_url'),
    /** `{ green, amber }` as fractions of the expected progress; null = 0.85 / 0.65. */
    thresholds: jsonb('thresholds').$type<{ green: number; amber: number }>(),
    /** Survey templates (resident, NGO, business) linked to the strategy. */
    surveyTemplates: jsonb('survey_templates').$type<string[]>().notNull().default([]),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('strategies_unit').on(t.unitId), check('strategies_period', sql`${t.periodTo} >= ${t.periodFrom}`)],
);

/** Goals in a tree of at most three levels: strategic goal → operational goal → direction of action. */
export const strategyGoals = pgTable(
  'strategy_goals',
  {
    id: serial('id').primaryKey(),
    strategyId: integer('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references((): AnyPgColumn => strategyGoals.id, { onDelete: 'cascade' }),
    level: integer('level').notNull(),
    title: text('title').notNull(),
    owner: text('owner'),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index('strategy_goals_strategy').on(t.strategyId),
    check('strategy_goals_level', sql`${t.level} between 1 and 3`),
  ],
);

/**
 * A measure of a goal: a catalogue indicator (values from the value store). A strategy-only
 * indicator is a catalogue variable + indicator created for the strategy (`own`), whose values the
 * unit enters through the same value store. Baseline value null = read from the store.
 */
export const strategyMeasures = pgTable(
  'strategy_measures',
  {
    id: serial('id').primaryKey(),
    strategyId: integer('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    goalId: integer('goal_id')
      .notNull()
      .references(() => strategyGoals.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code').notNull(),
    own: boolean('own').notNull().default(false),
    baselinePeriod: text('baseline_period').notNull(),
    baselineValue: doublePrecision('baseline_value'),
    targetPeriod: text('target_period').notNull(),
    targetValue: doublePrecision('target_value').notNull(),
    milestones: jsonb('milestones').$type<{ period: string; value: number }[]>().notNull().default([]),
    responsible: text('responsible'),
    weight: doublePrecision('weight').notNull().default(1),
    cumulative: boolean('cumulative').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('strategy_measures_strategy').on(t.strategyId)],
);

/** The unit's short comment on a measure for a reporting period (goes into the monitoring report). */
export const strategyComments = pgTable(
  'strategy_comments',
  {
    measureId: integer('measure_id')
      .notNull()
      .references(() => strategyMeasures.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    comment: text('comment').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.period] })],
);

/** A monitoring report of a strategy for a period that was published: visible to the public. */
export const strategyReports = pgTable(
  'strategy_reports',
  {
    id: serial('id').primaryKey(),
    strategyId: integer('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
  },
  (t) => [unique('strategy_reports_period').on(t.strategyId, t.period)],
);

/** Self-evaluation of the monitoring system (WZS part 2), one per strategy and year. */
export const strategyEvaluations = pgTable(
  'strategy_evaluations',
  {
    strategyId: integer('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    /** Checklist item → yes / partly / no, with an optional note. */
    answers: jsonb('answers')
      .$type<Record<string, { answer: 'yes' | 'partly' | 'no'; note?: string | null }>>()
      .notNull(),
    /** The shares of measures with baseline, target and current data when it was recorded. */
    coverage: jsonb('coverage').$type<Record<string, number>>().notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.strategyId, t.year] })],
);

/** Organisations active in a unit ("mapa aktywności NGO"); the public sees only published entries. */
export const ngoOrganisations = pgTable(
  'ngo_organisations',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    krs: text('krs'),
    fields: jsonb('fields').$type<string[]>().notNull(),
    address: text('address'),
    /** Sub-gmina area (sołectwo, osiedle, district). */
    area: text('area'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    contact: text('contact'),
    cooperates: boolean('cooperates').notNull().default(false),
    published: boolean('published').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ngo_organisations_unit').on(t.unitId)],
);

// ---------------------------------------------------------------------------------------------
// Benchmarking networks as a working cycle: programmes, group settings, delegates, cycles,
// meetings with minutes and agreed actions, case-level decision-quality imports, group discussion

/** A programme of networks (e.g. "GWD 2011–2012"): an operator, a period, and the groups it holds. */
export const networkProgrammes = pgTable('network_programmes', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  operator: text('operator').notNull(),
  description: text('description'),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  /** How many yearly cycles the programme plans (GWD: 2 — diagnosis and plan, implementation). */
  cycleCount: integer('cycle_count').notNull().default(2),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A group of the `groups` table taking part in a programme (one programme per group). */
export const networkProgrammeGroups = pgTable(
  'network_programme_groups',
  {
    groupId: integer('group_id')
      .primaryKey()
      .references(() => groups.id, { onDelete: 'cascade' }),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => networkProgrammes.id, { onDelete: 'cascade' }),
  },
  (t) => [index('network_programme_groups_programme').on(t.programmeId)],
);

/** The catalogue indicators chosen for a group; at most one headline per service area (checked by the service). */
export const networkIndicators = pgTable(
  'network_indicators',
  {
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code').notNull(),
    position: integer('position').notNull(),
    isHeadline: boolean('is_headline').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.indicatorCode] })],
);

/** People a member unit sends to the group's meetings, with their management level. */
export const networkDelegates = pgTable(
  'network_delegates',
  {
    id: serial('id').primaryKey(),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    email: text('email'),
    position: text('position'),
    level: text('level', { enum: ['strategic', 'middle', 'operational'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('network_delegates_group').on(t.groupId, t.unitId)],
);

/** A yearly cycle of a group, linked to its data-collection rounds and survey waves. */
export const networkCycles = pgTable(
  'network_cycles',
  {
    id: serial('id').primaryKey(),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    focus: text('focus', { enum: ['diagnosis', 'implementation', 'other'] }).notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** The improvement plans expected of each unit are for this period (`2011`, `2011-2012`). */
    planPeriod: text('plan_period').notNull(),
    roundIds: jsonb('round_ids').$type<number[]>().notNull().default([]),
    waveIds: jsonb('wave_ids').$type<number[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [unique('network_cycles_group_number').on(t.groupId, t.number)],
);

export interface AgendaItem {
  title: string;
  note?: string | null;
  /** A discussion thread the moderator pinned to this meeting. */
  commentId?: number | null;
}

/** A meeting of a group at a host member's seat, with agenda, documents and minutes (Markdown). */
export const networkMeetings = pgTable(
  'network_meetings',
  {
    id: serial('id').primaryKey(),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    cycleId: integer('cycle_id').references(() => networkCycles.id, { onDelete: 'set null' }),
    date: date('date').notNull(),
    hostUnitId: integer('host_unit_id')
      .notNull()
      .references(() => units.id),
    address: text('address'),
    title: text('title').notNull(),
    agenda: jsonb('agenda').$type<AgendaItem[]>().notNull().default([]),
    documents: jsonb('documents').$type<{ title: string; url: string }[]>().notNull().default([]),
    minutes: text('minutes'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('network_meetings_group').on(t.groupId, t.date)],
);

export const networkAttendance = pgTable(
  'network_attendance',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => networkMeetings.id, { onDelete: 'cascade' }),
    delegateId: integer('delegate_id')
      .notNull()
      .references(() => networkDelegates.id, { onDelete: 'cascade' }),
    present: boolean('present').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.delegateId] })],
);

/** Agreed at a meeting: who (a member unit and a person), what, by when; sent to the unit's plan keeps the link. */
export const networkMeetingActions = pgTable(
  'network_meeting_actions',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => networkMeetings.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    owner: text('owner'),
    title: text('title').notNull(),
    dueOn: date('due_on'),
    status: text('status', { enum: ['open', 'done', 'cancelled'] })
      .notNull()
      .default('open'),
    planActionId: integer('plan_action_id').references(() => improvementActions.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('network_meeting_actions_meeting').on(t.meetingId)],
);

/** A case-level decision-quality import of a unit for a period: the figures computed from it (the values went to the value store). */
export const networkCaseImports = pgTable(
  'network_case_imports',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    period: text('period').notNull(),
    fileName: text('file_name').notNull(),
    caseCount: integer('case_count').notNull(),
    /** domain/networks/cases.ts CaseSummary: totals and per-category figures, unrounded. */
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('network_case_imports_unit').on(t.unitId, t.period)],
);

/** Group discussion on an indicator for a period, with replies; visible to the group only. */
export const networkComments = pgTable(
  'network_comments',
  {
    id: serial('id').primaryKey(),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code').notNull(),
    period: text('period').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => networkComments.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull(),
    pinnedMeetingId: integer('pinned_meeting_id').references(() => networkMeetings.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('network_comments_group').on(t.groupId, t.indicatorCode)],
);

// ---------------------------------------------------------------------------------------------
// Good-practice bank

/** Raw bytes (attachments). PGlite hands back a Uint8Array, node-postgres a Buffer: both become a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
  toDriver: (v) => v,
});

/**
 * A good practice. `content` is the working copy (validated by the module's zod schema: texts,
 * indicators with their start period, cost as an exact decimal string, tags…); each published
 * version is kept in `good_practice_versions`, and the public sees only the latest of those.
 * `status` is the working copy's (draft → submitted → returned/published). `evidence_grade` is
 * computed from the effect checks of the linked indicators on every write, never typed in.
 */
export const goodPractices = pgTable(
  'good_practices',
  {
    id: serial('id').primaryKey(),
    /** The lead unit; every unit of the entry is in good_practice_units. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    status: text('status', { enum: ['draft', 'submitted', 'returned', 'published'] }).notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    /** Version number of the working copy; the published one is `published_version`. */
    version: integer('version').notNull().default(1),
    publishedVersion: integer('published_version'),
    sourceKind: text('source_kind').notNull(),
    sourceId: text('source_id'),
    sourceUrl: text('source_url'),
    evidenceGrade: text('evidence_grade').notNull().default('described-only'),
    returnComment: text('return_comment'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    firstPublishedAt: timestamp('first_published_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Last time the unit confirmed the practice is still in use (publishing counts as one). */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmationAskedAt: timestamp('confirmation_asked_at', { withTimezone: true }),
  },
  (t) => [
    index('good_practices_unit').on(t.unitId),
    // One entry per source object (an application, an action): proposing twice returns the same draft.
    uniqueIndex('good_practices_source').on(t.sourceKind, t.sourceId),
  ],
);

export const goodPracticeUnits = pgTable(
  'good_practice_units',
  {
    practiceId: integer('practice_id')
      .notNull()
      .references(() => goodPractices.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.unitId] }), index('good_practice_units_unit').on(t.unitId)],
);

/** Every published version, as published (content and units), never changed afterwards. */
export const goodPracticeVersions = pgTable(
  'good_practice_versions',
  {
    practiceId: integer('practice_id')
      .notNull()
      .references(() => goodPractices.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    unitIds: jsonb('unit_ids').$type<number[]>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    publishedBy: uuid('published_by'),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.version] })],
);

/** Moderation history: submitted, returned (with the curator's comment), published, confirmed. */
export const goodPracticeEvents = pgTable(
  'good_practice_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => goodPractices.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    version: integer('version').notNull(),
    comment: text('comment'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('good_practice_events_practice').on(t.practiceId)],
);

/** "We adopted this practice": the replication record, optionally with the adopter's own improvement action. */
export const goodPracticeAdoptions = pgTable(
  'good_practice_adoptions',
  {
    id: serial('id').primaryKey(),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => goodPractices.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    adoptedOn: date('adopted_on').notNull(),
    changes: text('changes'),
    improvementActionId: integer('improvement_action_id').references(() => improvementActions.id, {
      onDelete: 'set null',
    }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [unique('good_practice_adoptions_unit').on(t.practiceId, t.unitId)],
);

/** PDF and image attachments, type checked by content on upload. */
export const goodPracticeAttachments = pgTable(
  'good_practice_attachments',
  {
    id: serial('id').primaryKey(),
    practiceId: integer('practice_id')
      .notNull()
      .references(() => goodPractices.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('good_practice_attachments_practice').on(t.practiceId)],
);
/** Definitions of a competition edition, validated by the service (domain/competition) before they are stored. */
export interface CompetitionCategoryDef {
  id: string;
  names: Localized;
  /** Unit kinds the category admits; empty = any. */
  unitKinds: string[];
}
export interface CompetitionCriterionDef {
  id: string;
  names: Localized;
  descriptions: Localized | null;
  weight: number;
  min: number;
  max: number;
}
export interface CompetitionFieldDef {
  id: string;
  labels: Localized;
  type: 'text' | 'textarea' | 'number' | 'date' | 'url';
  required: boolean;
  maxLength?: number;
}
export interface CompetitionEligibilityDef {
  unitKinds: string[];
  minMonthsInOperation: number;
  requiredAttachments: { id: string; labels: Localized }[];
}
export interface CompetitionClaim {
  indicatorCode: string;
  /** What the unit says changed, in its words. */
  statement: string;
  /** First period of the solution (YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD). */
  since: string;
  /** Peer-group spec the claim is checked against; default `nn:<unit code>:15`. */
  peers?: string | null;
}

/**
 * A yearly edition of the management competition (Samorządowy Lider Zarządzania): theme, rules,
 * categories, criteria with weights and scales, the application form, eligibility rules, the
 * timeline and how many jurors score each application. Results are public from `results_published_at`.
 */
export const competitionEditions = pgTable('competition_editions', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  theme: text('theme').notNull(),
  year: integer('year').notNull(),
  rules: text('rules'),
  categories: jsonb('categories').$type<CompetitionCategoryDef[]>().notNull(),
  criteria: jsonb('criteria').$type<CompetitionCriterionDef[]>().notNull(),
  formFields: jsonb('form_fields').$type<CompetitionFieldDef[]>().notNull(),
  eligibility: jsonb('eligibility').$type<CompetitionEligibilityDef>().notNull(),
  callOpensAt: timestamp('call_opens_at', { withTimezone: true }).notNull(),
  applicationsCloseAt: timestamp('applications_close_at', { withTimezone: true }).notNull(),
  scoringClosesAt: timestamp('scoring_closes_at', { withTimezone: true }),
  consensusOn: date('consensus_on'),
  validationOn: date('validation_on'),
  resultsOn: date('results_on'),
  jurorsPerApplication: integer('jurors_per_application').notNull().default(3),
  /** An application whose jurors' weighted scores span more than this (on the criteria scale) gets one more juror. */
  spreadThreshold: doublePrecision('spread_threshold').notNull().default(3),
  resultsPublishedAt: timestamp('results_published_at', { withTimezone: true }),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A unit's application: one per unit and edition; drafted, submitted, then formally checked by an operator. */
export const competitionApplications = pgTable(
  'competition_applications',
  {
    id: serial('id').primaryKey(),
    editionId: integer('edition_id')
      .notNull()
      .references(() => competitionEditions.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    categoryId: text('category_id').notNull(),
    title: text('title').notNull(),
    answers: jsonb('answers').$type<Record<string, string | number | null>>().notNull().default({}),
    inOperationSince: date('in_operation_since'),
    claims: jsonb('claims').$type<CompetitionClaim[]>().notNull().default([]),
    status: text('status', { enum: ['draft', 'submitted', 'eligible', 'ineligible'] })
      .notNull()
      .default('draft'),
    /** The operator's reason at the formal check, which the unit sees. */
    formalCheckReason: text('formal_check_reason'),
    formalCheckedBy: uuid('formal_checked_by'),
    formalCheckedAt: timestamp('formal_checked_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('competition_applications_unit').on(t.editionId, t.unitId),
    index('competition_applications_edition').on(t.editionId, t.status),
  ],
);

/** A required (or extra) attachment of an application: a PDF checked by content, kept in the database. */
export const competitionAttachments = pgTable(
  'competition_attachments',
  {
    applicationId: integer('application_id')
      .notNull()
      .references(() => competitionApplications.id, { onDelete: 'cascade' }),
    requirementId: text('requirement_id').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    /** Base64 of the file: small PDFs (≤ 10 MB), read only when downloaded. */
    content: text('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.requirementId] })],
);

/** Jurors invited to an edition (users holding the juror role), with their category expertise. */
export const competitionJurors = pgTable(
  'competition_jurors',
  {
    editionId: integer('edition_id')
      .notNull()
      .references(() => competitionEditions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Category ids the juror is expert in; empty = any. */
    categories: jsonb('categories').$type<string[]>().notNull().default([]),
    invitedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.editionId, t.userId] })],
);

/** Conflicts a juror declared (the automatic ones are derived from roles, the register and groups). */
export const competitionDeclaredConflicts = pgTable(
  'competition_declared_conflicts',
  {
    applicationId: integer('application_id')
      .notNull()
      .references(() => competitionApplications.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    declaredAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.userId] })],
);

/** Who scores what: the solved assignment, plus extra jurors after a large spread; submitted when the juror finished. */
export const competitionAssignments = pgTable(
  'competition_assignments',
  {
    applicationId: integer('application_id')
      .notNull()
      .references(() => competitionApplications.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['initial', 'extra'] }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.userId] }), index('competition_assignments_user').on(t.userId)],
);

/** One juror's score of one criterion with its justification, stored as entered. */
export const competitionScores = pgTable(
  'competition_scores',
  {
    applicationId: integer('application_id')
      .notNull()
      .references(() => competitionApplications.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    criterionId: text('criterion_id').notNull(),
    score: doublePrecision('score').notNull(),
    justification: text('justification').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.userId, t.criterionId] })],
);

/** The panel's agreed final score of an application, with the reason when it departs from the calibrated one. */
export const competitionConsensus = pgTable('competition_consensus', {
  applicationId: integer('application_id')
    .primaryKey()
    .references(() => competitionApplications.id, { onDelete: 'cascade' }),
  score: doublePrecision('score').notNull(),
  reason: text('reason'),
  decidedBy: uuid('decided_by'),
  decidedAt: createdAt(),
});

/** Awards (laureate, distinction) with the jury's reasons; the draft good practice made from it on publishing. */
export const competitionAwards = pgTable('competition_awards', {
  applicationId: integer('application_id')
    .primaryKey()
    .references(() => competitionApplications.id, { onDelete: 'cascade' }),
  award: text('award', { enum: ['laureate', 'distinction'] }).notNull(),
  reason: text('reason').notNull(),
  goodPracticeId: integer('good_practice_id'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});

// ---------------------------------------------------------------------------------------------
// Open data: what the public sees of the value store

/** A release's contents: an indicator and the periods of it made public. */
export type ReleaseContent = { indicator: string; periods: string[] };

/** What publishing found, kept with the release for its changelog. */
export type ReleaseChanges = {
  /** Indicator periods public for the first time. */
  added: { indicator: string; period: string; values: number }[];
  /** Indicator periods released before: how many of their values changed since the last release that held them. */
  revised: { indicator: string; period: string; values: number; previousRelease: number }[];
};

/**
 * A data release (#15): the people who run Miernik decide what is public. Values of the listed
 * indicator periods are public as they stood when the release was published — later corrections
 * become public with the next release that holds them — so a released figure can be cited by
 * release number and never changes under that number.
 */
export const dataReleases = pgTable('data_releases', {
  id: serial('id').primaryKey(),
  /** 1, 2, 3… in publishing order; null while a draft. */
  number: integer('number').unique(),
  title: jsonb('title').$type<Localized>().notNull(),
  /** The operator's changelog text; the computed `changes` are added on publishing. */
  notes: jsonb('notes').$type<Localized>().notNull(),
  contents: jsonb('contents').$type<ReleaseContent[]>().notNull(),
  changes: jsonb('changes').$type<ReleaseChanges>(),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  publishedBy: uuid('published_by'),
});
