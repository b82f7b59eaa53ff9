import { lazy, Suspense, useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/async-state';
import { Card } from '../../../components/card';
import { Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { formatValue } from '../../../lib/indicator-labels';
import { useLocalized } from '../../../lib/localized';
import { useActionEffect, type Action, type Effect } from '../api';
import { VerdictBadge } from '../labels';

const EffectChart = lazy(() => import('./effect-chart'));

/**
 * Closing the loop: did the indicator move more than the peer group's? The verdict in plain words,
 * the numbers behind it (the unit's change, the peers' median change, the difference and the
 * peers' normal spread), a small chart and the same series as a table.
 */
export function EffectPanel({ action, footer }: { action: Action; footer?: (effect: Effect) => ReactNode }) {
  const { t } = useTranslation('improvementPlans');
  const effect = useActionEffect(action.id, true);
  return (
    <Card title={t('effect.title')}>
      {effect.isPending ? (
        <Loading />
      ) : effect.isError ? (
        <QueryError error={effect.error} onRetry={() => void effect.refetch()} />
      ) : (
        <>
          <EffectBody effect={effect.data} />
          {footer?.(effect.data)}
        </>
      )}
    </Card>
  );
}

/**
 * The verdict, the numbers, the chart and the table of one effect check. Also the good-practice
 * bank's evidence, which runs the same check around the year a practice started (`spanLabel`
 * names the shaded years there).
 */
export function EffectBody({ effect, spanLabel }: { effect: Effect; spanLabel?: string }) {
  const { t } = useTranslation('improvementPlans');
  const format = useFormat();
  const localized = useLocalized();
  const value = useCallback(
    (v: number | null | undefined) =>
      v === null || v === undefined ? '—' : formatValue(format.locale, v, effect.indicator.decimals),
    [format.locale, effect.indicator.decimals],
  );
  // Changes get one more decimal than the indicator: a change smaller than its last digit would read as 0.
  const change = useCallback(
    (v: number | null | undefined) => {
      if (v === null || v === undefined) return '—';
      const text = formatValue(format.locale, Math.abs(v), effect.indicator.decimals + 1);
      return v > 0 ? `+${text}` : v < 0 ? `−${text}` : text;
    },
    [format.locale, effect.indicator.decimals],
  );
  const check = effect.check;
  const name = localized(effect.indicator.names);
  const periods = useMemo(() => {
    const all = new Set([...effect.unitSeries.map((p) => p.period), ...effect.peerMedianSeries.map((p) => p.period)]);
    return [...all].sort();
  }, [effect]);
  // Without a single value a chart of empty axes and a table of dashes would say nothing.
  const hasValues =
    effect.unitSeries.some((p) => p.value !== null) || effect.peerMedianSeries.some((p) => p.value !== null);
  // Stable inputs, so the chart is drawn once rather than on every render.
  const chart = useMemo(() => {
    const at = <T,>(list: T[], p: string) => list.find((x) => (x as { period: string }).period === p);
    return {
      periods,
      unit: periods.map((p) => at(effect.unitSeries, p)?.value ?? null),
      median: periods.map((p) => at(effect.peerMedianSeries, p)?.value ?? null),
      q1: periods.map((p) => at(effect.peerMedianSeries, p)?.q1 ?? null),
      q3: periods.map((p) => at(effect.peerMedianSeries, p)?.q3 ?? null),
      labels: { unit: t('effect.seriesUnit'), median: t('effect.seriesMedian'), band: t('effect.seriesBand') },
      actionSpan:
        effect.actionStart || effect.actionEnd
          ? { start: effect.actionStart, end: effect.actionEnd, label: spanLabel ?? t('effect.actionSpan') }
          : null,
    };
  }, [effect, periods, t, spanLabel]);

  return (
    <>
      <p className="effect-verdict">
        <VerdictBadge verdict={effect.verdict} />{' '}
        <span className="effect-verdict__text">{t(`verdictSentence.${effect.verdict}`, { indicator: name })}</span>
      </p>
      {effect.reasons.length > 0 ? (
        <ul className="effect-reasons">
          {effect.reasons.map((r) => (
            <li key={r.code}>{t(`reasons.${r.code}`, { defaultValue: r.message })}</li>
          ))}
        </ul>
      ) : null}
      <p className="muted">{t('effect.method', { spec: effect.peers.spec, n: effect.peers.count })}</p>
      {check && check.unit.change !== null ? (
        <dl className="details effect-numbers">
          <div>
            <dt>{t('effect.unitChange')}</dt>
            <dd>
              {change(check.unit.change)}{' '}
              <span className="muted">
                ({value(check.unit.before)} → {value(check.unit.after)} {effect.indicator.unit}
                {check.baselinePeriods.length > 0 && check.followUpPeriods.length > 0
                  ? `; ${t('effect.windows', { before: check.baselinePeriods.join(', '), after: check.followUpPeriods.join(', ') })}`
                  : ''}
                )
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('effect.peerChange')}</dt>
            <dd>
              {change(check.peers.medianChange)}{' '}
              <span className="muted">{t('effect.peersWithChange', { count: check.peers.changes.length })}</span>
            </dd>
          </div>
          <div>
            <dt>{t('effect.difference')}</dt>
            <dd>{change(check.improvementBeyondPeers)}</dd>
          </div>
          <div>
            <dt>{t('effect.spread')}</dt>
            <dd>
              {check.peers.q1 === null || check.peers.q3 === null
                ? '—'
                : t('effect.spreadValue', {
                    q1: change(check.peers.q1),
                    q3: change(check.peers.q3),
                    tolerance: value(check.tolerance),
                  })}
            </dd>
          </div>
          {check.rank ? (
            <div>
              <dt>{t('effect.rank')}</dt>
              <dd>{t('effect.rankValue', { position: check.rank.position, of: check.rank.of })}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {hasValues ? (
        <>
          <Suspense fallback={<Loading />}>
            <EffectChart {...chart} ariaLabel={t('effect.chartLabel', { indicator: name })} format={value} />
          </Suspense>
          <Table caption={t('effect.tableCaption', { indicator: name, unit: effect.indicator.unit })}>
            <thead>
              <tr>
                <th scope="col">{t('effect.period')}</th>
                <th scope="col" className="numeric">
                  {t('effect.seriesUnit')}
                </th>
                <th scope="col" className="numeric">
                  {t('effect.seriesMedian')}
                </th>
                <th scope="col" className="numeric">
                  {t('effect.seriesBand')}
                </th>
                <th scope="col" className="numeric">
                  {t('effect.peersN')}
                </th>
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => {
                const peer = effect.peerMedianSeries.find((x) => x.period === p);
                const window = check?.baselinePeriods.includes(p)
                  ? t('effect.baseline')
                  : check?.followUpPeriods.includes(p)
                    ? t('effect.followUp')
                    : null;
                return (
                  <tr key={p}>
                    <th scope="row">
                      {p}
                      {window ? <span className="muted"> ({window})</span> : null}
                    </th>
                    <td className="numeric">{value(effect.unitSeries.find((x) => x.period === p)?.value)}</td>
                    <td className="numeric">{value(peer?.value)}</td>
                    <td className="numeric">
                      {peer && peer.q1 !== null && peer.q3 !== null ? `${value(peer.q1)} – ${value(peer.q3)}` : '—'}
                    </td>
                    <td className="numeric">{peer ? format.number(peer.n) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </>
      ) : (
        <p className="muted">{t('effect.noSeries')}</p>
      )}
    </>
  );
}
