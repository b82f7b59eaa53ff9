import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Loading, QueryError } from '../../../components/async-state';
import { Button, ButtonLink } from '../../../components/button';
import { TextField } from '../../../components/field';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { canManageCatalogue } from '../../../lib/permissions';
import { useVariables } from '../api';
import { useLocalized } from '../../../lib/localized';
import { usePeriodicityLabel, variablePath } from '../../../lib/indicator-labels';

const PAGE_SIZE = 25;

export function VariablesPage() {
  const { t } = useTranslation('indicators');
  const format = useFormat();
  const announce = useAnnounce();
  const localized = useLocalized();
  const periodicityLabel = usePeriodicityLabel();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);

  const [text, setText] = useState(q);
  const [syncedQ, setSyncedQ] = useState(q);
  if (q !== syncedQ) {
    setSyncedQ(q);
    setText(q);
  }

  const variables = useVariables({ q: q || undefined, page, pageSize: PAGE_SIZE });
  const total = variables.data && !variables.isPlaceholderData ? variables.data.total : null;
  useEffect(() => {
    if (total !== null) announce(t('variables.resultsCount', { count: total, formatted: format.number(total) }));
  }, [total, announce, t, format]);

  function hrefFor(target: number) {
    const next = new URLSearchParams(params);
    if (target > 1) next.set('page', String(target));
    else next.delete('page');
    return `?${next.toString()}`;
  }

  return (
    <>
      <PageHeader
        before={<Breadcrumb items={[{ to: '/indicators', label: t('list.title') }, { label: t('variables.title') }]} />}
        title={t('variables.title')}
        description={<p>{t('variables.intro')}</p>}
        actions={
          canManageCatalogue(me) ? (
            <ButtonLink to="/variables/new" variant="primary">
              {t('variables.new')}
            </ButtonLink>
          ) : null
        }
      />
      <div className="filters">
        <form
          role="search"
          aria-label={t('variables.search')}
          className="filters__form"
          onSubmit={(event) => {
            event.preventDefault();
            setParams(text.trim() ? { q: text.trim() } : {});
          }}
        >
          <TextField
            className="filters__search"
            type="search"
            name="q"
            label={t('variables.search')}
            hint={t('list.searchHint')}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <div className="filters__actions">
            <Button type="submit" variant="primary">
              {t('common:actions.search')}
            </Button>
          </div>
        </form>
      </div>
      {variables.isPending ? (
        <Loading />
      ) : variables.isError ? (
        <QueryError error={variables.error} onRetry={() => void variables.refetch()} />
      ) : (
        <div
          aria-busy={variables.isFetching || undefined}
          className={variables.isPlaceholderData ? 'is-stale' : undefined}
        >
          <Table
            caption={t('variables.caption', {
              count: variables.data.total,
              formatted: format.number(variables.data.total),
            })}
          >
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.code')}</th>
                <th scope="col">{t('fields.unit')}</th>
                <th scope="col">{t('fields.source')}</th>
                <th scope="col">{t('fields.periodicity')}</th>
              </tr>
            </thead>
            <tbody>
              {variables.data.items.length === 0 ? (
                <EmptyRow colSpan={5}>{t('variables.empty')}</EmptyRow>
              ) : (
                variables.data.items.map((variable) => (
                  <tr key={variable.code}>
                    <th scope="row">
                      <Link to={variablePath(variable.code)}>{localized(variable.names)}</Link>
                    </th>
                    <td className="mono">{variable.code}</td>
                    <td>{variable.unit}</td>
                    <td>{variable.source}</td>
                    <td>{periodicityLabel(variable.periodicity)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </Table>
          <Pagination
            page={variables.data.page}
            pageSize={variables.data.pageSize}
            total={variables.data.total}
            hrefFor={hrefFor}
          />
        </div>
      )}
    </>
  );
}
