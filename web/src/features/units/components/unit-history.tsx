import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import type { UnitLink } from '../api';
import { unitPath, useKindLabel } from '../../../lib/unit-labels';

/** Predecessors or successors: the linked unit, what happened and when. */
export function UnitHistoryList({
  links,
  direction,
}: {
  links: readonly UnitLink[];
  direction: 'predecessors' | 'successors';
}) {
  const { t } = useTranslation('units');
  const format = useFormat();
  const kindLabel = useKindLabel();
  return (
    <ul className="history-list">
      {links.map((link) => (
        <li key={`${link.kind}-${link.unit.code}`}>
          <Link to={unitPath(link.unit.code)}>{link.unit.name}</Link>{' '}
          <span className="muted">
            ({kindLabel(link.unit.kind)}, {link.unit.code})
          </span>
          <br />
          <span>
            {t(`history.${direction}.${link.kind}`, { defaultValue: link.kind })}
            {link.date ? ` — ${format.date(link.date)}` : ''}
          </span>
          {link.note ? <span className="muted"> · {link.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
