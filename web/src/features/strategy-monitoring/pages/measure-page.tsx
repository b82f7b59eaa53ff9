import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextAreaField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrors } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import {
  strategyPath,
  unitStrategiesPath,
  useEnterValue,
  useMeasure,
  useSaveComment,
  type MeasureDetail,
} from '../api';
import { LightBadge, usePercent } from '../labels';

const TrajectoryChart = lazy(() => import('../components/trajectory-chart'));

/** One measure: figures with their sources, the trajectory chart, peers, value entry and comment. */
export function MeasurePage() {
  const { t, i18n } = useTranslation('strategy-monitoring');
  const id = Number(useParams().id);
  const measure = useMeasure(id);
  const format = useFormat();
  const percent = usePercent();
  const lang = i18n.language === 'en' ? 'en' : 'pl';
  const chart = useMemo(() => {
    const m = measure.data;
    if (!m) return null;
    return {
      periods: m.trajectory.map((p) => p.period),
      actual: m.trajectory.map((p) => p.actual),
      expected: m.trajectory.map((p) => p.expected),
      milestones: m.trajectory.map((p) => p.milestone),
      peerMedian: m.trajectory.map((p) => p.peerMedian),
      target: m.target,
    };
  }, [measure.data]);
  const labels = useMemo(
    () => ({
      actual: t('chart.actual'),
      expected: t('chart.expected'),
      milestones: t('chart.milestones'),
      peerMedian: t('chart.peerMedian'),
      target: t('chart.target'),
    }),
    [t],
  );
  if (measure.isPending) return <Loading />;
  if (measure.isError) return <QueryError error={measure.error} onRetry={() => void measure.refetch()} />;
  const m = measure.data;
  const name = m.indicator.names[lang];
  const num = (v: number | null) =>
    v === null ? t('noData') : format.number(v, { maximumFractionDigits: m.indicator.decimals });
  return (
    <>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { label: m.unit.name, to: `/units/${encodeURIComponent(m.unit.code)}` },
              { label: t('list.title'), to: unitStrategiesPath(m.unit.code) },
              { label: m.strategy.name, to: strategyPath(m.strategy.id) },
              { label: name },
            ]}
          />
        }
        title={name}
        description={
          <p>
            {m.indicator.unit ? `${t('measure.unit')}: ${m.indicator.unit} · ` : ''}
            {t(`polarities.${m.indicator.polarity}`)}
            {m.responsible ? ` · ${t('measure.responsible')}: ${m.responsible}` : ''}
          </p>
        }
      />
      <Card title={t('measureDetail.progress')}>
        <dl className="definition-list">
          <dt>{t('fields.baseline')}</dt>
          <dd>
            {num(m.baseline.value)} ({m.baseline.period}) —{' '}
            {m.baseline.source === 'entered' ? t('measureDetail.entered') : t('measureDetail.fromStore')}
            <Provenance items={m.baseline.provenance} />
          </dd>
          <dt>{t('fields.target')}</dt>
          <dd>
            {num(m.target.value)} ({m.target.period})
          </dd>
          <dt>{t('fields.actual')}</dt>
          <dd>
            {m.actual.period === null ? t('noData') : `${num(m.actual.value)} (${m.actual.period})`}
            <Provenance items={m.actual.provenance} />
          </dd>
          <dt>{t('fields.progress')}</dt>
          <dd>
            {m.achieved !== null ? t(m.achieved ? 'achieved' : 'notAchieved') : percent(m.progressDisplay)}
            {m.progress !== null && m.progress !== m.progressDisplay
              ? ` (${t('measureDetail.raw', { value: percent(m.progress) })})`
              : ''}
          </dd>
          <dt>{t('fields.expected')}</dt>
          <dd>{percent(m.expected)}</dd>
          <dt>{t('fields.onTrack')}</dt>
          <dd>{percent(m.onTrack)}</dd>
          {m.achievement !== null ? (
            <>
              <dt>{t('fields.achievement')}</dt>
              <dd>{percent(m.achievement)}</dd>
            </>
          ) : null}
          <dt>{t('fields.category')}</dt>
          <dd>{m.category ? t(`categories.${m.category}`) : '—'}</dd>
          <dt>{t('fields.light')}</dt>
          <dd>
            <LightBadge light={m.light} />
            {m.greyReason ? ` ${t(`greyReasons.${m.greyReason}`)}` : ''}
          </dd>
        </dl>
      </Card>
      <Card title={t('measureDetail.trajectory')}>
        {chart ? (
          <Suspense fallback={<Loading />}>
            <TrajectoryChart
              {...chart}
              labels={labels}
              ariaLabel={t('chart.label', { name })}
              format={(v) => format.number(v, { maximumFractionDigits: m.indicator.decimals })}
            />
          </Suspense>
        ) : null}
        <Table caption={t('measureDetail.trajectoryTable')}>
          <thead>
            <tr>
              <th scope="col">{t('fields.period')}</th>
              <th scope="col" className="numeric">
                {t('chart.actual')}
              </th>
              <th scope="col" className="numeric">
                {t('chart.expected')}
              </th>
              <th scope="col" className="numeric">
                {t('chart.milestones')}
              </th>
              <th scope="col" className="numeric">
                {t('chart.peerMedian')}
              </th>
            </tr>
          </thead>
          <tbody>
            {m.trajectory.map((p) => (
              <tr key={p.period}>
                <th scope="row">{p.period}</th>
                <td className="numeric">{p.actual === null ? '—' : num(p.actual)}</td>
                <td className="numeric">{p.expected === null ? '—' : num(p.expected)}</td>
                <td className="numeric">{p.milestone === null ? '—' : num(p.milestone)}</td>
                <td className="numeric">{p.peerMedian === null ? '—' : num(p.peerMedian)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      <PeersCard m={m} num={num} />
      {m.canManage && m.own ? <ValueCard m={m} /> : null}
      {m.canManage && m.actual.period ? <CommentCard m={m} period={m.actual.period} /> : null}
    </>
  );
}

function Provenance({ items }: { items: MeasureDetail['baseline']['provenance'] }) {
  const { t } = useTranslation('strategy-monitoring');
  if (items.length === 0) return null;
  const kinds = [...new Set(items.map((i) => String(i.provenance.kind ?? 'unknown')))];
  return (
    <span className="field__hint">
      {' '}
      · {t('measureDetail.source')}: {kinds.map((k) => t(`sources.${k}`, { defaultValue: k })).join(', ')}
    </span>
  );
}

function PeersCard({ m, num }: { m: MeasureDetail; num: (v: number | null) => string }) {
  const { t } = useTranslation('strategy-monitoring');
  const format = useFormat();
  if (m.own) return null;
  return (
    <Card title={t('peers.title')}>
      {m.peers === null || m.peers.n === 0 ? (
        <p>{t('peers.none')}</p>
      ) : (
        <ul>
          <li>{t('peers.group', { count: m.peers.count, period: m.peers.period ?? '' })}</li>
          {m.peers.rank !== null ? <li>{t('peers.rank', { rank: m.peers.rank, of: m.peers.n + 1 })}</li> : null}
          <li>{t('peers.median', { value: num(m.peers.peerMedian) })}</li>
          {m.peers.medianTrend !== null ? (
            <li>
              {t('peers.trend', {
                value: format.number(m.peers.medianTrend, {
                  maximumFractionDigits: m.indicator.decimals,
                  signDisplay: 'exceptZero',
                }),
              })}
            </li>
          ) : null}
          {m.peers.reachedTarget !== null ? (
            <li>
              <strong>
                {t('peers.reached', { count: m.peers.reachedTarget, n: m.peers.n, period: m.target.period })}
              </strong>
            </li>
          ) : null}
        </ul>
      )}
    </Card>
  );
}

function ValueCard({ m }: { m: MeasureDetail }) {
  const { t } = useTranslation('strategy-monitoring');
  const announce = useAnnounce();
  const enter = useEnterValue(m.id);
  const [period, setPeriod] = useState(String(new Date().getFullYear() - 1));
  const [value, setValue] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = useFieldErrors(enter.error, ['period', 'value']);
  function submit() {
    const parsed = Number(value.replace(/\s/g, '').replace(',', '.'));
    const problems: Record<string, string> = {};
    if (!/^\d{4}$/.test(period)) problems.period = t('form.yearInvalid');
    if (value.trim() === '' || !Number.isFinite(parsed)) problems.value = t('form.notNumber');
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) {
      announce(t('common:form.fixErrors'));
      return;
    }
    enter.mutate({ period, value: parsed }, { onSuccess: () => announce(t('values.saved', { period })) });
  }
  return (
    <Card title={t('values.title')}>
      <p>{t('values.intro')}</p>
      <Form onSubmit={submit} pending={enter.isPending} aria-label={t('values.title')}>
        <FormError error={enter.error} handledFields={['period', 'value']} />
        <div className="form__row">
          <TextField
            label={t('fields.period')}
            name="valuePeriod"
            inputMode="numeric"
            required
            value={period}
            error={clientErrors.period ?? serverErrors.period}
            onChange={(e) => setPeriod(e.target.value)}
          />
          <TextField
            label={t('values.value')}
            name="value"
            inputMode="decimal"
            required
            value={value}
            error={clientErrors.value ?? serverErrors.value}
            onChange={(e) => setValue(e.target.value)}
          />
        </div>
        <FormActions>
          <Button type="submit" variant="primary" busy={enter.isPending} busyLabel={t('common:status.saving')}>
            {t('values.submit')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}

function CommentCard({ m, period }: { m: MeasureDetail; period: string }) {
  const { t } = useTranslation('strategy-monitoring');
  const announce = useAnnounce();
  const save = useSaveComment(m.id);
  const [comment, setComment] = useState(m.comment ?? '');
  return (
    <Card title={t('comment.title', { period })}>
      <Form
        onSubmit={() => save.mutate({ period, comment }, { onSuccess: () => announce(t('comment.saved')) })}
        pending={save.isPending}
        aria-label={t('comment.title', { period })}
      >
        <FormError error={save.error} />
        <TextAreaField
          label={t('comment.label')}
          hint={t('comment.hint')}
          name="comment"
          maxLength={4000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        <FormActions>
          <Button type="submit" busy={save.isPending} busyLabel={t('common:status.saving')}>
            {t('comment.submit')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
