import type { UnitPosition } from './stats';

/**
 * A unit's dashboard in three numbers: how many indicators could be compared, and how many of
 * them put the unit in the best and in the worst quarter of its peers. Small groups (fewer than 5
 * units with a value) and neutral indicators have no honest quarter, so they are not compared.
 */
export interface PositionSummary {
  compared: number;
  bestQuarter: number;
  worstQuarter: number;
}

export function summarisePositions(positions: readonly (UnitPosition | null)[]): PositionSummary {
  let compared = 0;
  let bestQuarter = 0;
  let worstQuarter = 0;
  for (const position of positions) {
    if (!position || position.smallGroup || position.quartile === null) continue;
    compared++;
    if (position.quartile === 1) bestQuarter++;
    if (position.quartile === 4) worstQuarter++;
  }
  return { compared, bestQuarter, worstQuarter };
}
