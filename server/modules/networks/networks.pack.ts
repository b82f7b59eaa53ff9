/**
 * The meeting pack as PDF (through the shared server/reports/pdf.ts) and XLSX (unrounded values):
 * the group's indicator set with every member's value, rank, the median and quartiles, trends, the
 * host's profile, survey results, decision quality and the previous meeting's open actions — all
 * from the values approved as of the pack's date, which the pack prints.
 */
import ExcelJS from 'exceljs';
import type { Content, TableCell } from 'pdfmake/interfaces';
import plGroups from '../../../web/src/locales/pl/groups.json';
import enGroups from '../../../web/src/locales/en/groups.json';
import { chartNode, renderPdf } from '../../reports/pdf';
import type { NetworksService } from './networks.service';

export type PackData = Awaited<ReturnType<NetworksService['pack']>>;
type Lang = 'pl' | 'en';
type Figures = PackData['indicators'][number] | PackData['decisionQuality'][number];

const AREAS: Record<Lang, Record<string, string>> = { pl: plGroups.serviceAreas, en: enGroups.serviceAreas };

const WORDS = {
  pl: {
    title: 'Materiały na spotkanie',
    asOf: 'Dane zatwierdzone przed',
    demo: 'DANE DEMONSTRACYJNE — nie są to dane rzeczywiste',
    host: 'Gospodarz',
    agenda: 'Porządek spotkania',
    indicators: 'Zestaw wskaźników grupy',
    headline: 'wskaźnik główny',
    period: 'okres',
    unit: 'Jednostka',
    value: 'Wartość',
    rank: 'Miejsce',
    quartile: 'Kwartyl',
    trend: 'Trend',
    median: 'Mediana',
    quartiles: 'Q1–Q3',
    n: 'n',
    noData: 'brak danych przed tą datą',
    small: 'mała grupa (< 5 jednostek) — porównanie orientacyjne',
    surveys: 'Wyniki badań ankietowych członków',
    suppressed: 'poniżej minimalnej liczby odpowiedzi — nie pokazano',
    decisionQuality: 'Jakość decyzji administracyjnych (KPA art. 35, 138)',
    previous: 'Otwarte ustalenia z poprzedniego spotkania',
    none: 'brak',
    who: 'Kto',
    what: 'Co',
    due: 'Termin',
    status: 'Stan',
    statuses: { open: 'otwarte', done: 'wykonane', cancelled: 'anulowane' },
    method:
      'Mediana i kwartyle: percentile_cont (typ 7), miejsce 1 = najlepsze według kierunku wskaźnika. Wartości pochodzą z historii zmian magazynu danych w stanie na podaną chwilę, więc ponowne wygenerowanie materiałów na tę samą datę daje te same liczby.',
    profile: 'Profil gospodarza',
    sheets: { values: 'Wartości', stats: 'Statystyki', actions: 'Ustalenia', surveys: 'Ankiety' },
    indicator: 'Wskaźnik',
    code: 'Kod',
  },
  en: {
    title: 'Meeting pack',
    asOf: 'Values approved before',
    demo: 'DEMO DATA — not real figures',
    host: 'Host',
    agenda: 'Agenda',
    indicators: "The group's indicator set",
    headline: 'headline indicator',
    period: 'period',
    unit: 'Unit',
    value: 'Value',
    rank: 'Rank',
    quartile: 'Quartile',
    trend: 'Trend',
    median: 'Median',
    quartiles: 'Q1–Q3',
    n: 'n',
    noData: 'no data before this date',
    small: 'small group (< 5 units) — indicative comparison',
    surveys: "Members' survey results",
    suppressed: 'below the minimum number of answers — not shown',
    decisionQuality: 'Quality of administrative decisions (KPA art. 35, 138)',
    previous: 'Open actions from the previous meeting',
    none: 'none',
    who: 'Who',
    what: 'What',
    due: 'Due',
    status: 'Status',
    statuses: { open: 'open', done: 'done', cancelled: 'cancelled' },
    method:
      'Median and quartiles: percentile_cont (type 7); rank 1 = best by the indicator’s polarity. Values come from the value store’s revision history as it stood at the given instant, so regenerating the pack for the same date gives the same numbers.',
    profile: 'Host profile',
    sheets: { values: 'Values', stats: 'Statistics', actions: 'Actions', surveys: 'Surveys' },
    indicator: 'Indicator',
    code: 'Code',
  },
} as const;

