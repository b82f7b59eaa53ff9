import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAnnounce } from '../lib/announce';
import { useFormat } from '../lib/format';
import { Loading, QueryError } from './async-state';
import { Button } from './button';
import { SelectField, TextField, type SelectOption } from './field';
import { Pagination } from './pagination';
import { EmptyRow, Table } from './table';

/**
 * The building block of the list pages (units, groups, indicators, variables, users, audit):
 * search, filters and the page number live in the query string, so a result can be shared as a
 * link and the back button works; the result count is announced; the table shows a stale page
 * dimmed while the next one loads.
 */

export interface ListPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

function positiveInt(value: string | null): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : 1;
}

export interface ListParams<K extends string> {
  /** Each filter's value from the URL ('' when absent). */
  values: Record<K, string>;
  page: number;
  /** Sets (or, for '' and null, removes) filters; a new filter makes the old page number meaningless. */
  update: (changes: Partial<Record<K, string | null>>) => void;
  /** The link to another page of the same result. */
  hrefFor: (page: number) => string;
  hasFilters: boolean;
}

export function useListParams<K extends string>(keys: readonly K[]): ListParams<K> {
  const [params, setParams] = useSearchParams();
  const joined = keys.join(',');
  const values = useMemo(
    () => Object.fromEntries(joined.split(',').map((key) => [key, params.get(key) ?? ''])) as Record<K, string>,
    [params, joined],
  );
  const update = useCallback(
    (changes: Partial<Record<K, string | null>>) => {
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(changes) as [string, string | null | undefined][]) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      next.delete('page');
      setParams(next);
    },
    [params, setParams],
  );
  const hrefFor = useCallback(
    (target: number) => {
      const next = new URLSearchParams(params);
      if (target > 1) next.set('page', String(target));
      else next.delete('page');
      return `?${next.toString()}`;
    },
    [params],
  );
  return {
    values,
    page: positiveInt(params.get('page')),
    update,
    hrefFor,
    hasFilters: Object.values<string>(values).some(Boolean),
  };
}

/** Announces the number of results once they have arrived (not for the stale page shown meanwhile). */
export function useAnnouncedCount(
  query: UseQueryResult<{ total: number }>,
  message: (count: number, formatted: string) => string,
): void {
  const announce = useAnnounce();
  const format = useFormat();
  const total = query.data && !query.isPlaceholderData ? query.data.total : null;
  useEffect(() => {
    if (total !== null) announce(message(total, format.number(total)));
    // The message is a new function on every render; the count and language decide.
  }, [total, announce, format]); // eslint-disable-line react-hooks/exhaustive-deps
}

/** A text filter: typed in and sent with the form (the selects apply at once). */
export interface TextFilter<K extends string> {
  name: K;
  label: string;
  hint?: string;
  /** The main search box (wider, `type="search"`). */
  search?: boolean;
  /** The id of a `<datalist>` of suggestions given as the form's children. */
  suggestions?: string;
}

/** The text boxes follow the URL (back button, "clear filters") without remounting and losing focus. */
function useDrafts(current: Record<string, string>): [Record<string, string>, (next: Record<string, string>) => void] {
  const key = JSON.stringify(current);
  const [drafts, setDrafts] = useState(current);
  const [synced, setSynced] = useState(key);
  if (key !== synced) {
    setSynced(key);
    setDrafts(current);
  }
  return [drafts, setDrafts];
}

/**
 * The filter form of a list page: its text boxes, the other fields given as children, then the
 * submit button and, while any filter is set, a link back to the unfiltered list.
 */
export function ListFilters<K extends string>({
  list,
  label,
  texts,
  submitLabel,
  clear,
  framed = true,
  children,
}: {
  list: ListParams<K>;
  label: string;
  texts: readonly TextFilter<K>[];
  submitLabel?: string;
  /** Where "clear filters" leads and what it says (no link when omitted). */
  clear?: { to: string; label: string };
  /** Inside a card the form stands without the filter panel around it. */
  framed?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useDrafts(
    Object.fromEntries(texts.map((text) => [text.name, list.values[text.name]])) as Record<string, string>,
  );
  const form = (
    <form
      role="search"
      aria-label={label}
      className="filters__form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        list.update(
          Object.fromEntries(texts.map((text) => [text.name, drafts[text.name]?.trim() || null])) as Partial<
            Record<K, string | null>
          >,
        );
      }}
    >
      {texts.map((text) => (
        <TextField
          key={text.name}
          className={text.search ? 'filters__search' : undefined}
          type={text.search ? 'search' : undefined}
          name={text.name}
          label={text.label}
          hint={text.hint}
          list={text.suggestions}
          value={drafts[text.name] ?? ''}
          onChange={(event) => setDrafts({ ...drafts, [text.name]: event.target.value })}
        />
      ))}
      {children}
      <div className="filters__actions">
        <Button type="submit" variant="primary">
          {submitLabel ?? t('common:actions.search')}
        </Button>
        {clear && list.hasFilters ? (
          <Link to={clear.to} className="button button--ghost">
            {clear.label}
          </Link>
        ) : null}
      </div>
    </form>
  );
  return framed ? <div className="filters">{form}</div> : form;
}

/** A select filter, applied as soon as it changes. */
export function FilterSelect<K extends string>({
  list,
  name,
  label,
  placeholder,
  options,
}: {
  list: ListParams<K>;
  name: K;
  label: string;
  placeholder: string;
  options: readonly SelectOption[];
}) {
  return (
    <SelectField
      name={name}
      label={label}
      value={list.values[name]}
      placeholder={placeholder}
      options={options}
      onChange={(event) => list.update({ [name]: event.target.value || null } as Partial<Record<K, string | null>>)}
    />
  );
}

/** A column header: its text, or the text with a class (e.g. `numeric`). */
export type ListColumn = ReactNode | { label: ReactNode; className: string };

function isClassed(column: ListColumn): column is { label: ReactNode; className: string } {
  return typeof column === 'object' && column !== null && 'className' in column && 'label' in column;
}

/** The result table of a list page with its loading and error states, empty row and pagination. */
export function ListTable<T, K extends string>({
  query,
  list,
  caption,
  captionHidden,
  columns,
  empty,
  row,
}: {
  query: UseQueryResult<ListPage<T>>;
  list: ListParams<K>;
  caption: (count: number, formatted: string) => string;
  captionHidden?: boolean;
  columns: readonly ListColumn[];
  empty: ReactNode;
  row: (item: T) => ReactNode;
}) {
  const format = useFormat();
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  return (
    <div className={query.isPlaceholderData ? 'is-stale' : undefined} aria-busy={query.isFetching || undefined}>
      <Table caption={caption(data.total, format.number(data.total))} captionHidden={captionHidden}>
        <thead>
          <tr>
            {columns.map((column, index) =>
              isClassed(column) ? (
                <th key={index} scope="col" className={column.className}>
                  {column.label}
                </th>
              ) : (
                <th key={index} scope="col">
                  {column}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {data.items.length === 0 ? <EmptyRow colSpan={columns.length}>{empty}</EmptyRow> : data.items.map(row)}
        </tbody>
      </Table>
      <Pagination page={data.page} pageSize={data.pageSize} total={data.total} hrefFor={list.hrefFor} />
    </div>
  );
}
