import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { useUnitMap, type MapLevel } from '../api';
import { unitPath } from '../../../lib/unit-labels';

const MapChart = lazy(() => import('./map-chart'));

export interface UnitMapProps {
  level: MapLevel;
  within?: string;
  /** Code of the region drawn in the highlight colour. */
  highlightCode?: string;
  /** What the map shows, e.g. "Powiaty województwa małopolskiego"; used as the chart's accessible name. */
  description: string;
  /** Legend text for the highlighted region. */
  highlightLabel?: string;
  /** Whether the highlighted region is the page being viewed (not, say, its parent gmina). */
  highlightIsPage?: boolean;
}

/**
 * A clickable map with the same regions listed as links beside it: the list is how keyboard
 * and screen-reader users get the navigation the map gives to mouse users.
 */
export function UnitMap({
  level,
  within,
  highlightCode,
  description,
  highlightLabel,
  highlightIsPage = true,
}: UnitMapProps) {
  const { t } = useTranslation('units');
  const navigate = useNavigate();
  const listId = useId();
  const map = useUnitMap(level, within);

  if (map.isPending) return <Loading label={t('map.loading')} />;
  if (map.isError)
    return <QueryError error={map.error} onRetry={() => void map.refetch()} title={t('map.loadFailed')} />;

  const features = map.data.features ?? [];
  if (features.length === 0) return <p className="muted">{t('map.none')}</p>;

  const regions = features.map((feature) => feature.properties).sort((a, b) => a.name.localeCompare(b.name, 'pl'));
  const highlighted = regions.find((region) => region.code === highlightCode);
  const ariaLabel = highlighted ? t('map.ariaHighlighted', { description, name: highlighted.name }) : description;

  return (
    <div className="unit-map">
      <div className="unit-map__chart">
        <Suspense fallback={<Loading label={t('map.loading')} />}>
          <MapChart
            mapName={`miernik-${level}-${within ?? 'pl'}`}
            collection={map.data}
            highlightCode={highlightCode}
            ariaLabel={ariaLabel}
            onSelect={(code) => void navigate(unitPath(code))}
          />
        </Suspense>
        <ul className="map-legend" aria-label={t('map.legend')}>
          {highlighted ? (
            <li>
              <span className="map-legend__swatch map-legend__swatch--highlight" aria-hidden="true" />
              {highlightLabel ?? highlighted.name}
            </li>
          ) : null}
          {regions.length > (highlighted ? 1 : 0) ? (
            <li>
              <span className="map-legend__swatch" aria-hidden="true" />
              {highlighted ? t('map.otherRegions') : t('map.regions')}
            </li>
          ) : null}
        </ul>
      </div>
      <nav className="unit-map__list" aria-labelledby={listId}>
        <h3 id={listId} className="unit-map__list-title">
          {t('map.listTitle', { count: regions.length })}
        </h3>
        <ul className="link-list link-list--scroll">
          {regions.map((region) => (
            <li key={region.code}>
              <Link
                to={unitPath(region.code)}
                aria-current={region.code === highlightCode ? (highlightIsPage ? 'page' : 'true') : undefined}
              >
                {region.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
