/**
 * Conflicts of interest between a juror and an application (EPSA: an evaluator is never from the
 * applicant's own country or employer; HotCRP/OpenReview: conflicts from profile relations).
 *
 * A juror "belongs" to every unit in which they hold a role and to every group in which they hold
 * a role. A conflict exists when any of the juror's units
 * - is the applicant unit itself (`same-unit`);
 * - lies in the same territorial hierarchy (`same-hierarchy`): one is an ancestor of the other
 *   (a powiat and its gminy, a voivodeship and its powiaty), or both share an ancestor below the
 *   top level (two gminy of one powiat). Sharing only a voivodeship is not a conflict — a region is
 *   too broad a tie, and it would exclude most of a regional jury;
 * - shares a benchmarking group with the applicant (`same-group`);
 * or when the juror holds a role in a group the applicant belongs to (`same-group`), or the juror
 * declared a conflict with the application (`declared`).
 *
 * Pure: the caller passes each unit's ancestors (root first, without the unit) and group ids.
 */

export type ConflictReason = 'same-unit' | 'same-hierarchy' | 'same-group' | 'declared';

export interface ConflictUnit {
  id: number;
  /** Ancestor ids from the top (voivodeship) down to the parent; [] for a top-level unit. */
  ancestors: readonly number[];
  /** Benchmarking groups the unit is a member of. */
  groupIds: readonly number[];
}

export interface ConflictJuror {
  /** Units in which the juror holds any role. */
  units: readonly ConflictUnit[];
  /** Groups in which the juror holds any role. */
  groupIds: readonly number[];
  /** Applications the juror declared a conflict with. */
  declaredApplicationIds: readonly number[];
}

export interface Conflict {
  reason: ConflictReason;
  /** The juror's unit that causes it (null for group roles and declarations). */
  unitId: number | null;
  /** The shared group, for `same-group`. */
  groupId: number | null;
}

/** Whether two units are in one territorial hierarchy (see the module comment). */
export function sameHierarchy(a: ConflictUnit, b: ConflictUnit): boolean {
  if (a.id === b.id) return true;
  if (a.ancestors.includes(b.id) || b.ancestors.includes(a.id)) return true;
  // A shared ancestor below the top level: index ≥ 1 in both root-first lists.
  const below = new Set(a.ancestors.slice(1));
  return b.ancestors.slice(1).some((id) => below.has(id));
}

/** Every conflict between a juror and an application of `applicant`; empty = none. */
export function conflictsOf(juror: ConflictJuror, applicationId: number, applicant: ConflictUnit): Conflict[] {
  const out: Conflict[] = [];
  const seen = new Set<string>();
  const add = (c: Conflict) => {
    const key = `${c.reason}:${c.unitId}:${c.groupId}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  };
  const applicantGroups = new Set(applicant.groupIds);
  for (const unit of juror.units) {
    if (unit.id === applicant.id) add({ reason: 'same-unit', unitId: unit.id, groupId: null });
    else if (sameHierarchy(unit, applicant)) add({ reason: 'same-hierarchy', unitId: unit.id, groupId: null });
    // The applicant's own groups add nothing to `same-unit`.
    if (unit.id !== applicant.id)
      for (const g of unit.groupIds)
        if (applicantGroups.has(g)) add({ reason: 'same-group', unitId: unit.id, groupId: g });
  }
  for (const g of juror.groupIds) if (applicantGroups.has(g)) add({ reason: 'same-group', unitId: null, groupId: g });
  if (juror.declaredApplicationIds.includes(applicationId)) add({ reason: 'declared', unitId: null, groupId: null });
  return out;
}
