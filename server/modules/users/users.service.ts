import { createHash, randomBytes } from 'node:crypto';
import { isAdmin, ROLE_SCOPES, type Role, type RoleGrant } from '../../../domain/access/authorization';
import type { Config } from '../../config';
import type { Db, Executor } from '../../db/client';
import { authorize, SYSTEM_CONTEXT, type RequestContext, type SessionActor } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import { createLoginLimiter } from './login-limiter';
import { dummyHash, hashPassword, verifyPassword } from './passwords';
import * as repo from './users.repository';

export type UsersService = ReturnType<typeof createUsersService>;

const INVITATION_DAYS = 14;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const token = () => randomBytes(32).toString('base64url');

export interface RoleAssignmentView {
  id: number;
  role: Role;
  unit: { id: number; code: string; name: string } | null;
  group: { id: number; name: string } | null;
}

type GrantRow = Awaited<ReturnType<typeof repo.listGrants>>[number];

function toRoleView(g: GrantRow): RoleAssignmentView {
  return {
    id: g.id,
    // Only roles of ROLES are ever written (the assign route's enum), so the column holds one of them.
    role: g.role as Role,
    unit: g.unitId !== null && g.unitCode !== null ? { id: g.unitId, code: g.unitCode, name: g.unitName ?? '' } : null,
    group: g.groupId !== null ? { id: g.groupId, name: g.groupName ?? '' } : null,
  };
}

