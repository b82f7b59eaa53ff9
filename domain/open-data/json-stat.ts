/**
 * Open values as a JSON-stat 2.0 dataset (https://json-stat.org/format/): dimensions indicator ×
 * unit × period in that order, categories in the order first seen, values in row-major order as a
 * sparse object keyed by the flat index (a value no release holds is simply absent, never 0), the
 * release of each value as a status. Readers: the JSON-stat toolkit, pyjstat, R rjstat, Eurostat's
 * and SSB's clients.
 */

export interface JsonStatValue {
  unitCode: string;
  indicatorCode: string;
  period: string;
  value: number;
  release: number;
}

export interface JsonStatDataset {
  version: '2.0';
  class: 'dataset';
  label: string;
  source: string;
  updated: string | null;
  id: ['indicator', 'unit', 'period'];
  size: [number, number, number];
  role: { time: ['period']; geo: ['unit'] };
  dimension: Record<
    'indicator' | 'unit' | 'period',
    { label: string; category: { index: Record<string, number>; label: Record<string, string> } }
  >;
  value: Record<string, number>;
  status: Record<string, string>;
  extension: { release: number | null; note: string };
}

export function toJsonStat(
  values: readonly JsonStatValue[],
  meta: {
    label: string;
    source: string;
    updated: string | null;
    release: number | null;
    indicatorName: (code: string) => string;
    unitName: (code: string) => string;
  },
): JsonStatDataset {
  const categories = () => new Map<string, number>();
  const indicators = categories();
  const units = categories();
  const periods = categories();
  const add = (map: Map<string, number>, code: string) => {
    if (!map.has(code)) map.set(code, map.size);
  };
  for (const v of values) {
    add(indicators, v.indicatorCode);
    add(units, v.unitCode);
    add(periods, v.period);
  }
  const value: Record<string, number> = {};
  const status: Record<string, string> = {};
  for (const v of values) {
    const flat =
      (indicators.get(v.indicatorCode)! * units.size + units.get(v.unitCode)!) * periods.size + periods.get(v.period)!;
    value[flat] = v.value;
    status[flat] = `release ${v.release}`;
  }
  const dimension = (label: string, map: Map<string, number>, name: (code: string) => string) => ({
    label,
    category: {
      index: Object.fromEntries(map),
      label: Object.fromEntries([...map.keys()].map((code) => [code, name(code)])),
    },
  });
  return {
    version: '2.0',
    class: 'dataset',
    label: meta.label,
    source: meta.source,
    updated: meta.updated,
    id: ['indicator', 'unit', 'period'],
    size: [indicators.size, units.size, periods.size],
    role: { time: ['period'], geo: ['unit'] },
    dimension: {
      indicator: dimension('wskaźnik / indicator', indicators, meta.indicatorName),
      unit: dimension('jednostka (TERYT) / unit', units, meta.unitName),
      period: dimension('okres / period', periods, (p) => p),
    },
    value,
    status,
    extension: {
      release: meta.release,
      note: 'Values are never rounded; a missing index is a value no release holds (not zero).',
    },
  };
}
