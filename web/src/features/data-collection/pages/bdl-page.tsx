import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { isApiError } from '../../../lib/api';
import { useAnnounce } from '../../../lib/announce';
import { pathHandler, useFieldErrorsByPath } from '../../../lib/field-errors';
import { useFormat } from '../../../lib/format';
import { variablePath } from '../../../lib/indicator-labels';
import { useBdlImport, type BdlLevel } from '../api';
import { BdlSyncCard } from '../components/bdl-sync-card';

const FIELDS = ['variableId', 'years', 'level', 'targetVariable'] as const;
const LEVELS: BdlLevel[] = ['voivodeship', 'county', 'municipality'];
const MIN_YEAR = 1995;
const MAX_YEAR = 2100;
const MAX_YEARS = 40;

/** One variable from the GUS Local Data Bank API into the value store (operators). */
export function BdlPage() {
  const { t } = useTranslation('dataCollection');
  const format = useFormat();
  const announce = useAnnounce();
  const mutation = useBdlImport();
  const lastYear = new Date().getFullYear() - 1;
  const [variableId, setVariableId] = useState('');
  const [from, setFrom] = useState(String(lastYear - 4));
  const [to, setTo] = useState(String(lastYear));
  const [level, setLevel] = useState<BdlLevel>('municipality');
  const [target, setTarget] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = useFieldErrorsByPath(mutation.error, FIELDS);
  const errors: Record<string, string | undefined> = { ...serverErrors, ...clientErrors };

  function submit() {
    const problems: Record<string, string> = {};
    const id = Number(variableId.trim());
    if (!/^\d+$/.test(variableId.trim()) || id <= 0) problems.variableId = t('bdl.variableIdInvalid');
    const a = Number(from);
    const b = Number(to);
    const yearOk = (y: number) => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
    if (!yearOk(a)) problems.from = t('bdl.yearInvalid', { min: MIN_YEAR, max: MAX_YEAR });
    if (!yearOk(b)) problems.to = t('bdl.yearInvalid', { min: MIN_YEAR, max: MAX_YEAR });
    if (yearOk(a) && yearOk(b) && a > b) problems.to = t('bdl.yearOrder');
    if (yearOk(a) && yearOk(b) && b - a + 1 > MAX_YEARS) problems.to = t('bdl.tooManyYears', { max: MAX_YEARS });
    if (target.trim() && !/^[a-z_][a-z0-9_]*$/.test(target.trim())) problems.targetVariable = t('bdl.targetInvalid');
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) {
      announce(t('common:form.fixErrors'));
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.bdl-form [aria-invalid="true"]')?.focus());
      return;
    }
    const years = Array.from({ length: b - a + 1 }, (_, i) => a + i);
    mutation.mutate(
      { variableId: id, years, level, ...(target.trim() ? { targetVariable: target.trim() } : {}) },
      { onSuccess: (result) => announce(t('bdl.done', { count: result.values })) },
    );
  }

  const upstream = isApiError(mutation.error) && mutation.error.code === 'UPSTREAM_UNAVAILABLE';
  const notFound = isApiError(mutation.error) && mutation.error.status === 404;
  const result = mutation.data;

  return (
    <>
      <PageHeader
        before={<Breadcrumb items={[{ to: '/data/import', label: t('import.title') }, { label: t('bdl.title') }]} />}
        title={t('bdl.title')}
        description={<p>{t('bdl.intro')}</p>}
      />
      <BdlSyncCard />
      <Card title={t('bdl.single')}>
        <Form onSubmit={submit} pending={mutation.isPending} aria-label={t('bdl.title')} className="bdl-form">
          {upstream ? (
            <Alert tone="error" live focusOn={mutation.error} title={t('bdl.unreachableTitle')}>
              <p>{t('bdl.unreachable')}</p>
            </Alert>
          ) : notFound ? (
            <Alert tone="error" live focusOn={mutation.error} title={t('bdl.notFoundTitle')}>
              <p>{t('bdl.notFound', { id: variableId })}</p>
            </Alert>
          ) : (
            <FormError error={mutation.error} isHandled={pathHandler(FIELDS)} />
          )}
          <TextField
            label={t('bdl.variableId')}
            name="variableId"
            inputMode="numeric"
            required
            value={variableId}
            error={errors.variableId}
            hint={t('bdl.variableIdHint')}
            onChange={(event) => setVariableId(event.target.value)}
          />
          <div className="form__row">
            <TextField
              label={t('bdl.from')}
              name="from"
              type="number"
              min={MIN_YEAR}
              max={MAX_YEAR}
              required
              value={from}
              error={errors.from ?? errors.years}
              onChange={(event) => setFrom(event.target.value)}
            />
            <TextField
              label={t('bdl.to')}
              name="to"
              type="number"
              min={MIN_YEAR}
              max={MAX_YEAR}
              required
              value={to}
              error={errors.to}
              onChange={(event) => setTo(event.target.value)}
            />
            <SelectField
              label={t('bdl.level')}
              name="level"
              required
              value={level}
              error={errors.level}
              options={LEVELS.map((l) => ({ value: l, label: t(`bdl.levels.${l}`) }))}
              onChange={(event) => setLevel(event.target.value as BdlLevel)}
            />
          </div>
          <TextField
            label={t('bdl.target')}
            name="targetVariable"
            value={target}
            error={errors.targetVariable}
            hint={t('bdl.targetHint')}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => setTarget(event.target.value)}
          />
          <FormActions>
            <Button type="submit" variant="primary" busy={mutation.isPending} busyLabel={t('bdl.importing')}>
              {t('bdl.submit')}
            </Button>
          </FormActions>
          {mutation.isPending ? <p className="muted">{t('bdl.slow')}</p> : null}
        </Form>
      </Card>
      {result ? (
        <Alert tone="success" live title={t('bdl.resultTitle')}>
          <p>
            {t('bdl.result', {
              count: result.values,
              formatted: format.number(result.values),
              date: result.lastUpdate.slice(0, 10),
            })}{' '}
            <Link to={variablePath(result.variableCode)}>{t('bdl.toVariable', { code: result.variableCode })}</Link>
          </p>
          {result.unknownUnits.length > 0 ? (
            <p>
              {t('bdl.unknownUnits', {
                count: result.unknownUnits.length,
                codes: result.unknownUnits.slice(0, 20).join(', '),
              })}
            </p>
          ) : null}
        </Alert>
      ) : null}
    </>
  );
}
