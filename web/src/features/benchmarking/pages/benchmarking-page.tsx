import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField } from '../../../components/field';
import { Form, FormActions } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { useFormat } from '../../../lib/format';
import { useAllIndicators } from '../../indicators';
import { useLocalized } from '../../../lib/localized';
import { UnitPicker } from '../../units';
import { benchmarkingUnitPath, indicatorBenchmarkPath } from '../labels';

/** The entry to comparisons: a unit's dashboard, one indicator across units, DEA and composite indices. */
export function BenchmarkingPage() {
  const { t } = useTranslation('benchmarking');
  const navigate = useNavigate();
  const format = useFormat();
  const localized = useLocalized();
  const catalogue = useAllIndicators();
  const [indicator, setIndicator] = useState('');
  const options = (catalogue.data ?? [])
    .map((i) => ({ value: i.code, label: localized(i.names) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));

  return (
    <>
      <PageHeader title={t('index.title')} description={<p className="lead">{t('index.lead')}</p>} />
      <div className="grid grid--2">
        <Card title={t('index.unitTitle')}>
          <p>{t('index.unitText')}</p>
          <UnitPicker
            label={t('index.pickUnit')}
            actionLabel={t('index.compare')}
            onPick={(unit) => void navigate(benchmarkingUnitPath(unit.code))}
          />
        </Card>
        <Card title={t('index.indicatorTitle')}>
          <p>{t('index.indicatorText')}</p>
          <Form
            onSubmit={() => indicator && void navigate(indicatorBenchmarkPath(indicator))}
            aria-label={t('index.indicatorTitle')}
          >
            <SelectField
              label={t('index.pickIndicator')}
              name="indicator"
              value={indicator}
              placeholder={catalogue.isPending ? t('common:status.loading') : t('builder.choose')}
              options={options}
              onChange={(event) => setIndicator(event.target.value)}
            />
            <FormActions>
              <Button type="submit" disabled={!indicator}>
                {t('index.showIndicator')}
              </Button>
            </FormActions>
          </Form>
        </Card>
        <Card title={t('dea.title')}>
          <p>{t('index.deaText')}</p>
          <ButtonLink to="/benchmarking/dea">{t('index.openDea')}</ButtonLink>
        </Card>
        <Card title={t('composite.title')}>
          <p>{t('index.compositeText')}</p>
          <ButtonLink to="/benchmarking/composite">{t('index.openComposite')}</ButtonLink>
        </Card>
      </div>
    </>
  );
}
