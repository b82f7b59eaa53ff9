/**
 * What the public engine is built from (#15): only released data. Each released indicator reads one
 * pseudo-variable, `released:<code>`, whose values are the indicator's public column per released
 * period (open-data: the value as of the latest release holding that period). The engine's rules for
 * periods, coverage, peers, neighbours, DEA and composites then work unchanged, while an unreleased
 * indicator or period simply does not exist for the public (404), and a correction stays private until
 * the next release — the engine answers exactly what the open API answers.
 */
import { compileFormula } from '../../../domain/indicators/formula';
import type { LoadedCatalogue } from '../indicators/indicators.service';

type VariableRow = LoadedCatalogue['variablesById'] extends Map<number, infer V> ? V : never;
import type { EngineValue } from './benchmarking.engine';

export interface ReleasedColumn {
  indicator: string;
  period: string;
  units: readonly { id: number }[];
  values: Float64Array;
}

export function releasedSource(
  catalogue: LoadedCatalogue,
  columns: readonly ReleasedColumn[],
): { catalogue: LoadedCatalogue; values: EngineValue[] } {
  const released = new Set(columns.map((c) => c.indicator));
  const variablesByCode = new Map<string, VariableRow>();
  const variablesById = new Map<number, VariableRow>();
  const idOf = new Map<string, number>();
  const indicators = catalogue.indicators.flatMap((i) => {
    if (!released.has(i.code)) return [];
    const name = `released:${i.code}`;
    // Negative ids cannot collide with the value store's serial ids.
    const id = -(idOf.size + 1);
    idOf.set(i.code, id);
    const variable = { id, code: name, names: i.names, unit: i.unit, source: i.source } as unknown as VariableRow;
    variablesByCode.set(name, variable);
    variablesById.set(id, variable);
    const ast = { kind: 'variable' as const, name, position: 0 };
    return [{ ...i, ast, compiled: compileFormula(ast), variableCodes: [name] }];
  });
  const values: EngineValue[] = [];
  for (const c of columns) {
    const variableId = idOf.get(c.indicator);
    if (variableId === undefined) continue;
    c.units.forEach((u, k) => {
      const value = c.values[k]!;
      if (Number.isFinite(value)) values.push({ unitId: u.id, variableId, period: c.period, value });
    });
  }
  return {
    catalogue: {
      ...catalogue,
      variablesByCode,
      variablesById,
      indicators,
      indicatorsByCode: new Map(indicators.map((i) => [i.code, i])),
    },
    values,
  };
}
