/**
 * The unit benchmark report: PDF (the unit's position on every indicator as a percentile chart
 * rendered on the server, then one table per service area with value, peer median, interquartile
 * range, rank and direction of travel) and XLSX (the same statistics unrounded, the peer group and
 * the yearly series). Polish by default, English on request.
 */
import ExcelJS from 'exceljs';
import type { Content, TableCell } from 'pdfmake/interfaces';
import plGroups from '../../../web/src/locales/pl/groups.json';
import enGroups from '../../../web/src/locales/en/groups.json';
import { chartNode, renderPdf } from '../../reports/pdf';
import type { BenchmarkingService } from './benchmarking.service';

export type Dashboard = Awaited<ReturnType<BenchmarkingService['unitDashboard']>>;
export type PeerMembers = Awaited<ReturnType<BenchmarkingService['peerMembers']>>;
type Lang = 'pl' | 'en';
type Item = Dashboard['items'][number];

const AREAS: Record<Lang, Record<string, string>> = { pl: plGroups.serviceAreas, en: enGroups.serviceAreas };

const WORDS = {
  pl: {
    title: 'Raport porównawczy',
    period: 'Okres',
    peers: 'Grupa porównawcza',
    units: 'jednostek',
    spec: 'definicja',
    chart: 'Pozycja na tle grupy (ranga percentylowa, 100 = najlepsza)',
    chartAlt: 'Te same pozycje w tabelach poniżej.',
    indicator: 'Wskaźnik',
    value: 'Wartość',
    median: 'Mediana grupy',
    iqr: 'Q1–Q3',
    rank: 'Miejsce',
    direction: 'Kierunek zmian',
    directions: {
      improving: 'poprawa',
      worsening: 'pogorszenie',
      stable: 'bez zmian',
      'insufficient-data': 'za mało danych',
      rising: 'wzrost',
      falling: 'spadek',
    },
    small: 'mała grupa (< 5)',
    noData: 'brak danych',
    none: '—',
    members: 'Członkowie grupy porównawczej',
    method:
      'Kwartyle i mediana jak percentile_cont w PostgreSQL; miejsce 1 = najlepsze według kierunku wskaźnika, równe wartości dzielą miejsce. Grupy poniżej 5 jednostek oznaczono i nie należy ich traktować jako miarodajnego porównania. Kierunek zmian: nachylenie trendu z ostatnich lat w stosunku do zmienności w grupie.',
    sheets: { indicators: 'Wskaźniki', peers: 'Grupa porównawcza', trend: 'Szeregi czasowe' },
    quartile: 'Kwartyl (1 = najlepszy)',
    percentRank: 'Ranga percentylowa',
    zScore: 'Wynik z',
    gapToMedian: 'Różnica do mediany (+ lepiej)',
    gapToBest: 'Różnica do najlepszej',
    area: 'Obszar',
    code: 'Kod',
    unitOfMeasure: 'Jednostka miary',
    polarity: 'Kierunek',
    name: 'Nazwa',
    kind: 'Rodzaj',
  },
  en: {
    title: 'Benchmark report',
    period: 'Period',
    peers: 'Peer group',
    units: 'units',
    spec: 'spec',
    chart: 'Position in the peer group (percentile rank, 100 = best)',
    chartAlt: 'The same positions are in the tables below.',
    indicator: 'Indicator',
    value: 'Value',
    median: 'Peer median',
    iqr: 'Q1–Q3',
    rank: 'Rank',
    direction: 'Direction of travel',
    directions: {
      improving: 'improving',
      worsening: 'worsening',
      stable: 'stable',
      'insufficient-data': 'not enough data',
      rising: 'rising',
      falling: 'falling',
    },
    small: 'small group (< 5)',
    noData: 'no data',
    none: '—',
    members: 'Members of the peer group',
    method:
      "Quartiles and median as PostgreSQL percentile_cont; rank 1 = best by the indicator's polarity, ties share a rank. Groups under 5 units are flagged and are not a solid comparison. Direction of travel: the slope of recent years against the variation in the group.",
    sheets: { indicators: 'Indicators', peers: 'Peer group', trend: 'Time series' },
    quartile: 'Quartile (1 = best)',
    percentRank: 'Percentile rank',
    zScore: 'z-score',
    gapToMedian: 'Gap to median (+ better)',
    gapToBest: 'Gap to best',
    area: 'Area',
    code: 'Code',
    unitOfMeasure: 'Unit',
    polarity: 'Polarity',
    name: 'Name',
    kind: 'Kind',
  },
} as const;

