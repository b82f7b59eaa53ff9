import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Loading, QueryError } from '../../../components/async-state';
import { Button } from '../../../components/button';
import { SelectField, TextField } from '../../../components/field';
import { NotFoundContent } from '../../../components/not-found';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { isApiError } from '../../../lib/api';
import { useFormat } from '../../../lib/format';
import { useVariableNames } from '../../indicators';
import { useLocalized } from '../../../lib/localized';
import { variablePath } from '../../../lib/indicator-labels';
import { unitPath } from '../../../lib/unit-labels';
import { useValueHistory } from '../api';
import { useProvenanceText } from '../labels';

/** Who changed which value of a unit, when, from what source (newest first). */
export function ValueHistoryPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('dataCollection');
  const format = useFormat();
  const localized = useLocalized();
  const provenanceText = useProvenanceText();
  const { name: variableName, byCode } = useVariableNames();
  const [params, setParams] = useSearchParams();
  const variable = params.get('variable') ?? '';
  const period = params.get('period') ?? '';
  const [periodText, setPeriodText] = useState(period);
  const history = useValueHistory(code, { variable: variable || undefined, period: period || undefined });

  if (history.isError && isApiError(history.error) && history.error.code === 'UNIT_NOT_FOUND')
    return <NotFoundContent message={t('valueHistory.unitNotFound', { code })} />;

  const unitName = history.data?.unit.name ?? code;
  const number = (x: number | null) => (x === null ? '—' : format.number(x, { maximumFractionDigits: 6 }));
  const variableOptions = [...byCode.values()]
    .map((v) => ({ value: v.code, label: localized(v.names) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));

  function update(changes: Record<string, string>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  }

  return (
    <>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { to: '/units', label: t('units:browser.title') },
              { to: unitPath(code), label: unitName },
              { label: t('valueHistory.title') },
            ]}
          />
        }
        title={t('valueHistory.heading', { name: unitName })}
        documentTitle={`${t('valueHistory.title')}: ${unitName}`}
        description={<p>{t('valueHistory.intro')}</p>}
      />
      <div className="filters">
        <form
          className="filters__form"
          aria-label={t('valueHistory.filters')}
          onSubmit={(event) => {
            event.preventDefault();
            update({ period: periodText.trim().toUpperCase() });
          }}
        >
          <SelectField
            label={t('import.variable')}
            value={variable}
            placeholder={t('valueHistory.allVariables')}
            options={variableOptions}
            onChange={(event) => update({ variable: event.target.value })}
          />
          <TextField
            label={t('fields.period')}
            value={periodText}
            hint={t('valueHistory.periodHint')}
            onChange={(event) => setPeriodText(event.target.value)}
          />
          <div className="filters__actions">
            <Button type="submit" variant="primary">
              {t('common:actions.filter')}
            </Button>
          </div>
        </form>
      </div>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <QueryError error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <Table caption={t('valueHistory.caption', { count: history.data.items.length, name: unitName })}>
          <thead>
            <tr>
              <th scope="col">{t('import.variable')}</th>
              <th scope="col">{t('fields.period')}</th>
              <th scope="col" className="numeric">
                {t('valueHistory.value')}
              </th>
              <th scope="col" className="numeric">
                {t('valueHistory.previous')}
              </th>
              <th scope="col">{t('valueHistory.who')}</th>
              <th scope="col">{t('valueHistory.when')}</th>
              <th scope="col">{t('provenance.title')}</th>
              <th scope="col">{t('history.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.items.length === 0 ? (
              <EmptyRow colSpan={8}>{t('valueHistory.empty')}</EmptyRow>
            ) : (
              history.data.items.map((item, index) => (
                <tr key={index}>
                  <th scope="row">
                    <Link to={variablePath(item.variableCode)}>{variableName(item.variableCode)}</Link>
                  </th>
                  <td>{item.period}</td>
                  <td className="numeric">
                    {item.value === null ? (
                      <span className="muted">{t('valueHistory.deleted')}</span>
                    ) : (
                      number(item.value)
                    )}
                  </td>
                  <td className="numeric">{number(item.previousValue)}</td>
                  <td>{item.changedBy?.email ?? <span className="muted">{t('history.system')}</span>}</td>
                  <td>
                    <time dateTime={item.changedAt}>{format.dateTime(item.changedAt)}</time>
                  </td>
                  <td>{provenanceText(item.provenance)}</td>
                  <td className="prewrap">{item.comment ?? <span className="muted">—</span>}</td>
                </tr>
              ))
            )}
          </tbody>
        </Table>
      )}
    </>
  );
}