function fmt(value: number | null, decimals: number, lang: Lang): string {
  if (value === null) return '—';
  return value.toLocaleString(lang === 'pl' ? 'pl-PL' : 'en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

function indicatorSection(f: Figures, data: PackData, lang: Lang, headline: boolean): Content[] {
  const w = WORDS[lang];
  const name = (code: string) => data.members.find((m) => m.code === code)?.name ?? code;
  const header = `${f.names[lang]} (${f.unit})${headline ? ` — ${w.headline}` : ''}`;
  if (f.period === null)
    return [
      { text: header, style: 'h3' },
      { text: w.noData, style: 'small' },
    ];
  const rows: TableCell[][] = [
    [w.unit, w.value, w.rank, w.quartile, `${w.trend} ${f.trendPeriods.join(' · ')}`].map((t) => ({
      text: t,
      style: 'tableHeader',
    })),
    ...f.members.map((m) => [
      { text: name(m.unitCode), bold: m.unitCode === data.host.code },
      { text: fmt(m.value, f.decimals, lang), alignment: 'right' as const },
      { text: m.rank === null ? '—' : String(m.rank), alignment: 'right' as const },
      { text: m.quartile === null ? '—' : String(m.quartile), alignment: 'right' as const },
      { text: m.trend.map((v) => fmt(v, f.decimals, lang)).join(' · ') },
    ]),
  ];
  const chartValues = f.members.filter((m) => m.value !== null);
  return [
    { text: header, style: 'h3' },
    {
      text: `${w.period} ${f.period} · ${w.n} = ${f.n} · ${w.median} ${fmt(f.median, f.decimals, lang)} · ${w.quartiles} ${fmt(
        f.q1,
        f.decimals,
        lang,
      )} – ${fmt(f.q3, f.decimals, lang)}${f.n < 5 ? ` · ${w.small}` : ''}`,
      style: 'small',
    },
    chartNode(
      {
        grid: { left: 150, right: 20, top: 10, bottom: 20 },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: chartValues.map((m) => name(m.unitCode)), axisLabel: { fontSize: 9 } },
        series: [
          {
            type: 'bar',
            data: chartValues.map((m) => ({
              value: m.value,
              itemStyle: { color: m.unitCode === data.host.code ? '#1f5fa8' : '#8aa9cc' },
            })),
            markLine:
              f.median === null
                ? undefined
                : { symbol: 'none', data: [{ xAxis: f.median, name: w.median }], label: { formatter: w.median } },
          },
        ],
      },
      { width: 515, height: 40 + chartValues.length * 18 },
      440,
    ),
    { table: { headerRows: 1, widths: ['*', 'auto', 'auto', 'auto', '*'], body: rows }, fontSize: 8.5 },
  ];
}

export async function packPdf(data: PackData, lang: Lang): Promise<Buffer> {
  const w = WORDS[lang];
  const actions = (list: PackData['previousActions']): Content =>
    list.length === 0
      ? { text: w.none, style: 'small' }
      : {
          table: {
            headerRows: 1,
            widths: ['auto', '*', 'auto', 'auto'],
            body: [
              [w.who, w.what, w.due, w.status].map((t) => ({ text: t, style: 'tableHeader' })),
              ...list.map((a) => [
                `${a.unit.name}${a.owner ? ` (${a.owner})` : ''}`,
                a.title,
                a.dueOn ?? '—',
                w.statuses[a.status],
              ]),
            ],
          },
          fontSize: 8.5,
        };
  const content: Content[] = [
    ...(data.group.isDemo ? [{ text: w.demo, style: 'demo' }] : []),
    { text: `${w.title}: ${data.meeting.title}`, style: 'h1' },
    {
      text: `${data.group.name} · ${AREAS[lang][data.group.serviceArea] ?? data.group.serviceArea} · ${data.meeting.date}`,
    },
    { text: `${w.host}: ${data.host.name}${data.meeting.address ? `, ${data.meeting.address}` : ''}` },
    { text: `${w.asOf}: ${data.asOf}`, bold: true, margin: [0, 4, 0, 0] },
    { text: w.method, style: 'small', margin: [0, 2, 0, 0] },
    { text: w.agenda, style: 'h2' },
    data.agenda.length === 0
      ? { text: w.none, style: 'small' }
      : { ol: data.agenda.map((a) => (a.note ? `${a.title} — ${a.note}` : a.title)) },
    { text: w.previous, style: 'h2' },
    actions(data.previousActions),
    { text: w.indicators, style: 'h2' },
    ...data.indicators.flatMap((f) => indicatorSection(f, data, lang, f.isHeadline)),
    { text: w.decisionQuality, style: 'h2' },
    ...data.decisionQuality.flatMap((f) => indicatorSection(f, data, lang, false)),
    { text: w.surveys, style: 'h2' },
    data.surveys.length === 0
      ? { text: w.none, style: 'small' }
      : {
          table: {
            headerRows: 1,
            widths: ['*', '*', 'auto', '*'],
            body: [
              [w.unit, 'Badanie', 'n', '%'].map((t) => ({ text: t, style: 'tableHeader' })),
              ...data.surveys.map((s) => [
                s.unit.name,
                s.title,
                String(s.n),
                s.headline
                  ? `${fmt(s.headline.estimate * 100, 1, lang)} % (95 %: ${fmt(s.headline.lower * 100, 1, lang)}–${fmt(
                      s.headline.upper * 100,
                      1,
                      lang,
                    )})`
                  : w.suppressed,
              ]),
            ],
          },
          fontSize: 8.5,
        },
    { text: w.profile, style: 'h2' },
    {
      text: [data.host.name, data.host.description, data.host.website, data.host.email, data.host.phone]
        .filter(Boolean)
        .join('\n'),
    },
  ];
  return renderPdf({
    info: { title: `${w.title} — ${data.meeting.title}`, creator: 'Miernik' },
    content,
  });
}

export async function packXlsx(data: PackData, lang: Lang): Promise<Buffer> {
  const w = WORDS[lang];
  const book = new ExcelJS.Workbook();
  book.creator = 'Miernik';
  const values = book.addWorksheet(w.sheets.values);
  values.addRow([w.title, data.meeting.title, data.meeting.date]);
  values.addRow([w.asOf, data.asOf]);
  if (data.group.isDemo) values.addRow([w.demo]);
  values.addRow([]);
  values.addRow([w.code, w.indicator, w.period, w.unit, w.value, w.rank, w.quartile]).font = { bold: true };
  const stats = book.addWorksheet(w.sheets.stats);
  stats.addRow([w.code, w.indicator, w.period, w.n, 'min', 'Q1', w.median, 'Q3', 'max']).font = { bold: true };
  for (const f of [...data.indicators, ...data.decisionQuality]) {
    stats.addRow([f.code, f.names[lang], f.period, f.n, f.min, f.q1, f.median, f.q3, f.max]);
    for (const m of f.members) {
      const name = data.members.find((x) => x.code === m.unitCode)?.name ?? m.unitCode;
      // Unrounded: the spreadsheet keeps every digit the store has.
      values.addRow([f.code, f.names[lang], f.period, name, m.value, m.rank, m.quartile]);
    }
  }
  const actions = book.addWorksheet(w.sheets.actions);
  actions.addRow([w.unit, w.who, w.what, w.due, w.status]).font = { bold: true };
  for (const a of data.previousActions) actions.addRow([a.unit.name, a.owner, a.title, a.dueOn, w.statuses[a.status]]);
  const surveys = book.addWorksheet(w.sheets.surveys);
  surveys.addRow([w.unit, 'wave', 'n', 'estimate', 'lower', 'upper']).font = { bold: true };
  for (const s of data.surveys)
    surveys.addRow([
      s.unit.name,
      s.title,
      s.n,
      s.headline?.estimate ?? null,
      s.headline?.lower ?? null,
      s.headline?.upper ?? null,
    ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
