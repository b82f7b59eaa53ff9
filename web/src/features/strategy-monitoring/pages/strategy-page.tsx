import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { call, client } from '../../../lib/client';
import { useFieldErrors } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import {
  evaluationPath,
  measurePath,
  reportUrl,
  unitNgosPath,
  unitStrategiesPath,
  useAddGoal,
  useAddMeasure,
  useMonitoring,
  usePublish,
  useStrategy,
  type MeasureBody,
  type Monitoring,
  type MonitoredGoal,
  type MonitoredMeasure,
  type Strategy,
} from '../api';
import { LightBadge, usePercent } from '../labels';

/** A strategy: its goal tree with each goal's lights, the measures' progress for a period, reports. */
export function StrategyPage() {
  const { t, i18n } = useTranslation('strategy-monitoring');
  const id = Number(useParams().id);
  const strategy = useStrategy(id);
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const monitoring = useMonitoring(id, period);
  if (strategy.isPending) return <Loading />;
  if (strategy.isError) return <QueryError error={strategy.error} onRetry={() => void strategy.refetch()} />;
  const s = strategy.data;
  const data = monitoring.data;
  const periods = data
    ? [...new Set(data.measures.flatMap((m) => m.series.filter((p) => p.value !== null).map((p) => p.period)))].sort()
    : [];
  const shown = data?.period ?? null;
  return (
    <>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { label: s.unit.name, to: `/units/${encodeURIComponent(s.unit.code)}` },
              { label: t('list.title'), to: unitStrategiesPath(s.unit.code) },
              { label: s.name },
            ]}
          />
        }
        title={s.name}
        description={
          <p>
            {t('detail.summary', { from: s.periodFrom, to: s.periodTo, status: t(`statuses.${s.status}`) })}
            {s.resolutionNumber
              ? ` ${t('detail.resolution', { number: s.resolutionNumber, date: s.resolutionDate ?? '' })}`
              : ''}
          </p>
        }
        actions={
          <>
            <Link to={evaluationPath(s.id)}>{t('detail.evaluation')}</Link>{' '}
            <Link to={unitNgosPath(s.unit.code)}>{t('unitLinks.ngos')}</Link>
          </>
        }
      />
      <Card title={t('detail.monitoring')}>
        <SelectField
          label={t('detail.period')}
          hint={t('detail.periodHint')}
          value={period ?? ''}
          placeholder={t('detail.latest')}
          options={periods.map((p) => ({ value: p, label: p }))}
          onChange={(e) => setPeriod(e.target.value || undefined)}
        />
        {monitoring.isPending ? (
          <Loading />
        ) : monitoring.isError ? (
          <QueryError error={monitoring.error} onRetry={() => void monitoring.refetch()} />
        ) : (
          <>
            <p>
              {t('detail.shownPeriod', { period: shown ?? t('detail.noPeriod') })}{' '}
              {(['green', 'amber', 'red', 'grey'] as const)
                .map((l) => `${t(`lights.${l}`)}: ${monitoring.data.summary.counts[l]}`)
                .join(' · ')}
            </p>
            <GoalTree data={monitoring.data} />
          </>
        )}
      </Card>
      {s.canManage ? <AddGoalCard strategy={s} /> : null}
      {s.canManage && s.goals.length > 0 ? <AddMeasureCard strategy={s} /> : null}
      <ReportsCard strategy={s} period={shown} lang={i18n.language} />
    </>
  );
}

function GoalTree({ data }: { data: Monitoring }) {
  const { t } = useTranslation('strategy-monitoring');
  const roots = data.goals.filter((g) => g.parentId === null);
  if (roots.length === 0) return <p>{t('detail.noGoals')}</p>;
  return (
    <ul className="strategy-tree">
      {roots.map((g) => (
        <GoalNode key={g.id} goal={g} data={data} />
      ))}
    </ul>
  );
}

