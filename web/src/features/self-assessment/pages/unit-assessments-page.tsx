import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { isApiError } from '../../../lib/api';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrors } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useUnit, type UnitDetail } from '../../units';
import { unitPath } from '../../../lib/unit-labels';
import {
  useCreateAssessment,
  useFramework,
  useFrameworks,
  useUnitAssessments,
  type AssessmentSummary,
  type FrameworkSummary,
} from '../api';
import { RoundsComparisonCard } from '../components/rounds-comparison';
import { QueryContent } from '../../../components/query-content';
import { AssessmentStatusBadge, assessmentPath, frameworkPath, useScoreFormat, useText } from '../labels';
import { canStartAssessment } from '../../../lib/permissions';
import { todayIso } from '../../../lib/dates';

/** A unit's self-assessments: the list of rounds, how they compare, and starting a new one. */
export function UnitAssessmentsPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('selfAssessment');
  const unit = useUnit(code);
  return (
    <QueryContent query={unit} notFound={t('unit.notFound', { code })}>
      {(data) => <UnitAssessmentsView key={code} unit={data} />}
    </QueryContent>
  );
}

function UnitAssessmentsView({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation('selfAssessment');
  const me = useCurrentUser();
  const assessments = useUnitAssessments(unit.code);
  const frameworks = useFrameworks();
  const canStart = canStartAssessment(me, unit.code);
  const frameworkIds = [
    ...new Set((assessments.data?.items ?? []).filter((a) => a.status === 'closed').map((a) => a.frameworkId)),
  ];

  return (
    <>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { to: '/units', label: t('units:browser.title') },
              { to: unitPath(unit.code), label: unit.name },
              { label: t('unit.crumb') },
            ]}
          />
        }
        title={t('unit.title', { name: unit.name })}
        description={<p>{t('unit.intro')}</p>}
      />
      <Card title={t('unit.listTitle')}>
        {assessments.isPending ? (
          <Loading />
        ) : assessments.isError ? (
          <QueryError error={assessments.error} onRetry={() => void assessments.refetch()} />
        ) : (
          <AssessmentsTable items={assessments.data.items} frameworks={frameworks.data?.items ?? []} />
        )}
      </Card>
      {frameworkIds.map((id) => (
        <RoundsComparisonCard key={id} unitCode={unit.code} frameworkId={id} />
      ))}
      {canStart && frameworks.data ? (
        <StartAssessmentCard
          unitCode={unit.code}
          frameworks={frameworks.data.items}
          existing={assessments.data?.items ?? []}
        />
      ) : null}
    </>
  );
}

function AssessmentsTable({ items, frameworks }: { items: AssessmentSummary[]; frameworks: FrameworkSummary[] }) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const format = useFormat();
  const score = useScoreFormat();
  const frameworkOf = (id: string) => frameworks.find((f) => f.id === id);
  const modeTitle = (frameworkId: string, mode: string) =>
    text(frameworkOf(frameworkId)?.modes.find((m) => m.id === mode)?.title) || mode;
  return (
    <Table caption={t('unit.listCaption')} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t('fields.assessment')}</th>
          <th scope="col">{t('fields.framework')}</th>
          <th scope="col" className="numeric">
            {t('fields.round')}
          </th>
          <th scope="col">{t('fields.date')}</th>
          <th scope="col">{t('fields.mode')}</th>
          <th scope="col">{t('fields.status')}</th>
          <th scope="col" className="numeric">
            {t('fields.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 ? (
          <EmptyRow colSpan={7}>{t('unit.none')}</EmptyRow>
        ) : (
          [...items]
            .sort((a, b) => b.date.localeCompare(a.date) || b.round - a.round)
            .map((a) => {
              const framework = frameworkOf(a.frameworkId);
              return (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={assessmentPath(a.id)}>
                      {a.title ||
                        t('assessment.defaultTitle', {
                          framework: framework ? text(framework.title) : a.frameworkId,
                          round: a.round,
                        })}
                    </Link>
                  </th>
                  <td>{framework ? text(framework.title) : a.frameworkId}</td>
                  <td className="numeric">{format.number(a.round)}</td>
                  <td>{format.date(a.date)}</td>
                  <td>{modeTitle(a.frameworkId, a.mode)}</td>
                  <td>
                    <AssessmentStatusBadge status={a.status} />
                  </td>
                  <td className="numeric">
                    {a.total === null ? (
                      <span className="muted">{t('unit.noTotal')}</span>
                    ) : (
                      t('unit.totalOf', { total: score(a.total), max: format.number(framework?.maxTotal ?? 0) })
                    )}
                  </td>
                </tr>
              );
            })
        )}
      </tbody>
    </Table>
  );
}

