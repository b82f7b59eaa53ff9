import { neededQualifiers, officeName, type PlacedUnit } from '../../../domain/units/office-name';
import { foldForSearch } from '../../../domain/units/text';
import { parseUnitsCsv } from '../../../domain/units/units-csv';
import type { Db } from '../../db/client';
import { authorize, type RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import type { AuditService } from '../audit/audit.service';
import * as repo from './units.repository';
import { loadTerytReference, type ReferenceFiles } from './units.reference';

export type UnitsService = ReturnType<typeof createUnitsService>;

export const MAP_LEVELS = ['voivodeship', 'county', 'municipality'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];

export interface ProfilePatch {
  description?: string | null | undefined;
  website?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  officeName?: string | null | undefined;
}

const PROFILE_FIELDS = ['description', 'website', 'email', 'phone', 'officeName'] as const;

/** A unit's place in the register from its path: its top ancestor and, for a unit two levels down, its parent. */
function placed(u: { code: string; kind: string; name: string; path: string }): PlacedUnit {
  const ancestors = u.path.split('/').filter(Boolean).slice(0, -1);
  return {
    code: u.code,
    kind: u.kind,
    name: u.name,
    voivodeshipCode: ancestors[0] ?? null,
    countyCode: ancestors[1] ?? null,
  };
}

function toSummary(r: repo.UnitSummaryRow) {
  return {
    code: r.code,
    name: r.name,
    kind: r.kind,
    parentCode: r.parentCode ?? null,
    parentName: r.parentName ?? null,
    validFrom: r.validFrom,
    validTo: r.validTo,
    source: r.source,
  };
}
export type UnitSummary = ReturnType<typeof toSummary>;

export function createUnitsService(deps: { db: Db; audit: AuditService; referenceFiles: ReferenceFiles }) {
  const { db, audit } = deps;
  /** GeoJSON per (level, within): boundaries change only when reference data is loaded. */
  const mapCache = new Map<string, unknown>();

  async function detail(row: repo.UnitRow) {
    const [self] = await repo.summariesByIds(db, [row.id]);
    const ancestorCodes = row.path.split('/').filter(Boolean).slice(0, -1);
    const ancestors = await repo.summariesByCodes(db, ancestorCodes);
    ancestors.sort((a, b) => ancestorCodes.indexOf(a.code) - ancestorCodes.indexOf(b.code));
    const children = await repo.childrenOf(db, row.id);
    const siblings = await repo.siblingsOf(db, row);
    const links = await repo.listLinks(db, row.id);
    const linked = new Map(
      (
        await repo.summariesByIds(
          db,
          links.flatMap((l) => [l.fromUnitId, l.toUnitId]),
        )
      ).map((u) => [u.id, u]),
    );
    const linkView = (unitId: number, l: (typeof links)[number]) => ({
      unit: toSummary(linked.get(unitId)!),
      kind: l.kind,
      date: l.date,
      note: l.note,
    });
    return {
      ...toSummary(self!),
      ancestors: ancestors.map(toSummary),
      children: children.map(toSummary),
      siblings: siblings.map(toSummary),
      predecessors: links.filter((l) => l.toUnitId === row.id).map((l) => linkView(l.fromUnitId, l)),
      successors: links.filter((l) => l.fromUnitId === row.id).map((l) => linkView(l.toUnitId, l)),
      hasGeometry: await repo.hasGeometry(db, row.id),
      attributes: row.attributes,
      officeName: (await officeNames([row.id])).get(row.id)!,
      profile: {
        description: row.description,
        website: row.website,
        email: row.email,
        phone: row.phone,
        officeName: row.officeName,
      },
    };
  }

  /**
   * Office names of units by id: the stored name, else the generated default, with the voivodeship
   * (and powiat) added where a current namesake of the same kind would read the same.
   */
  async function officeNames(ids: readonly number[]): Promise<Map<number, string>> {
    const rows = await repo.officeFactsByIds(db, [...new Set(ids)]);
    const generated = rows.filter((r) => !r.officeName?.trim());
    const namesakes = (await repo.currentNamesakes(db, generated)).map(placed);
    // Per generated name, the codes of the voivodeship and powiat it must name (null: not needed).
    const qualifiers = new Map(
      generated.map((r) => {
        const p = placed(r);
        const need = neededQualifiers(p, namesakes);
        return [
          r.id,
          { voivodeship: need.voivodeship ? p.voivodeshipCode : null, county: need.county ? p.countyCode : null },
        ];
      }),
    );
    const codes = [...qualifiers.values()].flatMap((q) => [q.voivodeship, q.county]).filter((c) => c !== null);
    const names = new Map((await repo.summariesByCodes(db, codes)).map((u) => [u.code, u.name]));
    const nameOf = (code: string | null | undefined) => (code ? names.get(code) : null);
    return new Map(
      rows.map((r) => {
        const q = qualifiers.get(r.id);
        return [r.id, officeName(r, { voivodeship: nameOf(q?.voivodeship), county: nameOf(q?.county) })];
      }),
    );
  }

  async function requireUnit(code: string): Promise<repo.UnitRow> {
    const row = await repo.findUnitByCode(db, code);
    if (!row) throw new AppError('UNIT_NOT_FOUND', `Unit ${code} not found`);
    return row;
  }

  return {
    async list(query: {
      kind?: string | undefined;
      parent?: string | undefined;
      within?: string | undefined;
      q?: string | undefined;
      includeHistorical?: boolean | undefined;
      page: number;
      pageSize: number;
    }) {
      const folded = query.q ? foldForSearch(query.q) : undefined;
      const { rows, total } = await repo.listUnits(
        db,
        {
          kind: query.kind,
          parentCode: query.parent,
          withinCode: query.within,
          foldedQuery: folded || undefined,
          includeHistorical: query.includeHistorical,
        },
        { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      );
      return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
    },

    async kinds() {
      return { items: await repo.countKinds(db) };
    },

    async get(code: string) {
      return detail(await requireUnit(code));
    },

    /** Id of the current unit with this code (history excluded), for other services. */
    async findUnitId(code: string): Promise<number | null> {
      return (await repo.findCurrentUnitIds(db, [code])).get(code) ?? null;
    },

    /** Id of the current unit with this code, or else of its latest historical version (older data attaches there). */
    async findAnyUnitId(code: string): Promise<number | null> {
      return (await repo.findUnitByCode(db, code))?.id ?? null;
    },

    /** Ids of current units by code, for other services; unknown codes are absent from the map. */
    async findUnitIds(codes: readonly string[]): Promise<Map<string, number>> {
      return repo.findCurrentUnitIds(db, codes);
    },

    async kindsByIds(ids: readonly number[]): Promise<Map<number, string>> {
      return new Map((await repo.kindsByIds(db, ids)).map((r) => [r.id, r.kind]));
    },

    /**
     * Units by id with the ids of their ancestors (top first, without the unit), for rules on the
     * territorial hierarchy such as competition conflicts of interest.
     */
    async ancestryByIds(
      ids: readonly number[],
    ): Promise<Map<number, { id: number; code: string; name: string; kind: string; ancestors: number[] }>> {
      const rows = await repo.pathsByIds(db, [...new Set(ids)]);
      const codes = rows.flatMap((r) => r.path.split('/').filter(Boolean).slice(0, -1));
      const idsByCode = await repo.findCurrentUnitIds(db, [...new Set(codes)]);
      return new Map(
        rows.map((r) => [
          r.id,
          {
            id: r.id,
            code: r.code,
            name: r.name,
            kind: r.kind,
            ancestors: r.path
              .split('/')
              .filter(Boolean)
              .slice(0, -1)
              .map((c) => idsByCode.get(c))
              .filter((v): v is number => v !== undefined),
          },
        ]),
      );
    },

    /**
     * code → { id, kind } over all unit versions; a code used by a historical and a current unit
     * resolves to the current one. For imports of data reported under old codes.
     */
    /** Every unit (historical ones too) with its validity dates, for resolving codes on a date. */
    registerEntries: () => repo.registerEntries(db),

    async codeIndex(): Promise<Map<string, { id: number; kind: string; current: boolean }>> {
      const index = new Map<string, { id: number; kind: string; current: boolean }>();
      for (const r of await repo.allCodeIds(db)) {
        const known = index.get(r.code);
        if (!known || (!known.current && r.validTo === null))
          index.set(r.code, { id: r.id, kind: r.kind, current: r.validTo === null });
      }
      return index;
    },

    /**
     * Current units for benchmarking (with the TERYT voivodeship of Polish units) and, for data
     * reported under an older code, the current unit it belongs to now: followed through
     * type-change, rename and merge links; a split has no single heir and is not followed.
     */
    async universe() {
      const rows = await repo.currentUnitsForUniverse(db);
      const links = await repo.allLinks(db);
      const next = new Map<number, number>();
      const splits = new Set(links.filter((l) => l.kind === 'split-into').map((l) => l.fromUnitId));
      for (const l of links) if (!splits.has(l.fromUnitId)) next.set(l.fromUnitId, l.toUnitId);
      const heirOf = new Map<number, number>();
      for (const from of next.keys()) {
        let to = from;
        for (let guard = 0; next.has(to) && guard < 20; guard++) to = next.get(to)!;
        heirOf.set(from, to);
      }
      return {
        units: rows.map((r) => {
          const top = r.path.split('/').filter(Boolean)[0] ?? '';
          return {
            id: r.id,
            code: r.code,
            name: r.name,
            kind: r.kind,
            voivodeship: r.source === 'teryt' && /^\d{2}$/.test(top) ? top : null,
          };
        }),
        heirOf,
      };
    },

    summariesByIds: async (ids: readonly number[]) => (await repo.summariesByIds(db, ids)).map(toSummary),

    officeNames,

    async updateProfile(ctx: RequestContext, code: string, patch: ProfilePatch) {
      const row = await requireUnit(code);
      authorize(ctx, { type: 'unit.editProfile', unitId: row.id });
      const changes: Record<string, { from: string | null; to: string | null }> = {};
      for (const key of PROFILE_FIELDS) {
        if (patch[key] !== undefined && patch[key] !== row[key])
          changes[key] = { from: row[key], to: patch[key] ?? null };
      }
      await db.transaction(async (tx) => {
        await repo.updateUnit(tx, row.id, Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.to])));
        await audit.record(tx, ctx, { action: 'unit.update', entityType: 'unit', entityId: code, changes });
      });
      return detail((await repo.findUnitByCode(db, code))!);
    },

    /**
     * Imports a generic units CSV: all or nothing. New codes are created, codes imported from CSV
     * before are updated (name, kind, parent); TERYT codes are refused. With `dryRun` nothing is
     * written and the counts say what would happen.
     */
    async importCsv(
      ctx: RequestContext,
      bytes: Uint8Array,
      options: { dryRun: boolean; fileName?: string | undefined },
    ) {
      authorize(ctx, { type: 'units.import' });
      return db.transaction(async (tx) => {
        const index = await repo.currentCodeIndex(tx);
        const parsed = parseUnitsCsv(bytes, (code) => index.get(code)?.source);
        if (!parsed.ok) {
          throw new AppError(
            'VALIDATION_FAILED',
            `${parsed.problems.length} problem(s) in the file; nothing was imported`,
            parsed.problems,
          );
        }
        const created = parsed.rows.filter((r) => !index.has(r.code));
        const updated = parsed.rows.filter((r) => index.has(r.code));
        if (options.dryRun)
          return { dryRun: true, created: created.length, updated: updated.length, total: parsed.rows.length };

        const inFile = new Map(parsed.rows.map((r) => [r.code, r]));
        const pathOf = (code: string, seen = 0): string => {
          const r = inFile.get(code);
          if (!r) return index.get(code)!.path;
          return `${r.parentCode ? pathOf(r.parentCode, seen + 1) : '/'}${code}/`;
        };
        const fresh = await repo.insertUnits(
          tx,
          created.map((r) => ({
            code: r.code,
            name: r.name,
            searchName: foldForSearch(r.name),
            kind: r.kind,
            path: pathOf(r.code),
            source: 'csv' as const,
          })),
        );
        const ids = new Map([
          ...[...index].map(([code, v]) => [code, v.id] as const),
          ...fresh.map((f) => [f.code, f.id] as const),
        ]);
        for (const r of parsed.rows) {
          await repo.updateUnit(tx, ids.get(r.code)!, {
            name: r.name,
            searchName: foldForSearch(r.name),
            kind: r.kind,
            path: pathOf(r.code),
            parentId: r.parentCode ? ids.get(r.parentCode)! : null,
          });
        }
        await audit.record(tx, ctx, {
          action: 'units.import',
          entityType: 'units',
          entityId: options.fileName ?? 'upload',
          changes: { created: created.map((r) => r.code), updated: updated.map((r) => r.code) },
        });
        return { dryRun: false, created: created.length, updated: updated.length, total: parsed.rows.length };
      });
    },

    /** GeoJSON FeatureCollection of current units of a level, optionally within a unit. */
    async map(level: MapLevel, within: string | undefined) {
      if (within) await requireUnit(within);
      const key = `${level}|${within ?? ''}`;
      const cached = mapCache.get(key);
      if (cached) return cached;
      const rows = await repo.mapFeatures(db, level, within);
      const collection = {
        type: 'FeatureCollection' as const,
        features: rows.map((r) => ({
          type: 'Feature' as const,
          properties: { code: r.code, name: r.name, kind: r.kind },
          geometry: r.geometry,
        })),
      };
      mapCache.set(key, collection);
      return collection;
    },

    /** Loads the TERYT register and boundaries if this database has no TERYT units yet. */
    async ensureReferenceData(): Promise<{
      loaded: boolean;
      units?: number;
      historical?: number;
      geometries?: number;
    }> {
      if ((await repo.countTerytUnits(db)) > 0) return { loaded: false };
      const result = await db.transaction((tx) => loadTerytReference(tx, deps.referenceFiles));
      mapCache.clear();
      return { loaded: true, ...result };
    },
  };
}
