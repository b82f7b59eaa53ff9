import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/badge';
import { useFormat } from '../../../lib/format';
import { formatValue } from '../../../lib/indicator-labels';
import { useLocalized } from '../../../lib/localized';
import type { PeersInfo, UnitBenchmarkItem } from '../api';
import { quartileClass } from '../classes';
import { indicatorBenchmarkPath } from '../labels';
import { DirectionText, PercentileBar, Sparkline } from './position-parts';
import { AddToPlanLink } from '../../improvement-plans';

/**
 * One indicator of the dashboard: the unit's value, the peer median, the unit's place on the
 * percentile bar, its yearly line and direction of travel. The name links to the indicator view
 * for this unit and peer group.
 */
export function IndicatorCard({
  item,
  unitCode,
  period,
  peers,
}: {
  item: UnitBenchmarkItem;
  unitCode: string;
  period: string;
  peers: PeersInfo;
}) {
  const { t } = useTranslation('benchmarking');
  const format = useFormat();
  const localized = useLocalized();
  const { indicator, stats } = item;
  const formatNumber = useCallback(
    (value: number) => formatValue(format.locale, value, indicator.decimals),
    [format.locale, indicator.decimals],
  );
  const cls = quartileClass(item.position, stats);

  return (
    <li className={`bench-card bench-card--${cls}`}>
      <h3 className="bench-card__title">
        <Link to={indicatorBenchmarkPath(indicator.code, { unit: unitCode, period, peers: peers.spec })}>
          {localized(indicator.names)}
        </Link>
      </h3>
      <p className="bench-card__value">
        {item.value !== null ? formatNumber(item.value) : t('card.noValue')}{' '}
        <span className="muted">
          {item.value !== null ? format.unitFor(item.value, indicator.unit, indicator.decimals) : indicator.unit}
        </span>
      </p>
      <dl className="bench-card__facts">
        <div>
          <dt>{t('card.median')}</dt>
          <dd>{stats.median !== null ? format.measure(stats.median, indicator.unit, indicator.decimals) : '—'}</dd>
        </div>
        <div>
          <dt>{t('card.n')}</dt>
          <dd>
            {format.number(stats.n)}
            {stats.missing > 0 ? <span className="muted"> {t('card.missing', { count: stats.missing })}</span> : null}
          </dd>
        </div>
      </dl>
      {stats.smallGroup ? (
        <p>
          <Badge tone="warning">{t('card.smallGroup', { n: stats.n })}</Badge>
        </p>
      ) : null}
      <PercentileBar position={item.position} stats={stats} />
      <div className="bench-card__trend">
        <Sparkline trend={item.trend} format={formatNumber} />
        <DirectionText direction={item.direction} />
      </div>
      <AddToPlanLink
        source={{ type: 'benchmark-gap', unitCode, indicatorCode: indicator.code }}
        subject={localized(indicator.names)}
      />
    </li>
  );
}
