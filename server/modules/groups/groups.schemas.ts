import { z } from 'zod';
import { SERVICE_AREAS } from '../../../domain/groups/service-areas';
import { unitCode, unitSummary } from '../units/units.schemas';

export const groupSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  serviceArea: z.string(),
  kind: z.enum(['network', 'programme']),
  isDemo: z.boolean().describe('Demo data, not a real network'),
  memberCount: z.number().int(),
});

export const groupDetail = groupSummary.extend({
  members: z.array(unitSummary),
  moderators: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string() })),
});

export const groupBody = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000).nullable().optional(),
  serviceArea: z.enum(SERVICE_AREAS),
  kind: z.enum(['network', 'programme']),
});

export const idParams = z.object({ id: z.coerce.number().int().positive() });
export const memberParams = idParams.extend({ unitCode });
