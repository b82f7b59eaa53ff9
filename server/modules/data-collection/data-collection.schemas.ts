import { z } from 'zod';
import { unitSummary } from '../units/units.schemas';

const localized = z.object({ pl: z.string(), en: z.string() });

export const finding = z.object({
  check: z.string().describe('required, non-negative, range, year-on-year, peer-outlier, rule'),
  severity: z.enum(['error', 'warning']),
  variableCode: z.string().nullable(),
  variables: z.array(z.string()),
  ruleId: z.string().optional(),
  ruleMessage: z
    .object({ pl: z.string(), en: z.string() })
    .optional()
    .describe("For rule findings: the rule's message"),
  message: z.string().describe('Short English text with the numbers (fallback)'),
  details: z.record(z.string(), z.number()),
});

export const round = z.object({
  id: z.number().int(),
  name: z.string(),
  period: z.string(),
  deadline: z.string(),
  groupId: z.number().int().nullable(),
  status: z.enum(['open', 'closed']),
  createdAt: z.string(),
});

export const roundDetail = round.extend({
  canManage: z.boolean(),
  variables: z.array(z.object({ code: z.string(), names: localized, unit: z.string() })),
  units: z.array(z.object({ code: z.string(), name: z.string(), kind: z.string(), status: z.string() })),
});

export const createRoundBody = z.object({
  name: z.string().trim().min(1).max(200),
  period: z.string().trim().min(4).max(10).describe('2024, 2024-H1 or 2024-Q3'),
  deadline: z.iso
    .datetime({ offset: true })
    .transform((s) => new Date(s))
    .describe('ISO 8601 with offset'),
  variableCodes: z.array(z.string().min(1).max(80)).min(1).max(500),
  unitCodes: z.array(z.string().min(1).max(40)).max(5000).optional(),
  groupId: z.number().int().positive().optional(),
});

const event = z.object({
  action: z.string(),
  at: z.string(),
  comment: z.string().nullable(),
  actor: z.object({ id: z.string(), email: z.string() }).nullable(),
});

export const roundForm = z.object({
  round,
  unit: unitSummary,
  status: z.enum(['not-started', 'draft', 'submitted', 'returned', 'approved']),
  reopenedUntil: z.string().nullable(),
  editable: z.boolean(),
  notEditableReason: z.string().nullable(),
  fields: z.array(
    z.object({
      variable: z.object({ code: z.string(), names: localized, unit: z.string(), description: localized }),
      value: z.number().nullable(),
      previousValue: z.number().nullable(),
      comment: z.string().nullable(),
      provenance: z.record(z.string(), z.unknown()).nullable(),
      findings: z.array(finding),
    }),
  ),
  findings: z.array(finding),
  history: z.array(event),
});

export const saveValuesBody = z.object({
  values: z
    .array(
      z.object({
        variableCode: z.string().min(1).max(80),
        value: z.number().finite().nullable().describe('null removes the value'),
        comment: z.string().trim().max(2000).nullable().optional().describe('Explanation of a plausibility warning'),
      }),
    )
    .min(1)
    .max(500),
});

export const board = z.object({
  round,
  items: z.array(
    z.object({
      unit: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
      status: z.string(),
      filled: z.number().int(),
      total: z.number().int(),
      overdue: z.boolean(),
      updatedAt: z.string(),
    }),
  ),
  counts: z.record(z.string(), z.number().int()),
  overdue: z.number().int(),
});

export const importSummary = z.object({
  dryRun: z.boolean(),
  layout: z.string(),
  values: z.number().int(),
  emptyCells: z.number().int(),
  ignoredColumns: z.array(z.string()),
  units: z.number().int(),
  periods: z.array(z.string()),
  /** What the values become: drafts, or approved at once (an operator's `approve=true` outside rounds). */
  status: z.enum(['draft', 'approved']),
  /** How many values replace ones from official statistics (only with `replaceOfficial=true`). */
  replacesOfficial: z.number().int(),
  warnings: z.array(
    z.object({
      row: z.number().int(),
      column: z.string().nullable(),
      reason: z.string(),
      severity: z.string(),
      check: z.string(),
    }),
  ),
  preview: z.array(
    z.object({
      row: z.number().int(),
      unitCode: z.string(),
      variableCode: z.string(),
      period: z.string(),
      value: z.number(),
    }),
  ),
});

export const indicatorValues = z.object({
  unit: unitSummary,
  periods: z.array(z.string()),
  items: z.array(
    z.object({
      code: z.string(),
      names: localized,
      unit: z.string(),
      decimals: z.number().int(),
      polarity: z.string(),
      area: z.string(),
      type: z.string(),
      values: z.array(
        z.object({
          period: z.string(),
          value: z.number().nullable(),
          noValue: z
            .object({
              reason: z.string().describe('missing-input, division-by-zero, not-finite, not-released (public view)'),
              variables: z.array(z.string()),
            })
            .nullable(),
        }),
      ),
    }),
  ),
});

export const valueHistory = z.object({
  unit: unitSummary,
  items: z.array(
    z.object({
      variableCode: z.string(),
      period: z.string(),
      value: z.number().nullable(),
      previousValue: z.number().nullable(),
      status: z.string(),
      provenance: z.record(z.string(), z.unknown()),
      comment: z.string().nullable(),
      changedAt: z.string(),
      changedBy: z.object({ id: z.string(), email: z.string() }).nullable(),
    }),
  ),
});

export const draftImports = z.object({
  items: z.array(
    z.object({
      sourceId: z.number().int(),
      kind: z.string(),
      fileName: z.string().nullable(),
      createdAt: z.string(),
      createdBy: z.string().nullable(),
      values: z.number().int(),
      units: z.number().int(),
      periods: z.array(z.string()),
      /** Drafts that, once approved, replace a value approved now. */
      replacingApproved: z.number().int(),
    }),
  ),
});
const bdlSyncVariable = z.object({
  code: z.string(),
  subjectId: z.string(),
  areas: z.array(z.string()),
  bdlVariableId: z.number().int().nullable(),
  state: z.enum(['pending', 'done', 'refused', 'failed']),
  values: z.number().int(),
  skippedUnits: z.number().int().describe('Units BDL returned that are not in the register (town/rural parts)'),
  message: z.string().nullable(),
});
const bdlSyncState = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed', 'interrupted']),
  years: z.array(z.number().int()),
  areas: z.array(z.string()).nullable(),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  resumed: z.number().int(),
  variables: z.array(bdlSyncVariable),
  error: z.object({ variable: z.string(), code: z.string(), message: z.string() }).nullable(),
});
export const bdlSyncRun = z.object({
  state: bdlSyncState.nullable(),
  running: z.boolean(),
  current: z.object({ code: z.string(), level: z.number().int().nullable() }).nullable(),
});
export const bdlSyncStatus = bdlSyncRun.extend({
  mapped: z.array(
    z.object({
      code: z.string(),
      subjectId: z.string(),
      labels: z.array(z.string()),
      measure: z.string(),
      levels: z.array(z.number().int()),
      areas: z.array(z.string()),
      verified: z
        .object({
          variableId: z.number().int(),
          subjectId: z.string(),
          levels: z.array(z.number().int()),
          measure: z.string(),
          verifiedAt: z.string(),
        })
        .nullable()
        .describe("The BDL variable last verified against BDL's metadata; null: not yet"),
    }),
  ),
});
export const bdlSyncBody = z.object({
  years: z.array(z.number().int().min(1995).max(2100)).min(1).max(40).optional(),
  areas: z.array(z.string().max(40)).max(20).optional(),
});
