import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { QueryContent } from '../../../components/query-content';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button, ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { ForbiddenContent } from '../../../components/not-found';
import { PageHeader } from '../../../components/page-header';
import { useAnnounce } from '../../../lib/announce';
import { pathHandler, useFieldErrorsByPath } from '../../../lib/field-errors';
import { useCurrentUser } from '../../../lib/session';
import { dataUnits } from '../../../lib/permissions';
import { SERVICE_AREAS } from '../../groups';
import {
  practicePath,
  practicesPath,
  useCreatePractice,
  usePractice,
  useUpdatePractice,
  type CreateBody,
  type Practice,
} from '../api';

interface Draft {
  unitCode: string;
  title: string;
  serviceArea: string;
  unitKinds: string;
  problem: string;
  solution: string;
  steps: string;
  duration: string;
  people: string;
  costPln: string;
  results: string;
  lessons: string;
  transferability: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  tags: string;
  year: string;
  indicators: { code: string; startPeriod: string; peers: string | null }[];
}

function draftOf(p: Practice | null, unitCode: string): Draft {
  const c = p?.content;
  return {
    unitCode: p?.units[0]?.code ?? unitCode,
    title: c?.title ?? '',
    serviceArea: c?.serviceArea ?? '',
    unitKinds: c?.unitKinds.join(', ') ?? '',
    problem: c?.problem ?? '',
    solution: c?.solution ?? '',
    steps: c?.implementation.steps ?? '',
    duration: c?.implementation.duration ?? '',
    people: c?.implementation.people ?? '',
    costPln: c?.costPln ?? '',
    results: c?.results ?? '',
    lessons: c?.lessons ?? '',
    transferability: c?.transferability ?? '',
    contactName: c?.contact?.name ?? '',
    contactEmail: c?.contact?.email ?? '',
    contactPhone: c?.contact?.phone ?? '',
    tags: c?.tags.join(', ') ?? '',
    year: c?.year ? String(c.year) : '',
    indicators: (c?.indicators ?? []).map((i) => ({
      code: i.code,
      startPeriod: i.startPeriod,
      peers: i.peers ?? null,
    })),
  };
}

const list = (s: string) =>
  s
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

function contentOf(d: Draft) {
  return {
    title: d.title.trim(),
    serviceArea: d.serviceArea as CreateBody['serviceArea'],
    unitKinds: list(d.unitKinds),
    problem: d.problem,
    solution: d.solution,
    implementation: { steps: orNull(d.steps), duration: orNull(d.duration), people: orNull(d.people) },
    costPln: orNull(d.costPln.replace(/\s/g, '').replace(',', '.')),
    results: orNull(d.results),
    lessons: orNull(d.lessons),
    transferability: orNull(d.transferability),
    contact: d.contactName.trim()
      ? { name: d.contactName.trim(), email: orNull(d.contactEmail), phone: orNull(d.contactPhone) }
      : null,
    tags: list(d.tags),
    year: d.year.trim() ? Number(d.year) : null,
    indicators: d.indicators
      .filter((i) => i.code.trim())
      .map((i) => ({ code: i.code.trim(), startPeriod: i.startPeriod.trim(), peers: i.peers })),
  };
}

const PATHS = [
  'unitCode',
  'title',
  'serviceArea',
  'unitKinds',
  'problem',
  'solution',
  'implementation.steps',
  'implementation.duration',
  'implementation.people',
  'costPln',
  'results',
  'lessons',
  'transferability',
  'contact.name',
  'contact.email',
  'contact.phone',
  'tags',
  'year',
  'indicators',
] as const;

export function NewPracticePage() {
  const { t } = useTranslation('good-practices');
  const me = useCurrentUser();
  const units = dataUnits(me);
  if (units.length === 0) return <ForbiddenContent />;
  return <PracticeForm practice={null} units={units} title={t('form.newTitle')} />;
}

export function EditPracticePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('good-practices');
  const me = useCurrentUser();
  const practice = usePractice(Number(id));
  return (
    <QueryContent query={practice} notFound={t('detail.notFound')}>
      {(data) =>
        data.permissions.edit ? (
          <PracticeForm practice={data} units={dataUnits(me)} title={t('form.editTitle', { title: data.title })} />
        ) : (
          <ForbiddenContent />
        )
      }
    </QueryContent>
  );
}

