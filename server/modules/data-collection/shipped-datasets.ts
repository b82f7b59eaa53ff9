/**
 * The public datasets shipped in data/ besides the BDL "tablica" exports (those are linked from
 * the catalogue's variables and read by `ensureBdlExtract`): which file feeds which variable and
 * period, read with the parsers of domain/catalogue/shipped-datasets.ts. A file that does not
 * match what is declared here throws with the file and line, so a first start never loads part
 * of a dataset.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  gminaInForce,
  parseCodeValueCsv,
  parsePkwFile,
  parseVaccinationJson,
  pkwGminaTotals,
  type DatasetProblem,
  type PkwLayout,
  type RegisterEntry,
} from '../../../domain/catalogue/shipped-datasets';

export interface ShippedValue {
  /** TERYT code at its own level (7 digits for a gmina). */
  unitCode: string;
  variableCode: string;
  period: string;
  value: number;
  /** 1-based line(s) of the file. */
  line: number;
}

export interface ShippedFile {
  /** Path under data/, e.g. `pkw/sejm_2023_by_community.csv`: provenance and the idempotency key. */
  file: string;
  /** What the values are, for the provenance record (`column` of the source). */
  column: string;
  read(dataDir: string, register: readonly RegisterEntry[]): ShippedValue[];
}

export class ShippedDataError extends Error {}

function fail(file: string, problems: readonly DatasetProblem[]): never {
  const shown = problems
    .slice(0, 5)
    .map((p) => `line ${p.line}: ${p.reason}`)
    .join('; ');
  throw new ShippedDataError(
    `data/${file}: ${problems.length} problem(s), nothing was loaded — ${shown}${problems.length > 5 ? '; …' : ''}`,
  );
}

function codeValueFile(file: string, variableCode: string, period: string, column: string): ShippedFile {
  return {
    file,
    column,
    read(dataDir) {
      const parsed = parseCodeValueCsv(readFileSync(join(dataDir, file)));
      if (parsed.problems.length > 0) fail(file, parsed.problems);
      return parsed.values.map((v) => ({ unitCode: v.code, variableCode, period, value: v.value, line: v.line }));
    },
  };
}

const vaccination: ShippedFile = {
  file: 'elvacc-2020/vaccination.json',
  column: 'full_vaccinated_amount, population (gov.pl ranking, about 2021-10-31)',
  read(dataDir) {
    const parsed = parseVaccinationJson(readFileSync(join(dataDir, this.file)));
    const problems = [...parsed.problems];
    // The published percentage must be the count over the base: a shifted column would show here.
    for (const r of parsed.records) {
      const share = (r.fullyVaccinated / r.population) * 100;
      if (!(r.population > 0) || Math.abs(share - r.percent) > 0.01)
        problems.push({
          line: r.line,
          reason: `record ${r.code}: ${r.fullyVaccinated} / ${r.population} is not the published ${r.percent} %`,
        });
    }
    if (problems.length > 0) fail(this.file, problems);
    return parsed.records.flatMap((r) => [
      {
        unitCode: r.code,
        variableCode: 'covid_fully_vaccinated',
        period: '2021',
        value: r.fullyVaccinated,
        line: r.line,
      },
      {
        unitCode: r.code,
        variableCode: 'covid_vaccination_population',
        period: '2021',
        value: r.population,
        line: r.line,
      },
    ]);
  },
};

/**
 * Gminy created on 1 January 2025 (Szczawa, powiat limanowski; Grabówka, powiat białostocki): the
 * shipped register is the TERC state of 2024-01-01, so they have no unit yet and their 2025 rows
 * are left out (the gminy they were carved from then cover a smaller area in 2025).
 */
const CREATED_2025 = ['120713', '200216'];

const ELIGIBLE = 'Liczba wyborców uprawnionych do głosowania';
const FROM_BOX = 'Liczba kart wyjętych z urny';

