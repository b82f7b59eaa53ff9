/**
 * The monitoring report of a strategy for a period: PDF (goal by goal, each measure's baseline,
 * target, actual, progress, light and the unit's comment; a bar chart of progress rendered on the
 * server; Polish typography), XLSX (the same figures unrounded) and DOCX (councils edit reports in
 * Word). Polish by default, English on request.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import type { Content, TableCell as PdfCell } from 'pdfmake/interfaces';
import { chartNode, renderPdf } from '../../reports/pdf';
import type { StrategyMonitoringService } from './strategy-monitoring.service';

export type MonitoringData = Awaited<ReturnType<StrategyMonitoringService['reportData']>>;
type Lang = 'pl' | 'en';
type Measure = MonitoringData['measures'][number];

const WORDS = {
  pl: {
    title: 'Raport z monitoringu strategii',
    unit: 'Jednostka',
    period: 'Okres sprawozdawczy',
    strategyPeriod: 'Okres strategii',
    status: 'Status',
    statuses: { draft: 'projekt', adopted: 'przyjęta', archived: 'archiwalna' },
    resolution: 'Uchwała',
    summary: 'Podsumowanie',
    goal: 'Cel',
    indicator: 'Miernik',
    baseline: 'Wartość bazowa',
    target: 'Wartość docelowa',
    actual: 'Wartość aktualna',
    progress: 'Postęp',
    expected: 'Oczekiwany',
    onTrack: 'Realizacja ścieżki',
    light: 'Ocena',
    comment: 'Komentarz',
    source: 'Źródło',
    lights: { green: 'zielone', amber: 'żółte', red: 'czerwone', grey: 'brak danych' },
    noData: 'brak danych',
    chart: 'Postęp mierników (odsetek dystansu od wartości bazowej do docelowej)',
    chartAlt: 'Te same wartości są w tabelach poniżej.',
    method:
      'Postęp = (wartość aktualna − bazowa) / (docelowa − bazowa); oczekiwany = udział upływu czasu od roku bazowego do docelowego; ' +
      'ocena: zielona ≥ {green} %, żółta ≥ {amber} %, czerwona poniżej oczekiwanego postępu; szara = brak danych lub celu (METHODS §5).',
    achieved: 'osiągnięto',
    notAchieved: 'nie osiągnięto',
    noMeasures: 'Brak mierników.',
    measures: 'mierników',
  },
  en: {
    title: 'Strategy monitoring report',
    unit: 'Unit',
    period: 'Reporting period',
    strategyPeriod: 'Strategy period',
    status: 'Status',
    statuses: { draft: 'draft', adopted: 'adopted', archived: 'archived' },
    resolution: 'Resolution',
    summary: 'Summary',
    goal: 'Goal',
    indicator: 'Measure',
    baseline: 'Baseline',
    target: 'Target',
    actual: 'Actual',
    progress: 'Progress',
    expected: 'Expected',
    onTrack: 'On track',
    light: 'Light',
    comment: 'Comment',
    source: 'Source',
    lights: { green: 'green', amber: 'amber', red: 'red', grey: 'no data' },
    noData: 'no data',
    chart: 'Progress of the measures (share of the distance from baseline to target)',
    chartAlt: 'The same figures are in the tables below.',
    method:
      'Progress = (actual − baseline) / (target − baseline); expected = share of the time elapsed from the baseline to the target year; ' +
      'light: green ≥ {green} %, amber ≥ {amber} %, red below that share of the expected progress; grey = no data or no target (METHODS §5).',
    achieved: 'achieved',
    notAchieved: 'not achieved',
    noMeasures: 'No measures.',
    measures: 'measures',
  },
} as const;

const LIGHT_COLOURS = { green: '#2e7d32', amber: '#b26a00', red: '#c62828', grey: '#757575' } as const;

function num(value: number | null, decimals: number, lang: Lang): string {
  if (value === null) return WORDS[lang].noData;
  return new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
    maximumFractionDigits: decimals,
    minimumFractionDigits: 0,
  }).format(value);
}

function pct(value: number | null, lang: Lang): string {
  if (value === null) return '—';
  return `${new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 0 }).format(value * 100)} %`;
}

function progressText(m: Measure, lang: Lang) {
  if (m.achieved !== null) return m.achieved ? WORDS[lang].achieved : WORDS[lang].notAchieved;
  return pct(m.progressDisplay, lang);
}

function rows(data: MonitoringData, lang: Lang) {
  const w = WORDS[lang];
  return data.goals.map((g) => ({
    goal: g,
    measures: data.measures
      .filter((m) => m.goalId === g.id)
      .map((m) => ({
        m,
        cells: [
          m.indicator.names[lang] + (m.indicator.unit ? ` [${m.indicator.unit}]` : ''),
          `${num(m.baseline.value, m.indicator.decimals, lang)} (${m.baseline.period})`,
          `${num(m.target.value, m.indicator.decimals, lang)} (${m.target.period})`,
          m.actual.period === null
            ? w.noData
            : `${num(m.actual.value, m.indicator.decimals, lang)} (${m.actual.period})`,
          progressText(m, lang),
          pct(m.expected, lang),
          w.lights[m.light],
          m.comment ?? '',
        ],
      })),
  }));
}

function headerLines(data: MonitoringData, lang: Lang) {
  const w = WORDS[lang];
  const s = data.strategy;
  return [
    `${w.unit}: ${s.unit.name} (${s.unit.code})`,
    `${w.strategyPeriod}: ${s.periodFrom}–${s.periodTo} · ${w.status}: ${w.statuses[s.status]}` +
      (s.resolutionNumber
        ? ` · ${w.resolution}: ${s.resolutionNumber}${s.resolutionDate ? ` (${s.resolutionDate})` : ''}`
        : ''),
    `${w.period}: ${data.period ?? w.noData}`,
    `${w.summary}: ${data.measures.length} ${w.measures} — ${(['green', 'amber', 'red', 'grey'] as const)
      .map((l) => `${w.lights[l]} ${data.summary.counts[l]}`)
      .join(', ')}`,
  ];
}

const methodText = (data: MonitoringData, lang: Lang) =>
  WORDS[lang].method
    .replace('{green}', String(Math.round(data.strategy.thresholds.green * 100)))
    .replace('{amber}', String(Math.round(data.strategy.thresholds.amber * 100)));

export async function monitoringReportPdf(data: MonitoringData, lang: Lang): Promise<Buffer> {
  const w = WORDS[lang];
  const content: Content[] = [
    { text: `${w.title}: ${data.strategy.name}`, style: 'h1' },
    ...headerLines(data, lang).map((t) => ({ text: t })),
  ];
  const charted = data.measures.filter((m) => m.progressDisplay !== null);
  if (charted.length > 0) {
    content.push({ text: w.chart, style: 'h2' });
    content.push(
      chartNode(
        {
          grid: { left: 200, right: 30, top: 10, bottom: 30 },
          xAxis: {
            type: 'value',
            min: -1,
            max: 1.5,
            axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` },
          },
          yAxis: {
            type: 'category',
            inverse: true,
            data: charted.map((m) => m.indicator.names[lang].slice(0, 40)),
          },
          series: [
            {
              type: 'bar',
              data: charted.map((m) => ({ value: m.progressDisplay, itemStyle: { color: LIGHT_COLOURS[m.light] } })),
              markLine: {
                symbol: 'none',
                data: [{ xAxis: 1 }],
                lineStyle: { color: '#333' },
                label: { show: false },
              },
            },
          ],
        },
        { width: 700, height: Math.max(120, 28 * charted.length + 50) },
      ),
    );
    content.push({ text: w.chartAlt, style: 'small' });
  }
  const grouped = rows(data, lang);
  if (grouped.length === 0) content.push({ text: w.noMeasures });
  for (const { goal, measures } of grouped) {
    content.push({
      text: `${'  '.repeat(goal.level - 1)}${w.goal} ${goal.title} — ${w.lights[goal.rollUp.light]}`,
      style: 'h2',
    });
    if (measures.length === 0) continue;
    const header: PdfCell[] = [
      w.indicator,
      w.baseline,
      w.target,
      w.actual,
      w.progress,
      w.expected,
      w.light,
      w.comment,
    ].map((t) => ({ text: t, style: 'tableHeader' }));
    content.push({
      table: {
        headerRows: 1,
        widths: ['*', 55, 55, 55, 40, 40, 40, '*'],
        body: [
          header,
          ...measures.map(({ m, cells }) =>
            cells.map((c, i) => (i === 6 ? { text: c, color: LIGHT_COLOURS[m.light], bold: true } : { text: c })),
          ),
        ],
      },
      fontSize: 8,
    });
  }
  content.push({ text: methodText(data, lang), style: 'small', margin: [0, 12, 0, 0] });
  return renderPdf({
    info: { title: `${w.title}: ${data.strategy.name}` },
    pageOrientation: 'landscape',
    content,
  });
}

export async function monitoringReportXlsx(data: MonitoringData, lang: Lang): Promise<Buffer> {
  const w = WORDS[lang];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(w.indicator);
  sheet.addRow([
    'goal_id',
    'goal',
    'goal_level',
    'measure_id',
    'indicator_code',
    'indicator',
    'unit',
    'polarity',
    'baseline_period',
    'baseline_value',
    'baseline_source',
    'target_period',
    'target_value',
    'actual_period',
    'actual_value',
    'progress',
    'expected',
    'on_track',
    'achievement',
    'achieved',
    'category',
    'light',
    'comment',
  ]);
  for (const m of data.measures) {
    const goal = data.goals.find((g) => g.id === m.goalId);
    sheet.addRow([
      m.goalId,
      goal?.title ?? '',
      goal?.level ?? null,
      m.id,
      m.indicatorCode,
      m.indicator.names[lang],
      m.indicator.unit,
      m.indicator.polarity,
      m.baseline.period,
      m.baseline.value,
      m.baseline.source,
      m.target.period,
      m.target.value,
      m.actual.period,
      m.actual.value,
      m.progress,
      m.expected,
      m.onTrack,
      m.achievement,
      m.achieved,
      m.category,
      m.light,
      m.comment,
    ]);
  }
  const goals = book.addWorksheet(w.goal);
  goals.addRow(['goal_id', 'parent_id', 'level', 'title', 'owner', 'green', 'amber', 'red', 'grey', 'light']);
  for (const g of data.goals)
    goals.addRow([
      g.id,
      g.parentId,
      g.level,
      g.title,
      g.owner,
      g.rollUp.counts.green,
      g.rollUp.counts.amber,
      g.rollUp.counts.red,
      g.rollUp.counts.grey,
      g.rollUp.light,
    ]);
  const about = book.addWorksheet('info');
  for (const line of headerLines(data, lang)) about.addRow([line]);
  about.addRow([methodText(data, lang)]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function monitoringReportDocx(data: MonitoringData, lang: Lang): Promise<Buffer> {
  const w = WORDS[lang];
  const cell = (t: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: t, bold, size: 18 })] })] });
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `${w.title}: ${data.strategy.name}`, heading: HeadingLevel.TITLE }),
    ...headerLines(data, lang).map((t) => new Paragraph({ text: t })),
  ];
  for (const { goal, measures } of rows(data, lang)) {
    children.push(
      new Paragraph({
        text: `${w.goal} ${goal.title} — ${w.lights[goal.rollUp.light]}`,
        heading:
          goal.level === 1
            ? HeadingLevel.HEADING_1
            : goal.level === 2
              ? HeadingLevel.HEADING_2
              : HeadingLevel.HEADING_3,
      }),
    );
    if (measures.length === 0) continue;
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            children: [w.indicator, w.baseline, w.target, w.actual, w.progress, w.expected, w.light, w.comment].map(
              (t) => cell(t, true),
            ),
          }),
          ...measures.map(({ cells }) => new TableRow({ children: cells.map((c) => cell(c)) })),
        ],
      }),
    );
  }
  children.push(
    new Paragraph({
      children: [new TextRun({ text: methodText(data, lang), size: 16 })],
      alignment: AlignmentType.LEFT,
    }),
  );
  const doc = new Document({
    creator: 'Miernik',
    title: `${w.title}: ${data.strategy.name}`,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
