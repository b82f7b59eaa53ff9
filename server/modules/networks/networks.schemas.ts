import { z } from 'zod';
import { SERVICE_AREAS } from '../../../domain/groups/service-areas';
import { APPEAL_OUTCOMES, CASE_CATEGORIES } from '../../../domain/networks/cases';
import { queryBoolean } from '../../http/schemas';

const localized = z.object({ pl: z.string(), en: z.string() });
export const isoDate = z.iso.date().describe('YYYY-MM-DD');
export const idParams = z.object({ id: z.coerce.number().int().positive() });
const unitRef = z.object({ code: z.string(), name: z.string() });
const level = z.enum(['strategic', 'middle', 'operational']);

export const programme = z.object({
  id: z.number().int(),
  name: z.string(),
  operator: z.string(),
  description: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  cycleCount: z.number().int(),
});

export const programmeList = z.object({
  items: z.array(programme.extend({ groupCount: z.number().int() })),
  canManage: z.boolean(),
});

export const programmeDetail = programme.extend({
  groups: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      serviceArea: z.string(),
      memberCount: z.number().int(),
      isDemo: z.boolean(),
    }),
  ),
  canManage: z.boolean(),
});

export const programmeBody = z.object({
  name: z.string().trim().min(1).max(200),
  operator: z.string().trim().min(1).max(200).describe('Who runs it, e.g. Związek Powiatów Polskich'),
  description: z.string().trim().max(4000).nullable().optional(),
  startsOn: isoDate,
  endsOn: isoDate,
  cycleCount: z.number().int().min(1).max(10).optional(),
});

export const programmeGroupBody = z.object({
  groupId: z.number().int().positive().optional().describe('Attach an existing group; or give name and serviceArea'),
  name: z.string().trim().min(1).max(200).optional(),
  serviceArea: z.enum(SERVICE_AREAS).optional(),
  description: z.string().trim().max(4000).nullable().optional(),
});

export const delegate = z.object({
  id: z.number().int(),
  unit: unitRef,
  name: z.string(),
  email: z.string().nullable(),
  position: z.string().nullable(),
  level,
});

export const delegateBody = z.object({
  unitCode: z.string().min(1).max(40),
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().max(200).nullable().optional(),
  position: z.string().trim().max(200).nullable().optional(),
  level,
});

export const cycle = z.object({
  id: z.number().int(),
  groupId: z.number().int(),
  number: z.number().int(),
  title: z.string(),
  focus: z.enum(['diagnosis', 'implementation', 'other']),
  startsOn: z.string(),
  endsOn: z.string(),
  planPeriod: z.string(),
  roundIds: z.array(z.number().int()),
  waveIds: z.array(z.number().int()),
});

export const cycleBody = z.object({
  number: z.number().int().min(1).max(20),
  title: z.string().trim().min(1).max(200),
  focus: z.enum(['diagnosis', 'implementation', 'other']),
  startsOn: isoDate,
  endsOn: isoDate,
  planPeriod: z
    .string()
    .regex(/^\d{4}(-\d{4})?$/)
    .describe('Period of the improvement plans expected of each unit: 2011 or 2011-2012'),
  roundIds: z.array(z.number().int().positive()).max(50).optional(),
  waveIds: z.array(z.number().int().positive()).max(500).optional(),
});

export const cyclePatch = cycleBody.pick({ title: true, planPeriod: true, roundIds: true, waveIds: true }).partial();

export const meetingSummary = z.object({
  id: z.number().int(),
  groupId: z.number().int(),
  cycleId: z.number().int().nullable(),
  date: z.string(),
  title: z.string(),
  address: z.string().nullable(),
  host: unitRef,
  hasMinutes: z.boolean(),
});

export const networkView = z.object({
  group: z.object({
    id: z.number().int(),
    name: z.string(),
    description: z.string().nullable(),
    serviceArea: z.string(),
    isDemo: z.boolean(),
    moderators: z.array(z.object({ name: z.string(), email: z.string() })),
  }),
  programme: programme.nullable(),
  members: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      missingLevels: z.array(level).describe('Management levels the unit has no delegate for'),
    }),
  ),
  delegates: z.array(delegate),
  indicatorSet: z.array(
    z.object({
      code: z.string(),
      names: localized,
      unit: z.string(),
      area: z.string(),
      polarity: z.string(),
      isHeadline: z.boolean(),
    }),
  ),
  cycles: z.array(cycle),
  meetings: z.array(meetingSummary),
  canManage: z.boolean(),
  canModerate: z.boolean(),
});

export const indicatorSetBody = z.object({
  items: z
    .array(z.object({ code: z.string().min(1).max(80), isHeadline: z.boolean().optional() }))
    .max(200)
    .describe('In display order; at most one headline per service area'),
});

