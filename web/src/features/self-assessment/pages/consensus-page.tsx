import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { QueryContent } from '../../../components/query-content';
import { Button, ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextAreaField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { Icon } from '../../../components/icon';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useFormat } from '../../../lib/format';
import {
  useAssessment,
  useCloseAssessment,
  useFramework,
  useSaveConsensus,
  useSpread,
  type AssessmentDetail,
  type Framework,
  type Spread,
  type SpreadItem,
} from '../api';
import { ExamplesDisclosure } from '../components/examples';
import { OpenConsensus } from '../components/open-consensus';
import { draftFrom, readDraft, ScorePanelFields, type ScoreDraft } from '../components/score-panel';
import { missingItems, ScoreProblems } from '../components/score-problems';
import { SpreadBar } from '../components/spread-bar';
import { assessmentPath, frameworkItems, panelOf, useScoreFormat, useText, type FrameworkItem } from '../labels';
import { AssessmentCrumbs, useAssessmentTitle } from './assessment-page';

/**
 * The consensus meeting (CAF step 5B): the leader sees where the members disagree most, reads
 * their evidence, records the agreed score and evidence per subcriterion, and closes.
 */
export function ConsensusPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('selfAssessment');
  const assessment = useAssessment(id);
  const framework = useFramework(assessment.data?.frameworkId);
  const open = !!assessment.data && assessment.data.status !== 'scoring';
  const spread = useSpread(id, open);
  return (
    <QueryContent query={assessment} notFound={t('assessment.notFound')} also={[framework]}>
      {(data) => <ConsensusView assessment={data} framework={framework.data!} spread={spread} />}
    </QueryContent>
  );
}

