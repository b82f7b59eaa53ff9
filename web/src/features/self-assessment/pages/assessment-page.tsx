import { publishedHref } from '../../../../../domain/portal/published';
import { useState, type ReactNode } from 'react';
import { useInlineEditor } from '../../../lib/use-inline-editor';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { QueryContent } from '../../../components/query-content';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button, ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { Icon } from '../../../components/icon';
import { PageHeader } from '../../../components/page-header';
import { PublicationCard } from '../../../components/publication-card';
import { EmptyRow, Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { unitPath } from '../../../lib/unit-labels';
import { useAssessment, useFramework, usePublishAssessment, type AssessmentDetail, type Framework } from '../api';
import { GROUP_MAX, GROUP_MIN, MembersEditor } from '../components/members-editor';
import { InviteMember } from '../components/invite-member';
import { OpenConsensus } from '../components/open-consensus';
import { nextStep } from '../next-step';
import {
  AssessmentStatusBadge,
  assessmentPath,
  frameworkItems,
  frameworkPath,
  unitAssessmentsPath,
  useText,
} from '../labels';

/** One self-assessment: where it stands, the group, and the way to the scoring, consensus and results. */
export function AssessmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('selfAssessment');
  const assessment = useAssessment(id);
  const framework = useFramework(assessment.data?.frameworkId);
  return (
    <QueryContent query={assessment} notFound={t('assessment.notFound')} also={[framework]}>
      {(data) => <AssessmentView assessment={data} framework={framework.data!} />}
    </QueryContent>
  );
}

/** "Samoocena CAF 2020 — runda 2" unless the unit gave it its own title. */
export function useAssessmentTitle(): (
  assessment: { title: string | null; round: number },
  framework: Framework,
) => string {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  return (assessment, framework) =>
    assessment.title || t('assessment.defaultTitle', { framework: text(framework.title), round: assessment.round });
}

/** The breadcrumb every assessment page shares: units › unit › self-assessment › this one (› section). */
export function AssessmentCrumbs({
  assessment,
  framework,
  section,
}: {
  assessment: AssessmentDetail;
  framework: Framework;
  section?: string;
}) {
  const { t } = useTranslation('selfAssessment');
  const title = useAssessmentTitle()(assessment, framework);
  return (
    <Breadcrumb
      items={[
        { to: '/units', label: t('units:browser.title') },
        { to: unitPath(assessment.unit.code), label: assessment.unit.name },
        { to: unitAssessmentsPath(assessment.unit.code), label: t('unit.crumb') },
        section ? { to: assessmentPath(assessment.id), label: title } : { label: title },
        ...(section ? [{ label: section }] : []),
      ]}
    />
  );
}

