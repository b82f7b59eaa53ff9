/**
 * Bulk downloads (#15): one ZIP per published release — the values it published (its indicator
 * periods as of it, never rounded, with status, release and source), the data dictionary
 * (indicators, units) and a README
 * with the columns and the licence. A release never changes, so the file is built once, on first
 * request, and then served as it is; its name (release number and instant) is its ETag. The CSV is
 * written one indicator period at a time with a turn of the event loop in between, so a build does
 * not stall other requests; compression (fflate) runs on the same chunks as they come.
 */
import { createReadStream, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { toCsv, toCsvRows } from '../../reports/csv';
import { VALUE_CSV_HEADER, valueCsvRow, type OpenDataService } from './open-data.service';

export interface ReleaseFile {
  name: string;
  /** In memory (an in-memory database) or on disk. */
  bytes: Uint8Array | null;
  path: string | null;
  size: number;
}

const README = (
  release: { number: number; publishedAt: string; title: { pl: string; en: string } },
  publisher: string,
) =>
  [
    `Miernik — wydanie danych nr ${release.number}: ${release.title.pl}`,
    `Opublikowane: ${release.publishedAt}. Wydawca: ${publisher}.`,
    '',
    'Pliki (UTF-8, przecinek jako separator, kropka dziesiętna, wartości niezaokrąglone):',
    '- values.csv: wartości opublikowane w tym wydaniu (jego wskaźniki i okresy), w stanie z chwili publikacji:',
    '  unit_code (TERYT), indicator_code, period, value, status, release (numer wydania), source (źródło danych),',
    '  updated_at (od kiedy wartość jest publiczna w tej postaci). Wszystkie wydania: /api/open/v1/releases.',
    '- indicators.csv: słownik wskaźników (nazwa, definicja, formuła, jednostka, biegunowość, źródło).',
    '- units.csv: jednostki rejestru TERYT (kod, nazwa, rodzaj, województwo).',
    '',
    'Stan danych z dowolnego wydania: /api/open/v1/values?vintage=N. Historia zmian wartości:',
    '/api/open/v1/values/history.',
    '',
    'Licencja: dane publiczne; przy ponownym wykorzystaniu podaj źródło. Źródło: GUS, Bank Danych Lokalnych',
    '(dla danych referencyjnych) oraz jednostki samorządu terytorialnego (dla danych z rund zbierania).',
    '',
    `Miernik data release no. ${release.number}: ${release.title.en}. values.csv holds the values this release`,
    'published (its indicators and periods, as of its publication), never rounded; columns as above.',
    'Licence: public data; cite the source. Source: Statistics Poland (GUS), Local Data Bank.',
    '',
  ].join('\r\n');

export function createReleaseDownloads(deps: {
  openData: OpenDataService;
  /** Where built files are kept; null: in memory (tests, an in-memory database). */
  dir: string | null;
  publisher: string;
}) {
  const building = new Map<string, Promise<ReleaseFile>>();

  async function build(number: number): Promise<ReleaseFile> {
    const release = await deps.openData.publicRelease(number);
    const name = `miernik-wydanie-${number}-${Date.parse(release.publishedAt!)}.zip`;
    const path = deps.dir ? join(deps.dir, name) : null;
    if (path && existsSync(path)) return { name, bytes: null, path, size: -1 };
    const chunks: Uint8Array[] = [];
    let size = 0;
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else {
        chunks.push(chunk);
        size += chunk.length;
      }
    });
    const file = (fileName: string) => {
      const entry = new ZipDeflate(fileName, { level: 6 });
      zip.add(entry);
      return entry;
    };
    const readme = file('CZYTAJ-README.txt');
    readme.push(
      strToU8(README({ number, publishedAt: release.publishedAt!, title: release.title }, deps.publisher)),
      true,
    );

    const values = file('values.csv');
    values.push(strToU8(toCsv(VALUE_CSV_HEADER, [])));
    for await (const batch of await deps.openData.releaseValues(number)) {
      values.push(strToU8(toCsvRows(batch.map(valueCsvRow))));
      await nextTurn();
    }
    values.push(new Uint8Array(0), true);

    const indicators = (await deps.openData.publicIndicators()).items;
    file('indicators.csv').push(
      strToU8(
        toCsv(
          [
            'code',
            'name_pl',
            'name_en',
            'definition_pl',
            'formula',
            'unit',
            'decimals',
            'polarity',
            'area',
            'unit_kinds',
            'source',
            'periods',
          ],
          indicators.map((i) => [
            i.code,
            i.names.pl,
            i.names.en,
            i.definition.pl,
            i.formula,
            i.unit,
            i.decimals,
            i.polarity,
            i.area,
            i.unitKinds.join(' '),
            i.source,
            i.periods
              .filter((p) => p.release <= number)
              .map((p) => p.period)
              .join(' '),
          ]),
        ),
      ),
      true,
    );
    const units = (await deps.openData.publicUnits({ page: 1, pageSize: Number.MAX_SAFE_INTEGER })).items;
    file('units.csv').push(
      strToU8(
        toCsv(
          ['code', 'name', 'kind', 'voivodeship'],
          units.map((u) => [u.code, u.name, u.kind, u.voivodeship]),
        ),
      ),
      true,
    );
    zip.end();
    if (failure) throw failure;
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    if (!path) return { name, bytes, path: null, size };
    mkdirSync(deps.dir!, { recursive: true });
    // Written aside, then renamed: a reader never sees half a file, also across instances.
    const partial = `${path}.${process.pid}.part`;
    writeFileSync(partial, bytes);
    renameSync(partial, path);
    return { name, bytes: null, path, size };
  }

  return {
    /** The release's ZIP, built on first request (404 RELEASE_NOT_FOUND for a draft or unknown number). */
    async file(number: number): Promise<ReleaseFile> {
      const release = await deps.openData.publicRelease(number);
      const key = `${number}|${release.publishedAt}`;
      let file = building.get(key);
      if (!file) {
        file = build(number);
        building.set(key, file);
        file.catch(() => building.delete(key));
      }
      return file;
    },
    open(file: ReleaseFile) {
      return file.bytes ?? createReadStream(file.path!);
    },
  };
}
