import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField, TextField } from '../../../components/field';
import { Form, FormError } from '../../../components/form';
import { SubmitOrCancel } from '../../../components/form-fields';
import { PageHeader } from '../../../components/page-header';
import { isApiError } from '../../../lib/api';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrors } from '../../../lib/errors';
import { useGroups } from '../../groups';
import type { UnitSummary } from '../../units';
import { UnitPicker } from '../../units';
import { useKindLabel } from '../../../lib/unit-labels';
import { useCreateRound, useRoundTemplates, type CreateRoundInput, type RoundTemplate } from '../api';
import { Alert } from '../../../components/alert';
import { useLocalized } from '../../../lib/localized';
import { VariablePicker } from '../components/variable-picker';
import { roundPath } from '../labels';
import { warsawDate, warsawToIso } from '../../../lib/time';

const FIELDS = ['name', 'period', 'deadline', 'variableCodes', 'unitCodes', 'groupId'] as const;
export const PERIOD_PATTERN = /^\d{4}(?:-(?:H[12]|Q[1-4]))?$/;

/** Opening a collection round: what (variables), for when (period), by when (deadline) and who (a group or units). */
export function RoundNewPage() {
  const { t } = useTranslation('dataCollection');
  const navigate = useNavigate();
  const announce = useAnnounce();
  const kindLabel = useKindLabel();
  const create = useCreateRound();
  const groups = useGroups({ pageSize: 100 });
  const [name, setName] = useState('');
  const [period, setPeriod] = useState(() => String(new Date().getFullYear() - 1));
  const [date, setDate] = useState(() => warsawDate(new Date(Date.now() + 30 * 86_400_000)));
  const [time, setTime] = useState('23:59');
  const [variableCodes, setVariableCodes] = useState<string[]>([]);
  const [participants, setParticipants] = useState<'group' | 'units'>('units');
  const [groupId, setGroupId] = useState('');
  const [units, setUnits] = useState<UnitSummary[]>([]);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const localized = useLocalized();
  const [params] = useSearchParams();
  const templates = useRoundTemplates();
  const template: RoundTemplate | undefined = templates.data?.items.find((x) => x.id === params.get('template'));
  const [applied, setApplied] = useState<string | null>(null);
  // A template fills the form once (name, variables and — when a group of its service area exists —
  // that group as participants), so the operator only checks it and opens the round.
  // Adjusting state while rendering (React's pattern for state derived from a changed input).
  if (template && applied !== template.id && !groups.isPending) {
    setApplied(template.id);
    setName(`${localized(template.names)} — ${period}`);
    setVariableCodes(template.variables.map((v) => v.code));
    const group = groups.data?.items.find((g) => g.serviceArea === template.area);
    if (group) {
      setParticipants('group');
      setGroupId(String(group.id));
    }
  }
  const serverErrors = useFieldErrors(create.error, FIELDS);
  const errors: Record<string, string | undefined> = { ...serverErrors, ...clientErrors };
  // Unknown variables or units come back as 404 with the codes in details; they belong to the fields.
  const missingCodes =
    isApiError(create.error) && (create.error.code === 'UNIT_NOT_FOUND' || create.error.code === 'VARIABLE_NOT_FOUND')
      ? (create.error.details as { codes?: string[] } | undefined)?.codes
      : undefined;

  function submit() {
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = t('common:validation.required');
    if (!PERIOD_PATTERN.test(period.trim().toUpperCase())) problems.period = t('newRound.periodInvalid');
    const deadline = warsawToIso(date, time);
    if (!deadline) problems.deadline = t('newRound.deadlineInvalid');
    if (variableCodes.length === 0) problems.variableCodes = t('newRound.variablesRequired');
    if (participants === 'group' && !groupId) problems.groupId = t('newRound.groupRequired');
    if (participants === 'units' && units.length === 0) problems.unitCodes = t('newRound.unitsRequired');
    setClientErrors(problems);
    if (Object.keys(problems).length > 0 || !deadline) {
      announce(t('common:form.fixErrors'));
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>('.round-form [aria-invalid="true"], .round-form .field--invalid input')
          ?.focus(),
      );
      return;
    }
    const input: CreateRoundInput = {
      name: name.trim(),
      period: period.trim().toUpperCase(),
      deadline,
      variableCodes,
      ...(participants === 'group' ? { groupId: Number(groupId) } : { unitCodes: units.map((u) => u.code) }),
    };
    create.mutate(input, {
      onSuccess: (round) => {
        announce(t('newRound.created', { name: round.name }));
        void navigate(roundPath(round.id));
      },
    });
  }

  return (
    <>
      <PageHeader
        before={<Breadcrumb items={[{ to: '/rounds', label: t('rounds.title') }, { label: t('newRound.title') }]} />}
        title={t('newRound.title')}
        description={<p>{t('newRound.intro')}</p>}
      />
      <Card>
        <Form onSubmit={submit} pending={create.isPending} aria-label={t('newRound.title')} className="round-form">
          <FormError error={create.error} handledFields={FIELDS} />
          {template ? (
            <Alert tone="info" title={t('templates.applied', { name: localized(template.names) })}>
              <p>{localized(template.instructions)}</p>
              {template.rules.length > 0 ? (
                <>
                  <p>{t('templates.rules')}</p>
                  <ul>
                    {template.rules.map((r) => (
                      <li key={r.code}>{localized(r.message)}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              <p className="muted">{t('templates.instructionsNote')}</p>
            </Alert>
          ) : null}
          {missingCodes?.length ? (
            <p className="field__error">{t('newRound.unknownCodes', { codes: missingCodes.join(', ') })}</p>
          ) : null}
          <TextField
            label={t('fields.name')}
            name="name"
            required
            maxLength={200}
            value={name}
            error={errors.name}
            hint={t('newRound.nameHint')}
            onChange={(event) => setName(event.target.value)}
          />
          <div className="form__row">
            <TextField
              label={t('fields.period')}
              name="period"
              required
              value={period}
              error={errors.period}
              hint={t('newRound.periodHint')}
              spellCheck={false}
              onChange={(event) => setPeriod(event.target.value)}
            />
            <TextField
              label={t('newRound.deadlineDate')}
              name="deadlineDate"
              type="date"
              required
              value={date}
              error={errors.deadline}
              hint={t('newRound.deadlineHint')}
              onChange={(event) => setDate(event.target.value)}
            />
            <TextField
              label={t('newRound.deadlineTime')}
              name="deadlineTime"
              type="time"
              required
              value={time}
              hint={t('newRound.timeHint')}
              onChange={(event) => setTime(event.target.value)}
            />
          </div>
          <VariablePicker value={variableCodes} onChange={setVariableCodes} error={errors.variableCodes} />
          <fieldset className="radio-group">
            <legend>{t('newRound.participants')}</legend>
            <div className="radio">
              <input
                type="radio"
                id="participants-units"
                name="participants"
                value="units"
                checked={participants === 'units'}
                onChange={() => setParticipants('units')}
              />
              <label htmlFor="participants-units">{t('newRound.byUnits')}</label>
            </div>
            <div className="radio">
              <input
                type="radio"
                id="participants-group"
                name="participants"
                value="group"
                checked={participants === 'group'}
                onChange={() => setParticipants('group')}
              />
              <label htmlFor="participants-group">{t('newRound.byGroup')}</label>
            </div>
          </fieldset>
          {participants === 'group' ? (
            <SelectField
              label={t('newRound.group')}
              name="groupId"
              required
              value={groupId}
              error={errors.groupId}
              placeholder={groups.isPending ? t('common:status.loading') : t('newRound.chooseGroup')}
              options={(groups.data?.items ?? []).map((g) => ({
                value: String(g.id),
                label: t('newRound.groupOption', { name: g.name, count: g.memberCount }),
              }))}
              onChange={(event) => setGroupId(event.target.value)}
            />
          ) : (
            <div className={['round-units', errors.unitCodes ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
              <h3 className="field__label">{t('newRound.chosenUnits', { count: units.length })}</h3>
              {units.length > 0 ? (
                <ul className="plain-list round-units__list">
                  {units.map((unit) => (
                    <li key={unit.code} className="picker-results__item">
                      <span>
                        {unit.name}{' '}
                        <span className="muted">
                          {unit.code} · {kindLabel(unit.kind)}
                        </span>
                      </span>
                      <Button
                        small
                        variant="danger"
                        aria-label={t('newRound.removeUnit', { name: unit.name })}
                        onClick={() => setUnits(units.filter((u) => u.code !== unit.code))}
                      >
                        {t('newRound.remove')}
                      </Button>
                    </li>
                  ))}
                </ul>
              ) : null}
              {errors.unitCodes ? <p className="field__error">{errors.unitCodes}</p> : null}
              <UnitPicker
                label={t('newRound.searchUnits')}
                actionLabel={t('newRound.addUnit')}
                excludeCodes={units.map((u) => u.code)}
                onPick={(unit) => {
                  setUnits((current) => [...current, unit]);
                  announce(t('newRound.unitAdded', { name: unit.name }));
                }}
              />
            </div>
          )}
          <SubmitOrCancel
            label={t('newRound.submit')}
            pending={create.isPending}
            onCancel={() => void navigate('/rounds')}
          />
        </Form>
      </Card>
    </>
  );
}
