/**
 * Where a unit's published object reads on the public portal: its section on the unit's profile
 * (`/jst/{code}`), one anchor per object. The portal renders the anchors and the staff pages link
 * to them, so both take them from here.
 */
export type PublishedKind = 'survey' | 'assessment' | 'plan';

const PREFIX: Record<PublishedKind, string> = { survey: 'ankieta', assessment: 'samoocena', plan: 'plan' };

/** The fragment id, e.g. `ankieta-12`. */
export function publishedAnchor(kind: PublishedKind, id: number): string {
  return `${PREFIX[kind]}-${id}`;
}

/** The public page of a unit's published object, e.g. `/jst/1206011#ankieta-12`. */
export function publishedHref(unitCode: string, kind: PublishedKind, id: number): string {
  return `/jst/${encodeURIComponent(unitCode)}#${publishedAnchor(kind, id)}`;
}