export const cycleBoard = z.object({
  cycle,
  items: z.array(
    z.object({
      unit: unitRef,
      data: z
        .object({ rounds: z.number().int(), submitted: z.number().int(), approved: z.number().int() })
        .nullable()
        .describe("Progress in the cycle's rounds; null for readers other than the group's operator and moderators"),
      surveys: z.object({ waves: z.number().int(), closed: z.number().int() }),
      plan: z.object({
        created: z.boolean(),
        planId: z.number().int().nullable(),
        planned: z.number().int(),
        inProgress: z.number().int(),
        done: z.number().int(),
        effectChecked: z.number().int().describe('Actions linked to an indicator with an effect verdict'),
        improvedShare: z
          .number()
          .nullable()
          .describe('Share (0–1) of effectChecked whose verdict is "improved more than peers"'),
      }),
    }),
  ),
});

export const scheduleBody = z.object({
  from: isoDate,
  count: z.number().int().min(1).max(40),
});

export const scheduleProposal = z.object({
  meetings: z.array(z.object({ date: z.string(), hostUnitCode: z.string() })),
  outsideProgramme: z.array(z.string()).describe('Proposed dates after the end of the programme'),
});

const agendaItem = z.object({
  title: z.string().trim().min(1).max(300),
  note: z.string().trim().max(2000).nullable().optional(),
  commentId: z.number().int().nullable().optional(),
});
const documentLink = z.object({ title: z.string().trim().min(1).max(300), url: z.url().max(2000) });

export const meetingBody = z.object({
  date: isoDate,
  hostUnitCode: z.string().min(1).max(40),
  address: z.string().trim().max(500).nullable().optional(),
  title: z.string().trim().min(1).max(300).optional(),
  cycleId: z.number().int().positive().nullable().optional(),
  agenda: z.array(agendaItem).max(100).optional(),
  documents: z.array(documentLink).max(100).optional(),
  minutes: z.string().max(100_000).nullable().optional().describe('Markdown'),
});

export const meetingsBody = z.object({ meetings: z.array(meetingBody).min(1).max(40) });
export const meetingPatch = meetingBody.partial();

export const meetingAction = z.object({
  id: z.number().int(),
  meetingId: z.number().int(),
  unit: unitRef,
  owner: z.string().nullable(),
  title: z.string(),
  dueOn: z.string().nullable(),
  status: z.enum(['open', 'done', 'cancelled']),
  planActionId: z.number().int().nullable().describe('The improvement-plan action it was sent to'),
});

export const meetingDetail = meetingSummary.extend({
  group: z.object({ id: z.number().int(), name: z.string(), serviceArea: z.string() }),
  agenda: z.array(
    z.object({
      title: z.string(),
      note: z.string().nullable().optional(),
      commentId: z.number().nullable().optional(),
    }),
  ),
  documents: z.array(z.object({ title: z.string(), url: z.string() })),
  minutes: z.string().nullable(),
  attendance: z.array(z.object({ delegate, present: z.boolean().nullable() })),
  actions: z.array(meetingAction),
  previousMeeting: z
    .object({ id: z.number().int(), date: z.string(), title: z.string(), openActions: z.array(meetingAction) })
    .nullable(),
  pinnedQuestions: z.array(
    z.object({ id: z.number().int(), indicatorCode: z.string(), period: z.string(), body: z.string() }),
  ),
  canManage: z.boolean(),
  canModerate: z.boolean(),
});

export const attendanceBody = z.object({
  attendees: z.array(z.object({ delegateId: z.number().int().positive(), present: z.boolean() })).max(500),
});

export const meetingActionBody = z.object({
  unitCode: z.string().min(1).max(40),
  owner: z.string().trim().max(200).nullable().optional(),
  title: z.string().trim().min(1).max(300),
  dueOn: isoDate.nullable().optional(),
});

export const meetingActionPatch = meetingActionBody
  .omit({ unitCode: true })
  .partial()
  .extend({ status: z.enum(['open', 'done', 'cancelled']).optional() });

export const toPlanBody = z.object({
  period: z
    .string()
    .regex(/^\d{4}(-\d{4})?$/)
    .optional()
    .describe("Plan period; default the meeting's cycle plan period, else the meeting's year"),
});

export const toPlanResult = z.object({ planId: z.number().int(), actionId: z.number().int() });

const indicatorFigures = z.object({
  code: z.string(),
  names: localized,
  unit: z.string(),
  decimals: z.number().int(),
  polarity: z.string(),
  area: z.string(),
  period: z.string().nullable().describe('Latest period with a value of any member, as of the pack date'),
  n: z.number().int(),
  median: z.number().nullable(),
  q1: z.number().nullable(),
  q3: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  trendPeriods: z.array(z.string()),
  medianTrend: z.array(z.number().nullable()),
  members: z.array(
    z.object({
      unitCode: z.string(),
      value: z.number().nullable(),
      rank: z.number().int().nullable(),
      quartile: z.number().int().nullable(),
      trend: z.array(z.number().nullable()),
    }),
  ),
});

