import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { QueryContent } from '../../../components/query-content';
import { Button, ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextAreaField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useFormat } from '../../../lib/format';
import {
  useAssessment,
  useFramework,
  useMyScores,
  useSaveMyScore,
  useSubmitMyScores,
  type AssessmentDetail,
  type Framework,
  type MyScore,
} from '../api';
import { ExamplesDisclosure } from '../components/examples';
import { ItemNav } from '../components/item-nav';
import { draftFrom, readDraft, ScorePanelFields, type ScoreDraft } from '../components/score-panel';
import { ScoreProblems, missingItems } from '../components/score-problems';
import {
  assessmentPath,
  frameworkItems,
  frameworkPath,
  panelOf,
  useScoreFormat,
  useText,
  type FrameworkItem,
} from '../labels';
import { AssessmentCrumbs, useAssessmentTitle } from './assessment-page';

/**
 * A member's individual scoring (CAF step 5A): one subcriterion at a time with the panel of the
 * chosen mode, evidence, progress, and submitting. Only the member's own scores are ever loaded.
 */
export function ScoringPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('selfAssessment');
  const assessment = useAssessment(id);
  const framework = useFramework(assessment.data?.frameworkId);
  const isMember = !!assessment.data?.me;
  const scores = useMyScores(id, isMember);
  return (
    <QueryContent
      query={assessment}
      notFound={t('assessment.notFound')}
      also={isMember ? [framework, scores] : [framework]}
    >
      {(data) => (
        <ScoringView
          assessment={data}
          framework={framework.data!}
          mine={scores.data?.items ?? []}
          submittedAt={scores.data?.submittedAt ?? null}
        />
      )}
    </QueryContent>
  );
}