export function createUsersService(deps: {
  db: Db;
  config: Config;
  audit: AuditService;
  now: () => Date;
  /** Resolves a current unit's code to its id (units service). */
  findUnitId: (code: string) => Promise<number | null>;
  /** Tells whether a group exists (groups service). */
  groupExists: (id: number) => Promise<boolean>;
}) {
  const { db, config, audit, now } = deps;
  const limiter = createLoginLimiter({
    maxPerEmail: 5,
    maxPerAddress: 30,
    windowMs: 15 * 60_000,
    now: () => now().getTime(),
  });

  async function startSession(userId: string): Promise<{ token: string; csrfToken: string; maxAgeSeconds: number }> {
    const sessionToken = token();
    const csrfToken = token();
    const maxAgeSeconds = Math.round(config.sessionHours * 3600);
    await repo.insertSession(db, {
      idHash: sha256(sessionToken),
      userId,
      csrfToken,
      expiresAt: new Date(now().getTime() + maxAgeSeconds * 1000),
    });
    return { token: sessionToken, csrfToken, maxAgeSeconds };
  }

  async function describe(user: repo.UserRow) {
    const grants = await repo.listGrants(db, [user.id]);
    const roles = grants.map(toRoleView);
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      isAdmin: grants.some((g) => g.role === 'admin' && g.unitId === null && g.groupId === null),
      roles,
    };
  }

  async function createUser(
    ctx: RequestContext,
    input: { email: string; name: string; password?: string | undefined },
  ) {
    authorize(ctx, { type: 'users.manage' });
    const email = input.email.trim().toLowerCase();
    const invitationToken = input.password ? null : token();
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const user = await db.transaction(async (tx) => {
      if (await repo.findUserByEmail(tx, email))
        throw new AppError('EMAIL_TAKEN', `A user with e-mail ${email} already exists`);
      return insertUser(tx, ctx, { email, name: input.name, passwordHash, invitationToken });
    });
    return { user: await describeListed(user), invitationUrl: invitationUrl(invitationToken) };
  }

  const invitationUrl = (t: string | null) => (t ? `${config.publicUrl}/invitation/${t}` : null);

  async function insertInvitation(tx: Executor, userId: string, invitationToken: string) {
    await repo.insertInvitation(tx, {
      tokenHash: sha256(invitationToken),
      userId,
      expiresAt: new Date(now().getTime() + INVITATION_DAYS * 86_400_000),
    });
  }

  /** The one place users are created: an active one with a password, or an invited one with a link. */
  async function insertUser(
    tx: Executor,
    ctx: RequestContext,
    input: { email: string; name: string; passwordHash: string | null; invitationToken: string | null },
  ) {
    const row = await repo.insertUser(tx, {
      email: input.email,
      name: input.name.trim(),
      passwordHash: input.passwordHash,
      status: input.passwordHash ? 'active' : 'invited',
    });
    if (input.invitationToken) await insertInvitation(tx, row.id, input.invitationToken);
    await audit.record(tx, ctx, {
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      changes: { email: input.email, name: row.name, invited: !input.passwordHash },
    });
    return row;
  }

  /**
   * Invites a person into a unit within the caller's transaction (a self-assessment round inviting
   * its team): a new e-mail becomes an invited user with a link; a known one is reused, and gets a
   * fresh link while it has not set a password yet. Grants unit-member unless the person already
   * holds a coordinator or member role there. Whoever may grant unit-member in the unit may do this.
   */
  async function inviteToUnit(
    tx: Executor,
    ctx: RequestContext,
    input: { email: string; name: string; unitId: number },
  ) {
    authorize(ctx, { type: 'role.assign', role: 'unit-member', unitId: input.unitId, groupId: null });
    const email = input.email.trim().toLowerCase();
    const existing = await repo.findUserByEmail(tx, email);
    if (existing?.status === 'disabled')
      throw new AppError('USER_DISABLED', `The account of ${email} is disabled; an administrator can restore it`);
    const invitationToken = !existing || existing.status === 'invited' ? token() : null;
    const user =
      existing ?? (await insertUser(tx, ctx, { email, name: input.name, passwordHash: null, invitationToken }));
    if (existing && invitationToken) await insertInvitation(tx, existing.id, invitationToken);
    const held = (await repo.listGrants(tx, [user.id])).some(
      (g) => g.unitId === input.unitId && (g.role === 'unit-member' || g.role === 'unit-coordinator'),
    );
    if (!held) {
      await repo.insertGrant(tx, { userId: user.id, role: 'unit-member', unitId: input.unitId, groupId: null });
      await audit.record(tx, ctx, {
        action: 'role.assign',
        entityType: 'user',
        entityId: user.id,
        changes: { role: 'unit-member', unitId: input.unitId, groupId: null },
      });
    }
    return {
      user: { id: user.id, email: user.email, name: user.name, status: user.status },
      created: !existing,
      invitationUrl: invitationUrl(invitationToken),
    };
  }

  async function describeListed(user: repo.UserRow) {
    const grants = await repo.listGrants(db, [user.id]);
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      status: user.status,
      roles: grants.map(toRoleView),
      createdAt: user.createdAt.toISOString(),
    };
  }

  async function assignRole(
    ctx: RequestContext,
    userId: string,
    input: { role: Role; unitCode?: string | undefined; groupId?: number | undefined },
  ) {
    const scopes = ROLE_SCOPES[input.role];
    const scope = input.unitCode !== undefined ? 'unit' : input.groupId !== undefined ? 'group' : 'global';
    if (input.unitCode !== undefined && input.groupId !== undefined) {
      throw new AppError('VALIDATION_FAILED', 'Give either unitCode or groupId, not both', [
        { path: 'body', message: 'unitCode and groupId are exclusive' },
      ]);
    }
    if (!scopes.includes(scope)) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Role ${input.role} is held ${scopes.map((s) => (s === 'global' ? 'globally' : `in a ${s}`)).join(' or ')}`,
        [{ path: 'body.role', message: `not allowed ${scope === 'global' ? 'globally' : `in a ${scope}`}` }],
      );
    }
    const unitId = input.unitCode !== undefined ? await deps.findUnitId(input.unitCode) : null;
    if (input.unitCode !== undefined && unitId === null)
      throw new AppError('UNIT_NOT_FOUND', `Unit ${input.unitCode} not found`);
    if (input.groupId !== undefined && !(await deps.groupExists(input.groupId)))
      throw new AppError('GROUP_NOT_FOUND', `Group ${input.groupId} not found`);
    const groupId = input.groupId ?? null;
    authorize(ctx, { type: 'role.assign', role: input.role, unitId, groupId });
    const created = await db.transaction(async (tx) => {
      if (!(await repo.findUserById(tx, userId))) throw new AppError('USER_NOT_FOUND', `User ${userId} not found`);
      const row = await repo.insertGrant(tx, { userId, role: input.role, unitId, groupId });
      if (!row) throw new AppError('CONFLICT', 'The user already holds this role here');
      await audit.record(tx, ctx, {
        action: 'role.assign',
        entityType: 'user',
        entityId: userId,
        changes: { role: input.role, unitCode: input.unitCode ?? null, groupId },
      });
      return row;
    });
    const [view] = (await repo.listGrants(db, [userId])).filter((g) => g.id === created.id).map(toRoleView);
    return view!;
  }

  return {
    /**
     * Checks e-mail and password. Unknown e-mail, wrong password and disabled or not-yet-activated
     * accounts all answer the same 401 after the same amount of work (no user enumeration).
     */
    async login(input: { email: string; password: string; address: string }) {
      const email = input.email.trim().toLowerCase();
      const { wait, release } = limiter.reserve(email, input.address);
      if (wait > 0)
        throw new AppError('TOO_MANY_REQUESTS', `Too many failed logins; try again in ${wait} s`, {
          retryAfterSeconds: wait,
        });
      const user = await repo.findUserByEmail(db, email);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
      if (!user || !ok || user.status !== 'active')
        throw new AppError('INVALID_CREDENTIALS', 'Wrong e-mail or password');
      release();
      await repo.updateUser(db, user.id, { lastLoginAt: now() });
      const session = await startSession(user.id);
      return { session, me: await describe(user) };
    },

    async logout(sessionToken: string) {
      await repo.deleteSession(db, sha256(sessionToken));
    },

    /** The actor behind a session cookie, or null for a missing, expired or revoked session. */
    async resolveSession(sessionToken: string): Promise<SessionActor | null> {
      const found = await repo.findLiveSession(db, sha256(sessionToken), now());
      if (!found) return null;
      const grants = await repo.listGrants(db, [found.user.id]);
      return {
        userId: found.user.id,
        email: found.user.email,
        name: found.user.name,
        locale: found.user.locale,
        csrfToken: found.session.csrfToken,
        grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unitId, groupId: g.groupId })),
      };
    },

    /**
     * The session check every page makes: an anonymous visitor is an answer (no user), not an
     * error, so logged-out pages do not log a failed request.
     */
    async me(ctx: RequestContext) {
      const user = ctx.actor ? await repo.findUserById(db, ctx.actor.userId) : undefined;
      if (!ctx.actor || !user) return { user: null, csrfToken: null };
      return { user: await describe(user), csrfToken: ctx.actor.csrfToken };
    },

    async acceptInvitation(input: { token: string; name: string; password: string }) {
      const tokenHash = sha256(input.token);
      const invitation = await repo.findOpenInvitation(db, tokenHash, now());
      if (!invitation) throw new AppError('INVITATION_INVALID', 'This invitation link is unknown, used or expired');
      const passwordHash = await hashPassword(input.password);
      await db.transaction(async (tx) => {
        await repo.updateUser(tx, invitation.userId, { name: input.name.trim(), passwordHash, status: 'active' });
        await repo.markInvitationUsed(tx, tokenHash, now());
        await audit.record(
          tx,
          { actor: null, requestId: 'invitation' },
          { action: 'user.activate', entityType: 'user', entityId: invitation.userId },
        );
      });
      const user = (await repo.findUserById(db, invitation.userId))!;
      const session = await startSession(user.id);
      return { session, me: await describe(user) };
    },

    async list(ctx: RequestContext, query: { q?: string | undefined; page: number; pageSize: number }) {
      authorize(ctx, { type: 'users.manage' });
      const { rows, total } = await repo.listUsers(db, query.q, {
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      const grants = await repo.listGrants(
        db,
        rows.map((r) => r.id),
      );
      return {
        items: rows.map((u) => ({
          id: u.id,
          email: u.email,
          name: u.name,
          status: u.status,
          createdAt: u.createdAt.toISOString(),
          roles: grants.filter((g) => g.userId === u.id).map(toRoleView),
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    create: createUser,
    assignRole,
    inviteToUnit,

    async revokeRole(ctx: RequestContext, userId: string, roleId: number) {
      const grant = await repo.findGrant(db, roleId);
      if (!grant || grant.userId !== userId)
        throw new AppError('ROLE_NOT_FOUND', `Role assignment ${roleId} not found for this user`);
      authorize(ctx, { type: 'role.assign', role: grant.role as Role, unitId: grant.unitId, groupId: grant.groupId });
      await db.transaction(async (tx) => {
        await repo.deleteGrant(tx, roleId);
        await audit.record(tx, ctx, {
          action: 'role.revoke',
          entityType: 'user',
          entityId: userId,
          changes: { role: grant.role, unitId: grant.unitId, groupId: grant.groupId },
        });
      });
    },

    /**
     * On first start (no users at all) creates the first admin. The password is the configured one
     * or a random one, returned so the caller can print it once; there is never a fixed default.
     */
    async ensureFirstAdmin(): Promise<{ email: string; password: string | null; generated: boolean } | null> {
      if ((await repo.countUsers(db)) > 0) return null;
      const password = config.adminPassword ?? randomBytes(12).toString('base64url');
      const { user } = await createUser(SYSTEM_CONTEXT, { email: config.adminEmail, name: 'Administrator', password });
      await assignRole(SYSTEM_CONTEXT, user.id, { role: 'admin' });
      return { email: user.email, password: config.adminPassword ? null : password, generated: !config.adminPassword };
    },

    async findUserIdByEmail(email: string): Promise<string | null> {
      return (await repo.findUserByEmail(db, email.trim().toLowerCase()))?.id ?? null;
    },

    async emailsByIds(ids: readonly string[]): Promise<Map<string, string>> {
      return new Map((await repo.emailsByIds(db, ids)).map((r) => [r.id, r.email]));
    },

    /** Names, e-mails and role grants of users, for services that decide by roles (competition conflicts). */
    async profilesByIds(
      ids: readonly string[],
    ): Promise<Map<string, { id: string; name: string; email: string; grants: RoleGrant[] }>> {
      const out = new Map<string, { id: string; name: string; email: string; grants: RoleGrant[] }>();
      for (const id of new Set(ids)) {
        const user = await repo.findUserById(db, id);
        if (user) out.set(id, { id, name: user.name, email: user.email, grants: [] });
      }
      for (const g of await repo.listGrants(db, [...out.keys()]))
        out.get(g.userId)!.grants.push({ role: g.role as Role, unitId: g.unitId, groupId: g.groupId });
      return out;
    },

    /** Users holding a role (the jurors an operator can invite to a competition edition); callers authorize. */
    async withRole(role: Role): Promise<{ id: string; name: string; email: string }[]> {
      return repo.usersWithRole(db, role);
    },

    /** unit id → e-mails of its active coordinators (for reminders). */
    async coordinatorEmails(unitIds: readonly number[]): Promise<Map<number, string[]>> {
      const out = new Map<number, string[]>();
      for (const r of await repo.coordinatorEmails(db, unitIds))
        out.set(r.unitId!, [...(out.get(r.unitId!) ?? []), r.email]);
      return out;
    },

    async purgeExpiredSessions() {
      await repo.deleteExpiredSessions(db, now());
    },

    isAdmin,
  };
}
