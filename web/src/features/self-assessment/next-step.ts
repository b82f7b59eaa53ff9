/**
 * The one main action of a round's page for whoever runs it (#19): a round of a unit with nobody in
 * its group must lead to inviting people, not to "Otwórz konsensus" over an empty list.
 */
export type NextStep =
  /** The group is empty: invite people into it. */
  | 'invite'
  /** Members are still scoring: wait (or score, if the leader is one of them); opening consensus is secondary. */
  | 'await-scores'
  /** Everyone has submitted: open the consensus. */
  | 'open-consensus'
  /** The consensus is open: run it. */
  | 'run-consensus'
  /** The round is closed: read the results. */
  | 'results'
  /** Nothing for the caller to lead (not the leader or the unit's coordinator). */
  | null;

export interface RoundState {
  status: 'scoring' | 'consensus' | 'closed';
  /** The caller may run the round (the server's canManage). */
  leads: boolean;
  members: readonly { submittedAt: string | null }[];
}

export function nextStep(round: RoundState): NextStep {
  if (round.status === 'closed') return 'results';
  if (!round.leads) return null;
  if (round.status === 'consensus') return 'run-consensus';
  if (round.members.length === 0) return 'invite';
  return round.members.every((m) => m.submittedAt !== null) ? 'open-consensus' : 'await-scores';
}