const FIELDS = ['frameworkId', 'round', 'date', 'mode', 'title'] as const;

function StartAssessmentCard({
  unitCode,
  frameworks,
  existing,
}: {
  unitCode: string;
  frameworks: FrameworkSummary[];
  existing: AssessmentSummary[];
}) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const create = useCreateAssessment(unitCode);
  const [frameworkId, setFrameworkId] = useState(frameworks[0]?.id ?? '');
  const nextRound = (id: string) =>
    Math.max(0, ...existing.filter((a) => a.frameworkId === id).map((a) => a.round)) + 1;
  const [round, setRound] = useState(() => String(nextRound(frameworks[0]?.id ?? '')));
  const [date, setDate] = useState(todayIso);
  const [mode, setMode] = useState(frameworks[0]?.modes[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = useFieldErrors(create.error, FIELDS);
  const errors: Record<string, string | undefined> = { ...serverErrors, ...clientErrors };
  // Mode descriptions live in the full framework; the list has titles only.
  const full = useFramework(frameworkId || undefined);
  const framework = frameworks.find((f) => f.id === frameworkId);
  const roundTaken = isApiError(create.error) && create.error.status === 409;

  function chooseFramework(id: string) {
    setFrameworkId(id);
    setRound(String(nextRound(id)));
    setMode(frameworks.find((f) => f.id === id)?.modes[0]?.id ?? '');
  }

  function submit() {
    const problems: Record<string, string> = {};
    const roundNumber = Number(round);
    if (!Number.isInteger(roundNumber) || roundNumber < 1) problems.round = t('start.roundInvalid');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.date = t('start.dateInvalid');
    if (!mode) problems.mode = t('common:validation.required');
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) {
      announce(t('common:form.fixErrors'));
      return;
    }
    create.mutate(
      { frameworkId, round: roundNumber, date, mode, ...(title.trim() ? { title: title.trim() } : {}) },
      {
        onSuccess: (created) => {
          announce(t('start.created'));
          void navigate(assessmentPath(created.id));
        },
      },
    );
  }

  return (
    <Card title={t('start.title')}>
      <p>{t('start.intro')}</p>
      <Form onSubmit={submit} pending={create.isPending} aria-label={t('start.title')}>
        <FormError error={roundTaken ? null : create.error} handledFields={FIELDS} />
        <div className="form__row">
          <SelectField
            label={t('fields.framework')}
            name="frameworkId"
            required
            value={frameworkId}
            error={errors.frameworkId}
            options={frameworks.map((f) => ({ value: f.id, label: text(f.title) }))}
            onChange={(event) => chooseFramework(event.target.value)}
          />
          <TextField
            label={t('fields.round')}
            name="round"
            inputMode="numeric"
            required
            value={round}
            error={errors.round ?? (roundTaken ? t('start.roundTaken', { round }) : undefined)}
            hint={t('start.roundHint')}
            onChange={(event) => setRound(event.target.value)}
          />
          <TextField
            label={t('fields.date')}
            name="date"
            type="date"
            required
            value={date}
            error={errors.date}
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <fieldset className="radio-group">
          <legend>{t('fields.mode')}</legend>
          {(framework?.modes ?? []).map((m) => {
            const description = full.data?.modes.find((x) => x.id === m.id)?.description;
            return (
              <div key={m.id} className="radio">
                <input
                  type="radio"
                  id={`mode-${m.id}`}
                  name="mode"
                  value={m.id}
                  checked={mode === m.id}
                  onChange={() => setMode(m.id)}
                  aria-describedby={description ? `mode-${m.id}-hint` : undefined}
                />
                <label htmlFor={`mode-${m.id}`}>{text(m.title)}</label>
                {description ? (
                  <p id={`mode-${m.id}-hint`} className="field__hint">
                    {text(description)}
                  </p>
                ) : null}
              </div>
            );
          })}
          {errors.mode ? <p className="field__error">{errors.mode}</p> : null}
        </fieldset>
        <TextField
          label={t('fields.title')}
          name="title"
          maxLength={200}
          value={title}
          hint={t('start.titleHint')}
          onChange={(event) => setTitle(event.target.value)}
        />
        <p className="muted">
          <Link to={frameworkPath(frameworkId)}>
            {t('start.browseFramework', { name: framework ? text(framework.title) : frameworkId })}
          </Link>
        </p>
        <FormActions>
          <Button type="submit" variant="primary" busy={create.isPending} busyLabel={t('common:status.saving')}>
            {t('start.submit')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