function ScoringView({
  assessment,
  framework,
  mine,
  submittedAt,
}: {
  assessment: AssessmentDetail;
  framework: Framework;
  mine: MyScore[];
  submittedAt: string | null;
}) {
  const { t } = useTranslation('selfAssessment');
  const format = useFormat();
  const title = useAssessmentTitle()(assessment, framework);
  const [params] = useSearchParams();
  const items = frameworkItems(framework);
  const scored = new Set(mine.map((s) => s.itemId));
  const editable = assessment.status === 'scoring' && !submittedAt;
  const requested = items.find((i) => i.id === params.get('item'));
  const current = requested ?? items.find((i) => !scored.has(i.id)) ?? items[0]!;
  // The first subcriterion shown is where the page starts; every later one takes the focus.
  const [initialItem] = useState(current.id);

  if (!assessment.me) {
    return (
      <>
        <PageHeader
          before={<AssessmentCrumbs assessment={assessment} framework={framework} section={t('scoring.crumb')} />}
          title={t('scoring.title', { title })}
        />
        <Alert tone="info">
          <p>{t('scoring.notMember')}</p>
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader
        before={<AssessmentCrumbs assessment={assessment} framework={framework} section={t('scoring.crumb')} />}
        title={t('scoring.title', { title })}
        description={<p>{t('scoring.intro')}</p>}
      />
      <div className="scoring-progress">
        <label htmlFor="scoring-progress">
          {t('scoring.progress', { scored: format.number(scored.size), total: format.number(items.length) })}
        </label>
        <progress id="scoring-progress" max={items.length} value={scored.size} />
      </div>
      {!editable ? (
        <Alert tone="info" title={submittedAt ? t('scoring.submittedTitle') : t('scoring.closedTitle')}>
          <p>
            {submittedAt ? t('scoring.submitted', { date: format.dateTime(submittedAt) }) : t('scoring.notScoring')}
          </p>
        </Alert>
      ) : null}
      {editable ? (
        <div className="scoring-layout">
          <ItemNav
            framework={framework}
            items={items}
            currentId={current.id}
            done={scored}
            hrefFor={(itemId) => `${assessmentPath(assessment.id, 'scoring')}?item=${encodeURIComponent(itemId)}`}
            label={t('scoring.navLabel')}
          />
          <ItemScoreForm
            key={current.id}
            assessment={assessment}
            framework={framework}
            item={current}
            items={items}
            existing={mine.find((s) => s.itemId === current.id)}
            scored={scored}
            focusOnMount={current.id !== initialItem}
          />
        </div>
      ) : null}
      {editable ? (
        <SubmitCard assessment={assessment} items={items} scored={scored} />
      ) : (
        <MyScoresTable assessment={assessment} framework={framework} items={items} mine={mine} />
      )}
    </>
  );
}

function ItemScoreForm({
  assessment,
  framework,
  item,
  items,
  existing,
  scored,
  focusOnMount,
}: {
  assessment: AssessmentDetail;
  framework: Framework;
  item: FrameworkItem;
  items: FrameworkItem[];
  existing: MyScore | undefined;
  scored: Set<string>;
  focusOnMount: boolean;
}) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const save = useSaveMyScore(String(assessment.id));
  const panel = panelOf(framework, assessment.mode, item.kind)!;
  const [draft, setDraft] = useState<ScoreDraft>(() => draftFrom(panel, existing?.values));
  const [strengths, setStrengths] = useState(existing?.strengths ?? '');
  const [improvements, setImprovements] = useState(existing?.improvements ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const criterion = framework.criteria.find((c) => c.id === item.criterionId)!;

  // Moving to another subcriterion keeps the page; the heading of the new one gets the focus.
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  function submit(goNext: boolean) {
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
          announce(t('scoring.saved', { id: item.id }));
          if (!goNext) return;
          const after = [...items.slice(items.indexOf(item) + 1), ...items.slice(0, items.indexOf(item))];
          const next = after.find((i) => !scored.has(i.id) && i.id !== item.id);
          if (next) void navigate(`${assessmentPath(assessment.id, 'scoring')}?item=${encodeURIComponent(next.id)}`);
          else requestAnimationFrame(() => document.getElementById('submit-scores')?.focus());
        },
      },
    );
  }

  return (
    <Card className="score-form">
      <p className="muted score-form__criterion">
        {t('scoring.criterion', { id: criterion.id, title: text(criterion.title) })} ·{' '}
        {t(`kinds.${item.kind}`, { defaultValue: item.kind })}
      </p>
      <h2 ref={heading} tabIndex={-1} className="score-form__title">
        <span className="subcriteria__id">{item.id}</span> {text(item.title)}
      </h2>
      <ExamplesDisclosure item={item} />
      <Form onSubmit={() => submit(true)} pending={save.isPending} aria-label={t('scoring.formLabel', { id: item.id })}>
        <ScoreProblems error={save.error} framework={framework} mode={assessment.mode} />
        <ScorePanelFields panel={panel} draft={draft} onChange={setDraft} errors={errors} />
        <TextAreaField
          label={t('fields.strengths')}
          hint={t('scoring.strengthsHint')}
          maxLength={10000}
          value={strengths}
          onChange={(event) => setStrengths(event.target.value)}
        />
        <TextAreaField
          label={t('fields.improvements')}
          hint={t('scoring.improvementsHint')}
          maxLength={10000}
          value={improvements}
          onChange={(event) => setImprovements(event.target.value)}
        />
        <FormActions>
          <Button type="submit" variant="primary" busy={save.isPending} busyLabel={t('common:status.saving')}>
            {t('scoring.saveNext')}
          </Button>
          <Button onClick={() => submit(false)} disabled={save.isPending}>
            {t('scoring.save')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}

function SubmitCard({
  assessment,
  items,
  scored,
}: {
  assessment: AssessmentDetail;
  items: FrameworkItem[];
  scored: Set<string>;
}) {
  const { t } = useTranslation('selfAssessment');
  const format = useFormat();
  const announce = useAnnounce();
  const submit = useSubmitMyScores(String(assessment.id));
  const missing = items.filter((i) => !scored.has(i.id));
  const serverMissing = missingItems(submit.error);
  return (
    <Card title={t('scoring.submitTitle')}>
      <p>{t('scoring.submitIntro')}</p>
      {missing.length > 0 ? (
        <p className="muted">
          {t('scoring.stillMissing', {
            count: missing.length,
            total: format.number(missing.length),
            ids: missing.map((i) => i.id).join(', '),
          })}
        </p>
      ) : null}
      {submit.isError ? (
        <Alert tone="error" live focusOn={submit.error} title={t('scoring.submitFailed')}>
          {serverMissing.length > 0 ? (
            <p>{t('scoring.missingItems', { ids: serverMissing.join(', ') })}</p>
          ) : (
            <FormError error={submit.error} />
          )}
        </Alert>
      ) : null}
      <Button
        id="submit-scores"
        variant="primary"
        disabled={submit.isPending}
        busy={submit.isPending}
        busyLabel={t('common:status.saving')}
        onClick={() => submit.mutate(undefined, { onSuccess: () => announce(t('scoring.submittedNow')) })}
      >
        {t('scoring.submit')}
      </Button>
    </Card>
  );
}

function MyScoresTable({
  assessment,
  framework,
  items,
  mine,
}: {
  assessment: AssessmentDetail;
  framework: Framework;
  items: FrameworkItem[];
  mine: MyScore[];
}) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const score = useScoreFormat();
  return (
    <Card title={t('scoring.myScoresTitle')}>
      <Table caption={t('scoring.myScoresCaption')} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('fields.subcriterion')}</th>
            <th scope="col" className="numeric">
              {t('fields.score')}
            </th>
            <th scope="col">{t('fields.strengths')}</th>
            <th scope="col">{t('fields.improvements')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const mineItem = mine.find((s) => s.itemId === item.id);
            return (
              <tr key={item.id}>
                <th scope="row">
                  <span className="subcriteria__id">{item.id}</span> {text(item.title)}
                </th>
                <td className="numeric">{score(mineItem?.score)}</td>
                <td className="prewrap">{mineItem?.strengths ?? ''}</td>
                <td className="prewrap">{mineItem?.improvements ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <p>
        <Link to={frameworkPath(framework.id)}>{t('scoring.browseFramework')}</Link>
      </p>
      <p>
        <ButtonLink to={assessmentPath(assessment.id)}>{t('scoring.back')}</ButtonLink>
      </p>
    </Card>
  );
}