function pkwFile(
  name: string,
  election: 'sejm' | 'president_round1' | 'president_round2',
  date: string,
  layout: PkwLayout,
): ShippedFile {
  const file = `pkw/${name}`;
  return {
    file,
    column: `${layout.voters} / ${layout.eligible} (${date})`,
    read(dataDir, register) {
      const parsed = parsePkwFile(readFileSync(join(dataDir, file)), layout);
      if (parsed.problems.length > 0) fail(file, parsed.problems);
      const voivodeshipName = new Map(
        register
          .filter((e) => e.kind === 'voivodeship' && e.validTo === null)
          .map((e) => [e.code, e.name.toLowerCase()]),
      );
      const cityCounties = register.filter((e) => e.kind === 'city-county' && e.validTo === null);
      const bySix = new Map<string, RegisterEntry[]>();
      for (const e of register) {
        if (e.code.length !== 7) continue;
        const list = bySix.get(e.code.slice(0, 6));
        if (list) list.push(e);
        else bySix.set(e.code.slice(0, 6), [e]);
      }
      const totals = pkwGminaTotals(parsed.rows, layout, {
        gminaBySixDigits: (code6) => gminaInForce(bySix.get(code6) ?? [], code6, date),
        cityCountyGmina: (county, voivodeship) => {
          const found = cityCounties.filter(
            (c) =>
              c.name.toLowerCase() === county.toLowerCase() &&
              voivodeshipName.get(c.code.slice(0, 2)) === voivodeship.toLowerCase(),
          );
          return found.length === 1 ? `${found[0]!.code}011` : null;
        },
      });
      if (totals.problems.length > 0) fail(file, totals.problems);
      const period = date.slice(0, 4);
      return totals.totals.flatMap((t) => [
        { unitCode: t.code, variableCode: `eligible_voters_${election}`, period, value: t.eligible, line: t.lines[0]! },
        { unitCode: t.code, variableCode: `voters_${election}`, period, value: t.voters, line: t.lines[0]! },
      ]);
    },
  };
}

/** Every shipped file and what it feeds; the README's data section lists the same. */
export const SHIPPED_FILES: readonly ShippedFile[] = [
  codeValueFile(
    'elvacc-2020/teryt_income_per_person.csv',
    'own_revenue_per_capita_reported',
    '2020',
    'zł (P2627 dochody własne na 1 mieszkańca)',
  ),
  codeValueFile(
    'elvacc-2020/teryt_pit_per_person.csv',
    'pit_share_per_capita',
    '2020',
    'zł (P2627 udział w PIT na 1 mieszkańca)',
  ),
  codeValueFile('elvacc-2020/teryt_density.csv', 'population_per_km2', '2020', 'osoba/km² (P2425 ludność na 1 km2)'),
  vaccination,
  pkwFile('sejm_2011_by_community.csv', 'sejm', '2011-10-09', {
    code: 'teryt',
    name: 'community_name',
    county: 'county_name',
    eligible: 'eligible_voters',
    voters: 'cards_given_out',
    codesWithType: true,
  }),
  pkwFile('sejm_2015_by_community.csv', 'sejm', '2015-10-25', {
    code: 'TERYT',
    name: 'Gmina',
    county: 'Gmina',
    eligible: 'Liczba wyborców',
    voters: 'Karty wyjęte z urny',
    thousandsCommas: true,
  }),
  pkwFile('sejm_2019_by_community.csv', 'sejm', '2019-10-13', {
    code: 'Kod TERYT',
    name: 'Gmina',
    county: 'Powiat',
    eligible: ELIGIBLE,
    voters: FROM_BOX,
  }),
  pkwFile('sejm_2023_by_community.csv', 'sejm', '2023-10-15', {
    code: 'TERYT Gminy',
    name: 'Gmina',
    county: 'Powiat',
    eligible: ELIGIBLE,
    voters: FROM_BOX,
  }),
  pkwFile('prezydent_2020_tura2_po_gminach_utf8.csv', 'president_round2', '2020-07-12', {
    code: 'Kod TERYT',
    name: 'Gmina',
    county: 'Powiat',
    eligible: ELIGIBLE,
    voters: FROM_BOX,
  }),
  pkwFile('prezydent_2025_tura1_po_gminach_utf8.csv', 'president_round1', '2025-05-18', {
    code: 'TERYT Gminy',
    name: 'Gmina',
    county: 'Powiat',
    eligible: ELIGIBLE,
    voters: FROM_BOX,
    leftOut: CREATED_2025,
  }),
  pkwFile('prezydent_2025_tura2_po_gminach_utf8.csv', 'president_round2', '2025-06-01', {
    code: 'TERYT Gminy',
    name: 'Gmina',
    county: 'Powiat',
    eligible: ELIGIBLE,
    voters: FROM_BOX,
    leftOut: CREATED_2025,
  }),
];
