import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Button, ButtonLink } from '../../../components/button';
import { SelectField, TextField } from '../../../components/field';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { oneOf, useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { canManageCatalogue } from '../../../lib/permissions';
import { SERVICE_AREAS } from '../../groups';
import { useServiceAreaLabel } from '../../../lib/group-labels';
import { KNOWN_KINDS, useKindLabel } from '../../../lib/unit-labels';
import { INDICATOR_TYPES, useIndicators } from '../api';
import { CoverageText } from '../components/coverage-text';
import { PolarityLabel } from '../components/polarity';
import { indicatorPath, useIndicatorTypeLabel } from '../../../lib/indicator-labels';
import { useLocalized } from '../../../lib/localized';

const PAGE_SIZE = 25;

/** The indicator catalogue: search and filters live in the query string, like the units browser. */
export function IndicatorsPage() {
  const { t } = useTranslation('indicators');
  const format = useFormat();
  const announce = useAnnounce();
  const localized = useLocalized();
  const areaLabel = useServiceAreaLabel();
  const typeLabel = useIndicatorTypeLabel();
  const kindLabel = useKindLabel();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const area = params.get('area') ?? '';
  const type = params.get('type') ?? '';
  const unitKind = params.get('kind') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);

  const [text, setText] = useState(q);
  const [syncedQ, setSyncedQ] = useState(q);
  if (q !== syncedQ) {
    setSyncedQ(q);
    setText(q);
  }

  const indicators = useIndicators({
    q: q || undefined,
    // A filter the server does not know is ignored rather than answered with an error.
    area: oneOf(SERVICE_AREAS, area),
    type: oneOf(INDICATOR_TYPES, type),
    unitKind: unitKind || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const total = indicators.data && !indicators.isPlaceholderData ? indicators.data.total : null;
  useEffect(() => {
    if (total !== null) announce(t('list.resultsCount', { count: total, formatted: format.number(total) }));
  }, [total, announce, t, format]);

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    next.delete('page');
    setParams(next);
  }

  function hrefFor(target: number) {
    const next = new URLSearchParams(params);
    if (target > 1) next.set('page', String(target));
    else next.delete('page');
    return `?${next.toString()}`;
  }

  const hasFilters = Boolean(q || area || type || unitKind);

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={<p>{t('list.intro')}</p>}
        actions={
          <>
            <ButtonLink to="/variables">{t('list.variables')}</ButtonLink>
            {canManageCatalogue(me) ? (
              <ButtonLink to="/indicators/new" variant="primary">
                {t('list.new')}
              </ButtonLink>
            ) : null}
          </>
        }
      />

      <div className="filters">
        <form
          role="search"
          aria-label={t('list.filters')}
          className="filters__form"
          onSubmit={(event) => {
            event.preventDefault();
            update({ q: text.trim() || null });
          }}
        >
          <TextField
            className="filters__search"
            type="search"
            name="q"
            label={t('list.search')}
            hint={t('list.searchHint')}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <SelectField
            name="area"
            label={t('fields.area')}
            value={area}
            placeholder={t('list.anyArea')}
            options={SERVICE_AREAS.map((id) => ({ value: id, label: areaLabel(id) }))}
            onChange={(event) => update({ area: event.target.value || null })}
          />
          <SelectField
            name="type"
            label={t('fields.type')}
            value={type}
            placeholder={t('list.anyType')}
            options={INDICATOR_TYPES.map((id) => ({ value: id, label: typeLabel(id) }))}
            onChange={(event) => update({ type: event.target.value || null })}
          />
          <SelectField
            name="kind"
            label={t('fields.unitKind')}
            value={unitKind}
            placeholder={t('list.anyKind')}
            options={KNOWN_KINDS.map((id) => ({ value: id, label: kindLabel(id) }))}
            onChange={(event) => update({ kind: event.target.value || null })}
          />
          <div className="filters__actions">
            <Button type="submit" variant="primary">
              {t('common:actions.search')}
            </Button>
            {hasFilters ? (
              <Link to="/indicators" className="button button--ghost">
                {t('list.clear')}
              </Link>
            ) : null}
          </div>
        </form>
      </div>

      {indicators.isPending ? (
        <Loading />
      ) : indicators.isError ? (
        <QueryError error={indicators.error} onRetry={() => void indicators.refetch()} />
      ) : (
        <div
          aria-busy={indicators.isFetching || undefined}
          className={indicators.isPlaceholderData ? 'is-stale' : undefined}
        >
          <Table
            caption={t('list.caption', {
              count: indicators.data.total,
              formatted: format.number(indicators.data.total),
            })}
          >
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.code')}</th>
                <th scope="col">{t('fields.area')}</th>
                <th scope="col">{t('fields.type')}</th>
                <th scope="col">{t('fields.polarity')}</th>
                <th scope="col">{t('fields.unit')}</th>
                <th scope="col">{t('fields.coverage')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.data.items.length === 0 ? (
                <EmptyRow colSpan={7}>{t('list.empty')}</EmptyRow>
              ) : (
                indicators.data.items.map((indicator) => (
                  <tr key={indicator.code}>
                    <th scope="row">
                      <Link to={indicatorPath(indicator.code)}>{localized(indicator.names)}</Link>
                    </th>
                    <td className="mono code-cell">{indicator.code}</td>
                    <td>{areaLabel(indicator.area)}</td>
                    <td>{typeLabel(indicator.type)}</td>
                    <td>
                      <PolarityLabel polarity={indicator.polarity} />
                    </td>
                    <td>{indicator.unit}</td>
                    <td>
                      <CoverageText coverage={indicator.coverage} />
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </Table>
          <Pagination
            page={indicators.data.page}
            pageSize={indicators.data.pageSize}
            total={indicators.data.total}
            hrefFor={hrefFor}
          />
        </div>
      )}
    </>
  );
}
