import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Button, ButtonLink } from '../../../components/button';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { SelectField } from '../../../components/field';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { useFormat } from '../../../lib/format';
import { dataUnits } from '../../../lib/permissions';
import { canCuratePractices } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import {
  FACET_NAMES,
  feedUrl,
  moderationPath,
  newPracticePath,
  practicePath,
  useSearchPractices,
  type FacetName,
  type SearchHit,
  type SearchParams,
  type SearchResult,
} from '../api';
import { GradeBadge, Highlighted, StatusBadge, useFacetLabel } from '../labels';

const SORTS = ['relevance', 'date', 'evidence'] as const;
type Sort = (typeof SORTS)[number];
const PAGE_SIZE = 20;

/** The search state lives in the URL, so a search (with its facets) is a link one can share. */
function paramsFrom(search: URLSearchParams): SearchParams {
  const params: SearchParams = {
    sort: (SORTS as readonly string[]).includes(search.get('sort') ?? '') ? (search.get('sort') as Sort) : 'relevance',
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
  const q = search.get('q')?.trim();
  if (q) params.q = q;
  for (const f of FACET_NAMES) {
    const v = search.get(f);
    if (v) params[f] = v;
  }
  return params;
}

/**
 * The public good-practice bank: Polish full-text search (inflections and diacritics folded by the
 * server), facets with counts, highlighted matches, sorting. Open without login; signed-in unit
 * people and curators get links to their drafts and the moderation queue.
 */
export function PracticesPage() {
  const { t } = useTranslation('good-practices');
  const [search, setSearch] = useSearchParams();
  const params = paramsFrom(search);
  const result = useSearchPractices(params);
  const me = useCurrentUser();
  const [text, setText] = useState(params.q ?? '');

  function update(changes: Record<string, string | null>) {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!('page' in changes)) next.delete('page');
    setSearch(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    update({ q: text.trim() || null, sort: text.trim() ? search.get('sort') : null });
  }

  const hrefFor = (page: number) => {
    const next = new URLSearchParams(search);
    next.set('page', String(page));
    return `?${next.toString()}`;
  };

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          <>
            {dataUnits(me).length > 0 ? (
              <ButtonLink to={newPracticePath} variant="primary">
                {t('list.new')}
              </ButtonLink>
            ) : null}
            {canCuratePractices(me) ? <ButtonLink to={moderationPath}>{t('list.moderation')}</ButtonLink> : null}
            <a className="button button--ghost" href={feedUrl}>
              {t('list.feed')}
            </a>
          </>
        }
      />
      <form role="search" className="practice-search" onSubmit={submit} aria-label={t('list.searchLabel')}>
        <label htmlFor="practice-q" className="field__label">
          {t('list.searchLabel')}
        </label>
        <div className="practice-search__row">
          <input
            id="practice-q"
            type="search"
            className="input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('list.searchPlaceholder')}
            aria-describedby="practice-q-hint"
          />
          <Button type="submit" variant="primary">
            {t('list.search')}
          </Button>
        </div>
        <p id="practice-q-hint" className="field__hint">
          {t('list.searchHint')}
        </p>
      </form>
      {result.isPending ? (
        <Loading />
      ) : result.isError ? (
        <QueryError error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <div className="practice-layout">
          <Facets facets={result.data.facets} search={search} update={update} />
          <section className="practice-results" aria-labelledby="practice-results-heading">
            <div className="practice-results__bar">
              <h2 id="practice-results-heading" className="practice-results__count" aria-live="polite">
                {t('list.found', { count: result.data.total })}
              </h2>
              <SelectField
                label={t('list.sort')}
                value={params.sort}
                onChange={(e) => update({ sort: e.target.value === 'relevance' ? null : e.target.value })}
                options={SORTS.filter((s) => s !== 'relevance' || params.q).map((s) => ({
                  value: s,
                  label: t(`sort.${s}`),
                }))}
              />
            </div>
            {result.data.items.length === 0 ? (
              <p>{t('list.none')}</p>
            ) : (
              <ol className="practice-list">
                {result.data.items.map((hit) => (
                  <PracticeHit key={hit.id} hit={hit} />
                ))}
              </ol>
            )}
            <Pagination
              page={result.data.page}
              pageSize={result.data.pageSize}
              total={result.data.total}
              hrefFor={hrefFor}
              label={t('list.pages')}
            />
          </section>
        </div>
      )}
    </>
  );
}

function Facets({
  facets,
  search,
  update,
}: {
  facets: SearchResult['facets'];
  search: URLSearchParams;
  update: (changes: Record<string, string | null>) => void;
}) {
  const { t } = useTranslation('good-practices');
  const label = useFacetLabel();
  const format = useFormat();
  const any = FACET_NAMES.some((f) => search.get(f));
  return (
    <aside className="practice-facets" aria-label={t('list.facets')}>
      {any ? (
        <Button variant="ghost" small onClick={() => update(Object.fromEntries(FACET_NAMES.map((f) => [f, null])))}>
          {t('list.clearFacets')}
        </Button>
      ) : null}
      {FACET_NAMES.map((facet: FacetName) => {
        const values = facets[facet];
        const selected = (search.get(facet) ?? '').split(',').filter(Boolean);
        if (values.length === 0 && selected.length === 0) return null;
        return (
          <details
            key={facet}
            className="practice-facet"
            open={selected.length > 0 || facet === 'serviceArea' || facet === 'evidence'}
          >
            <summary>{t(`facet.${facet}`)}</summary>
            <CheckboxGroup
              legend={t(`facet.${facet}`)}
              className="practice-facet__group"
              options={values.slice(0, 15).map((v) => ({
                value: v.value,
                label: `${label(facet, v.value, v.label)} (${format.number(v.count)})`,
              }))}
              value={selected}
              onChange={(next) => update({ [facet]: next.join(',') || null })}
            />
          </details>
        );
      })}
    </aside>
  );
}

function PracticeHit({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation('good-practices');
  const format = useFormat();
  const title = hit.highlights.find((h) => h.field === 'title');
  const others = hit.highlights.filter((h) => h.field !== 'title').slice(0, 2);
  return (
    <li className="practice-hit">
      <h3 className="practice-hit__title">
        <Link to={practicePath(hit.id)}>{title ? <Highlighted segments={title.segments} /> : hit.title}</Link>
      </h3>
      <p className="practice-hit__meta">
        <GradeBadge grade={hit.evidenceGrade} />{' '}
        {hit.status !== 'published' ? <StatusBadge status={hit.status} /> : null}{' '}
        <span>{hit.units.map((u) => u.name).join(', ')}</span>
        {' · '}
        <span>{t(`groups:serviceAreas.${hit.serviceArea}`, { defaultValue: hit.serviceArea })}</span>
        {hit.year ? ` · ${hit.year}` : ''}
        {hit.adoptionCount > 0 ? ` · ${t('list.adoptions', { count: hit.adoptionCount })}` : ''}
        {hit.mayBeOutOfDate ? ` · ${t('detail.mayBeOutOfDate')}` : ''}
      </p>
      {others.length > 0 ? (
        others.map((h) => (
          <p key={h.field} className="practice-hit__excerpt">
            <span className="muted">{t(`field.${h.field}`)}: </span>
            <Highlighted segments={h.segments} />
          </p>
        ))
      ) : (
        <p className="practice-hit__excerpt">{hit.excerpt}</p>
      )}
      {hit.publishedAt ? (
        <p className="muted practice-hit__date">{t('list.publishedOn', { date: format.date(hit.publishedAt) })}</p>
      ) : null}
    </li>
  );
}