function ConsensusView({
  assessment,
  framework,
  spread,
}: {
  assessment: AssessmentDetail;
  framework: Framework;
  spread: ReturnType<typeof useSpread>;
}) {
  const { t } = useTranslation('selfAssessment');
  const title = useAssessmentTitle()(assessment, framework);
  const header = (
    <PageHeader
      before={<AssessmentCrumbs assessment={assessment} framework={framework} section={t('consensus.crumb')} />}
      title={t('consensus.title', { title })}
      description={<p>{t('consensus.intro')}</p>}
    />
  );

  if (assessment.status === 'scoring') {
    return (
      <>
        {header}
        <Card>
          <p>{t('consensus.notOpen')}</p>
          {assessment.canManage ? (
            <OpenConsensus assessment={assessment} />
          ) : (
            <p className="muted">{t('consensus.leaderOpens')}</p>
          )}
        </Card>
      </>
    );
  }
  if (spread.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (spread.isError)
    return (
      <>
        {header}
        <QueryError error={spread.error} onRetry={() => void spread.refetch()} />
      </>
    );
  return (
    <>
      {header}
      <ConsensusBody assessment={assessment} framework={framework} spread={spread.data} />
    </>
  );
}

function ConsensusBody({
  assessment,
  framework,
  spread,
}: {
  assessment: AssessmentDetail;
  framework: Framework;
  spread: Spread;
}) {
  const { t } = useTranslation('selfAssessment');
  const format = useFormat();
  const [params] = useSearchParams();
  const items = frameworkItems(framework);
  // The leader runs the meeting; the unit's coordinators may stand in (canManage says who may).
  const canRecord = assessment.status === 'consensus' && assessment.canManage;
  const agreed = new Set(spread.items.filter((i) => i.consensus).map((i) => i.itemId));
  // The meeting goes through the largest disagreements first, as the spread table is sorted.
  const order = [...spread.items.map((i) => i.itemId), ...spread.unscored];
  const requested = params.get('item');
  const currentId =
    (requested && order.includes(requested) ? requested : order.find((itemId) => !agreed.has(itemId))) ?? null;
  const current = items.find((i) => i.id === currentId);
  const [initialItem] = useState(currentId);

  return (
    <>
      {assessment.override ? (
        <Alert tone="warning" title={t('assessment.overrideTitle')}>
          <p>{t('assessment.override', { reason: assessment.override.reason })}</p>
        </Alert>
      ) : null}
      <div className="scoring-progress">
        <label htmlFor="consensus-progress">
          {t('consensus.progress', { agreed: format.number(agreed.size), total: format.number(items.length) })}
        </label>
        <progress id="consensus-progress" max={items.length} value={agreed.size} />
      </div>
      {canRecord && current ? (
        <ConsensusForm
          key={current.id}
          assessment={assessment}
          framework={framework}
          item={current}
          spreadItem={spread.items.find((i) => i.itemId === current.id)}
          nextId={order.filter((itemId) => itemId !== current.id && !agreed.has(itemId))[0] ?? null}
          focusOnMount={current.id !== initialItem}
        />
      ) : null}
      <SpreadTable
        assessment={assessment}
        framework={framework}
        spread={spread}
        canRecord={canRecord}
        currentId={canRecord ? currentId : null}
      />
      {canRecord ? (
        <CloseCard assessment={assessment} missing={items.filter((i) => !agreed.has(i.id)).map((i) => i.id)} />
      ) : null}
      {assessment.status === 'closed' ? (
        <p>
          <ButtonLink variant="primary" to={assessmentPath(assessment.id, 'results')}>
            {t('assessment.toResults')}
          </ButtonLink>
        </p>
      ) : null}
    </>
  );
}

function SpreadTable({
  assessment,
  framework,
  spread,
  canRecord,
  currentId,
}: {
  assessment: AssessmentDetail;
  framework: Framework;
  spread: Spread;
  canRecord: boolean;
  currentId: string | null;
}) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const score = useScoreFormat();
  const items = frameworkItems(framework);
  const members = assessment.members.filter((m) =>
    spread.items.some((i) => i.scores.some((s) => s.userId === m.userId)),
  );
  const nameOf = (userId: string) => {
    const m = assessment.members.find((x) => x.userId === userId);
    return m ? m.name || m.email : userId;
  };
  return (
    <Card title={t('spread.title')}>
      <p className="muted">{t('spread.intro')}</p>
      <Table caption={t('spread.caption')} className="spread-table">
        <thead>
          <tr>
            <th scope="col">{t('fields.subcriterion')}</th>
            {members.map((m) => (
              <th key={m.userId} scope="col" className="numeric">
                {m.name || m.email}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('spread.min')}
            </th>
            <th scope="col" className="numeric">
              {t('spread.median')}
            </th>
            <th scope="col" className="numeric">
              {t('spread.max')}
            </th>
            <th scope="col">{t('spread.spread')}</th>
            <th scope="col">{t('spread.discuss')}</th>
            <th scope="col" className="numeric">
              {t('spread.agreed')}
            </th>
            {canRecord ? (
              <th scope="col">
                <span className="visually-hidden">{t('common:actions.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {spread.items.length === 0 ? (
            <EmptyRow colSpan={members.length + 7}>{t('spread.none')}</EmptyRow>
          ) : (
            spread.items.map((row) => {
              const item = items.find((i) => i.id === row.itemId);
              return (
                <tr key={row.itemId} className={row.itemId === currentId ? 'is-selected' : undefined}>
                  <th scope="row">
                    <span className="subcriteria__id">{row.itemId}</span>{' '}
                    <span className="spread-table__title">{item ? text(item.title) : ''}</span>
                  </th>
                  {members.map((m) => (
                    <td key={m.userId} className="numeric">
                      {score(row.scores.find((s) => s.userId === m.userId)?.score)}
                    </td>
                  ))}
                  <td className="numeric">{score(row.min)}</td>
                  <td className="numeric">{score(row.median)}</td>
                  <td className="numeric">{score(row.max)}</td>
                  <td>
                    <span className="spread-cell">
                      <span className="spread-cell__value">{score(row.spread)}</span>
                      <SpreadBar row={row} nameOf={nameOf} />
                    </span>
                  </td>
                  <td>
                    {row.needsDiscussion ? (
                      <span className="with-icon discuss">
                        <Icon name="warning" />
                        {row.crossesBands ? t('spread.discussBands') : t('spread.discussYes')}
                      </span>
                    ) : (
                      <span className="muted">{t('spread.discussNo')}</span>
                    )}
                  </td>
                  <td className="numeric">
                    {row.consensus ? (
                      score(row.consensus.score)
                    ) : (
                      <span className="muted">{t('spread.notAgreed')}</span>
                    )}
                  </td>
                  {canRecord ? (
                    <td className="actions-cell">
                      <Link
                        to={`${assessmentPath(assessment.id, 'consensus')}?item=${encodeURIComponent(row.itemId)}`}
                        aria-label={t('spread.agreeOf', { id: row.itemId })}
                      >
                        {row.consensus ? t('spread.change') : t('spread.agree')}
                      </Link>
                    </td>
                  ) : null}
                </tr>
              );
            })
          )}
        </tbody>
      </Table>
      {spread.unscored.length > 0 ? (
        <p className="muted">{t('spread.unscored', { ids: spread.unscored.join(', ') })}</p>
      ) : null}
    </Card>
  );
}

function ConsensusForm({
  assessment,
  framework,
  item,
  spreadItem,
  nextId,
  focusOnMount,
}: {
  assessment: AssessmentDetail;
  framework: Framework;
  item: FrameworkItem;
  spreadItem: SpreadItem | undefined;
  nextId: string | null;
  focusOnMount: boolean;
}) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const score = useScoreFormat();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const save = useSaveConsensus(String(assessment.id));
  const panel = panelOf(framework, assessment.mode, item.kind)!;
  const existing = spreadItem?.consensus ?? null;
  const [draft, setDraft] = useState<ScoreDraft>(() => draftFrom(panel, existing?.values));
  const [strengths, setStrengths] = useState(existing?.strengths ?? '');
  const [improvements, setImprovements] = useState(existing?.improvements ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const nameOf = (userId: string) => {
    const m = assessment.members.find((x) => x.userId === userId);
    return m ? m.name || m.email : userId;
  };
  const evidence = (spreadItem?.scores ?? []).filter((s) => s.strengths || s.improvements);

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  /** Starts the agreed evidence from what the members wrote, one line per member, for the group to edit. */
  function collectEvidence() {
    const lines = (key: 'strengths' | 'improvements') =>
      (spreadItem?.scores ?? [])
        .map((s) => s[key]?.trim())
        .filter((x): x is string => !!x)
        .map((x) => `• ${x}`)
        .join('\n');
    if (!strengths.trim()) setStrengths(lines('strengths'));
    if (!improvements.trim()) setImprovements(lines('improvements'));
    announce(t('consensus.evidenceCollected'));
  }

  function submit() {
    const read = readDraft(panel, draft, t);
    if (!read.ok) {
      setErrors(read.errors);
      announce(t('common:form.fixErrors'));
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>('.score-form [aria-invalid="true"], .score-form .field--invalid input')
          ?.focus(),
      );
      return;
    }
    setErrors({});
    save.mutate(
      {
        itemId: item.id,
        values: read.values,
        strengths: strengths.trim() || null,
        improvements: improvements.trim() || null,
      },
      {
        onSuccess: () => {
          announce(t('consensus.saved', { id: item.id }));
          if (nextId) void navigate(`${assessmentPath(assessment.id, 'consensus')}?item=${encodeURIComponent(nextId)}`);
          else requestAnimationFrame(() => document.getElementById('close-assessment')?.focus());
        },
      },
    );
  }

  return (
    <Card className="score-form">
      <p className="muted score-form__criterion">{t('consensus.agreeing')}</p>
      <h2 ref={heading} tabIndex={-1} className="score-form__title">
        <span className="subcriteria__id">{item.id}</span> {text(item.title)}
      </h2>
      <ExamplesDisclosure item={item} />
      {spreadItem ? (
        <p>
          {t('consensus.summary', {
            min: score(spreadItem.min),
            median: score(spreadItem.median),
            max: score(spreadItem.max),
            mean: score(spreadItem.mean),
            n: spreadItem.n,
          })}{' '}
          <span className="muted">{t('consensus.meanIsStart')}</span>
        </p>
      ) : (
        <p className="muted">{t('consensus.noIndividual')}</p>
      )}
      {evidence.length > 0 ? (
        <details className="disclosure" open>
          <summary>{t('consensus.membersEvidence', { count: evidence.length })}</summary>
          <ul className="evidence-list">
            {evidence.map((s) => (
              <li key={s.userId}>
                <p className="evidence-list__who">
                  {nameOf(s.userId)}{' '}
                  <span className="muted">({t('consensus.scoreOf', { score: score(s.score) })})</span>
                </p>
                {s.strengths ? (
                  <p className="prewrap">
                    <strong>{t('fields.strengths')}:</strong> {s.strengths}
                  </p>
                ) : null}
                {s.improvements ? (
                  <p className="prewrap">
                    <strong>{t('fields.improvements')}:</strong> {s.improvements}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          <Button small onClick={collectEvidence}>
            {t('consensus.collectEvidence')}
          </Button>
        </details>
      ) : null}
      <Form onSubmit={submit} pending={save.isPending} aria-label={t('consensus.formLabel', { id: item.id })}>
        <ScoreProblems error={save.error} framework={framework} mode={assessment.mode} />
        <ScorePanelFields panel={panel} draft={draft} onChange={setDraft} errors={errors} />
        <TextAreaField
          label={t('consensus.agreedStrengths')}
          maxLength={10000}
          value={strengths}
          onChange={(event) => setStrengths(event.target.value)}
        />
        <TextAreaField
          label={t('consensus.agreedImprovements')}
          hint={t('consensus.improvementsHint')}
          maxLength={10000}
          value={improvements}
          onChange={(event) => setImprovements(event.target.value)}
        />
        <FormActions>
          <Button type="submit" variant="primary" busy={save.isPending} busyLabel={t('common:status.saving')}>
            {nextId ? t('consensus.saveNext') : t('consensus.save')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}

function CloseCard({ assessment, missing }: { assessment: AssessmentDetail; missing: string[] }) {
  const { t } = useTranslation('selfAssessment');
  const navigate = useNavigate();
  const announce = useAnnounce();
  const close = useCloseAssessment(String(assessment.id));
  const serverMissing = missingItems(close.error);
  return (
    <Card title={t('close.title')}>
      <p>{t('close.intro')}</p>
      {missing.length > 0 ? (
        <p className="muted">{t('close.stillMissing', { count: missing.length, ids: missing.join(', ') })}</p>
      ) : null}
      {close.isError ? (
        <Alert tone="error" live focusOn={close.error} title={t('close.failed')}>
          {serverMissing.length > 0 ? (
            <p>{t('close.missingItems', { ids: serverMissing.join(', ') })}</p>
          ) : (
            <FormError error={close.error} />
          )}
        </Alert>
      ) : null}
      <Button
        id="close-assessment"
        variant="primary"
        disabled={close.isPending}
        busy={close.isPending}
        busyLabel={t('common:status.saving')}
        onClick={() =>
          close.mutate(undefined, {
            onSuccess: () => {
              announce(t('close.done'));
              void navigate(assessmentPath(assessment.id, 'results'));
            },
          })
        }
      >
        {t('close.submit')}
      </Button>
    </Card>
  );
}
