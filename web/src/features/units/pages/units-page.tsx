import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { CheckboxField, SelectField, TextField } from '../../../components/field';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useFormat } from '../../../lib/format';
import { useUnitKinds, useUnits, useVoivodeships } from '../api';
import { unitPath, useKindLabel } from '../../../lib/unit-labels';

const PAGE_SIZE = 25;

function positiveInt(value: string | null): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : 1;
}

/** Units browser. All filter state lives in the query string, so results can be shared as a link. */
export function UnitsPage() {
  const { t } = useTranslation('units');
  const format = useFormat();
  const kindLabel = useKindLabel();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();

  const q = params.get('q') ?? '';
  const kind = params.get('kind') ?? '';
  const within = params.get('within') ?? '';
  const includeHistorical = params.get('historical') === '1';
  const page = positiveInt(params.get('page'));

  // The box follows the URL (back button, "clear filters") without remounting and losing focus.
  const [text, setText] = useState(q);
  const [syncedQ, setSyncedQ] = useState(q);
  if (q !== syncedQ) {
    setSyncedQ(q);
    setText(q);
  }

  const kinds = useUnitKinds();
  const voivodeships = useVoivodeships();
  const units = useUnits({
    q: q || undefined,
    kind: kind || undefined,
    within: within || undefined,
    includeHistorical: includeHistorical ? 'true' : undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const total = units.data && !units.isPlaceholderData ? units.data.total : null;
  useEffect(() => {
    if (total !== null) announce(t('browser.resultsCount', { count: total, formatted: format.number(total) }));
  }, [total, announce, t, format]);

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    // A new filter makes the old page number meaningless.
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  }

  function hrefFor(target: number) {
    const next = new URLSearchParams(params);
    if (target > 1) next.set('page', String(target));
    else next.delete('page');
    const search = next.toString();
    return search ? `?${search}` : '?';
  }

  const kindOptions = (kinds.data?.items ?? []).map((item) => ({
    value: item.kind,
    label: `${kindLabel(item.kind)} (${format.number(item.count)})`,
  }));
  const voivodeshipOptions = (voivodeships.data?.items ?? [])
    .map((unit) => ({ value: unit.code, label: unit.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'pl'));
  const hasFilters = Boolean(q || kind || within || includeHistorical);

  return (
    <>
      <PageHeader title={t('browser.title')} description={<p>{t('browser.intro')}</p>} />

      <div className="filters">
        <form
          role="search"
          aria-label={t('browser.filters')}
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
            label={t('browser.search')}
            hint={t('browser.searchHint')}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <SelectField
            name="kind"
            label={t('browser.kind')}
            value={kind}
            placeholder={t('browser.anyKind')}
            options={kindOptions}
            onChange={(event) => update({ kind: event.target.value || null })}
          />
          <SelectField
            name="within"
            label={t('browser.voivodeship')}
            value={within}
            placeholder={t('browser.anyVoivodeship')}
            options={voivodeshipOptions}
            onChange={(event) => update({ within: event.target.value || null })}
          />
          <CheckboxField
            label={t('browser.includeHistorical')}
            checked={includeHistorical}
            onChange={(event) => update({ historical: event.target.checked ? '1' : null })}
          />
          <div className="filters__actions">
            <Button type="submit" variant="primary">
              {t('common:actions.search')}
            </Button>
            {hasFilters ? (
              <Link to="/units" className="button button--ghost">
                {t('browser.clear')}
              </Link>
            ) : null}
          </div>
        </form>
      </div>

      {units.isPending ? (
        <Loading />
      ) : units.isError ? (
        <QueryError error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <div aria-busy={units.isFetching || undefined} className={units.isPlaceholderData ? 'is-stale' : undefined}>
          <Table
            caption={t('browser.caption', { count: units.data.total, formatted: format.number(units.data.total) })}
          >
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.code')}</th>
                <th scope="col">{t('fields.kind')}</th>
                <th scope="col">{t('fields.parent')}</th>
              </tr>
            </thead>
            <tbody>
              {units.data.items.length === 0 ? (
                <EmptyRow colSpan={4}>{t('browser.empty')}</EmptyRow>
              ) : (
                units.data.items.map((unit) => (
                  <tr key={unit.code}>
                    <th scope="row">
                      <Link to={unitPath(unit.code)}>{unit.name}</Link>
                      {unit.validTo ? (
                        <>
                          {' '}
                          <Badge tone="warning">{t('historical.badge')}</Badge>
                        </>
                      ) : null}
                    </th>
                    <td className="mono">{unit.code}</td>
                    <td>{kindLabel(unit.kind)}</td>
                    <td>
                      {unit.parentCode ? (
                        <>
                          <Link to={unitPath(unit.parentCode)}>{unit.parentName ?? unit.parentCode}</Link>{' '}
                          <span className="muted mono">{unit.parentCode}</span>
                        </>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </Table>
          <Pagination
            page={units.data.page}
            pageSize={units.data.pageSize}
            total={units.data.total}
            hrefFor={hrefFor}
          />
        </div>
      )}
    </>
  );
}
