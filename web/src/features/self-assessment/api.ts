import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, API_BASE, seg } from '../../lib/api';
import type { Framework, LocalizedText } from '../../../../domain/self-assessment/framework';

// The framework structure is the domain's own type: the server sends `parseFramework` output as is.
export type {
  Framework,
  LocalizedText,
  ScoreBand,
  ScoreComponent,
  ScorePanel,
  ScoringMode,
  Criterion,
  Subcriterion,
} from '../../../../domain/self-assessment/framework';

export type AssessmentStatus = 'scoring' | 'consensus' | 'closed';
export type MemberRole = 'leader' | 'member';

/**
 * Raw scores of one subcriterion as the panel asks for them: a bare number when the panel has one
 * component (classical), otherwise component id → score (fine-tuned `{ plan, do, check, act }`).
 */
export type ScoreValues = number | Record<string, number>;

export interface FrameworkSummary {
  id: string;
  version: string;
  title: LocalizedText;
  maxTotal: number;
  itemCount: number;
  modes: { id: string; title: LocalizedText }[];
}

export interface AssessmentSummary {
  id: number;
  frameworkId: string;
  frameworkVersion: string;
  round: number;
  date: string;
  mode: string;
  status: AssessmentStatus;
  title: string | null;
  /** On the framework's total scale (CAF 0–900); null until the consensus scores are complete. */
  total: number | null;
  isDemo: boolean;
}

export interface AssessmentMember {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  submittedAt: string | null;
}

export interface AssessmentDetail extends AssessmentSummary {
  unit: { code: string; name: string; kind: string };
  members: AssessmentMember[];
  /** CAF recommends a group of 5–12 people. */
  groupSizeWarning: 'below-recommended' | 'above-recommended' | null;
  /** The signed-in user's place in the group; null for someone who only reads (a unit manager, an operator). */
  me: { role: MemberRole; scored: number; submittedAt: string | null } | null;
  itemCount: number;
  /** Consensus scores recorded so far (during consensus). */
  agreed: number;
  /** May change the group and run the consensus (the leader, the unit's managers). */
  canManage: boolean;
  /** People who may join the group (the unit's coordinators and members); listed for those who manage it. */
  candidates: { userId: string; name: string; email: string }[];
  /** Consensus opened before everyone submitted: the leader's reason and who had not (user ids). */
  override: { reason: string; missing: string[]; at: string } | null;
  consensusOpenedAt: string | null;
  createdAt: string;
  closedAt: string | null;
}

export interface MyScore {
  itemId: string;
  values: ScoreValues;
  /** The item's 0–100 score derived from `values`. */
  score: number;
  strengths: string | null;
  improvements: string | null;
  updatedAt: string;
}

export interface MyScores {
  items: MyScore[];
  /** Items not scored yet, in framework order. */
  missing: string[];
  submittedAt: string | null;
}

export interface SpreadMemberScore {
  userId: string;
  score: number;
  values: ScoreValues;
  strengths: string | null;
  improvements: string | null;
}

export interface SpreadItem {
  itemId: string;
  n: number;
  min: number;
  max: number;
  median: number;
  mean: number;
  spread: number;
  standardDeviation: number | null;
  crossesBands: boolean | null;
  needsDiscussion: boolean;
  scores: SpreadMemberScore[];
  consensus: ConsensusScore | null;
}

export interface ConsensusScore {
  values: ScoreValues;
  score: number | null;
  strengths: string | null;
  improvements: string | null;
  updatedAt: string;
}

export interface Spread {
  /** Largest disagreement first; only members who submitted. */
  items: SpreadItem[];
  /** Items no submitted member scored (possible when consensus was opened by override). */
  unscored: string[];
}

export interface CriterionResult {
  criterionId: string;
  kind: string;
  group: string | null;
  complete: boolean;
  missing: string[];
  score: number | null;
  points: number | null;
  maxPoints: number;
}

export interface Figure {
  label: LocalizedText;
  value: number | null;
  max: number;
}

