import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError, Loading } from '../../../components/async-state';
import { Card } from '../../../components/card';
import { Icon } from '../../../components/icon';
import { useFormat } from '../../../lib/format';
import { useMe } from '../../../lib/session';
import { useStart, type MyUnit, type SetupStep, type Start } from '../api';

/** Where each setup step is done. */
const STEP_LINK: Record<SetupStep, string> = {
  units: '/admin/units-import',
  people: '/admin/users',
  group: '/groups/new',
  round: '/rounds/new',
  survey: '/surveys/new',
  assessment: '/units',
};

function Checklist({ checklist }: { checklist: NonNullable<Start['checklist']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card title={t('start.checklist.title')}>
      <p>
        {t('start.checklist.progress', {
          done: format.number(checklist.done),
          total: format.number(checklist.total),
        })}
      </p>
      <ol className="checklist">
        {checklist.items.map((item) => {
          const isNext = item.step === checklist.next;
          return (
            <li key={item.step} className={`checklist__item${isNext ? ' checklist__item--next' : ''}`}>
              <Icon name={item.done ? 'check' : isNext ? 'arrow-up' : 'clock'} />
              <div>
                <Link to={STEP_LINK[item.step]} className={isNext ? 'button button--primary button--small' : undefined}>
                  {t(`start.checklist.steps.${item.step}.title`)}
                </Link>{' '}
                <span className="muted">
                  {item.done
                    ? t('start.checklist.doneCount', { count: item.count, formatted: format.number(item.count) })
                    : t('start.checklist.notYet')}
                </span>
                <p className="checklist__hint">{t(`start.checklist.steps.${item.step}.hint`)}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}

function UnitPanel({ mine }: { mine: MyUnit }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { unit } = mine;
  return (
    <Card title={t('start.myUnit.title', { name: unit.name })}>
      <p className="muted">
        {t(`start.myUnit.role.${mine.role}`)} ·{' '}
        <Link to={`/units/${encodeURIComponent(unit.code)}`}>{t('start.myUnit.profile')}</Link>
      </p>
      <div className="grid grid--2">
        <section aria-labelledby={`forms-${unit.code}`}>
          <h3 id={`forms-${unit.code}`}>{t('start.myUnit.forms')}</h3>
          {mine.openForms.length === 0 ? (
            <p className="muted">{t('start.myUnit.noForms')}</p>
          ) : (
            <ul className="plain-list">
              {mine.openForms.map((form) => (
                <li key={form.roundId}>
                  <Link to={`/rounds/${form.roundId}/units/${encodeURIComponent(unit.code)}`}>
                    {t('start.myUnit.formLink', { name: form.name, period: form.period })}
                  </Link>{' '}
                  <span className={form.overdue ? 'text-danger' : 'muted'}>
                    {t(form.overdue ? 'start.myUnit.overdueSince' : 'start.myUnit.due', {
                      date: format.dateTime(form.deadline),
                    })}{' '}
                    · {t(`dataCollection:status.${form.status}`)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby={`waves-${unit.code}`}>
          <h3 id={`waves-${unit.code}`}>{t('start.myUnit.waves')}</h3>
          {mine.openWaves.length === 0 ? (
            <p className="muted">
              {t('start.myUnit.noWaves')} <Link to="/surveys/new">{t('start.myUnit.newWave')}</Link>
            </p>
          ) : (
            <ul className="plain-list">
              {mine.openWaves.map((wave) => (
                <li key={wave.id}>
                  <Link to={`/surveys/waves/${wave.id}`}>{wave.title}</Link>{' '}
                  <span className="muted">{t('start.myUnit.closes', { date: format.dateTime(wave.closesAt) })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby={`assessment-${unit.code}`}>
          <h3 id={`assessment-${unit.code}`}>{t('start.myUnit.assessment')}</h3>
          {mine.assessments.length === 0 ? (
            <p className="muted">
              {t('start.myUnit.noAssessment')}{' '}
              <Link to={`/units/${encodeURIComponent(unit.code)}/assessments`}>{t('start.myUnit.assessments')}</Link>
            </p>
          ) : (
            <ul className="plain-list">
              {mine.assessments.map((a) => (
                <li key={a.id}>
                  <Link to={`/assessments/${a.id}`}>
                    {t('start.myUnit.assessmentLink', { round: a.round, framework: a.frameworkId.toUpperCase() })}
                  </Link>{' '}
                  <span className="muted">{t(`start.myUnit.assessmentStatus.${a.status}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby={`actions-${unit.code}`}>
          <h3 id={`actions-${unit.code}`}>{t('start.myUnit.overdueActions')}</h3>
          {mine.overdueActions.length === 0 ? (
            <p className="muted">{t('start.myUnit.noOverdue')}</p>
          ) : (
            <ul className="plain-list">
              {mine.overdueActions.map((a) => (
                <li key={a.id}>
                  <Link to={`/improvement-plans/${a.planId}/actions/${a.id}`}>{a.title}</Link>{' '}
                  <span className="text-danger">{t('start.myUnit.endedOn', { date: format.date(a.endDate) })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby={`position-${unit.code}`}>
        <h3 id={`position-${unit.code}`}>{t('start.myUnit.position')}</h3>
        {mine.position === null || mine.position.compared === 0 ? (
          <p className="muted">{t('start.myUnit.noPosition')}</p>
        ) : (
          <>
            <ul className="stats" aria-label={t('start.myUnit.position')}>
              <li className="stat">
                <span className="stat__body">
                  <span className="stat__value">{format.number(mine.position.compared)}</span>{' '}
                  <span className="stat__label">{t('start.myUnit.compared', { count: mine.position.compared })}</span>
                </span>
              </li>
              <li className="stat">
                <span className="stat__body">
                  <span className="stat__value">{format.number(mine.position.bestQuarter)}</span>{' '}
                  <span className="stat__label">{t('start.myUnit.bestQuarter')}</span>
                </span>
              </li>
              <li className="stat">
                <span className="stat__body">
                  <span className="stat__value">{format.number(mine.position.worstQuarter)}</span>{' '}
                  <span className="stat__label">{t('start.myUnit.worstQuarter')}</span>
                </span>
              </li>
            </ul>
            <p className="muted">
              {t('start.myUnit.positionNote', { period: mine.position.period })}{' '}
              <Link to={`/benchmarking/units/${encodeURIComponent(unit.code)}`}>{t('start.myUnit.dashboard')}</Link>
            </p>
          </>
        )}
      </section>
    </Card>
  );
}

/**
 * The signed-in user's start: the setup checklist for whoever sets Miernik up, "my unit" for the
 * people of a unit. Nothing for anonymous visitors (the home page explains Miernik to them).
 */
export function StartPanels() {
  const me = useMe();
  const start = useStart(!!me.data);
  if (!me.data) return null;
  if (start.isPending) return <Loading />;
  if (start.isError) return <QueryError error={start.error} onRetry={() => void start.refetch()} />;
  const { checklist, myUnits } = start.data;
  return (
    <>
      {myUnits.map((mine) => (
        <UnitPanel key={mine.unit.code} mine={mine} />
      ))}
      {checklist ? <Checklist checklist={checklist} /> : null}
    </>
  );
}