function AssessmentView({ assessment, framework }: { assessment: AssessmentDetail; framework: Framework }) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const format = useFormat();
  const title = useAssessmentTitle()(assessment, framework);
  const itemCount = frameworkItems(framework).length;
  const mode = framework.modes.find((m) => m.id === assessment.mode);
  const submitted = assessment.members.filter((m) => m.submittedAt !== null).length;
  // Lifted here: the main button of the next steps opens the invitation form in the team card.
  const [inviting, setInviting] = useState(false);

  return (
    <>
      <PageHeader
        before={<AssessmentCrumbs assessment={assessment} framework={framework} />}
        title={title}
        description={
          <p>
            {assessment.unit.name} · {format.date(assessment.date)} ·{' '}
            <AssessmentStatusBadge status={assessment.status} />
          </p>
        }
      />
      <div className="grid grid--2">
        <Card title={t('assessment.about')}>
          <dl className="details">
            <div>
              <dt>{t('fields.framework')}</dt>
              <dd>
                <Link to={frameworkPath(framework.id)}>{text(framework.title)}</Link>{' '}
                <span className="muted">({framework.version})</span>
              </dd>
            </div>
            <div>
              <dt>{t('fields.round')}</dt>
              <dd>{format.number(assessment.round)}</dd>
            </div>
            <div>
              <dt>{t('fields.date')}</dt>
              <dd>{format.date(assessment.date)}</dd>
            </div>
            <div>
              <dt>{t('fields.mode')}</dt>
              <dd>{mode ? text(mode.title) : assessment.mode}</dd>
            </div>
            <div>
              <dt>{t('fields.status')}</dt>
              <dd>
                <AssessmentStatusBadge status={assessment.status} />
              </dd>
            </div>
          </dl>
          {assessment.override ? (
            <Alert tone="warning" title={t('assessment.overrideTitle')}>
              <p>{t('assessment.override', { reason: assessment.override.reason })}</p>
            </Alert>
          ) : null}
        </Card>
        <Card title={t('assessment.stagesTitle')}>
          <ol className="stages">
            <Stage
              done={assessment.status !== 'scoring'}
              current={assessment.status === 'scoring'}
              label={t('assessment.stageScoring')}
            >
              {t('assessment.submittedCount', {
                submitted: format.number(submitted),
                count: assessment.members.length,
                total: format.number(assessment.members.length),
              })}
            </Stage>
            <Stage
              done={assessment.status === 'closed'}
              current={assessment.status === 'consensus'}
              label={t('assessment.stageConsensus')}
            >
              {assessment.status === 'scoring'
                ? t('assessment.consensusLater')
                : t('assessment.agreedCount', {
                    agreed: format.number(assessment.agreed),
                    total: format.number(itemCount),
                  })}
            </Stage>
            <Stage done={assessment.status === 'closed'} current={false} label={t('assessment.stageClosed')}>
              {assessment.closedAt ? format.dateTime(assessment.closedAt) : t('assessment.notClosed')}
            </Stage>
          </ol>
          <NextSteps assessment={assessment} itemCount={itemCount} onInvite={() => setInviting(true)} />
        </Card>
      </div>
      <MembersCard assessment={assessment} inviting={inviting} setInviting={setInviting} />
      <AssessmentPublication assessment={assessment} />
    </>
  );
}

function AssessmentPublication({ assessment }: { assessment: AssessmentDetail }) {
  const publish = usePublishAssessment(String(assessment.id));
  if (!assessment.canPublish && assessment.publishedAt === null) return null;
  return (
    <PublicationCard
      publishedAt={assessment.publishedAt}
      canManage={assessment.canPublish}
      publishable={assessment.status === 'closed'}
      publicHref={publishedHref(assessment.unit.code, 'assessment', assessment.id)}
      mutation={publish}
    />
  );
}

