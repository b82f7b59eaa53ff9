import { z } from 'zod';
import { ROLES } from '../../../domain/access/authorization';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords';

export const roleAssignment = z.object({
  id: z.number().int(),
  role: z.enum(ROLES),
  // The id too, so that the web can ask the domain's can() — which works on ids — about the user's units.
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string() }).nullable(),
  group: z.object({ id: z.number().int(), name: z.string() }).nullable(),
});

export const me = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.string(),
  isAdmin: z.boolean(),
  roles: z.array(roleAssignment),
});

export const sessionResponse = z.object({
  user: me,
  csrfToken: z.string().describe('Send it back as the x-csrf-token header on every POST/PUT/PATCH/DELETE'),
});

export const meResponse = z.object({
  user: me.nullable().describe('null when nobody is logged in'),
  csrfToken: z.string().nullable().describe('null when nobody is logged in'),
});

export const password = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const loginBody = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const acceptInvitationBody = z.object({
  token: z.string().min(10).max(200),
  name: z.string().trim().min(1).max(200),
  password,
});

export const listedUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  status: z.enum(['active', 'invited', 'disabled']),
  roles: z.array(roleAssignment),
  createdAt: z.string(),
});

export const createUserBody = z.object({
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  password: password.optional().describe('Omit to create an invitation link instead'),
});

export const roleEnum = z
  .enum(ROLES)
  .describe('admin, network-operator, unit-coordinator, unit-member, group-moderator, juror');

export const assignRoleBody = z.object({
  role: roleEnum,
  unitCode: z.string().min(1).max(40).optional().describe('For roles held in a unit'),
  groupId: z.number().int().positive().optional().describe('For roles held in a group'),
});
