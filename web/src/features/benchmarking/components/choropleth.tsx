import { Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/async-state';
import { useFormat } from '../../../lib/format';
import { useUnitMap, type MapLevel } from '../../units';
import { COUNTY_KINDS, MUNICIPALITY_KINDS } from '../../../lib/unit-labels';
import type { IndicatorBenchmark } from '../api';
import { CLASS_COLOURS, mapClass, NEUTRAL_CLASSES, QUARTILE_CLASSES, type ValueClass } from '../classes';
import { useClassLabel } from '../labels';
import { voivodeshipOf } from '../peers';
import { ChoroplethChart } from './charts-lazy';
import { QuartileSwatch } from './position-parts';

function levelOf(kind: string): MapLevel | null {
  if (MUNICIPALITY_KINDS.includes(kind)) return 'municipality';
  if (COUNTY_KINDS.includes(kind)) return 'county';
  return kind === 'voivodeship' ? 'voivodeship' : null;
}

/**
 * Which boundary map fits a peer group: the level most members are at (gminy, powiaty or
 * województwa; members at other levels are not drawn and are counted), zoomed to one voivodeship
 * when every drawn member lies in it.
 */
export function mapFor(
  items: IndicatorBenchmark['items'],
): { level: MapLevel; within?: string; drawn: number; notDrawn: number } | null {
  const counts = new Map<MapLevel, number>();
  for (const item of items) {
    const level = levelOf(item.unit.kind);
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) return null;
  const [level, drawn] = best;
  const regions = new Set(items.filter((i) => levelOf(i.unit.kind) === level).map((i) => voivodeshipOf(i.unit.code)));
  const only = regions.size === 1 ? [...regions][0] : null;
  return { level, ...(only && level !== 'voivodeship' ? { within: only } : {}), drawn, notDrawn: items.length - drawn };
}

/**
 * A choropleth of the indicator in the peer group: each member coloured by its quarter (by
 * polarity; by value for neutral indicators), members without a value white, other units pale.
 * The legend counts each class; the member table on the page is the text alternative.
 */
export function Choropleth({
  data,
  unitCode,
  title,
  onSelect,
}: {
  data: IndicatorBenchmark;
  unitCode?: string | undefined;
  title: string;
  onSelect: (code: string) => void;
}) {
  const { t } = useTranslation('benchmarking');
  const format = useFormat();
  const classLabel = useClassLabel();
  const target = useMemo(() => mapFor(data.items), [data.items]);
  const map = useUnitMap(target?.level ?? 'voivodeship', target?.within, target !== null);

  const classes = useMemo(() => {
    const byCode = new Map<string, { cls: ValueClass; name: string; value: number | null }>();
    for (const item of data.items)
      byCode.set(item.unit.code, {
        cls: mapClass(item.value, item.position, data.stats),
        name: item.unit.name,
        value: item.value,
      });
    return byCode;
  }, [data]);
  const colours = useMemo(() => new Map([...classes].map(([code, c]) => [code, CLASS_COLOURS[c.cls]])), [classes]);
  const names = useMemo(
    () => new Map((map.data?.features ?? []).map((f) => [f.properties.code, f.properties.name])),
    [map.data],
  );
  const { decimals, unit } = data.indicator;
  const tooltip = useCallback(
    (code: string) => {
      const c = classes.get(code);
      if (!c) return `${names.get(code) ?? code}: ${t('map.outside')}`;
      const value = c.value === null ? t('card.noValue') : format.measure(c.value, unit, decimals);
      return `${c.name}: ${value} (${classLabel(c.cls)})`;
    },
    [classes, names, t, format, decimals, unit, classLabel],
  );

  if (!target) return <p className="muted">{t('map.none')}</p>;
  if (map.isPending) return <Loading label={t('map.loading')} />;
  if (map.isError) return <QueryError error={map.error} onRetry={() => void map.refetch()} />;

  // Counted over the units drawn, so the legend adds up to what the map shows.
  const counts = new Map<ValueClass, number>();
  for (const [code, c] of classes) if (names.has(code)) counts.set(c.cls, (counts.get(c.cls) ?? 0) + 1);
  const legend = [
    ...(data.indicator.polarity === 'neutral' ? NEUTRAL_CLASSES : QUARTILE_CLASSES),
    'small' as const,
    'none' as const,
  ].filter((cls) => counts.has(cls));
  const outside = map.data.features.filter((f) => !classes.has(f.properties.code)).length;

  return (
    <div className="choropleth">
      <Suspense fallback={<Loading label={t('map.loading')} />}>
        <ChoroplethChart
          mapName={`miernik-${target.level}-${target.within ?? 'pl'}`}
          collection={map.data}
          colours={colours}
          highlightCode={unitCode}
          tooltip={tooltip}
          outsideColour={CLASS_COLOURS.outside}
          ariaLabel={t('map.aria', { title, count: target.drawn })}
          onSelect={(code) => {
            if (classes.has(code)) onSelect(code);
          }}
        />
      </Suspense>
      <ul className="map-legend" aria-label={t('map.legend')}>
        {legend.map((cls) => (
          <li key={cls}>
            <QuartileSwatch cls={cls} /> {classLabel(cls)} ({format.number(counts.get(cls) ?? 0)})
          </li>
        ))}
        {outside > 0 ? (
          <li>
            <QuartileSwatch cls="outside" /> {t('map.outside')} ({format.number(outside)})
          </li>
        ) : null}
        {unitCode && classes.has(unitCode) ? (
          <li>
            <span className="swatch swatch--outline" aria-hidden="true" />{' '}
            {t('map.thisUnit', { name: classes.get(unitCode)!.name })}
          </li>
        ) : null}
      </ul>
      <p className="muted">
        {t('map.note')}
        {target.notDrawn > 0 ? ` ${t('map.notDrawn', { count: target.notDrawn })}` : ''}
      </p>
    </div>
  );
}