export const packQuery = z.object({
  format: z.enum(['json', 'pdf', 'xlsx']).default('pdf'),
  asOf: z
    .string()
    .max(40)
    .optional()
    .describe('YYYY-MM-DD (start of the day, Warsaw) or an ISO date-time; default: the start of the meeting day'),
  lang: z.enum(['pl', 'en']).default('pl'),
});

export const pack = z.object({
  meeting: z.object({ id: z.number().int(), title: z.string(), date: z.string(), address: z.string().nullable() }),
  group: z.object({ id: z.number().int(), name: z.string(), serviceArea: z.string(), isDemo: z.boolean() }),
  asOf: z.string().describe('The instant whose approved values the pack shows'),
  members: z.array(unitRef),
  host: z.object({
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    description: z.string().nullable(),
    website: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  indicators: z.array(indicatorFigures.extend({ isHeadline: z.boolean() })),
  decisionQuality: z.array(indicatorFigures),
  surveys: z.array(
    z.object({
      waveId: z.number().int(),
      unit: unitRef,
      title: z.string(),
      status: z.string(),
      n: z.number().int(),
      question: z.string().nullable(),
      headline: z
        .object({ successes: z.number(), n: z.number(), estimate: z.number(), lower: z.number(), upper: z.number() })
        .nullable()
        .describe('Headline share with its 95 % Wilson interval; null when suppressed below the minimum n'),
    }),
  ),
  previousActions: z.array(meetingAction),
  previousMeeting: z.object({ date: z.string(), title: z.string() }).nullable(),
  agenda: z.array(z.object({ title: z.string(), note: z.string().nullable().optional() })),
});

const caseFigures = z.object({
  decisions: z.number().int(),
  late: z.number().int(),
  lateShare: z.number().nullable(),
  processingDaysTotal: z.number(),
  processingDaysMean: z.number().nullable(),
  processingDaysMedian: z.number().nullable(),
  processingDaysP90: z.number().nullable(),
  appealed: z.number().int(),
  pending: z.number().int(),
  onMerits: z.number().int(),
  overturned: z.number().int(),
  overturnedShareOfMerits: z.number().nullable(),
  overturnedPer1000: z.number().nullable(),
  appealRate: z.number().nullable(),
});

export const caseSummary = z.object({
  total: caseFigures,
  byCategory: z.array(caseFigures.extend({ category: z.enum(CASE_CATEGORIES) })),
});

export const caseImportQuery = z.object({
  period: z.string().min(4).max(7).describe('2024, 2024-H1 or 2024-Q3: decisions must be issued in it'),
  fileName: z.string().max(200).default('upload'),
  dryRun: queryBoolean.default(false),
});

export const caseImportResult = z.object({
  dryRun: z.boolean(),
  unitCode: z.string(),
  period: z.string(),
  cases: z.number().int(),
  summary: caseSummary,
  values: z.array(z.object({ variableCode: z.string(), value: z.number() })),
});

export const caseColumnsDescription = `CSV or XLSX, one row per case: case_ref (optional), category (${CASE_CATEGORIES.join(
  ' | ',
)}), initiated_on, decided_on (YYYY-MM-DD), excluded_days (art. 35 § 5 KPA, default 0), term (1m | 2m | <n>d), appeal_outcome (${APPEAL_OUTCOMES.join(' | ')}, default none)`;

export const decisionQuality = z.object({
  indicators: z.array(indicatorFigures),
  imports: z.array(
    z.object({
      unit: unitRef,
      period: z.string(),
      fileName: z.string(),
      cases: z.number().int(),
      importedAt: z.string(),
      summary: caseSummary,
    }),
  ),
});

export const decisionRoundBody = z.object({
  period: z.string().min(4).max(7),
  deadline: z.iso.datetime({ offset: true }),
  name: z.string().trim().min(1).max(200).optional(),
});

export const comment = z.object({
  id: z.number().int(),
  indicatorCode: z.string(),
  period: z.string(),
  parentId: z.number().int().nullable(),
  body: z.string(),
  authorName: z.string(),
  pinnedMeetingId: z.number().int().nullable(),
  createdAt: z.string(),
});

export const commentList = z.object({ items: z.array(comment), canModerate: z.boolean() });

export const commentBody = z.object({
  indicatorCode: z.string().min(1).max(80),
  period: z.string().min(4).max(7),
  body: z.string().trim().min(1).max(5000),
  parentId: z.number().int().positive().optional(),
});

export const pinBody = z.object({
  meetingId: z.number().int().positive().nullable().optional().describe('Default: the next meeting; null unpins'),
});
