/**
 * Preparing the consensus meeting of a self-assessment group (CAF step 5: A. individual assessment,
 * B. consensus in group; METHODS.md §1.5). The group (typically 5–12 people; any n ≥ 1 works) scores
 * each subcriterion individually; the facilitator needs to see where they disagree most.
 * The consensus score itself is agreed by the group, never computed: the mean is a starting point only.
 */
import { type ScoreBand, bandOf } from './framework';
import { mean, median, sampleStandardDeviation } from './statistics';

export interface IndividualScore {
  memberId: string;
  /** Subcriterion (or criterion-level item) id. */
  itemId: string;
  /** The member's 0–100 score for the item (classical score, or the fine-tuned mean). */
  score: number;
}

export interface ItemDisagreement {
  itemId: string;
  /** Number of members who scored the item. */
  n: number;
  min: number;
  max: number;
  median: number;
  mean: number;
  /** max − min. */
  spread: number;
  /** Sample standard deviation (n − 1); null when only one member scored. */
  standardDeviation: number | null;
  /** The scores fall in more than one band; null when no bands were given for the item. */
  crossesBands: boolean | null;
  /** spread ≥ `discussionSpread`, or the scores cross a band boundary. */
  needsDiscussion: boolean;
  /** Individual scores, lowest first (ties by member id). */
  scores: { memberId: string; score: number }[];
}

export interface DisagreementOptions {
  /** Spread from which an item is flagged for discussion; default 30 points (METHODS.md §1.5). */
  discussionSpread?: number;
  /** Bands describing an item's score (e.g. `itemScoreBands(framework, "classical", itemId)`); crossing one flags the item. */
  bandsFor?: (itemId: string) => readonly ScoreBand[] | undefined;
}

export interface ConsensusInputProblem {
  code: 'NOT_A_SCORE' | 'DUPLICATE_SCORE';
  memberId: string;
  itemId: string;
  message: string;
}

const naturalOrder = new Intl.Collator('en', { numeric: true });

/**
 * Per item: n, min, max, median, mean, spread (max − min), sample SD and whether the scores cross a
 * band boundary; the list is sorted by largest disagreement first — spread descending, then SD
 * descending, then item id in natural order (1.2 before 1.10). Items nobody scored do not appear.
 *
 * An item is flagged `needsDiscussion` when spread ≥ 30 (configurable) or its scores fall in more
 * than one band (METHODS.md §1.5). Scores must be finite 0–100 numbers and a member may score an
 * item once; otherwise `{ ok: false, errors }` lists every offending score.
 */
export function summariseDisagreement(
  scores: readonly IndividualScore[],
  options: DisagreementOptions = {},
): { ok: true; items: ItemDisagreement[] } | { ok: false; errors: ConsensusInputProblem[] } {
  const discussionSpread = options.discussionSpread ?? 30;
  const errors: ConsensusInputProblem[] = [];
  const byItem = new Map<string, { memberId: string; score: number }[]>();
  for (const s of scores) {
    if (typeof s.score !== 'number' || !Number.isFinite(s.score) || s.score < 0 || s.score > 100) {
      errors.push({
        code: 'NOT_A_SCORE',
        memberId: s.memberId,
        itemId: s.itemId,
        message: `${s.memberId}, ${s.itemId}: ${String(s.score)} is not a score in 0–100`,
      });
      continue;
    }
    const list = byItem.get(s.itemId) ?? [];
    if (list.some((x) => x.memberId === s.memberId)) {
      errors.push({
        code: 'DUPLICATE_SCORE',
        memberId: s.memberId,
        itemId: s.itemId,
        message: `${s.memberId} scored ${s.itemId} more than once`,
      });
      continue;
    }
    list.push({ memberId: s.memberId, score: s.score });
    byItem.set(s.itemId, list);
  }
  if (errors.length > 0) return { ok: false, errors };

  const items: ItemDisagreement[] = [...byItem].map(([itemId, list]) => {
    const values = list.map((x) => x.score);
    const min = Math.min(...values);
    const max = Math.max(...values);
    const bands = options.bandsFor?.(itemId);
    const crossesBands = bands === undefined ? null : new Set(values.map((v) => bandOf(bands, v))).size > 1;
    const spread = max - min;
    return {
      itemId,
      n: values.length,
      min,
      max,
      median: median(values)!,
      mean: mean(values)!,
      spread,
      standardDeviation: sampleStandardDeviation(values),
      crossesBands,
      needsDiscussion: spread >= discussionSpread || crossesBands === true,
      scores: [...list].sort((a, b) => a.score - b.score || naturalOrder.compare(a.memberId, b.memberId)),
    };
  });
  items.sort(
    (a, b) =>
      b.spread - a.spread ||
      (b.standardDeviation ?? 0) - (a.standardDeviation ?? 0) ||
      naturalOrder.compare(a.itemId, b.itemId),
  );
  return { ok: true, items };
}

export interface MemberSubmission {
  memberId: string;
  /** False while the member's individual assessment is still a draft. */
  submitted: boolean;
}

export interface ConsensusReadiness {
  /** Every member has submitted. */
  ready: boolean;
  /** Members with no submitted assessment (draft or nothing), in the order of `members`. */
  missing: string[];
  /** Submissions from people who are not (or no longer) members; they do not count. */
  notMembers: string[];
}

/**
 * Whether the consensus meeting can start: every member of the self-assessment group has submitted
 * an individual assessment. Reports who has not (draft only, or nothing at all) and ignores — but
 * lists — submissions from non-members. A group with no members is not ready.
 */
export function isReadyForConsensus(
  members: readonly string[],
  submissions: readonly MemberSubmission[],
): ConsensusReadiness {
  const memberSet = new Set(members);
  const submitted = new Set(submissions.filter((s) => s.submitted).map((s) => s.memberId));
  const missing = [...new Set(members)].filter((m) => !submitted.has(m));
  const notMembers = [...new Set(submissions.map((s) => s.memberId))].filter((m) => !memberSet.has(m));
  return { ready: memberSet.size > 0 && missing.length === 0, missing, notMembers };
}
