/**
 * Exports of a wave: the anonymised raw answers (CSV, XLSX) and the PDF report with charts.
 *
 * Raw answers: one row per response in random order (the stored order could follow the order of
 * submission), the day only, hidden free text blank, no ids. The report shows only published
 * figures — a cell under the minimum n says so instead of showing numbers.
 */
import { toCsv as writeCsv } from '../../reports/csv';
import { randomInt } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formQuestionsOf, isRecord, listFormElements } from '../../../domain/surveys/form';
import type { QuestionResult } from '../../../domain/surveys/results';
import type { SurveyTemplate } from '../../../domain/surveys/template';
import { localDate } from '../../../domain/surveys/waves';
import { chartNode, renderPdf } from '../../reports/pdf';

export type Lang = 'pl' | 'en';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Cell = string | number;

/** The respondent-facing text of a localized SurveyJS string in `lang` (Polish in `default`). */
function localized(text: unknown, lang: Lang): string | null {
  if (typeof text === 'string') return text;
  if (!isRecord(text)) return null;
  const value = lang === 'en' ? (text.en ?? text.default) : (text.default ?? text.pl);
  return typeof value === 'string' ? value : null;
}

/** Question name → its title in `lang` (the name when the form gives none). */
export function questionTitles(template: SurveyTemplate, lang: Lang): Map<string, string> {
  const titles = new Map<string, string>();
  for (const element of listFormElements(template.form)) {
    if (element.name !== null && !titles.has(element.name))
      titles.set(element.name, localized(element.json.title, lang) ?? element.name);
  }
  return titles;
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Answers as a table: `row`, `submitted_on` (the day), then one column per question in form order; checkbox choices joined by "|". */
export function answersTable(
  template: SurveyTemplate,
  responses: readonly { answers: Record<string, unknown>; submittedOn: string }[],
) {
  const questions = (formQuestionsOf(template.form) ?? []).map((q) => q.name);
  const header = ['row', 'submitted_on', ...questions];
  const rows: Cell[][] = shuffled(responses).map((r, i) => [
    i + 1,
    r.submittedOn,
    ...questions.map((q) => {
      const value = r.answers[q];
      if (value === undefined || value === null) return '';
      if (Array.isArray(value)) return value.join('|');
      return typeof value === 'number' ? value : String(value);
    }),
  ]);
  return { header, rows };
}

/** Through the one CSV writer of every export (formula neutralisation, BOM, CRLF). */
export function toCsv(table: { header: string[]; rows: Cell[][] }): string {
  return writeCsv(table.header, table.rows);
}

export async function toXlsx(
  table: { header: string[]; rows: Cell[][] },
  template: SurveyTemplate,
  demo: boolean,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const answers = workbook.addWorksheet('answers');
  answers.addRow(table.header);
  for (const row of table.rows) answers.addRow(row);
  answers.getRow(1).font = { bold: true };
  answers.views = [{ state: 'frozen', ySplit: 1 }];
  const questions = workbook.addWorksheet('questions');
  questions.addRow(['question', 'type', 'title_pl', 'title_en']);
  const pl = questionTitles(template, 'pl');
  const en = questionTitles(template, 'en');
  for (const q of formQuestionsOf(template.form) ?? [])
    questions.addRow([q.name, q.type, pl.get(q.name) ?? '', en.get(q.name) ?? '']);
  questions.getRow(1).font = { bold: true };
  if (demo) {
    const note = workbook.addWorksheet('demo');
    note.addRow([
      'Dane syntetyczne (demo) — to nie są odpowiedzi prawdziwych respondentów. / Synthetic demo data — not answers of real respondents.',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// PDF ------------------------------------------------------------------------------------------

interface ReportInput {
  lang: Lang;
  template: SurveyTemplate;
  wave: {
    title: string;
    unit: { code: string; name: string };
    opensAt: string;
    closesAt: string;
    status: string;
    demo: boolean;
  };
  results: {
    n: number;
    minimumN: number;
    responseRate: number | null;
    responseRateBasis: 'invitations' | 'population' | null;
    marginOfError: number | null;
    questions: QuestionResult[];
    dimensions: {
      dimension: string;
      result:
        | { suppressed: true; minimumN: number }
        | {
            suppressed: false;
            figures: {
              n: number;
              scale: { min: number; max: number };
              mean: { mean: number; lower: number | null; upper: number | null };
              favourable: { mean: number; lower: number | null; upper: number | null } | null;
            };
          };
    }[];
    headline: {
      question: string;
      result:
        | { suppressed: true; minimumN: number }
        | { suppressed: false; figures: { n: number; estimate: number; lower: number; upper: number } };
    }[];
  };
}

const TEXT = {
  pl: {
    demo: 'DANE SYNTETYCZNE (DEMO) — to nie są odpowiedzi prawdziwych respondentów.',
    unit: 'Jednostka',
    template: 'Ankieta',
    period: 'Okres zbierania',
    status: 'Status',
    responses: 'Liczba odpowiedzi',
    responseRate: 'Stopa zwrotu',
    marginOfError: 'Błąd oszacowania (95%, p = 50%)',
    minimumN: 'Minimalna liczba odpowiedzi do publikacji',
    ofInvited: 'zaproszonych (kody)',
    ofPopulation: 'populacji',
    none: '—',
    headline: 'Wskaźnik główny',
    satisfied: 'zadowolonych i bardzo zadowolonych',
    chart: 'Odsetek odpowiedzi pozytywnych (top-2-box) z 95% przedziałem Wilsona',
    questions: 'Pytania',
    question: 'Pytanie',
    n: 'n',
    mean: 'Średnia [95% PU]',
    share: '% pozytywnych [95% PU]',
    dimensions: 'Wymiary',
    dimension: 'Wymiar',
    suppressed: (m: number) => `mniej niż ${m} odpowiedzi — nie pokazano`,
    method:
      'Przedziały: dla odsetków 95% przedział Wilsona, dla średnich 95% przedział t. Odpowiedzi „trudno powiedzieć” nie wchodzą do mianowników. ' +
      'Wyniki oparte na mniej niż minimalnej liczbie odpowiedzi nie są publikowane. Ankiety dobrowolne (np. klientów urzędu) to próby wygodne: przedział opisuje tylko losowy rozrzut, nie błąd doboru.',
    statuses: { scheduled: 'zaplanowana', open: 'trwa', closed: 'zakończona' } as Record<string, string>,
    generated: 'Raport z systemu Miernik',
  },
  en: {
    demo: 'SYNTHETIC DEMO DATA — not answers of real respondents.',
    unit: 'Unit',
    template: 'Survey',
    period: 'Fieldwork',
    status: 'Status',
    responses: 'Responses',
    responseRate: 'Response rate',
    marginOfError: 'Margin of error (95%, p = 50%)',
    minimumN: 'Minimum answers for a published figure',
    ofInvited: 'of invited (codes)',
    ofPopulation: 'of the population',
    none: '—',
    headline: 'Headline figure',
    satisfied: 'satisfied and very satisfied',
    chart: 'Share of favourable answers (top-2-box) with 95% Wilson interval',
    questions: 'Questions',
    question: 'Question',
    n: 'n',
    mean: 'Mean [95% CI]',
    share: '% favourable [95% CI]',
    dimensions: 'Dimensions',
    dimension: 'Dimension',
    suppressed: (m: number) => `fewer than ${m} answers — not shown`,
    method:
      'Intervals: 95% Wilson interval for shares, 95% t interval for means. "Don\'t know" answers are left out of denominators. ' +
      'Figures resting on fewer than the minimum number of answers are not published. Voluntary surveys (e.g. of office customers) are convenience samples: an interval describes random spread only, not selection bias.',
    statuses: { scheduled: 'scheduled', open: 'open', closed: 'closed' } as Record<string, string>,
    generated: 'Report from Miernik',
  },
};

/**
 * Favourable shares as points with their intervals as floating bars (an invisible bar up to the
 * lower bound, a visible one from lower to upper), first question on top.
 */
export function sharesChartOption(
  shares: readonly { label: string; estimate: number; lower: number; upper: number }[],
) {
  const rows = [...shares].reverse();
  return {
    grid: { left: 250, right: 40, top: 10, bottom: 30 },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      data: rows.map((r) => (r.label.length > 60 ? `${r.label.slice(0, 57)}…` : r.label)),
      axisLabel: { fontSize: 10, width: 240, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        stack: 'ci',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: rows.map((r) => r.lower * 100),
      },
      {
        type: 'bar',
        stack: 'ci',
        barWidth: 8,
        itemStyle: { color: '#9bb7d4' },
        data: rows.map((r) => (r.upper - r.lower) * 100),
        // The estimate, written after the interval so that it never covers it.
        label: {
          show: true,
          position: 'right',
          fontSize: 9,
          color: '#222222',
          formatter: (p: { dataIndex: number }) => `${(rows[p.dataIndex]!.estimate * 100).toFixed(0)}%`,
        },
      },
      {
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 11,
        itemStyle: { color: '#0b3d6b' },
        data: rows.map((r) => r.estimate * 100),
      },
    ],
  };
}

export async function reportPdf(input: ReportInput): Promise<Buffer> {
  const { lang, template, wave, results } = input;
  const t = TEXT[lang];
  const locale = lang === 'pl' ? 'pl-PL' : 'en-GB';
  const pct = (x: number) =>
    `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(x * 100)}%`;
  const num = (x: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(x);
  const interval = (lower: number | null, upper: number | null, format: (x: number) => string) =>
    lower === null || upper === null ? '' : ` [${format(lower)}–${format(upper)}]`;
  const titles = questionTitles(template, lang);
  const dimensionTitle = (id: string) => template.dimensions?.find((d) => d.id === id)?.titles[lang] ?? id;
  const header = (text: string): TableCell => ({ text, style: 'tableHeader' });

  const content: Content[] = [{ text: wave.title, style: 'h1' }];
  if (wave.demo) content.push({ text: t.demo, style: 'demo', margin: [0, 0, 0, 6] });
  const rate =
    results.responseRate === null
      ? t.none
      : `${pct(results.responseRate)} ${results.responseRateBasis === 'invitations' ? t.ofInvited : t.ofPopulation}`;
  content.push({
    table: {
      widths: [170, '*'],
      body: [
        [t.unit, `${wave.unit.name} (${wave.unit.code})`],
        [t.template, `${template.titles[lang]} (${template.id}, v${template.version})`],
        [
          t.period,
          `${localDate(new Date(wave.opensAt))} – ${localDate(new Date(new Date(wave.closesAt).getTime() - 1))}`,
        ],
        [t.status, t.statuses[wave.status] ?? wave.status],
        [t.responses, String(results.n)],
        [t.responseRate, rate],
        [t.marginOfError, results.marginOfError === null ? t.none : `± ${pct(results.marginOfError)}`],
        [t.minimumN, String(results.minimumN)],
      ],
    },
    layout: 'lightHorizontalLines',
  });

  for (const h of results.headline) {
    content.push({ text: `${t.headline}: ${titles.get(h.question) ?? h.question}`, style: 'h2' });
    content.push(
      h.result.suppressed
        ? { text: t.suppressed(h.result.minimumN) }
        : {
            text: `${pct(h.result.figures.estimate)} ${t.satisfied}${interval(h.result.figures.lower, h.result.figures.upper, pct)}, n = ${h.result.figures.n}`,
            bold: true,
          },
    );
  }

  // Chart: each published favourable share as a point with its Wilson interval as a floating bar.
  const shares = results.questions.flatMap((q) =>
    q.kind === 'choice' && !q.result.suppressed && q.result.figures.favourable
      ? [{ label: titles.get(q.question) ?? q.question, ...q.result.figures.favourable }]
      : [],
  );
  if (shares.length > 0) {
    content.push({ text: t.chart, style: 'h2' });
    content.push(chartNode(sharesChartOption(shares), { width: 760, height: 60 + shares.length * 26 }, 515));
  }

  content.push({ text: t.questions, style: 'h2' });
  const questionRows: TableCell[][] = [[header(t.question), header(t.n), header(t.mean), header(t.share)]];
  for (const q of results.questions) {
    if (q.kind === 'text') continue;
    const title = titles.get(q.question) ?? q.question;
    if (q.result.suppressed) {
      questionRows.push([title, { text: t.suppressed(q.result.minimumN), colSpan: 3, italics: true }, '', '']);
      continue;
    }
    const f = q.result.figures;
    const mean = f.mean ? `${num(f.mean.mean)}${interval(f.mean.lower, f.mean.upper, num)}` : '';
    const share =
      q.kind === 'choice' && q.result.figures.favourable
        ? `${pct(q.result.figures.favourable.estimate)}${interval(q.result.figures.favourable.lower, q.result.figures.favourable.upper, pct)}`
        : '';
    questionRows.push([title, String(f.n), mean, share]);
  }
  content.push({
    table: { headerRows: 1, widths: ['*', 30, 100, 110], body: questionRows },
    layout: 'lightHorizontalLines',
  });

  if (results.dimensions.length > 0) {
    content.push({ text: t.dimensions, style: 'h2' });
    const dimensionRows: TableCell[][] = [[header(t.dimension), header(t.n), header(t.mean), header(t.share)]];
    for (const d of results.dimensions) {
      if (d.result.suppressed) {
        dimensionRows.push([
          dimensionTitle(d.dimension),
          { text: t.suppressed(d.result.minimumN), colSpan: 3, italics: true },
          '',
          '',
        ]);
        continue;
      }
      const f = d.result.figures;
      dimensionRows.push([
        `${dimensionTitle(d.dimension)} (${f.scale.min}–${f.scale.max})`,
        String(f.n),
        `${num(f.mean.mean)}${interval(f.mean.lower, f.mean.upper, num)}`,
        f.favourable ? `${pct(f.favourable.mean)}${interval(f.favourable.lower, f.favourable.upper, pct)}` : '',
      ]);
    }
    content.push({
      table: { headerRows: 1, widths: ['*', 30, 100, 110], body: dimensionRows },
      layout: 'lightHorizontalLines',
    });
  }

  content.push({ text: t.method, style: 'small', margin: [0, 14, 0, 0] });
  return renderPdf({
    info: { title: wave.title, creator: 'Miernik' },
    content,
    footer: (page: number, pages: number) => ({
      text: `${t.generated}${wave.demo ? ` — ${t.demo}` : ''} · ${page}/${pages}`,
      style: 'small',
      alignment: 'center',
      margin: [0, 20, 0, 0],
    }),
  });
}
