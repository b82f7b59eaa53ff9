import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Badge } from '../../../components/badge';
import { Button, ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { useAnnounce } from '../../../lib/announce';
import { useCurrentUser } from '../../../lib/session';
import { useInlineEditor } from '../../../lib/use-inline-editor';
import { canManageCatalogue } from '../../../lib/permissions';
import { indicatorBenchmarkPath } from '../../../lib/benchmarking-paths';
import { useServiceAreaLabel } from '../../../lib/group-labels';
import { useKindLabel } from '../../../lib/unit-labels';
import { useIndicator, useUpdateIndicator, type Indicator, type IndicatorInput } from '../api';
import { FormulaView } from '../components/formula-view';
import { IndicatorForm, indicatorToInput } from '../components/indicator-form';
import { IndicatorValues } from '../components/indicator-values';
import { PolarityLabel } from '../components/polarity';
import { QueryContent } from '../../../components/query-content';
import { useIndicatorTypeLabel, variablePath } from '../../../lib/indicator-labels';
import { useLocalized } from '../../../lib/localized';

export function IndicatorPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('indicators');
  const indicator = useIndicator(code);
  return (
    <QueryContent query={indicator} notFound={t('detail.notFound', { code })}>
      {(data) => <IndicatorDetail key={code} indicator={data} />}
    </QueryContent>
  );
}

function IndicatorDetail({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('indicators');
  const localized = useLocalized();
  const areaLabel = useServiceAreaLabel();
  const typeLabel = useIndicatorTypeLabel();
  const kindLabel = useKindLabel();
  const announce = useAnnounce();
  const me = useCurrentUser();
  const canEdit = canManageCatalogue(me);
  const update = useUpdateIndicator(indicator.code);
  const { editing, editButton, open: openEditor, close: closeEditor } = useInlineEditor(update.reset);
  const name = localized(indicator.names);
  const [params] = useSearchParams();
  const unitCode = params.get('unit');

  function save(input: IndicatorInput) {
    const { code: _code, ...patch } = input;
    update.mutate(patch, {
      onSuccess: () => {
        announce(t('detail.saved'));
        closeEditor();
      },
    });
  }

  return (
    <>
      <PageHeader
        before={<Breadcrumb items={[{ to: '/indicators', label: t('list.title') }, { label: name }]} />}
        title={name}
        description={
          <p>
            {areaLabel(indicator.area)} · {typeLabel(indicator.type)} · <span className="mono">{indicator.code}</span>
            {indicator.isShipped ? (
              <>
                {' '}
                <Badge tone="info">{t('detail.shipped')}</Badge>
              </>
            ) : null}
          </p>
        }
        actions={
          <div className="button-row">
            <ButtonLink variant="primary" to={indicatorBenchmarkPath(indicator.code, { unit: unitCode ?? undefined })}>
              {t('benchmarking:links.compareIndicator')}
            </ButtonLink>
            {canEdit && !editing ? (
              <Button ref={editButton} onClick={openEditor}>
                {t('detail.edit')}
              </Button>
            ) : null}
          </div>
        }
      />

      {editing ? (
        <Card title={t('detail.editTitle')}>
          <IndicatorForm
            editing
            initial={indicatorToInput(indicator)}
            pending={update.isPending}
            error={update.error}
            submitLabel={t('common:actions.save')}
            onSubmit={save}
            onCancel={closeEditor}
          />
        </Card>
      ) : (
        <div className="grid grid--2">
          <Card title={t('detail.definition')}>
            <p>{localized(indicator.definition)}</p>
            <h3>{t('detail.formula')}</h3>
            <FormulaView formula={indicator.formula} variables={indicator.variables} />
            <details className="subsection">
              <summary>{t('detail.formulaCode')}</summary>
              <pre className="formula-code">
                <code>{indicator.formula}</code>
              </pre>
            </details>
          </Card>
          <Card title={t('detail.about')}>
            <dl className="details">
              <div>
                <dt>{t('fields.unit')}</dt>
                <dd>{indicator.unit}</dd>
              </div>
              <div>
                <dt>{t('fields.polarity')}</dt>
                <dd>
                  <PolarityLabel polarity={indicator.polarity} />
                </dd>
              </div>
              <div>
                <dt>{t('fields.type')}</dt>
                <dd>
                  {typeLabel(indicator.type)}
                  <span className="muted"> — {t(`typeHints.${indicator.type}`, { defaultValue: '' })}</span>
                </dd>
              </div>
              <div>
                <dt>{t('fields.area')}</dt>
                <dd>{areaLabel(indicator.area)}</dd>
              </div>
              <div>
                <dt>{t('fields.unitKinds')}</dt>
                <dd>{indicator.unitKinds.map(kindLabel).join(', ')}</dd>
              </div>
              <div>
                <dt>{t('fields.decimals')}</dt>
                <dd>{indicator.decimals}</dd>
              </div>
              <div>
                <dt>{t('fields.source')}</dt>
                <dd>{localized(indicator.source)}</dd>
              </div>
            </dl>
          </Card>
        </div>
      )}

      <Card title={t('detail.variables', { count: indicator.variables.length })}>
        <ul className="plain-list link-stack">
          {indicator.variables.map((variable) => (
            <li key={variable.code}>
              <Link to={variablePath(variable.code)}>{localized(variable.names)}</Link>{' '}
              <span className="muted">
                (<span className="mono">{variable.code}</span>
                {variable.unit ? `, ${variable.unit}` : ''})
              </span>
            </li>
          ))}
        </ul>
      </Card>

      <Card title={t('values.title')}>
        <IndicatorValues indicator={indicator} />
      </Card>
    </>
  );
}