export interface RoundChange {
  criteria: {
    criterionId: string;
    before: number | null;
    after: number | null;
    change: number | null;
    pointsChange: number | null;
  }[];
  total: Figure & { before: number | null; after: number | null; change: number | null };
  average: Figure & { before: number | null; after: number | null; change: number | null };
  modeChanged: boolean;
}

export interface AssessmentResults {
  assessment: AssessmentSummary;
  complete: boolean;
  missing: string[];
  criteria: CriterionResult[];
  total: Figure;
  average: Figure;
  byKind: { id: string; points: number | null; maxPoints: number; percent: number | null }[];
  byGroup: { id: string; points: number | null; maxPoints: number; percent: number | null }[];
  items: {
    itemId: string;
    criterionId: string;
    score: number;
    components: Record<string, number>;
    strengths: string | null;
    improvements: string | null;
  }[];
  /** Against the unit's previous closed round of the same framework; null for the first round. */
  comparison: (RoundChange & { frameworkId: string; previous: { id: number; round: number; date: string } }) | null;
}

export interface RoundsComparison {
  frameworkId: string;
  rounds: {
    id: number;
    round: number;
    date: string;
    mode: string;
    total: number | null;
    average: number | null;
    criteria: { criterionId: string; score: number | null }[];
  }[];
}

export interface UnitComparison {
  frameworkId: string;
  /** Always true: CAF scores of different offices are not validated alike (METHODS.md §1.1). */
  indicative: true;
  /** Too few units with a closed round: nothing is shown, so that no office can be singled out. */
  suppressed: boolean;
  minUnits: number;
  n: number;
  items: {
    unit: { code: string; name: string; kind: string };
    round: number;
    date: string;
    total: number | null;
    average: number | null;
    isDemo: boolean;
  }[];
}

export interface CreateAssessmentInput {
  frameworkId: string;
  round: number;
  date: string;
  mode: string;
  title?: string;
}

export const assessmentKeys = {
  frameworks: ['self-assessment', 'frameworks'] as const,
  framework: (id: string) => ['self-assessment', 'framework', id] as const,
  unitComparison: (frameworkId: string) => ['self-assessment', 'unit-comparison', frameworkId] as const,
  unit: (code: string) => ['assessments', 'unit', code] as const,
  rounds: (code: string, frameworkId: string) => ['assessments', 'unit', code, 'rounds', frameworkId] as const,
  all: ['assessments'] as const,
  detail: (id: string) => ['assessments', 'detail', id] as const,
  myScores: (id: string) => ['assessments', 'detail', id, 'my-scores'] as const,
  spread: (id: string) => ['assessments', 'detail', id, 'spread'] as const,
  results: (id: string) => ['assessments', 'detail', id, 'results'] as const,
};

/** The report in the user's language (the server writes Polish or English). */
export function assessmentReportUrl(id: number | string, format: 'pdf' | 'xlsx', lang: 'pl' | 'en'): string {
  return `${API_BASE}/assessments/${seg(id)}/report?format=${format}&lang=${lang}`;
}

export function useFrameworks() {
  return useQuery({
    queryKey: assessmentKeys.frameworks,
    queryFn: ({ signal }) => api.get<{ items: FrameworkSummary[] }>('/self-assessment/frameworks', undefined, signal),
    staleTime: Infinity,
  });
}

/** Framework files change only with a release: fetched once per session. */
export function useFramework(id: string | undefined) {
  return useQuery({
    queryKey: assessmentKeys.framework(id ?? ''),
    queryFn: ({ signal }) => api.get<Framework>(`/self-assessment/frameworks/${seg(id ?? '')}`, undefined, signal),
    enabled: !!id,
    staleTime: Infinity,
  });
}

export function useUnitComparison(frameworkId: string, enabled: boolean) {
  return useQuery({
    queryKey: assessmentKeys.unitComparison(frameworkId),
    queryFn: ({ signal }) =>
      api.get<UnitComparison>(`/self-assessment/frameworks/${seg(frameworkId)}/unit-comparison`, undefined, signal),
    enabled,
  });
}

export function useUnitAssessments(code: string) {
  return useQuery({
    queryKey: assessmentKeys.unit(code),
    queryFn: ({ signal }) =>
      api.get<{ items: AssessmentSummary[] }>(`/units/${seg(code)}/assessments`, undefined, signal),
  });
}

