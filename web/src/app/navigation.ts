import type { Me } from '../lib/session';
import { canImportData, canImportExternalData, canImportUnits, canManageRounds, isAdmin } from '../lib/permissions';

/**
 * The main navigation as data: sections by what people do, each with its entries. A feature adds
 * its page with one line in the right section's `entries`; the header, the phone menu and the
 * "current section" mark all follow from this list.
 */
export interface NavEntry {
  /** Where the entry leads; also the path prefix that marks its section as current. */
  to: string;
  /** i18n key (namespace `common` unless prefixed, e.g. `surveys:nav.title`). */
  label: string;
  /** Who sees it; everyone when omitted. The server still decides what they may do there. */
  visible?: (me: Me | null) => boolean;
  /** Other path prefixes that belong to this entry (e.g. `/variables` under the indicators). */
  also?: string[];
}

export interface NavSection {
  id: 'data' | 'comparisons' | 'quality' | 'networks' | 'admin';
  label: string;
  entries: NavEntry[];
}

const signedIn = (me: Me | null) => me !== null;

export const NAV_SECTIONS: NavSection[] = [
  {
    id: 'data',
    label: 'nav.sections.data',
    entries: [
      { to: '/units', label: 'nav.units' },
      { to: '/indicators', label: 'nav.indicators', also: ['/variables'] },
      { to: '/rounds', label: 'nav.rounds', visible: signedIn },
      { to: '/data/import', label: 'nav.dataImport', visible: canImportData },
      { to: '/data/bdl', label: 'nav.bdlImport', visible: canImportExternalData },
    ],
  },
  {
    id: 'comparisons',
    label: 'nav.sections.comparisons',
    entries: [
      { to: '/benchmarking', label: 'nav.benchmarking' },
      { to: '/benchmarking/dea', label: 'nav.dea' },
      { to: '/benchmarking/composite', label: 'nav.composite' },
    ],
  },
  {
    id: 'quality',
    label: 'nav.sections.quality',
    entries: [
      { to: '/self-assessment', label: 'nav.selfAssessment', also: ['/assessments'] },
      { to: '/improvement-plans', label: 'nav.improvementPlans', visible: signedIn },
      { to: '/surveys', label: 'surveys:nav.title', visible: signedIn },
      { to: '/good-practices', label: 'good-practices:nav' },
      { to: '/competition', label: 'competition:nav' },
    ],
  },
  {
    id: 'networks',
    label: 'nav.sections.networks',
    entries: [
      { to: '/networks', label: 'networks:nav', visible: signedIn },
      { to: '/groups', label: 'nav.groups' },
    ],
  },
  {
    id: 'admin',
    label: 'nav.sections.admin',
    entries: [
      { to: '/admin/users', label: 'nav.users', visible: isAdmin },
      { to: '/admin/audit', label: 'nav.audit', visible: isAdmin },
      { to: '/admin/units-import', label: 'nav.import', visible: canImportUnits },
      { to: '/rounds/outbox', label: 'nav.outbox', visible: canManageRounds },
    ],
  },
];

/** The sections and entries this user sees; sections without a visible entry are left out. */
export function visibleSections(me: Me | null, sections: NavSection[] = NAV_SECTIONS): NavSection[] {
  return sections
    .map((section) => ({ ...section, entries: section.entries.filter((e) => !e.visible || e.visible(me)) }))
    .filter((section) => section.entries.length > 0);
}

function matches(prefix: string, pathname: string): boolean {
  return pathname === prefix || pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

/**
 * The entry the page belongs to: the longest matching prefix wins, so `/benchmarking/dea` is the
 * DEA entry, not the benchmarking one, and `/rounds/outbox` is in Administracja.
 */
export function currentEntry(
  sections: NavSection[],
  pathname: string,
): { section: NavSection; entry: NavEntry } | null {
  let best: { section: NavSection; entry: NavEntry; length: number } | null = null;
  for (const section of sections)
    for (const entry of section.entries)
      for (const prefix of [entry.to, ...(entry.also ?? [])])
        if (matches(prefix, pathname) && (!best || prefix.length > best.length))
          best = { section, entry, length: prefix.length };
  return best && { section: best.section, entry: best.entry };
}