/** Colour of a position by polarity-aware quartile; grey when there is no solid comparison. */
const QUARTILE_COLOURS = ['#1a7f37', '#7fb069', '#e8a33d', '#c0392b'] as const;

/** "Better than" share 0–100 by polarity: percent_rank counts from the lowest value. */
function betterThan(item: Item): number | null {
  const p = item.position;
  if (!p || item.indicator.polarity === 'neutral') return null;
  return 100 * (item.indicator.polarity === 'higher-is-better' ? p.percentRank : 1 - p.percentRank);
}

function format(lang: Lang, value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined) return WORDS[lang].none;
  return new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
    maximumFractionDigits: decimals,
    minimumFractionDigits: 0,
  }).format(value);
}

function byArea(items: Item[]): [string, Item[]][] {
  const groups = new Map<string, Item[]>();
  for (const item of items) groups.set(item.indicator.area, [...(groups.get(item.indicator.area) ?? []), item]);
  return [...groups.entries()];
}

function percentileChart(data: Dashboard, lang: Lang): Content {
  const items = data.items.filter((i) => betterThan(i) !== null);
  const names = items.map((i) => i.indicator.names[lang]);
  const values = items.map((i) => ({
    value: Math.round(betterThan(i)! * 10) / 10,
    itemStyle: {
      color:
        i.position!.smallGroup || i.position!.quartile === null
          ? '#999999'
          : QUARTILE_COLOURS[i.position!.quartile - 1],
    },
  }));
  const height = Math.max(160, 18 * items.length + 60);
  return chartNode(
    {
      grid: { left: 260, right: 30, top: 20, bottom: 30 },
      xAxis: { type: 'value', min: 0, max: 100 },
      yAxis: {
        type: 'category',
        data: names,
        inverse: true,
        axisLabel: { fontSize: 9, width: 250, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          data: values,
          barWidth: 10,
          markLine: {
            symbol: 'none',
            data: [{ xAxis: 50 }],
            lineStyle: { color: '#333333', type: 'dashed' },
            label: { show: false },
          },
        },
      ],
    },
    { width: 760, height },
    515,
  );
}

/**
 * The rank cell: "3 / 12", flagged when the group is small — but a group without a single value
 * says "brak danych", not "mała grupa" (there is nothing to compare, not too little).
 */
export function rankText(i: Pick<Item, 'position' | 'stats' | 'value'>, lang: Lang): string {
  const w = WORDS[lang];
  if (i.stats.n === 0) return w.noData;
  const rank = i.position?.rank ? `${i.position.rank} / ${i.position.n}` : w.none;
  return i.stats.smallGroup ? `${rank}\n${w.small}` : rank;
}

function areaTable(items: Item[], lang: Lang): Content {
  const w = WORDS[lang];
  const head: TableCell[] = [w.indicator, w.value, w.median, w.iqr, w.rank, w.direction].map((text) => ({
    text,
    style: 'tableHeader',
  }));
  const rows: TableCell[][] = items.map((i) => {
    const d = i.indicator.decimals;
    return [
      { text: [i.indicator.names[lang], { text: `\n${i.indicator.unit}`, style: 'small' }] },
      { text: format(lang, i.value, d), alignment: 'right' },
      { text: format(lang, i.stats.median, d), alignment: 'right' },
      {
        text: i.stats.q1 === null ? w.none : `${format(lang, i.stats.q1, d)} – ${format(lang, i.stats.q3, d)}`,
        alignment: 'right',
      },
      { text: rankText(i, lang), alignment: 'right' },
      w.directions[i.direction],
    ];
  });
  return {
    table: { headerRows: 1, widths: ['*', 55, 55, 85, 50, 60], body: [head, ...rows] },
    layout: 'lightHorizontalLines',
    fontSize: 8.5,
  };
}

