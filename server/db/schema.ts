/**
 * The one Drizzle schema. `npm run db:generate` turns changes into SQL migrations in
 * server/db/migrations, which run unchanged on PGlite and on PostgreSQL 15+.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, unique, uniqueIndex, uuid,
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
