/**
 * Loads the shipped reference data on first start: the TERYT TERC register (states 2020, 2022,
 * 2024 → current units plus history), explicit pre-2020 history, and the boundaries joined to the
 * current units. Source: GUS, TERYT; boundaries from PRG (GUGiK) via jusuff/PolandGeoJson.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  buildUnitHistory,
  parseTerc,
  tercUnit,
  type RegisterState,
  type UnitVersion,
} from '../../../domain/units/teryt';
import { foldForSearch } from '../../../domain/units/text';
import { MUNICIPALITY_KINDS, type PolishUnitKind } from '../../../domain/units/kinds';
import type { Executor } from '../../db/client';
import * as repo from './units.repository';

export interface ReferenceFiles {
  terytDir: string;
  boundariesDir: string;
}

interface HistoryRecord {
  code: string;
  name: string;
  kind: string;
  parent_code: string;
  valid_from: string;
  valid_to: string;
  successor_codes: string;
  link_kind: 'type-change' | 'merged-into' | 'split-into' | 'renamed';
  note: string;
}

type Feature = { properties: { terc: string; name: string }; geometry: unknown };

export function readRegisterStates(terytDir: string): RegisterState[] {
  return readdirSync(terytDir)
    .filter((f) => /^TERC_\d{4}-\d{2}-\d{2}\.csv$/.test(f))
    .map((file) => {
      const parsed = parseTerc(readFileSync(join(terytDir, file), 'utf8'));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.map((e) => `line ${e.line}: ${e.reason}`).join('; ')}`);
      return { date: file.slice(5, 15), units: parsed.value.map(tercUnit) };
    });
}

const depth = (code: string) => (code.length === 2 ? 0 : code.length === 4 ? 1 : 2);

/** Inserts all TERYT units, history links and geometries. Runs inside the caller's transaction. */
export async function loadTerytReference(
  db: Executor,
  files: ReferenceFiles,
): Promise<{ units: number; historical: number; geometries: number }> {
  const { units: versions, successions } = buildUnitHistory(readRegisterStates(files.terytDir));
  const history = parse(readFileSync(join(files.terytDir, 'history.csv'), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as HistoryRecord[];
  const explicit: UnitVersion[] = history.map((h) => ({
    code: h.code,
    name: h.name,
    kind: h.kind as PolishUnitKind,
    parentCode: h.parent_code || null,
    terytType: h.code.length === 7 ? h.code[6]! : null,
    terytLabel: '',
    validFrom: h.valid_from || null,
    validTo: h.valid_to,
  }));
  const all = [...versions, ...explicit];

  // Parents first, so every child can be given its parent's id and path. Sub-gmina parts (4/5,
  // 8/9) hang below gminy, so they go last.
  const order = (u: UnitVersion) =>
    depth(u.code) +
    ((u.kind.startsWith('municipality-') && !MUNICIPALITY_KINDS.includes(u.kind)) || u.kind === 'city-district'
      ? 1
      : 0);
  all.sort((a, b) => order(a) - order(b) || a.code.localeCompare(b.code));
  const current = new Map<string, { id: number; path: string }>();
  const anyVersion = new Map<string, { id: number; path: string }>();
  const byLevel = new Map<number, UnitVersion[]>();
  for (const u of all) byLevel.set(order(u), [...(byLevel.get(order(u)) ?? []), u]);
  const ids = new Map<string, number[]>();
  for (const level of [...byLevel.keys()].sort()) {
    const batch = byLevel.get(level)!;
    const values = batch.map((u) => {
      const parent = u.parentCode ? (current.get(u.parentCode) ?? anyVersion.get(u.parentCode)) : undefined;
      if (u.parentCode && !parent) throw new Error(`TERYT unit ${u.code}: parent ${u.parentCode} not found`);
      return {
        code: u.code,
        name: u.name,
        searchName: foldForSearch(u.name),
        kind: u.kind,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${u.code}/`,
        source: 'teryt' as const,
        validFrom: u.validFrom,
        validTo: u.validTo,
        attributes: {
          ...(u.terytType ? { terytType: u.terytType } : {}),
          ...(u.terytLabel ? { terytLabel: u.terytLabel } : {}),
        },
      };
    });
    const inserted = await repo.insertUnits(db, values);
    inserted.forEach((row, i) => {
      ids.set(row.code, [...(ids.get(row.code) ?? []), row.id]);
      anyVersion.set(row.code, { id: row.id, path: values[i]!.path });
      if (values[i]!.validTo === null) current.set(row.code, { id: row.id, path: values[i]!.path });
    });
  }

  // A code may exist both as history and (rarely) again as a current unit; links go from the
  // historical row to the current successor.
  const historicalId = (code: string) => {
    const candidates = ids.get(code) ?? [];
    return candidates.find((id) => id !== current.get(code)?.id) ?? candidates[0];
  };
  const links = [
    ...successions.map((s) => ({
      fromUnitId: historicalId(s.fromCode)!,
      toUnitId: current.get(s.toCode)?.id ?? ids.get(s.toCode)![0]!,
      kind: s.kind,
      date: s.date,
      note: null,
    })),
    ...history.flatMap((h) =>
      h.successor_codes
        .split(';')
        .filter(Boolean)
        .map((to) => {
          const target = current.get(to)?.id ?? ids.get(to)?.[0];
          if (target === undefined) throw new Error(`history.csv: successor ${to} of ${h.code} not found`);
          return {
            fromUnitId: historicalId(h.code)!,
            toUnitId: target,
            kind: h.link_kind,
            date: h.valid_to || null,
            note: h.note || null,
          };
        }),
    ),
  ];
  await repo.insertLinks(db, links);

  const geometries = loadBoundaries(files.boundariesDir, current);
  await repo.insertGeometries(db, geometries);
  return { units: current.size, historical: all.length - current.size, geometries: geometries.length };
}

/**
 * Joins boundary features to current units. Voivodeships and counties join on the full code;
 * gminy on the first 6 digits (WWPPGG), because the boundaries show the state before 2020 and the
 * last digit (gmina type) has changed for dozens of gminy since.
 */
function loadBoundaries(dir: string, current: Map<string, { id: number }>) {
  const read = (file: string) =>
    (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { features: Feature[] }).features;
  const byPrefix = new Map<string, number>();
  for (const [code, { id }] of current)
    if (code.length === 7 && /[123]$/.test(code)) byPrefix.set(code.slice(0, 6), id);
  const out: { unitId: number; level: string; geometry: unknown; source: string }[] = [];
  const source = 'PRG (GUGiK) via jusuff/PolandGeoJson, simplified';
  for (const f of read('poland.voivodeships.json')) {
    const id = current.get(f.properties.terc)?.id;
    if (id !== undefined) out.push({ unitId: id, level: 'voivodeship', geometry: f.geometry, source });
  }
  for (const f of read('poland.counties.json')) {
    const id = current.get(f.properties.terc)?.id;
    if (id !== undefined) out.push({ unitId: id, level: 'county', geometry: f.geometry, source });
  }
  for (const f of read('poland.municipalities.json')) {
    const id = byPrefix.get(f.properties.terc.slice(0, 6));
    if (id !== undefined) out.push({ unitId: id, level: 'municipality', geometry: f.geometry, source });
  }
  return out;
}
