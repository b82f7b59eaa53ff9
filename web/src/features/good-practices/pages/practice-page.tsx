import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button, ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { NotFoundContent } from '../../../components/not-found';
import { PageHeader } from '../../../components/page-header';
import { QueryContent } from '../../../components/query-content';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrors } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { dataUnits } from '../../../lib/permissions';
import { EffectBody } from '../../improvement-plans';
import {
  attachmentUrl,
  practiceEditPath,
  practicesPath,
  useAdoptionEvidence,
  useAdoptPractice,
  useEvidence,
  useModerate,
  usePractice,
  usePracticeVersion,
  useReturnPractice,
  type Evidence,
  type IndicatorEvidence,
  type ModerationVerb,
  type Practice,
} from '../api';
import { GradeBadge, StatusBadge } from '../labels';

/**
 * One entry, at a shareable URL: the public sees the published version; its unit's people and
 * curators see the working copy with the moderation actions. The evidence is computed by the
 * server from the unit's own indicators (the improvement-plan effect check), never typed in.
 */
export function PracticePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('good-practices');
  const practiceId = Number(id);
  const practice = usePractice(practiceId);
  if (!Number.isInteger(practiceId) || practiceId <= 0) return <NotFoundContent message={t('detail.notFound')} />;
  return (
    <QueryContent query={practice} notFound={t('detail.notFound')}>
      {(data) => <PracticeView practice={data} />}
    </QueryContent>
  );
}