function Stage({
  done,
  current,
  label,
  children,
}: {
  done: boolean;
  current: boolean;
  label: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('selfAssessment');
  return (
    <li
      className={['stages__item', done ? 'is-done' : '', current ? 'is-current' : ''].filter(Boolean).join(' ')}
      aria-current={current ? 'step' : undefined}
    >
      <span className="stages__label with-icon">
        <Icon name={done ? 'check' : current ? 'clock' : 'info'} />
        {label}
        <span className="visually-hidden">
          {' '}
          ({done ? t('assessment.stageDone') : current ? t('assessment.stageCurrent') : t('assessment.stageLater')})
        </span>
      </span>
      <span className="stages__detail muted">{children}</span>
    </li>
  );
}

/** What the signed-in person can do now: score, open or run the consensus, read the results. */
function NextSteps({
  assessment,
  itemCount,
  onInvite,
}: {
  assessment: AssessmentDetail;
  itemCount: number;
  onInvite: () => void;
}) {
  const { t } = useTranslation('selfAssessment');
  const format = useFormat();
  const me = assessment.me;
  // The leader runs the consensus; the unit's coordinators may stand in (the server's canManage).
  const leads = assessment.canManage;
  const step = nextStep({ status: assessment.status, leads, members: assessment.members });
  const submitted = assessment.members.filter((m) => m.submittedAt !== null).length;
  return (
    <div className="next-steps">
      {me && assessment.status === 'scoring' ? (
        me.submittedAt ? (
          <p className="with-icon">
            <Icon name="check" />
            {t('assessment.mySubmitted', { date: format.dateTime(me.submittedAt) })}
          </p>
        ) : (
          <>
            <p>{t('assessment.myProgress', { scored: format.number(me.scored), total: format.number(itemCount) })}</p>
            <p>
              <ButtonLink variant="primary" to={assessmentPath(assessment.id, 'scoring')}>
                {me.scored === 0 ? t('assessment.startScoring') : t('assessment.continueScoring')}
              </ButtonLink>
            </p>
          </>
        )
      ) : null}
      {me && me.submittedAt && assessment.status === 'scoring' ? (
        <p>
          <Link to={assessmentPath(assessment.id, 'scoring')}>{t('assessment.viewMyScores')}</Link>
        </p>
      ) : null}
      {step === 'invite' ? (
        <>
          <p>{t('assessment.nobodyYet')}</p>
          <p>
            <Button variant="primary" onClick={onInvite}>
              {t('invite.title')}
            </Button>
          </p>
        </>
      ) : null}
      {step === 'await-scores' ? (
        <p className="muted">
          {t('assessment.awaitingScores', {
            submitted: format.number(submitted),
            total: format.number(assessment.members.length),
          })}
        </p>
      ) : null}
      {step === 'await-scores' || step === 'open-consensus' ? (
        <OpenConsensus assessment={assessment} primary={step === 'open-consensus'} />
      ) : null}
      {leads && assessment.status === 'consensus' ? (
        <p>
          <ButtonLink variant="primary" to={assessmentPath(assessment.id, 'consensus')}>
            {t('assessment.toConsensus')}
          </ButtonLink>
        </p>
      ) : null}
      {assessment.status === 'consensus' && !leads ? <p className="muted">{t('assessment.consensusRunning')}</p> : null}
      {assessment.status === 'closed' ? (
        <p>
          <ButtonLink variant="primary" to={assessmentPath(assessment.id, 'results')}>
            {t('assessment.toResults')}
          </ButtonLink>
        </p>
      ) : null}
    </div>
  );
}

function MembersCard({
  assessment,
  inviting,
  setInviting,
}: {
  assessment: AssessmentDetail;
  inviting: boolean;
  setInviting: (inviting: boolean) => void;
}) {
  const { t } = useTranslation('selfAssessment');
  const format = useFormat();
  const { editing, editButton, open, close: done } = useInlineEditor();
  const canEdit = assessment.canManage && assessment.status === 'scoring';
  const count = assessment.members.length;

  return (
    <Card
      title={t('members.title', { count })}
      actions={
        canEdit && !editing ? (
          <div className="button-row">
            {inviting ? null : (
              <Button small onClick={() => setInviting(true)}>
                {t('invite.title')}
              </Button>
            )}
            <Button ref={editButton} small onClick={open}>
              {t('members.edit')}
            </Button>
          </div>
        ) : null
      }
    >
      <p className="muted">{t('members.intro', { min: GROUP_MIN, max: GROUP_MAX })}</p>
      {canEdit && inviting && !editing ? (
        <InviteMember assessment={assessment} onDone={() => setInviting(false)} />
      ) : null}
      {editing ? (
        <MembersEditor assessment={assessment} candidates={assessment.candidates} onDone={done} />
      ) : (
        <>
          {assessment.groupSizeWarning ? (
            <Alert tone="warning">
              <p>{t('members.sizeWarning', { count, min: GROUP_MIN, max: GROUP_MAX })}</p>
            </Alert>
          ) : null}
          <Table caption={t('members.caption')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('members.person')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.individual')}</th>
              </tr>
            </thead>
            <tbody>
              {count === 0 ? (
                <EmptyRow colSpan={3}>{canEdit ? t('members.noneYet') : t('members.none')}</EmptyRow>
              ) : (
                assessment.members.map((m) => (
                  <tr key={m.userId}>
                    <th scope="row">
                      {m.name} <span className="muted">{m.email}</span>
                    </th>
                    <td>{t(`roles.${m.role}`)}</td>
                    <td>
                      {m.submittedAt ? (
                        <span className="with-icon">
                          <Icon name="check" />
                          {t('members.submittedAt', { date: format.dateTime(m.submittedAt) })}
                        </span>
                      ) : (
                        <span className="muted">{t('members.notSubmitted')}</span>
                      )}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </Table>
        </>
      )}
    </Card>
  );
}
