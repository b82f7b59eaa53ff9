import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { Pagination } from '../../../components/pagination';
import { Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import type { IndicatorBenchmark } from '../api';
import { mapClass } from '../classes';
import { benchmarkingUnitPath, useClassLabel } from '../labels';
import { QuartileSwatch } from './position-parts';

type SortKey = 'order' | 'name' | 'value';
const PAGE_SIZE = 25;

/**
 * Every member of the peer group with its value, class and gap to the median — the table
 * alternative of the charts and the map. Sortable by place, name or value; paged by 25 with the
 * page in the URL (the unit's own page first when nothing else is asked).
 */
export function MemberTable({
  data,
  unitCode,
  caption,
  formatNumber,
}: {
  data: IndicatorBenchmark;
  unitCode?: string | undefined;
  caption: string;
  formatNumber: (v: number) => string;
}) {
  const { t } = useTranslation('benchmarking');
  const format = useFormat();
  const classLabel = useClassLabel();
  const location = useLocation();
  const [params] = useSearchParams();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'order', descending: false });
  const neutral = data.indicator.polarity === 'neutral';

  // The server's order is best first; units without a value are put last here whatever it sends.
  const rows = [...data.items.filter((i) => i.value !== null), ...data.items.filter((i) => i.value === null)].map(
    (item, order) => ({ ...item, order }),
  );
  const direction = sort.descending ? -1 : 1;
  rows.sort((a, b) => {
    if (sort.key === 'name') return direction * a.unit.name.localeCompare(b.unit.name, format.locale);
    // Units without a value stay last whichever way place or value is sorted.
    if (a.value === null || b.value === null)
      return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || a.order - b.order;
    if (sort.key === 'value') return direction * (a.value - b.value);
    return direction * (a.order - b.order);
  });
  const unitIndex = unitCode ? rows.findIndex((r) => r.unit.code === unitCode) : -1;
  const asked = Number(params.get('page'));
  const page =
    Number.isInteger(asked) && asked >= 1
      ? asked
      : unitIndex >= 0 && sort.key === 'order'
        ? Math.floor(unitIndex / PAGE_SIZE) + 1
        : 1;
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    return `${location.pathname}?${next.toString()}`;
  };
  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className={numeric ? 'numeric' : undefined}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
      >
        <button
          type="button"
          className="sort-button"
          onClick={() => setSort({ key, descending: active ? !sort.descending : false })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <>
      <Table caption={caption}>
        <thead>
          <tr>
            {header('order', neutral ? t('members.ascendingPlace') : t('members.place'), true)}
            {header('name', t('members.unit'))}
            {header('value', t('members.value', { unit: data.indicator.unit }), true)}
            <th scope="col">{t('members.class')}</th>
            <th scope="col" className="numeric">
              {t('members.gap')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            const cls = mapClass(row.value, row.position, data.stats);
            const place = row.position ? (row.position.rank ?? row.position.ascendingRank) : null;
            return (
              <tr key={row.unit.code} className={row.unit.code === unitCode ? 'is-selected' : undefined}>
                <td className="numeric">{place !== null ? format.number(place) : '—'}</td>
                <th scope="row">
                  <Link to={benchmarkingUnitPath(row.unit.code, { period: data.period })}>{row.unit.name}</Link>{' '}
                  <span className="muted mono">{row.unit.code}</span>
                  {row.unit.code === unitCode ? (
                    <span className="visually-hidden"> ({t('members.selected')})</span>
                  ) : null}
                </th>
                <td className="numeric">
                  {row.value !== null ? formatNumber(row.value) : <span className="muted">{t('card.noValue')}</span>}
                </td>
                <td>
                  <QuartileSwatch cls={cls} /> {classLabel(cls)}
                </td>
                <td className="numeric">
                  {row.position
                    ? `${row.position.gapToMedian > 0 ? '+' : ''}${formatNumber(row.position.gapToMedian)}`
                    : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <p className="muted">{neutral ? t('members.gapHintNeutral') : t('members.gapHint')}</p>
      <Pagination
        page={page}
        pageSize={PAGE_SIZE}
        total={rows.length}
        hrefFor={hrefFor}
        label={t('members.pagination')}
      />
    </>
  );
}