function PracticeForm({
  practice,
  units,
  title,
}: {
  practice: Practice | null;
  units: { code: string; name: string }[];
  title: string;
}) {
  const { t } = useTranslation('good-practices');
  const navigate = useNavigate();
  const announce = useAnnounce();
  const create = useCreatePractice();
  const update = useUpdatePractice(practice?.id ?? 0);
  const mutation = practice ? update : create;
  const [d, setD] = useState<Draft>(() => draftOf(practice, units[0]?.code ?? ''));
  const errors = useFieldErrorsByPath(mutation.error, PATHS);
  const set =
    (key: keyof Omit<Draft, 'indicators'>) =>
    (e: { target: { value: string } }): void =>
      setD((prev) => ({ ...prev, [key]: e.target.value }));
  const setIndicator = (index: number, key: 'code' | 'startPeriod', value: string) =>
    setD((prev) => ({
      ...prev,
      indicators: prev.indicators.map((i, n) => (n === index ? { ...i, [key]: value } : i)),
    }));

  function submit() {
    const content = contentOf(d);
    const done = (saved: Practice) => {
      announce(t('form.saved'));
      void navigate(practicePath(saved.id));
    };
    if (practice) update.mutate(content, { onSuccess: done });
    else
      create.mutate(
        { ...content, unitCode: d.unitCode, otherUnitCodes: [], source: { kind: 'free' } },
        { onSuccess: done },
      );
  }

  return (
    <>
      <PageHeader
        title={title}
        before={
          <Breadcrumb
            items={[
              { label: t('list.title'), to: practicesPath },
              ...(practice ? [{ label: practice.title, to: practicePath(practice.id) }] : []),
              { label: practice ? t('detail.edit') : t('list.new') },
            ]}
          />
        }
        description={practice?.status === 'published' ? t('form.newVersionHint') : t('form.hint')}
      />
      <Form onSubmit={submit} pending={mutation.isPending} aria-label={title}>
        <FormError error={mutation.error} isHandled={pathHandler(PATHS)} />
        <Card title={t('form.basics')}>
          {!practice && units.length > 1 ? (
            <SelectField
              label={t('form.unit')}
              required
              value={d.unitCode}
              onChange={set('unitCode')}
              options={units.map((u) => ({ value: u.code, label: u.name }))}
              error={errors.unitCode}
            />
          ) : null}
          <TextField label={t('field.title')} required value={d.title} onChange={set('title')} error={errors.title} />
          <SelectField
            label={t('field.serviceArea')}
            required
            value={d.serviceArea}
            onChange={set('serviceArea')}
            placeholder={t('form.choose')}
            options={SERVICE_AREAS.map((a) => ({ value: a, label: t(`groups:serviceAreas.${a}`) }))}
            error={errors.serviceArea}
          />
          <TextField
            label={t('field.unitKinds')}
            hint={t('form.commaHint')}
            value={d.unitKinds}
            onChange={set('unitKinds')}
            error={errors.unitKinds}
          />
          <TextField
            label={t('field.year')}
            inputMode="numeric"
            value={d.year}
            onChange={set('year')}
            error={errors.year}
          />
          <TextField
            label={t('field.tags')}
            hint={t('form.commaHint')}
            value={d.tags}
            onChange={set('tags')}
            error={errors.tags}
          />
        </Card>
        <Card title={t('detail.description')}>
          <p className="muted">{t('form.markdownHint')}</p>
          <TextAreaField
            label={t('field.problem')}
            required
            value={d.problem}
            onChange={set('problem')}
            error={errors.problem}
          />
          <TextAreaField
            label={t('field.solution')}
            required
            value={d.solution}
            onChange={set('solution')}
            error={errors.solution}
          />
          <TextAreaField
            label={t('field.steps')}
            value={d.steps}
            onChange={set('steps')}
            error={errors['implementation.steps']}
          />
          <TextField
            label={t('field.duration')}
            value={d.duration}
            onChange={set('duration')}
            error={errors['implementation.duration']}
          />
          <TextField
            label={t('field.people')}
            value={d.people}
            onChange={set('people')}
            error={errors['implementation.people']}
          />
          <TextField
            label={t('field.costPln')}
            hint={t('form.costHint')}
            inputMode="decimal"
            value={d.costPln}
            onChange={set('costPln')}
            error={errors.costPln}
          />
          <TextAreaField
            label={t('field.results')}
            value={d.results}
            onChange={set('results')}
            error={errors.results}
          />
          <TextAreaField
            label={t('field.lessons')}
            hint={t('form.lessonsHint')}
            value={d.lessons}
            onChange={set('lessons')}
            error={errors.lessons}
          />
          <TextAreaField
            label={t('field.transferability')}
            value={d.transferability}
            onChange={set('transferability')}
            error={errors.transferability}
          />
        </Card>
        <Card title={t('form.indicators')}>
          <p className="muted">{t('form.indicatorsHint')}</p>
          {errors.indicators ? <p className="field__error">{errors.indicators}</p> : null}
          {d.indicators.map((i, n) => (
            <fieldset key={n} className="practice-indicator">
              <legend>{t('form.indicatorN', { n: n + 1 })}</legend>
              <TextField
                label={t('form.indicatorCode')}
                value={i.code}
                onChange={(e) => setIndicator(n, 'code', e.target.value)}
              />
              <TextField
                label={t('form.startPeriod')}
                inputMode="numeric"
                value={i.startPeriod}
                onChange={(e) => setIndicator(n, 'startPeriod', e.target.value)}
              />
              <Button
                variant="ghost"
                small
                onClick={() => setD((prev) => ({ ...prev, indicators: prev.indicators.filter((_, k) => k !== n) }))}
              >
                {t('form.removeIndicator')}
              </Button>
            </fieldset>
          ))}
          <Button
            small
            onClick={() =>
              setD((prev) => ({
                ...prev,
                indicators: [...prev.indicators, { code: '', startPeriod: prev.year, peers: null }],
              }))
            }
          >
            {t('form.addIndicator')}
          </Button>
        </Card>
        <Card title={t('field.contact')}>
          <TextField
            label={t('form.contactName')}
            value={d.contactName}
            onChange={set('contactName')}
            error={errors['contact.name']}
          />
          <TextField
            label={t('form.contactEmail')}
            type="email"
            value={d.contactEmail}
            onChange={set('contactEmail')}
            error={errors['contact.email']}
          />
          <TextField
            label={t('form.contactPhone')}
            type="tel"
            value={d.contactPhone}
            onChange={set('contactPhone')}
            error={errors['contact.phone']}
          />
        </Card>
        <FormActions>
          <Button type="submit" variant="primary">
            {t('form.save')}
          </Button>
          <ButtonLink to={practice ? practicePath(practice.id) : practicesPath}>{t('form.cancel')}</ButtonLink>
        </FormActions>
      </Form>
    </>
  );
}
