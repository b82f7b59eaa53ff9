/**
 * The first-run checklist of an administrator or network operator: the steps that make Miernik
 * useful, in the order they depend on each other, each done or not from the real state.
 */

export const SETUP_STEPS = ['units', 'people', 'group', 'round', 'survey', 'assessment'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/** What exists now. Demo objects (the labelled demo network, synthetic waves) never count. */
export interface SetupState {
  /** Current units in the register (TERYT or imported). */
  units: number;
  /** Users holding a role other than administrator (coordinators, members, operators, …). */
  peopleWithRoles: number;
  /** Benchmarking networks and programmes, not demo. */
  groups: number;
  /** Data-collection rounds. */
  rounds: number;
  /** Survey waves, not demo. */
  surveyWaves: number;
  /** Self-assessment rounds, not demo. */
  assessments: number;
}

export interface ChecklistItem {
  step: SetupStep;
  done: boolean;
  count: number;
}

export interface Checklist {
  items: ChecklistItem[];
  /** The first step not done, or null when everything is. */
  next: SetupStep | null;
  done: number;
  total: number;
}

const COUNT_OF: Record<SetupStep, keyof SetupState> = {
  units: 'units',
  people: 'peopleWithRoles',
  group: 'groups',
  round: 'rounds',
  survey: 'surveyWaves',
  assessment: 'assessments',
};

export function buildChecklist(state: SetupState): Checklist {
  const items = SETUP_STEPS.map((step) => {
    const count = state[COUNT_OF[step]];
    return { step, count, done: count > 0 };
  });
  const done = items.filter((item) => item.done).length;
  return { items, next: items.find((item) => !item.done)?.step ?? null, done, total: items.length };
}