export function unitReportPdf(data: Dashboard, members: PeerMembers, lang: Lang): Promise<Buffer> {
  const w = WORDS[lang];
  const content: Content[] = [
    { text: `${w.title}: ${data.unit.name} (${data.unit.code})`, style: 'h1' },
    {
      text: `${w.period}: ${data.period} · ${w.peers}: ${data.peers.count} ${w.units} (${w.spec}: ${data.peers.spec})`,
    },
    { text: w.chart, style: 'h2' },
    percentileChart(data, lang),
    { text: w.chartAlt, style: 'small' },
    ...byArea(data.items).flatMap(([area, items]): Content[] => [
      { text: AREAS[lang][area] ?? area, style: 'h2' },
      areaTable(items, lang),
    ]),
    { text: w.members, style: 'h2' },
    { text: members.map((m) => `${m.name} (${m.code})`).join(', '), style: 'small' },
    { text: w.method, style: 'small', margin: [0, 12, 0, 0] },
  ];
  return renderPdf({
    info: { title: `${w.title}: ${data.unit.name}`, subject: data.peers.spec },
    content,
    footer: (page, pages) => ({
      text: `Miernik · ${data.unit.name} · ${data.period} · ${page}/${pages}`,
      style: 'small',
      alignment: 'center',
      margin: [0, 16, 0, 0],
    }),
  });
}

export async function unitReportXlsx(data: Dashboard, members: PeerMembers, lang: Lang): Promise<Buffer> {
  const w = WORDS[lang];
  const book = new ExcelJS.Workbook();
  book.creator = 'Miernik';
  const sheet = book.addWorksheet(w.sheets.indicators);
  sheet.columns = [
    w.area,
    w.code,
    w.indicator,
    w.unitOfMeasure,
    w.polarity,
    w.value,
    'n',
    'missing',
    'min',
    'Q1',
    w.median,
    'Q3',
    'max',
    'mean',
    'sd',
    w.rank,
    w.percentRank,
    w.quartile,
    w.zScore,
    w.gapToMedian,
    w.gapToBest,
    w.direction,
  ].map((header) => ({ header, width: 14 }));
  for (const i of data.items) {
    const p = i.position;
    sheet.addRow([
      AREAS[lang][i.indicator.area] ?? i.indicator.area,
      i.indicator.code,
      i.indicator.names[lang],
      i.indicator.unit,
      i.indicator.polarity,
      i.value,
      i.stats.n,
      i.stats.missing,
      i.stats.min,
      i.stats.q1,
      i.stats.median,
      i.stats.q3,
      i.stats.max,
      i.stats.mean,
      i.stats.sd,
      p?.rank ?? null,
      p?.percentRank ?? null,
      p?.quartile ?? null,
      p?.zScore ?? null,
      p?.gapToMedian ?? null,
      p?.gapToBest ?? null,
      w.directions[i.direction],
    ]);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 3 }];

  const peers = book.addWorksheet(w.sheets.peers);
  peers.columns = [
    { header: w.code, width: 10 },
    { header: w.name, width: 30 },
    { header: w.kind, width: 22 },
  ];
  peers.addRows(members.map((m) => [m.code, m.name, m.kind]));
  peers.addRow([]);
  peers.addRow([w.spec, data.peers.spec]);

  const trend = book.addWorksheet(w.sheets.trend);
  const periods = data.items[0]?.trend.map((t) => t.period) ?? [];
  trend.columns = [{ header: w.code, width: 30 }, ...periods.map((p) => ({ header: p, width: 12 }))];
  for (const i of data.items) trend.addRow([i.indicator.code, ...i.trend.map((t) => t.value)]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
