import { Link } from 'react-router';
import type { UnitSummary } from '../api';
import { unitPath, useKindLabel } from '../labels';

/** A plain list of links to units, each followed by its kind so same-named units can be told apart. */
export function UnitLinkList({ units, label }: { units: readonly UnitSummary[]; label?: string }) {
  const kindLabel = useKindLabel();
  return (
    <ul className="link-list" aria-label={label}>
      {units.map((unit) => (
        <li key={unit.code}>
          <Link to={unitPath(unit.code)}>{unit.name}</Link> <span className="muted">{kindLabel(unit.kind)}</span>
        </li>
      ))}
    </ul>
  );
}
