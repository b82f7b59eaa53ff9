import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Card } from '../../../components/card';
import { SelectField, TextField } from '../../../components/field';
import { Form, FormError } from '../../../components/form';
import { SubmitOrCancel } from '../../../components/form-fields';
import { PageHeader } from '../../../components/page-header';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrors } from '../../../lib/errors';
import { useCurrentUser } from '../../../lib/session';
import { canRunAnyUnitSurveys, dataUnits } from '../../../lib/permissions';
import { warsawDate, warsawToIso } from '../../../lib/time';
import { UnitPicker } from '../../units';
import { useCreateWave, useTemplates, type CreateWaveInput } from '../api';
import { SURVEYS_PATH, useKindLabel, useTitle, wavePath } from '../labels';

const FIELDS = [
  'unitCode',
  'templateId',
  'title',
  'opensAt',
  'closesAt',
  'targetPopulation',
  'repeatEveryMonths',
  'minimumN',
] as const;

/** A whole number ≥ min from a text field, undefined when empty, NaN when not a number. */
function parseCount(text: string, min: number): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isInteger(value) && value >= min ? value : NaN;
}

/** Opening a survey wave: which unit, which template, from when to when (Polish time), and for whom. */
export function WaveNewPage() {
  const { t } = useTranslation('surveys');
  const navigate = useNavigate();
  const announce = useAnnounce();
  const title = useTitle();
  const kindLabel = useKindLabel();
  const me = useCurrentUser();
  const [params] = useSearchParams();
  const templates = useTemplates();
  const create = useCreateWave();
  const operator = canRunAnyUnitSurveys(me);
  const myUnits = dataUnits(me);
  const [unit, setUnit] = useState<{ code: string; name: string } | null>(() => {
    const code = params.get('unit');
    return (
      myUnits.find((u) => u.code === code) ?? (code ? { code, name: code } : myUnits.length === 1 ? myUnits[0]! : null)
    );
  });
  const [templateId, setTemplateId] = useState(params.get('template') ?? '');
  const [name, setName] = useState('');
  const [opensDate, setOpensDate] = useState(() => warsawDate(new Date()));
  const [opensTime, setOpensTime] = useState('00:00');
  const [closesDate, setClosesDate] = useState(() => warsawDate(new Date(Date.now() + 60 * 86_400_000)));
  const [closesTime, setClosesTime] = useState('23:59');
  const [population, setPopulation] = useState('');
  const [repeat, setRepeat] = useState('');
  const [minimumN, setMinimumN] = useState('5');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = useFieldErrors(create.error, FIELDS);
  const errors: Record<string, string | undefined> = { ...serverErrors, ...clientErrors };

  function submit() {
    const problems: Record<string, string> = {};
    const opensAt = warsawToIso(opensDate, opensTime);
    const closesAt = warsawToIso(closesDate, closesTime);
    if (!unit) problems.unitCode = t('newWave.unitRequired');
    if (!templateId) problems.templateId = t('newWave.templateRequired');
    if (!opensAt) problems.opensAt = t('newWave.dateInvalid');
    if (!closesAt) problems.closesAt = t('newWave.dateInvalid');
    else if (opensAt && new Date(closesAt) <= new Date(opensAt)) problems.closesAt = t('newWave.closesBeforeOpens');
    const targetPopulation = parseCount(population, 1);
    const repeatEveryMonths = parseCount(repeat, 1);
    // The server never publishes a figure resting on fewer than 5 answers.
    const minimum = parseCount(minimumN, 5);
    if (Number.isNaN(targetPopulation)) problems.targetPopulation = t('newWave.wholeNumber', { min: 1 });
    if (Number.isNaN(repeatEveryMonths) || (repeatEveryMonths ?? 0) > 36)
      problems.repeatEveryMonths = t('newWave.repeatInvalid');
    if (Number.isNaN(minimum) || (minimum ?? 5) > 1000) problems.minimumN = t('newWave.minimumNInvalid');
    setClientErrors(problems);
    if (Object.keys(problems).length > 0 || !unit || !opensAt || !closesAt) {
      announce(t('common:form.fixErrors'));
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.wave-form [aria-invalid="true"]')?.focus());
      return;
    }
    const input: CreateWaveInput = {
      unitCode: unit.code,
      templateId,
      opensAt,
      closesAt,
      ...(name.trim() ? { title: name.trim() } : {}),
      ...(targetPopulation !== undefined ? { targetPopulation } : {}),
      ...(repeatEveryMonths !== undefined ? { repeatEveryMonths } : {}),
      ...(minimum !== undefined ? { minimumN: minimum } : {}),
    };
    create.mutate(input, {
      onSuccess: (wave) => {
        announce(t('newWave.created'));
        void navigate(wavePath(wave.id));
      },
    });
  }

  return (
    <>
      <PageHeader
        before={<Breadcrumb items={[{ to: SURVEYS_PATH, label: t('list.title') }, { label: t('newWave.title') }]} />}
        title={t('newWave.title')}
        description={<p>{t('newWave.intro')}</p>}
      />
      <Card>
        <Form onSubmit={submit} pending={create.isPending} aria-label={t('newWave.title')} className="wave-form">
          <FormError error={create.error} handledFields={FIELDS} />
          {operator || myUnits.length !== 1 ? (
            <div className={errors.unitCode ? 'field--invalid' : undefined}>
              {myUnits.length > 0 && !operator ? (
                <SelectField
                  label={t('fields.unit')}
                  name="unitCode"
                  required
                  value={unit?.code ?? ''}
                  error={errors.unitCode}
                  placeholder={t('newWave.chooseUnit')}
                  options={myUnits.map((u) => ({ value: u.code, label: u.name }))}
                  onChange={(event) => setUnit(myUnits.find((u) => u.code === event.target.value) ?? null)}
                />
              ) : (
                <>
                  <p className="field__label">
                    {t('fields.unit')}:{' '}
                    {unit ? (
                      <strong>
                        {unit.name} ({unit.code})
                      </strong>
                    ) : (
                      <span className="muted">{t('newWave.noUnit')}</span>
                    )}
                  </p>
                  {errors.unitCode ? <p className="field__error">{errors.unitCode}</p> : null}
                  <UnitPicker
                    label={t('newWave.searchUnit')}
                    actionLabel={t('newWave.pickUnit')}
                    onPick={(picked) => {
                      setUnit({ code: picked.code, name: picked.name });
                      announce(t('newWave.unitPicked', { name: picked.name }));
                    }}
                  />
                </>
              )}
            </div>
          ) : (
            <p>
              {t('fields.unit')}: <strong>{unit?.name}</strong>
            </p>
          )}
          <SelectField
            label={t('fields.template')}
            name="templateId"
            required
            value={templateId}
            error={errors.templateId}
            placeholder={templates.isPending ? t('common:status.loading') : t('newWave.chooseTemplate')}
            options={(templates.data?.items ?? []).map((item) => ({
              value: item.id,
              label: `${title(item.titles)} (${kindLabel(item.kind)}, v${item.version})`,
            }))}
            onChange={(event) => setTemplateId(event.target.value)}
          />
          <TextField
            label={t('fields.title')}
            name="title"
            maxLength={200}
            value={name}
            error={errors.title}
            hint={t('newWave.titleHint')}
            onChange={(event) => setName(event.target.value)}
          />
          <div className="form__row">
            <TextField
              label={t('newWave.opensDate')}
              name="opensDate"
              type="date"
              required
              value={opensDate}
              error={errors.opensAt}
              onChange={(event) => setOpensDate(event.target.value)}
            />
            <TextField
              label={t('newWave.opensTime')}
              name="opensTime"
              type="time"
              required
              value={opensTime}
              hint={t('newWave.timeHint')}
              onChange={(event) => setOpensTime(event.target.value)}
            />
          </div>
          <div className="form__row">
            <TextField
              label={t('newWave.closesDate')}
              name="closesDate"
              type="date"
              required
              value={closesDate}
              error={errors.closesAt}
              onChange={(event) => setClosesDate(event.target.value)}
            />
            <TextField
              label={t('newWave.closesTime')}
              name="closesTime"
              type="time"
              required
              value={closesTime}
              hint={t('newWave.timeHint')}
              onChange={(event) => setClosesTime(event.target.value)}
            />
          </div>
          <div className="form__row">
            <TextField
              label={t('fields.targetPopulation')}
              name="targetPopulation"
              inputMode="numeric"
              value={population}
              error={errors.targetPopulation}
              hint={t('newWave.populationHint')}
              onChange={(event) => setPopulation(event.target.value)}
            />
            <TextField
              label={t('fields.repeatEveryMonths')}
              name="repeatEveryMonths"
              inputMode="numeric"
              value={repeat}
              error={errors.repeatEveryMonths}
              hint={t('newWave.repeatHint')}
              onChange={(event) => setRepeat(event.target.value)}
            />
            <TextField
              label={t('fields.minimumN')}
              name="minimumN"
              inputMode="numeric"
              value={minimumN}
              error={errors.minimumN}
              hint={t('newWave.minimumNHint')}
              onChange={(event) => setMinimumN(event.target.value)}
            />
          </div>
          <SubmitOrCancel
            label={t('newWave.submit')}
            pending={create.isPending}
            onCancel={() => void navigate(SURVEYS_PATH)}
          />
        </Form>
      </Card>
    </>
  );
}
