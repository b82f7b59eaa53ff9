import { z } from 'zod';
import { SETUP_STEPS } from '../../../domain/onboarding/checklist';

export const checklist = z.object({
  items: z.array(z.object({ step: z.enum(SETUP_STEPS), done: z.boolean(), count: z.number().int() })),
  next: z.enum(SETUP_STEPS).nullable().describe('the first step not done'),
  done: z.number().int(),
  total: z.number().int(),
});

export const myUnit = z.object({
  unit: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
  role: z.enum(['unit-coordinator', 'unit-member']),
  openForms: z.array(
    z.object({
      roundId: z.number().int(),
      name: z.string(),
      period: z.string(),
      deadline: z.string().describe('ISO 8601; a reopened form: the end of the reopening'),
      status: z.enum(['not-started', 'draft', 'submitted', 'returned', 'approved']),
      overdue: z.boolean(),
    }),
  ),
  openWaves: z.array(z.object({ id: z.number().int(), title: z.string(), closesAt: z.string() })),
  assessments: z.array(
    z.object({
      id: z.number().int(),
      frameworkId: z.string(),
      round: z.number().int(),
      status: z.enum(['scoring', 'consensus', 'closed']),
    }),
  ),
  overdueActions: z.array(
    z.object({ id: z.number().int(), planId: z.number().int(), title: z.string(), endDate: z.string() }),
  ),
  position: z
    .object({
      period: z.string(),
      peers: z.string().describe('peer-group spec of the dashboard (units of the same kind)'),
      compared: z.number().int().describe('indicators with a value and a group of at least 5'),
      bestQuarter: z.number().int(),
      worstQuarter: z.number().int(),
    })
    .nullable()
    .describe('null when the unit has no approved data yet'),
});

export const startResponse = z.object({
  checklist: checklist.nullable().describe('for administrators and network operators'),
  myUnits: z.array(myUnit).describe('units where the caller is a coordinator or member'),
});
