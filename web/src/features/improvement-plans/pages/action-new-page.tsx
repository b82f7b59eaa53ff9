import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField } from '../../../components/field';
import { PageHeader } from '../../../components/page-header';
import { useAnnounce } from '../../../lib/announce';
import { useCurrentUser } from '../../../lib/session';
import { useAllIndicators } from '../../indicators';
import { useLocalized } from '../../../lib/localized';
import { UnitPicker } from '../../units';
import {
  actionPath,
  planPath,
  SOURCE_TYPES,
  useCreateAction,
  useOptionalUnit,
  usePlan,
  usePlans,
  type SourceType,
} from '../api';
import { ActionForm, EMPTY_ACTION, type ActionDraft } from '../components/action-form';
import { SourceText } from '../labels';
import { canManageGroupPlan, canManageUnitPlan } from '../../../lib/permissions';
import { NewPlanCard } from './plans-page';

/** The action form's starting values from the link that opened it ("Dodaj do planu doskonalenia"). */
function draftFromQuery(params: URLSearchParams): ActionDraft {
  const type = params.get('source');
  const sourceType: SourceType = (SOURCE_TYPES as readonly string[]).includes(type ?? '')
    ? (type as SourceType)
    : 'free';
  const indicator = params.get('indicator') ?? '';
  return {
    ...EMPTY_ACTION,
    title: params.get('title') ?? '',
    sourceType,
    assessmentId: params.get('assessment') ?? '',
    itemId: params.get('item') ?? '',
    sourceIndicator: sourceType === 'benchmark-gap' ? indicator : '',
    // The indicator a benchmark gap was found on is the one the action should move, unless changed.
    indicatorCode: indicator,
    surveyWaveId: params.get('wave') ?? '',
    questionId: params.get('question') ?? '',
    note: params.get('note') ?? '',
  };
}

/**
 * A new improvement action. Opened from a plan, or from a CAF area for improvement, a benchmark gap
 * or a survey result with the source in the query; then the plan is chosen (or started) here.
 */
export function ActionNewPage() {
  const { t } = useTranslation('improvementPlans');
  const [params, setParams] = useSearchParams();
  const planParam = params.get('plan') ?? '';
  const unit = params.get('unit') ?? undefined;
  const group = params.get('group') ?? undefined;
  const [initial] = useState(() => draftFromQuery(params));
  const indicators = useAllIndicators(initial.sourceType === 'benchmark-gap');
  const localized = useLocalized();
  const gapIndicator = indicators.data?.find((i) => i.code === initial.sourceIndicator);

  function set(key: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  return (
    <>
      <PageHeader
        before={
          <Breadcrumb items={[{ to: '/improvement-plans', label: t('list.title') }, { label: t('newAction.title') }]} />
        }
        title={t('newAction.title')}
        description={<p>{t('newAction.intro')}</p>}
      />
      {initial.sourceType !== 'free' ? (
        <Alert tone="info" title={t('newAction.fromSource')}>
          <p>
            <SourceText
              withNote
              indicatorName={gapIndicator ? localized(gapIndicator.names) : undefined}
              source={{
                type: initial.sourceType,
                assessmentId: initial.assessmentId ? Number(initial.assessmentId) : undefined,
                itemId: initial.itemId || undefined,
                indicatorCode: initial.sourceIndicator || undefined,
                surveyWaveId: initial.surveyWaveId || undefined,
                questionId: initial.questionId || undefined,
                note: initial.note || undefined,
              }}
            />
          </p>
        </Alert>
      ) : null}
      {planParam ? (
        <ChosenPlan planId={planParam} initial={initial} onChangePlan={() => set('plan', null)} />
      ) : unit || group ? (
        <PlanChoice unit={unit} group={group} onChoose={(id) => set('plan', String(id))} />
      ) : (
        <Card title={t('newAction.chooseUnit')}>
          <p>{t('newAction.chooseUnitIntro')}</p>
          <UnitPicker label={t('list.pickUnit')} actionLabel={t('list.choose')} onPick={(u) => set('unit', u.code)} />
        </Card>
      )}
    </>
  );
}

/** Which plan gets the action: one of the unit's (or group's) plans, or a new one. */
function PlanChoice({ unit, group, onChoose }: { unit?: string; group?: string; onChoose: (id: number) => void }) {
  const { t } = useTranslation('improvementPlans');
  const me = useCurrentUser();
  const plans = usePlans({ unit, group });
  const unitDetail = useOptionalUnit(unit);
  const [choice, setChoice] = useState('');
  const canCreate = unit ? canManageUnitPlan(me, unit) : group ? canManageGroupPlan(me, group) : false;
  const name = unit ? (unitDetail.data?.name ?? unit) : (plans.data?.items[0]?.group?.name ?? group ?? '');

  if (plans.isPending) return <Loading />;
  if (plans.isError) return <QueryError error={plans.error} onRetry={() => void plans.refetch()} />;
  const items = plans.data.items;
  return (
    <>
      <Card title={t('newAction.choosePlan', { name })}>
        {items.length === 0 ? (
          <p>{t('newAction.noPlans', { name })}</p>
        ) : (
          <div className="inline-form">
            <SelectField
              label={t('fields.plan')}
              value={choice}
              placeholder={t('newAction.pickPlan')}
              options={items.map((p) => ({ value: String(p.id), label: `${p.title} (${p.period})` }))}
              onChange={(event) => setChoice(event.target.value)}
            />
            <Button variant="primary" disabled={!choice} onClick={() => onChoose(Number(choice))}>
              {t('newAction.usePlan')}
            </Button>
          </div>
        )}
      </Card>
      {canCreate ? <NewPlanCard unitCode={unit} groupId={group} onCreated={onChoose} /> : null}
    </>
  );
}

function ChosenPlan({
  planId,
  initial,
  onChangePlan,
}: {
  planId: string;
  initial: ActionDraft;
  onChangePlan: () => void;
}) {
  const { t } = useTranslation('improvementPlans');
  const navigate = useNavigate();
  const announce = useAnnounce();
  const plan = usePlan(planId);
  const create = useCreateAction(planId);
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  return (
    <Card title={t('newAction.formTitle', { plan: plan.data.title })}>
      <p>
        {t('newAction.inPlan', { plan: plan.data.title, period: plan.data.period })}{' '}
        <button type="button" className="link-button" onClick={onChangePlan}>
          {t('newAction.otherPlan')}
        </button>
      </p>
      {!plan.data.canManage ? (
        <Alert tone="warning">
          <p>{t('newAction.cannotManage')}</p>
        </Alert>
      ) : null}
      <ActionForm
        initial={initial}
        unit={plan.data.unit}
        submitLabel={t('newAction.submit')}
        pending={create.isPending}
        error={create.error}
        onCancel={() => void navigate(planPath(plan.data.id))}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (action) => {
              announce(t('newAction.created', { title: action.title }));
              void navigate(actionPath(plan.data.id, action.id));
            },
          })
        }
      />
    </Card>
  );
}
