import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/alert';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextAreaField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { useFormat } from '../../../lib/format';
import { competitionPath, editionPath, useCreateEdition, type EditionBody } from '../api';

/**
 * What a new edition starts with, in both of its languages: content of the edition (the operator
 * edits it), not text of this page, so it is not in the locale files.
 */
const NEW_EDITION_DEFAULTS = {
  category: { pl: 'Gminy', en: 'Municipalities' },
  descriptionField: { pl: 'Opis rozwiązania', en: 'Description of the solution' },
} as const;

type CriterionRow = { pl: string; en: string; weight: string };

/** A stable id from a Polish name ("Partycypacja społeczna" → "partycypacja-spoleczna"); the server checks the shape. */
export function toSlug(text: string, fallback: string): string {
  const slug = text
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** Unique ids for the criteria: a repeated name gets its position appended. */
function criterionIds(rows: readonly CriterionRow[]): string[] {
  const seen = new Set<string>();
  return rows.map((r, i) => {
    let id = toSlug(r.pl, `kryterium-${i + 1}`);
    if (seen.has(id)) id = `${id.slice(0, 55)}-${i + 1}`;
    seen.add(id);
    return id;
  });
}

const toIso = (local: string) => (local ? new Date(local).toISOString() : '');

/**
 * The operator sets up an edition: theme, timeline, rules, one category, the weighted criteria (the
 * sum is shown as it is typed; the server refuses anything but 100 and names the field), the
 * eligibility rules and an optional required attachment. The application form starts with one
 * required description; further categories and fields go through the API (PATCH) for now.
 */
export function NewEditionPage() {
  const { t } = useTranslation('competition');
  const navigate = useNavigate();
  const format = useFormat();
  const create = useCreateEdition();
  const year = new Date().getFullYear();
  const [name, setName] = useState('');
  const [theme, setTheme] = useState('');
  const [editionYear, setEditionYear] = useState(String(year));
  const [rules, setRules] = useState('');
  const [opens, setOpens] = useState('');
  const [closes, setCloses] = useState('');
  const [category, setCategory] = useState<{ pl: string; en: string }>({ ...NEW_EDITION_DEFAULTS.category });
  const [criteria, setCriteria] = useState<CriterionRow[]>([{ pl: '', en: '', weight: '' }]);
  const [k, setK] = useState('3');
  const [spread, setSpread] = useState('3');
  const [minMonths, setMinMonths] = useState('6');
  const [attachment, setAttachment] = useState({ pl: '', en: '' });
  const [weightsWrong, setWeightsWrong] = useState(false);
  const weights = criteria.reduce((sum, c) => sum + (Number(c.weight.replace(',', '.')) || 0), 0);

  const setRow = (i: number, patch: Partial<CriterionRow>) =>
    setCriteria((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  function submit() {
    // Said here in Polish before the round trip; the server refuses the same (400 naming `criteria`).
    if (Math.abs(weights - 100) > 1e-9) {
      setWeightsWrong(true);
      return;
    }
    setWeightsWrong(false);
    const ids = criterionIds(criteria);
    const body: EditionBody = {
      name,
      theme,
      year: Number(editionYear),
      rules: rules.trim() || null,
      categories: [{ id: toSlug(category.pl, 'kategoria'), names: category, unitKinds: [] }],
      criteria: criteria.map((c, i) => ({
        id: ids[i]!,
        names: { pl: c.pl, en: c.en || c.pl },
        weight: Number(c.weight.replace(',', '.')),
      })),
      formFields: [
        {
          id: 'opis',
          labels: { ...NEW_EDITION_DEFAULTS.descriptionField },
          type: 'textarea',
          required: true,
        },
      ],
      eligibility: {
        unitKinds: [],
        minMonthsInOperation: Number(minMonths) || 0,
        requiredAttachments: attachment.pl.trim()
          ? [
              {
                id: toSlug(attachment.pl, 'zalacznik'),
                labels: { pl: attachment.pl, en: attachment.en || attachment.pl },
              },
            ]
          : [],
      },
      timeline: { callOpensAt: toIso(opens), applicationsCloseAt: toIso(closes) },
      jurorsPerApplication: Number(k),
      spreadThreshold: Number(spread.replace(',', '.')),
    };
    create.mutate(body, { onSuccess: (created) => void navigate(editionPath(created.id)) });
  }

  return (
    <>
      <PageHeader
        title={t('setup.title')}
        before={<Breadcrumb items={[{ label: t('list.title'), to: competitionPath }, { label: t('setup.title') }]} />}
        description={t('setup.description')}
      />
      <Form aria-label={t('setup.title')} pending={create.isPending} onSubmit={submit}>
        <Card title={t('setup.basics')}>
          <TextField label={t('field.name')} required value={name} onChange={(ev) => setName(ev.target.value)} />
          <TextField label={t('field.theme')} required value={theme} onChange={(ev) => setTheme(ev.target.value)} />
          <TextField
            label={t('field.year')}
            type="number"
            min={2000}
            max={2100}
            required
            value={editionYear}
            onChange={(ev) => setEditionYear(ev.target.value)}
          />
          <TextAreaField label={t('edition.rules')} value={rules} onChange={(ev) => setRules(ev.target.value)} />
          <TextField
            label={t('edition.callOpens')}
            type="datetime-local"
            required
            value={opens}
            onChange={(ev) => setOpens(ev.target.value)}
          />
          <TextField
            label={t('edition.applicationsClose')}
            type="datetime-local"
            required
            value={closes}
            onChange={(ev) => setCloses(ev.target.value)}
          />
        </Card>
        <Card title={t('edition.categories')}>
          <NamePair
            labels={{ pl: t('setup.categoryPl'), en: t('setup.categoryEn') }}
            value={category}
            onChange={setCategory}
            enRequired
          />
        </Card>
        <Card title={t('edition.criteria')}>
          <p>{t('setup.criteriaHint')}</p>
          {criteria.map((c, i) => (
            <fieldset key={i}>
              <legend>{t('setup.criterionN', { n: i + 1 })}</legend>
              <NamePair
                labels={{ pl: t('setup.criterionPl', { n: i + 1 }), en: t('setup.criterionEn', { n: i + 1 }) }}
                value={c}
                onChange={(names) => setRow(i, names)}
              />
              <TextField
                label={t('setup.criterionWeight', { n: i + 1 })}
                inputMode="decimal"
                required
                value={c.weight}
                onChange={(ev) => setRow(i, { weight: ev.target.value })}
              />
              {criteria.length > 1 ? (
                <Button type="button" onClick={() => setCriteria((rows) => rows.filter((_, j) => j !== i))}>
                  {t('setup.removeCriterion', { n: i + 1 })}
                </Button>
              ) : null}
            </fieldset>
          ))}
          <p role="status">{t('setup.weightSum', { sum: format.number(weights) })}</p>
          <Button type="button" onClick={() => setCriteria((rows) => [...rows, { pl: '', en: '', weight: '' }])}>
            {t('setup.addCriterion')}
          </Button>
        </Card>
        <Card title={t('setup.rulesTitle')}>
          <TextField
            label={t('edition.jurorsPerApplication')}
            type="number"
            min={1}
            max={10}
            required
            value={k}
            onChange={(ev) => setK(ev.target.value)}
          />
          <TextField
            label={t('setup.spread')}
            inputMode="decimal"
            required
            value={spread}
            onChange={(ev) => setSpread(ev.target.value)}
          />
          <TextField
            label={t('setup.minMonths')}
            type="number"
            min={0}
            max={600}
            value={minMonths}
            onChange={(ev) => setMinMonths(ev.target.value)}
          />
          <NamePair
            labels={{ pl: t('setup.attachmentPl'), en: t('setup.attachmentEn') }}
            hint={t('setup.attachmentHint')}
            value={attachment}
            onChange={setAttachment}
            plRequired={false}
          />
        </Card>
        {weightsWrong ? (
          <Alert tone="error" live>
            {t('setup.weightsWrong', { sum: format.number(weights) })}
          </Alert>
        ) : null}
        <FormError error={create.error} />
        <FormActions>
          <Button type="submit" variant="primary">
            {t('setup.create')}
          </Button>
        </FormActions>
      </Form>
    </>
  );
}

/** A name in Polish and in English: two fields, the Polish one required unless said otherwise. */
function NamePair({
  labels,
  value,
  onChange,
  hint,
  plRequired = true,
  enRequired = false,
}: {
  labels: { pl: string; en: string };
  value: { pl: string; en: string };
  onChange: (value: { pl: string; en: string }) => void;
  hint?: string;
  plRequired?: boolean;
  enRequired?: boolean;
}) {
  return (
    <>
      {(['pl', 'en'] as const).map((lang) => (
        <TextField
          key={lang}
          label={labels[lang]}
          hint={lang === 'pl' ? hint : undefined}
          required={lang === 'pl' ? plRequired : enRequired}
          value={value[lang]}
          onChange={(ev) => onChange({ pl: value.pl, en: value.en, [lang]: ev.target.value })}
        />
      ))}
    </>
  );
}
