import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { strategyPath, useEvaluations, useSaveEvaluation, useStrategy, type Evaluations } from '../api';
import { usePercent } from '../labels';

type Answer = 'yes' | 'partly' | 'no';

/** Self-evaluation of the monitoring system (WZS part 2): a yearly checklist and the coverage of the measures. */
export function EvaluationPage() {
  const { t } = useTranslation('strategy-monitoring');
  const id = Number(useParams().id);
  const strategy = useStrategy(id);
  const evaluations = useEvaluations(id);
  const percent = usePercent();
  if (strategy.isPending || evaluations.isPending) return <Loading />;
  if (strategy.isError) return <QueryError error={strategy.error} />;
  if (evaluations.isError) return <QueryError error={evaluations.error} />;
  const s = strategy.data;
  const e = evaluations.data;
  return (
    <>
      <PageHeader
        before={<Breadcrumb items={[{ label: s.name, to: strategyPath(s.id) }, { label: t('evaluation.title') }]} />}
        title={t('evaluation.title')}
        description={<p>{t('evaluation.intro')}</p>}
      />
      <Card title={t('evaluation.coverage')}>
        <ul>
          <li>{t('evaluation.measures', { count: e.current.measures })}</li>
          <li>{t('evaluation.withBaseline', { value: percent(e.current.withBaseline) })}</li>
          <li>{t('evaluation.withTarget', { value: percent(e.current.withTarget) })}</li>
          <li>{t('evaluation.withCurrentData', { value: percent(e.current.withCurrentData) })}</li>
        </ul>
      </Card>
      {e.years.length > 0 ? <HistoryCard e={e} /> : null}
      {s.canManage ? <ChecklistCard id={id} e={e} /> : null}
    </>
  );
}

function HistoryCard({ e }: { e: Evaluations }) {
  const { t, i18n } = useTranslation('strategy-monitoring');
  const lang = i18n.language === 'en' ? 'en' : 'pl';
  return (
    <Card title={t('evaluation.history')}>
      <Table caption={t('evaluation.history')} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.item')}</th>
            {e.years.map((y) => (
              <th scope="col" key={y.year}>
                {y.year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {e.items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item[lang]}</th>
              {e.years.map((y) => (
                <td key={y.year}>{y.answers[item.id] ? t(`answers.${y.answers[item.id]!.answer}`) : '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}

function ChecklistCard({ id, e }: { id: number; e: Evaluations }) {
  const { t, i18n } = useTranslation('strategy-monitoring');
  const lang = i18n.language === 'en' ? 'en' : 'pl';
  const announce = useAnnounce();
  const save = useSaveEvaluation(id);
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [answers, setAnswers] = useState<Record<string, Answer | ''>>({});
  return (
    <Card title={t('evaluation.record')}>
      <Form
        onSubmit={() =>
          save.mutate(
            {
              year: Number(year),
              answers: Object.fromEntries(
                Object.entries(answers)
                  .filter(([, v]) => v !== '')
                  .map(([k, v]) => [k, { answer: v as Answer }]),
              ),
            },
            { onSuccess: () => announce(t('evaluation.saved', { year })) },
          )
        }
        pending={save.isPending}
        aria-label={t('evaluation.record')}
      >
        <FormError error={save.error} />
        <TextField
          label={t('evaluation.year')}
          name="year"
          inputMode="numeric"
          value={year}
          onChange={(ev) => setYear(ev.target.value)}
        />
        {e.items.map((item) => (
          <SelectField
            key={item.id}
            label={item[lang]}
            value={answers[item.id] ?? ''}
            placeholder={t('evaluation.unanswered')}
            options={(['yes', 'partly', 'no'] as const).map((a) => ({ value: a, label: t(`answers.${a}`) }))}
            onChange={(ev) => setAnswers({ ...answers, [item.id]: ev.target.value as Answer | '' })}
          />
        ))}
        <FormActions>
          <Button type="submit" variant="primary" busy={save.isPending}>
            {t('evaluation.submit')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