export function useRoundsComparison(code: string, frameworkId: string, enabled = true) {
  return useQuery({
    queryKey: assessmentKeys.rounds(code, frameworkId),
    queryFn: ({ signal }) =>
      api.get<RoundsComparison>(`/units/${seg(code)}/assessments/comparison`, { framework: frameworkId }, signal),
    enabled,
  });
}

export function useCreateAssessment(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAssessmentInput) => api.post<AssessmentSummary>(`/units/${seg(code)}/assessments`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.unit(code) }),
  });
}

export function useAssessment(id: string) {
  return useQuery({
    queryKey: assessmentKeys.detail(id),
    queryFn: ({ signal }) => api.get<AssessmentDetail>(`/assessments/${seg(id)}`, undefined, signal),
  });
}

export function useMyScores(id: string, enabled: boolean) {
  return useQuery({
    queryKey: assessmentKeys.myScores(id),
    queryFn: ({ signal }) => api.get<MyScores>(`/assessments/${seg(id)}/my-scores`, undefined, signal),
    enabled,
  });
}

export function useSpread(id: string, enabled: boolean) {
  return useQuery({
    queryKey: assessmentKeys.spread(id),
    queryFn: ({ signal }) => api.get<Spread>(`/assessments/${seg(id)}/spread`, undefined, signal),
    enabled,
  });
}

export function useResults(id: string, enabled = true) {
  return useQuery({
    queryKey: assessmentKeys.results(id),
    queryFn: ({ signal }) => api.get<AssessmentResults>(`/assessments/${seg(id)}/results`, undefined, signal),
    enabled,
  });
}

/**
 * After any change to an assessment its detail, lists and derived views are stale. The refetch is
 * not awaited on purpose: a change often moves the assessment on (scoring → consensus → closed),
 * which unmounts the control that made it — the caller's own onSuccess (navigate, announce) must
 * run first, and TanStack Query skips it for an unmounted component.
 */
function useInvalidateAssessment(id: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: assessmentKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: ['assessments', 'unit'] });
  };
}

export function useSetMembers(id: string) {
  const invalidate = useInvalidateAssessment(id);
  return useMutation({
    mutationFn: (members: { userId: string; role: MemberRole }[]) =>
      api.put<AssessmentDetail>(`/assessments/${seg(id)}/members`, { members }),
    onSuccess: invalidate,
  });
}

export interface ScoreInput {
  values: ScoreValues;
  strengths: string | null;
  improvements: string | null;
}

export function useSaveMyScore(id: string) {
  const invalidate = useInvalidateAssessment(id);
  return useMutation({
    mutationFn: ({ itemId, ...input }: ScoreInput & { itemId: string }) =>
      api.put<MyScore>(`/assessments/${seg(id)}/my-scores/${seg(itemId)}`, input),
    onSuccess: invalidate,
  });
}

export function useSubmitMyScores(id: string) {
  const invalidate = useInvalidateAssessment(id);
  return useMutation({
    mutationFn: () => api.post<unknown>(`/assessments/${seg(id)}/my-scores/submit`),
    onSuccess: invalidate,
  });
}

export function useOpenConsensus(id: string) {
  const invalidate = useInvalidateAssessment(id);
  return useMutation({
    mutationFn: (override?: { reason: string }) =>
      api.post<unknown>(`/assessments/${seg(id)}/consensus`, override ? { override } : {}),
    onSuccess: invalidate,
  });
}

export function useSaveConsensus(id: string) {
  const invalidate = useInvalidateAssessment(id);
  return useMutation({
    mutationFn: ({ itemId, ...input }: ScoreInput & { itemId: string }) =>
      api.put<unknown>(`/assessments/${seg(id)}/consensus/${seg(itemId)}`, input),
    onSuccess: invalidate,
  });
}

export function useCloseAssessment(id: string) {
  const invalidate = useInvalidateAssessment(id);
  return useMutation({
    mutationFn: () => api.post<unknown>(`/assessments/${seg(id)}/close`),
    onSuccess: invalidate,
  });
}