function GoalNode({ goal, data }: { goal: MonitoredGoal; data: Monitoring }) {
  const { t } = useTranslation('strategy-monitoring');
  const children = data.goals.filter((g) => g.parentId === goal.id);
  const measures = data.measures.filter((m) => m.goalId === goal.id);
  const Heading = goal.level === 1 ? 'h3' : goal.level === 2 ? 'h4' : 'h5';
  return (
    <li className="strategy-tree__goal">
      <Heading className="strategy-tree__title">
        <span className="strategy-tree__level">{t(`levels.${goal.level}`)}:</span> {goal.title}{' '}
        <LightBadge light={goal.rollUp.light} />
      </Heading>
      <p className="field__hint">
        {t('detail.rollUp', { ...goal.rollUp.counts })}
        {goal.owner ? ` · ${t('fields.owner')}: ${goal.owner}` : ''}
      </p>
      {measures.length > 0 ? <MeasuresTable measures={measures} caption={goal.title} /> : null}
      {children.length > 0 ? (
        <ul className="strategy-tree">
          {children.map((c) => (
            <GoalNode key={c.id} goal={c} data={data} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function MeasuresTable({ measures, caption }: { measures: MonitoredMeasure[]; caption: string }) {
  const { t, i18n } = useTranslation('strategy-monitoring');
  const format = useFormat();
  const percent = usePercent();
  const lang = i18n.language === 'en' ? 'en' : 'pl';
  const num = (m: MonitoredMeasure, v: number | null) =>
    v === null ? t('noData') : format.number(v, { maximumFractionDigits: m.indicator.decimals });
  return (
    <Table caption={t('detail.measuresOf', { goal: caption })} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t('fields.measure')}</th>
          <th scope="col" className="numeric">
            {t('fields.baseline')}
          </th>
          <th scope="col" className="numeric">
            {t('fields.target')}
          </th>
          <th scope="col" className="numeric">
            {t('fields.actual')}
          </th>
          <th scope="col" className="numeric">
            {t('fields.progress')}
          </th>
          <th scope="col" className="numeric">
            {t('fields.expected')}
          </th>
          <th scope="col">{t('fields.light')}</th>
          <th scope="col">{t('fields.peers')}</th>
        </tr>
      </thead>
      <tbody>
        {measures.length === 0 ? (
          <EmptyRow colSpan={8}>{t('detail.noMeasures')}</EmptyRow>
        ) : (
          measures.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                <Link to={measurePath(m.id)}>{m.indicator.names[lang]}</Link>
                {m.indicator.unit ? <span className="field__hint"> [{m.indicator.unit}]</span> : null}
                {m.own ? <span className="field__hint"> · {t('detail.own')}</span> : null}
              </th>
              <td className="numeric">
                {num(m, m.baseline.value)} ({m.baseline.period})
              </td>
              <td className="numeric">
                {num(m, m.target.value)} ({m.target.period})
              </td>
              <td className="numeric">
                {m.actual.period === null ? t('noData') : `${num(m, m.actual.value)} (${m.actual.period})`}
              </td>
              <td className="numeric">
                {m.achieved !== null ? t(m.achieved ? 'achieved' : 'notAchieved') : percent(m.progressDisplay)}
              </td>
              <td className="numeric">{percent(m.expected)}</td>
              <td>
                <LightBadge light={m.light} />
                {m.greyReason ? <span className="field__hint"> {t(`greyReasons.${m.greyReason}`)}</span> : null}
              </td>
              <td>
                {m.peers && m.peers.reachedTarget !== null && m.peers.n > 0
                  ? t('detail.reached', { count: m.peers.reachedTarget, n: m.peers.n, period: m.target.period })
                  : '—'}
              </td>
            </tr>
          ))
        )}
      </tbody>
    </Table>
  );
}

const GOAL_FIELDS = ['title', 'parentId', 'owner'] as const;

function AddGoalCard({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation('strategy-monitoring');
  const announce = useAnnounce();
  const add = useAddGoal(strategy.id);
  const [title, setTitle] = useState('');
  const [parent, setParent] = useState('');
  const [owner, setOwner] = useState('');
  const [titleError, setTitleError] = useState<string | undefined>();
  const errors = useFieldErrors(add.error, GOAL_FIELDS);
  function submit() {
    if (!title.trim()) {
      setTitleError(t('common:validation.required'));
      announce(t('common:form.fixErrors'));
      return;
    }
    setTitleError(undefined);
    add.mutate(
      { title: title.trim(), parentId: parent ? Number(parent) : null, owner: owner.trim() || null },
      {
        onSuccess: (g) => {
          announce(t('goal.added', { title: g.title }));
          setTitle('');
          setOwner('');
        },
      },
    );
  }
  return (
    <Card title={t('goal.add')}>
      <Form onSubmit={submit} pending={add.isPending} aria-label={t('goal.add')}>
        <FormError error={add.error} handledFields={GOAL_FIELDS} />
        <div className="form__row">
          <TextField
            label={t('goal.title')}
            name="goalTitle"
            required
            value={title}
            error={titleError ?? errors.title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <SelectField
            label={t('goal.parent')}
            value={parent}
            placeholder={t('goal.noParent')}
            error={errors.parentId}
            options={strategy.goals
              .filter((g) => g.level < 3)
              .map((g) => ({ value: String(g.id), label: `${'— '.repeat(g.level - 1)}${g.title}` }))}
            onChange={(e) => setParent(e.target.value)}
          />
          <TextField
            label={t('fields.owner')}
            name="goalOwner"
            value={owner}
            onChange={(e) => setOwner(e.target.value)}
          />
        </div>
        <FormActions>
          <Button type="submit" variant="primary" busy={add.isPending} busyLabel={t('common:status.saving')}>
            {t('goal.submit')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}

const MEASURE_FIELDS = ['goalId', 'indicatorCode', 'name', 'unit', 'source', 'period', 'value', 'milestones'] as const;

function AddMeasureCard({ strategy }: { strategy: Strategy }) {
  const { t, i18n } = useTranslation('strategy-monitoring');
  const announce = useAnnounce();
  const add = useAddMeasure(strategy.id);
  const lang = i18n.language === 'en' ? 'en' : 'pl';
  const indicators = useQuery({
    queryKey: ['strategy-monitoring', 'indicators', strategy.unit.kind],
    queryFn: () =>
      call(client.GET('/api/v1/indicators', { params: { query: { unitKind: strategy.unit.kind, pageSize: 100 } } })),
  });
  const [goalId, setGoalId] = useState(String(strategy.goals[0]?.id ?? ''));
  const [kind, setKind] = useState<'catalogue' | 'own'>('catalogue');
  const [indicatorCode, setIndicatorCode] = useState('');
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [polarity, setPolarity] = useState<'higher-is-better' | 'lower-is-better' | 'neutral'>('higher-is-better');
  const [source, setSource] = useState('');
  const [baselinePeriod, setBaselinePeriod] = useState(String(strategy.periodFrom - 1));
  const [baselineValue, setBaselineValue] = useState('');
  const [targetPeriod, setTargetPeriod] = useState(String(strategy.periodTo));
  const [targetValue, setTargetValue] = useState('');
  const [responsible, setResponsible] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = useFieldErrors(add.error, MEASURE_FIELDS);
  const options = useMemo(
    () =>
      (indicators.data?.items ?? [])
        .map((i) => ({ value: i.code, label: i.names[lang] }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [indicators.data, lang],
  );
  const parse = (s: string) => Number(s.replace(/\s/g, '').replace(',', '.'));

  function submit() {
    const problems: Record<string, string> = {};
    if (kind === 'catalogue' && !indicatorCode) problems.indicatorCode = t('common:validation.required');
    if (kind === 'own') {
      if (!name.trim()) problems.name = t('common:validation.required');
      if (!unit.trim()) problems.unit = t('common:validation.required');
      if (!source.trim()) problems.source = t('common:validation.required');
      if (!baselineValue.trim()) problems.baselineValue = t('common:validation.required');
    }
    if (baselineValue.trim() && !Number.isFinite(parse(baselineValue))) problems.baselineValue = t('form.notNumber');
    if (!targetValue.trim()) problems.targetValue = t('common:validation.required');
    else if (!Number.isFinite(parse(targetValue))) problems.targetValue = t('form.notNumber');
    if (!/^\d{4}$/.test(baselinePeriod)) problems.baselinePeriod = t('form.yearInvalid');
    if (!/^\d{4}$/.test(targetPeriod)) problems.targetPeriod = t('form.yearInvalid');
    else if (Number(targetPeriod) <= Number(baselinePeriod)) problems.targetPeriod = t('form.targetAfterBaseline');
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) {
      announce(t('common:form.fixErrors'));
      return;
    }
    const body: MeasureBody = {
      goalId: Number(goalId),
      ...(kind === 'catalogue'
        ? { indicatorCode }
        : { own: { name: name.trim(), unit: unit.trim(), polarity, source: source.trim() } }),
      baseline: { period: baselinePeriod, ...(baselineValue.trim() ? { value: parse(baselineValue) } : {}) },
      target: { period: targetPeriod, value: parse(targetValue) },
      responsible: responsible.trim() || null,
    };
    add.mutate(body, {
      onSuccess: (m) => {
        announce(t('measure.added', { name: m.indicator.names[lang] }));
        setIndicatorCode('');
        setName('');
        setBaselineValue('');
        setTargetValue('');
      },
    });
  }
  const err = (k: string) => clientErrors[k] ?? serverErrors[k];

  return (
    <Card title={t('measure.add')}>
      <Form onSubmit={submit} pending={add.isPending} aria-label={t('measure.add')}>
        <FormError error={add.error} handledFields={MEASURE_FIELDS} />
        <div className="form__row">
          <SelectField
            label={t('measure.goal')}
            value={goalId}
            error={serverErrors.goalId}
            options={strategy.goals.map((g) => ({
              value: String(g.id),
              label: `${'— '.repeat(g.level - 1)}${g.title}`,
            }))}
            onChange={(e) => setGoalId(e.target.value)}
          />
          <SelectField
            label={t('measure.kind')}
            value={kind}
            options={[
              { value: 'catalogue', label: t('measure.kindCatalogue') },
              { value: 'own', label: t('measure.kindOwn') },
            ]}
            onChange={(e) => setKind(e.target.value as 'catalogue' | 'own')}
          />
        </div>
        {kind === 'catalogue' ? (
          <SelectField
            label={t('measure.indicator')}
            hint={t('measure.indicatorHint')}
            value={indicatorCode}
            placeholder={indicators.isPending ? t('common:status.loading') : t('measure.choose')}
            error={err('indicatorCode')}
            options={options}
            onChange={(e) => setIndicatorCode(e.target.value)}
          />
        ) : (
          <div className="form__row">
            <TextField
              label={t('measure.name')}
              name="ownName"
              required
              value={name}
              error={err('name')}
              onChange={(e) => setName(e.target.value)}
            />
            <TextField
              label={t('measure.unit')}
              name="ownUnit"
              required
              value={unit}
              error={err('unit')}
              onChange={(e) => setUnit(e.target.value)}
            />
            <SelectField
              label={t('measure.polarity')}
              value={polarity}
              options={(['higher-is-better', 'lower-is-better', 'neutral'] as const).map((p) => ({
                value: p,
                label: t(`polarities.${p}`),
              }))}
              onChange={(e) => setPolarity(e.target.value as typeof polarity)}
            />
            <TextField
              label={t('measure.source')}
              name="ownSource"
              required
              value={source}
              error={err('source')}
              onChange={(e) => setSource(e.target.value)}
            />
          </div>
        )}
        <div className="form__row">
          <TextField
            label={t('measure.baselinePeriod')}
            name="baselinePeriod"
            inputMode="numeric"
            required
            value={baselinePeriod}
            error={err('baselinePeriod')}
            onChange={(e) => setBaselinePeriod(e.target.value)}
          />
          <TextField
            label={t('measure.baselineValue')}
            name="baselineValue"
            inputMode="decimal"
            hint={kind === 'catalogue' ? t('measure.baselineHint') : undefined}
            value={baselineValue}
            error={err('baselineValue')}
            onChange={(e) => setBaselineValue(e.target.value)}
          />
          <TextField
            label={t('measure.targetPeriod')}
            name="targetPeriod"
            inputMode="numeric"
            required
            value={targetPeriod}
            error={err('targetPeriod')}
            onChange={(e) => setTargetPeriod(e.target.value)}
          />
          <TextField
            label={t('measure.targetValue')}
            name="targetValue"
            inputMode="decimal"
            required
            value={targetValue}
            error={err('targetValue')}
            onChange={(e) => setTargetValue(e.target.value)}
          />
        </div>
        <TextField
          label={t('measure.responsible')}
          name="responsible"
          value={responsible}
          onChange={(e) => setResponsible(e.target.value)}
        />
        <FormActions>
          <Button type="submit" variant="primary" busy={add.isPending} busyLabel={t('common:status.saving')}>
            {t('measure.submit')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}

function ReportsCard({ strategy, period, lang }: { strategy: Strategy; period: string | null; lang: string }) {
  const { t } = useTranslation('strategy-monitoring');
  const announce = useAnnounce();
  const publish = usePublish(strategy.id);
  const published = period !== null && strategy.publishedReports.includes(period);
  return (
    <Card title={t('report.title')}>
      <p>{t('report.intro', { period: period ?? t('detail.noPeriod') })}</p>
      <ul className="link-list">
        {(['pdf', 'xlsx', 'docx'] as const).map((f) => (
          <li key={f}>
            <a href={reportUrl(strategy.id, f, period, lang)} download>
              {t(`report.${f}`)}
            </a>
          </li>
        ))}
      </ul>
      <p>
        {published ? t('report.isPublished', { period }) : t('report.notPublished')}{' '}
        {published ? (
          <a href={`/api/v1/public/strategies/${strategy.id}/report?period=${period}&format=pdf`}>
            {t('report.publicLink')}
          </a>
        ) : null}
      </p>
      {strategy.canManage && period !== null ? (
        <Button
          busy={publish.isPending}
          onClick={() =>
            publish.mutate(
              { period, published: !published },
              { onSuccess: () => announce(published ? t('report.withdrawn') : t('report.published')) },
            )
          }
        >
          {published ? t('report.withdraw') : t('report.publish', { period })}
        </Button>
      ) : null}
      {publish.error ? <FormError error={publish.error} /> : null}
    </Card>
  );
}