function PracticeView({ practice }: { practice: Practice }) {
  const { t } = useTranslation('good-practices');
  const format = useFormat();
  const c = practice.content;
  return (
    <>
      <PageHeader
        title={practice.title}
        before={<Breadcrumb items={[{ label: t('list.title'), to: practicesPath }, { label: practice.title }]} />}
        description={
          <p className="practice-hit__meta">
            <GradeBadge grade={practice.evidenceGrade} />{' '}
            {practice.viewing === 'working' ? <StatusBadge status={practice.status} /> : null}{' '}
            {practice.units.map((u, i) => (
              <span key={u.code}>
                {i > 0 ? ', ' : ''}
                <Link to={`/units/${encodeURIComponent(u.code)}`}>{u.name}</Link>
              </span>
            ))}
            {' · '}
            {t(`groups:serviceAreas.${practice.serviceArea}`, { defaultValue: practice.serviceArea })}
            {c.year ? ` · ${t('detail.since', { year: c.year })}` : ''}
          </p>
        }
        actions={
          practice.permissions.edit ? (
            <ButtonLink to={practiceEditPath(practice.id)}>{t('detail.edit')}</ButtonLink>
          ) : undefined
        }
      />
      {practice.mayBeOutOfDate ? <Alert tone="warning">{t('detail.mayBeOutOfDateLong')}</Alert> : null}
      {practice.viewing === 'working' && practice.status === 'returned' && practice.returnComment ? (
        <Alert tone="warning" title={t('detail.returned')}>
          <p className="pre-wrap">{practice.returnComment}</p>
        </Alert>
      ) : null}
      <Moderation practice={practice} />
      <div className="practice-detail">
        <Card title={t('detail.description')}>
          <Section title={t('field.problem')} html={practice.html.problem} />
          <Section title={t('field.solution')} html={practice.html.solution} />
          {practice.html.implementationSteps || c.implementation.duration || c.implementation.people ? (
            <section>
              <h3>{t('field.implementation')}</h3>
              {practice.html.implementationSteps ? <Markdown html={practice.html.implementationSteps} /> : null}
              <dl className="details">
                {c.implementation.duration ? (
                  <div>
                    <dt>{t('field.duration')}</dt>
                    <dd>{c.implementation.duration}</dd>
                  </div>
                ) : null}
                {c.implementation.people ? (
                  <div>
                    <dt>{t('field.people')}</dt>
                    <dd>{c.implementation.people}</dd>
                  </div>
                ) : null}
              </dl>
            </section>
          ) : null}
          <Section title={t('field.results')} html={practice.html.results} />
          <Section title={t('field.lessons')} html={practice.html.lessons} />
          <Section title={t('field.transferability')} html={practice.html.transferability} />
        </Card>
        <Card title={t('detail.facts')}>
          <dl className="details">
            <div>
              <dt>{t('field.costPln')}</dt>
              <dd>
                {c.costPln === null
                  ? t('detail.notGiven')
                  : `${format.number(Number(c.costPln), { maximumFractionDigits: 2 })} zł`}
              </dd>
            </div>
            <div>
              <dt>{t('field.unitKinds')}</dt>
              <dd>{c.unitKinds.length > 0 ? c.unitKinds.join(', ') : t('detail.notGiven')}</dd>
            </div>
            <div>
              <dt>{t('field.source')}</dt>
              <dd>
                {t(`source.${practice.source.kind}`)}
                {practice.source.url ? (
                  <>
                    {' — '}
                    <a href={practice.source.url} rel="noopener noreferrer">
                      {practice.source.url}
                    </a>
                  </>
                ) : null}
              </dd>
            </div>
            {c.tags.length > 0 ? (
              <div>
                <dt>{t('field.tags')}</dt>
                <dd>
                  {c.tags.map((tag, i) => (
                    <span key={tag}>
                      {i > 0 ? ', ' : ''}
                      <Link to={`${practicesPath}?tag=${encodeURIComponent(tag)}`}>{tag}</Link>
                    </span>
                  ))}
                </dd>
              </div>
            ) : null}
            {c.contact ? (
              <div>
                <dt>{t('field.contact')}</dt>
                <dd>
                  {c.contact.name}
                  {c.contact.email ? (
                    <>
                      {', '}
                      <a href={`mailto:${c.contact.email}`}>{c.contact.email}</a>
                    </>
                  ) : null}
                  {c.contact.phone ? `, ${c.contact.phone}` : ''}
                </dd>
              </div>
            ) : null}
            {practice.publishedAt ? (
              <div>
                <dt>{t('detail.publishedAt')}</dt>
                <dd>{format.date(practice.publishedAt)}</dd>
              </div>
            ) : null}
            {practice.confirmedAt ? (
              <div>
                <dt>{t('detail.confirmedAt')}</dt>
                <dd>{format.date(practice.confirmedAt)}</dd>
              </div>
            ) : null}
          </dl>
          {practice.attachments.length > 0 ? (
            <>
              <h3>{t('detail.attachments')}</h3>
              <ul>
                {practice.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={attachmentUrl(practice.id, a.id)}>{a.fileName}</a>{' '}
                    <span className="muted">({format.number(Math.ceil(a.size / 1024))} KB)</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      </div>
      <EvidenceCard practiceId={practice.id} />
      <AdoptersCard practice={practice} />
      <VersionsCard practice={practice} />
    </>
  );
}

/** The server renders the Markdown and sanitises the HTML (no raw HTML from the text survives). */
function Markdown({ html }: { html: string }) {
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

function Section({ title, html }: { title: string; html: string | null }) {
  if (!html) return null;
  return (
    <section>
      <h3>{title}</h3>
      <Markdown html={html} />
    </section>
  );
}

function Moderation({ practice }: { practice: Practice }) {
  const { t } = useTranslation('good-practices');
  const moderate = useModerate(practice.id);
  const returnIt = useReturnPractice(practice.id);
  const announce = useAnnounce();
  const [comment, setComment] = useState('');
  const errors = useFieldErrors(returnIt.error, ['comment']);
  if (practice.viewing !== 'working') return null;
  const { edit, curate } = practice.permissions;
  const verbs: ModerationVerb[] = [];
  if (edit && (practice.status === 'draft' || practice.status === 'returned')) verbs.push('submit');
  if (curate && practice.status === 'submitted') verbs.push('publish');
  if (edit && practice.status === 'published' && practice.publishedVersion !== null) verbs.push('confirm');
  if (verbs.length === 0 && !(curate && practice.status === 'submitted')) return null;
  const run = (verb: ModerationVerb) =>
    moderate.mutate(verb, { onSuccess: () => announce(t(`moderation.done.${verb}`)) });
  return (
    <Card title={t('moderation.title')}>
      <p className="muted">{t(`moderation.hint.${practice.status}`)}</p>
      <FormError error={moderate.error} />
      <div className="button-row">
        {verbs.map((verb) => (
          <Button
            key={verb}
            variant={verb === 'confirm' ? 'secondary' : 'primary'}
            onClick={() => run(verb)}
            busy={moderate.isPending && moderate.variables === verb}
            disabled={moderate.isPending}
          >
            {t(`moderation.${verb}`)}
          </Button>
        ))}
      </div>
      {curate && practice.status === 'submitted' ? (
        <Form
          pending={returnIt.isPending}
          onSubmit={() =>
            returnIt.mutate(comment, {
              onSuccess: () => {
                setComment('');
                announce(t('moderation.done.return'));
              },
            })
          }
          aria-label={t('moderation.return')}
        >
          <FormError error={returnIt.error} handledFields={['comment']} />
          <TextAreaField
            label={t('moderation.comment')}
            required
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            error={errors.comment}
          />
          <FormActions>
            <Button type="submit">{t('moderation.return')}</Button>
          </FormActions>
        </Form>
      ) : null}
      {practice.events.length > 0 ? (
        <details>
          <summary>{t('moderation.history')}</summary>
          <ul>
            {practice.events.map((e, i) => (
              <li key={i}>
                <EventLine event={e} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}

function EventLine({ event }: { event: Practice['events'][number] }) {
  const { t } = useTranslation('good-practices');
  const format = useFormat();
  return (
    <>
      {format.dateTime(event.createdAt)}: {t(`event.${event.kind}`, { defaultValue: event.kind })} (
      {t('detail.version', { version: event.version })}){event.comment ? ` — ${event.comment}` : ''}
    </>
  );
}

function EvidenceCard({ practiceId }: { practiceId: number }) {
  const { t } = useTranslation('good-practices');
  const evidence = useEvidence(practiceId);
  return (
    <Card title={t('evidence.title')}>
      {evidence.isPending ? (
        <Loading />
      ) : evidence.isError ? (
        <QueryError error={evidence.error} onRetry={() => void evidence.refetch()} />
      ) : (
        <EvidenceBody evidence={evidence.data} />
      )}
    </Card>
  );
}

function EvidenceBody({ evidence, headingLevel = 3 }: { evidence: Evidence; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation('good-practices');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      <p>
        <GradeBadge grade={evidence.grade} /> {t(`gradeSentence.${evidence.grade}`)}
      </p>
      {evidence.indicators.length === 0 ? <p className="muted">{t('evidence.noIndicators')}</p> : null}
      {evidence.indicators.map((i) => (
        <section key={`${i.code}-${i.startPeriod}`} className="practice-evidence">
          <Heading>{t('evidence.indicator', { code: i.code, year: i.startPeriod })}</Heading>
          <IndicatorEvidenceView evidence={i} />
        </section>
      ))}
      <p className="muted">{t('evidence.method')}</p>
    </>
  );
}

function IndicatorEvidenceView({ evidence }: { evidence: IndicatorEvidence }) {
  const { t } = useTranslation('good-practices');
  if (evidence.problem)
    return (
      <Alert tone="info">
        {t(`evidence.problem.${evidence.problem.code}`, { defaultValue: evidence.problem.message })}
      </Alert>
    );
  if (!evidence.effect) return <p className="muted">{t('evidence.none')}</p>;
  return <EffectBody effect={{ ...evidence.effect, actionId: 0 }} spanLabel={t('evidence.startYear')} />;
}

function AdoptersCard({ practice }: { practice: Practice }) {
  const { t } = useTranslation('good-practices');
  const format = useFormat();
  return (
    <Card title={t('adoption.title', { count: practice.adoptions.length })}>
      {practice.adoptions.length === 0 ? <p className="muted">{t('adoption.none')}</p> : null}
      <ul className="practice-adopters">
        {practice.adoptions.map((a) => (
          <li key={a.id}>
            <p>
              <Link to={`/units/${encodeURIComponent(a.unit.code)}`}>{a.unit.name}</Link>{' '}
              <span className="muted">{t('adoption.since', { date: format.date(a.adoptedOn) })}</span>
            </p>
            {a.changes ? <p className="pre-wrap">{a.changes}</p> : null}
            <AdoptionEvidence practiceId={practice.id} adoptionId={a.id} unitName={a.unit.name} />
          </li>
        ))}
      </ul>
      {practice.permissions.adopt ? <AdoptForm practice={practice} /> : null}
    </Card>
  );
}

function AdoptionEvidence({
  practiceId,
  adoptionId,
  unitName,
}: {
  practiceId: number;
  adoptionId: number;
  unitName: string;
}) {
  const { t } = useTranslation('good-practices');
  const [open, setOpen] = useState(false);
  const evidence = useAdoptionEvidence(practiceId, adoptionId, open);
  return (
    <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('adoption.evidence', { unit: unitName })}</summary>
      {!open ? null : evidence.isPending ? (
        <Loading />
      ) : evidence.isError ? (
        <QueryError error={evidence.error} onRetry={() => void evidence.refetch()} />
      ) : (
        <EvidenceBody evidence={evidence.data} headingLevel={4} />
      )}
    </details>
  );
}

function AdoptForm({ practice }: { practice: Practice }) {
  const { t } = useTranslation('good-practices');
  const me = useCurrentUser();
  const announce = useAnnounce();
  const adopt = useAdoptPractice(practice.id);
  const own = new Set(practice.units.map((u) => u.code));
  const adopted = new Set(practice.adoptions.map((a) => a.unit.code));
  const units = dataUnits(me).filter((u) => !own.has(u.code) && !adopted.has(u.code));
  const [unitCode, setUnitCode] = useState(units[0]?.code ?? '');
  const [adoptedOn, setAdoptedOn] = useState('');
  const [changes, setChanges] = useState('');
  const errors = useFieldErrors(adopt.error, ['unitCode', 'adoptedOn', 'changes']);
  if (units.length === 0) return null;
  return (
    <Form
      pending={adopt.isPending}
      aria-label={t('adoption.formTitle')}
      onSubmit={() =>
        adopt.mutate(
          { unitCode, adoptedOn, changes: changes.trim() || null },
          {
            onSuccess: () => {
              setChanges('');
              announce(t('adoption.recorded'));
            },
          },
        )
      }
    >
      <h3>{t('adoption.formTitle')}</h3>
      <FormError error={adopt.error} handledFields={['unitCode', 'adoptedOn', 'changes']} />
      {units.length > 1 ? (
        <SelectField
          label={t('adoption.unit')}
          required
          value={unitCode}
          onChange={(e) => setUnitCode(e.target.value)}
          options={units.map((u) => ({ value: u.code, label: u.name }))}
          error={errors.unitCode}
        />
      ) : (
        <p>{t('adoption.asUnit', { unit: units[0]!.name })}</p>
      )}
      <TextField
        label={t('adoption.adoptedOn')}
        type="date"
        required
        value={adoptedOn}
        onChange={(e) => setAdoptedOn(e.target.value)}
        error={errors.adoptedOn}
      />
      <TextAreaField
        label={t('adoption.changes')}
        hint={t('adoption.changesHint')}
        value={changes}
        onChange={(e) => setChanges(e.target.value)}
        error={errors.changes}
      />
      <FormActions>
        <Button type="submit" variant="primary">
          {t('adoption.submit')}
        </Button>
      </FormActions>
    </Form>
  );
}

function VersionsCard({ practice }: { practice: Practice }) {
  const { t } = useTranslation('good-practices');
  const format = useFormat();
  const [shown, setShown] = useState<number | null>(null);
  const version = usePracticeVersion(practice.id, shown);
  if (practice.versions.length === 0) return null;
  return (
    <Card title={t('versions.title')}>
      <ol className="practice-versions">
        {practice.versions.map((v) => (
          <li key={v.version}>
            {t('detail.version', { version: v.version })} — {format.date(v.publishedAt)}{' '}
            <Button
              small
              variant="ghost"
              onClick={() => setShown(shown === v.version ? null : v.version)}
              aria-expanded={shown === v.version}
            >
              {shown === v.version ? t('versions.hide') : t('versions.show')}
            </Button>
            {shown === v.version ? (
              version.isPending ? (
                <Loading />
              ) : version.isError ? (
                <QueryError error={version.error} />
              ) : (
                <div className="practice-version">
                  <h3>{version.data.content.title}</h3>
                  <p className="pre-wrap">{version.data.content.problem}</p>
                  <p className="pre-wrap">{version.data.content.solution}</p>
                  {version.data.content.results ? <p className="pre-wrap">{version.data.content.results}</p> : null}
                </div>
              )
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
