import { Link } from 'react-router';
import type { UnitSummary } from '../api';
import { unitPath, useKindLabel } from '../../../lib/unit-labels';

/**
 * A plain list of links to units in alphabetical order. The kind is shown only when the list
 * mixes kinds (e.g. counties and cities with county status), where it tells same-named units apart.
 */
export function UnitLinkList({ units, label }: { units: readonly UnitSummary[]; label?: string }) {
  const kindLabel = useKindLabel();
  const mixed = new Set(units.map((unit) => unit.kind)).size > 1;
  const sorted = [...units].sort((a, b) => a.name.localeCompare(b.name, 'pl'));
  return (
    <ul className="link-list" aria-label={label}>
      {sorted.map((unit) => (
        <li key={unit.code}>
          <Link to={unitPath(unit.code)}>{unit.name}</Link>
          {mixed ? <span className="link-list__kind"> ({kindLabel(unit.kind).toLocaleLowerCase()})</span> : null}
        </li>
      ))}
    </ul>
  );
}
