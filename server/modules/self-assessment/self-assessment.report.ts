/**
 * The self-assessment report: PDF (summary, radar chart with the criteria table as its text
 * alternative, change since the previous round, evidence per subcriterion) and XLSX (the same
 * figures, unrounded, one sheet each). Polish by default, English on request.
 */
import ExcelJS from 'exceljs';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { chartNode, renderPdf } from '../../reports/pdf';
import type { SelfAssessmentService } from './self-assessment.service';

export type ReportData = Awaited<ReturnType<SelfAssessmentService['reportData']>>;
type Lang = 'pl' | 'en';

const WORDS = {
  pl: {
    title: 'Raport z samooceny',
    unit: 'Jednostka',
    round: 'Runda',
    date: 'Data',
    mode: 'Sposób oceny',
    status: 'Stan',
    closedAt: 'Zamknięta',
    statuses: { scoring: 'ocena indywidualna', consensus: 'konsensus', closed: 'zamknięta' },
    summary: 'Wynik',
    total: 'Suma punktów',
    average: 'Średnia (0–100)',
    of: 'z',
    incomplete: 'Nie wszystkie podkryteria mają uzgodnioną ocenę — suma nie jest liczona.',
    radar: 'Wyniki kryteriów (0–100)',
    radarAlt: 'Ten sam wynik w tabeli kryteriów poniżej.',
    criteria: 'Kryteria',
    criterion: 'Kryterium',
    kind: 'Rodzaj',
    score: 'Ocena (0–100)',
    points: 'Punkty',
    change: 'Zmiana',
    previous: (round: number) => `Zmiana od rundy ${round}`,
    totalChange: 'Zmiana sumy punktów',
    modeChanged: 'Uwaga: rundy oceniano różnymi sposobami oceny; porównywalne na skali 0–100.',
    items: 'Podkryteria: uzgodnione oceny i dowody',
    item: 'Podkryterium',
    strengths: 'Mocne strony',
    improvements: 'Obszary do poprawy',
    members: 'Zespół samooceny',
    leader: 'lider',
    member: 'członek',
    demo: 'DANE DEMONSTRACYJNE',
    totalNote:
      'Suma = suma punktów kryteriów (każde kryterium: ocena × jego punkty / 100); średnia = suma / maksimum × 100.',
  },
  en: {
    title: 'Self-assessment report',
    unit: 'Unit',
    round: 'Round',
    date: 'Date',
    mode: 'Scoring mode',
    status: 'Status',
    closedAt: 'Closed',
    statuses: { scoring: 'individual scoring', consensus: 'consensus', closed: 'closed' },
    summary: 'Result',
    total: 'Total points',
    average: 'Average (0–100)',
    of: 'of',
    incomplete: 'Not every subcriterion has an agreed score — no total is computed.',
    radar: 'Criterion scores (0–100)',
    radarAlt: 'The same result is in the criteria table below.',
    criteria: 'Criteria',
    criterion: 'Criterion',
    kind: 'Kind',
    score: 'Score (0–100)',
    points: 'Points',
    change: 'Change',
    previous: (round: number) => `Change since round ${round}`,
    totalChange: 'Change of total points',
    modeChanged: 'Note: the rounds were scored in different modes; comparable on the 0–100 scale.',
    items: 'Subcriteria: agreed scores and evidence',
    item: 'Subcriterion',
    strengths: 'Strengths',
    improvements: 'Areas for improvement',
    members: 'Self-assessment group',
    leader: 'leader',
    member: 'member',
    demo: 'DEMO DATA',
    totalNote:
      'Total = sum of criterion points (each criterion: score × its points / 100); average = total / maximum × 100.',
  },
} as const;

/** Display only: one decimal, locale separators; storage and XLSX keep every digit. */
function formatter(lang: Lang) {
  const nf = new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return {
    n: (v: number | null) => (v === null ? '—' : nf.format(v)),
    change: (v: number | null) => (v === null ? '—' : signed.format(v)),
  };
}

function lookups(data: ReportData, lang: Lang) {
  const f = data.framework;
  const criterionTitle = new Map(f.criteria.map((c) => [c.id, c.title[lang]]));
  const itemTitle = new Map(
    f.criteria.flatMap((c) =>
      c.subcriteria.length === 0
        ? [[c.id, c.title[lang]] as const]
        : c.subcriteria.map((s) => [s.id, s.title[lang]] as const),
    ),
  );
  const kindTitle = new Map(f.kinds.map((k) => [k.id, k.title[lang]]));
  const modeTitle =
    f.modes.find((m) => m.id === data.results.assessment.mode)?.title[lang] ?? data.results.assessment.mode;
  return { criterionTitle, itemTitle, kindTitle, modeTitle };
}

function header(data: ReportData, lang: Lang): Content[] {
  const w = WORDS[lang];
  const a = data.results.assessment;
  const { modeTitle } = lookups(data, lang);
  const rows: [string, string][] = [
    [w.unit, `${data.unit.name} (${data.unit.code})`],
    [w.round, String(a.round)],
    [w.date, a.date],
    [w.mode, modeTitle],
    [w.status, w.statuses[a.status]],
    ...(data.closedAt ? [[w.closedAt, data.closedAt.toISOString().slice(0, 10)] as [string, string]] : []),
  ];
  return [
    ...(a.isDemo ? [{ text: w.demo, style: 'demo' }] : []),
    { text: `${w.title} — ${data.framework.title[lang]}`, style: 'h1' },
    ...(a.title ? [{ text: a.title, style: 'h3' }] : []),
    { table: { widths: [110, '*'], body: rows.map(([k, v]) => [{ text: k, bold: true }, v]) }, layout: 'noBorders' },
  ];
}

function summary(data: ReportData, lang: Lang): Content[] {
  const w = WORDS[lang];
  const { n, change } = formatter(lang);
  const r = data.results;
  const out: Content[] = [{ text: w.summary, style: 'h2' }];
  if (!r.complete) out.push({ text: w.incomplete });
  out.push({
    text: `${w.total}: ${n(r.total.value)} ${w.of} ${n(r.total.max)}   ·   ${w.average}: ${n(r.average.value)} ${w.of} 100`,
    bold: true,
  });
  out.push({ text: w.totalNote, style: 'small' });
  if (r.comparison) {
    out.push({
      text: `${w.previous(r.comparison.previous.round)}: ${change(r.comparison.total.change)} (${n(r.comparison.total.before)} → ${n(r.comparison.total.after)})`,
      bold: true,
      margin: [0, 4, 0, 0],
    });
    if (r.comparison.modeChanged) out.push({ text: w.modeChanged, style: 'small' });
  }
  return out;
}

function radar(data: ReportData, lang: Lang): Content[] {
  const w = WORDS[lang];
  const { criterionTitle } = lookups(data, lang);
  const criteria = data.results.criteria;
  const option = {
    radar: {
      indicator: criteria.map((c) => ({
        name: `${c.criterionId}. ${criterionTitle.get(c.criterionId) ?? ''}`.slice(0, 40),
        max: 100,
      })),
      radius: '62%',
    },
    series: [
      {
        type: 'radar',
        data: [{ value: criteria.map((c) => c.score ?? 0), name: w.radar, areaStyle: { opacity: 0.2 } }],
      },
    ],
  };
  return [
    { text: w.radar, style: 'h2' },
    chartNode(option, { width: 640, height: 420 }, 430),
    { text: w.radarAlt, style: 'small' },
  ];
}

function criteriaTable(data: ReportData, lang: Lang): Content[] {
  const w = WORDS[lang];
  const { n, change } = formatter(lang);
  const { criterionTitle, kindTitle } = lookups(data, lang);
  const changes = new Map((data.results.comparison?.criteria ?? []).map((c) => [c.criterionId, c.change]));
  const head: TableCell[] = [
    w.criterion,
    w.kind,
    w.score,
    w.points,
    ...(data.results.comparison ? [w.change] : []),
  ].map((text) => ({ text, style: 'tableHeader' }));
  const body: TableCell[][] = data.results.criteria.map((c) => [
    `${c.criterionId}. ${criterionTitle.get(c.criterionId) ?? ''}`,
    kindTitle.get(c.kind) ?? c.kind,
    n(c.score),
    `${n(c.points)} / ${n(c.maxPoints)}`,
    ...(data.results.comparison ? [change(changes.get(c.criterionId) ?? null)] : []),
  ]);
  const widths = data.results.comparison ? ['*', 70, 55, 60, 45] : ['*', 80, 60, 70];
  return [{ text: w.criteria, style: 'h2' }, { table: { headerRows: 1, widths, body: [head, ...body] } }];
}

function itemsTable(data: ReportData, lang: Lang): Content[] {
  const w = WORDS[lang];
  const { n } = formatter(lang);
  const { itemTitle } = lookups(data, lang);
  const head: TableCell[] = [w.item, w.score, w.strengths, w.improvements].map((text) => ({
    text,
    style: 'tableHeader',
  }));
  const body: TableCell[][] = data.results.items.map((i) => [
    `${i.itemId} ${itemTitle.get(i.itemId) ?? ''}`,
    n(i.score),
    i.strengths ?? '',
    i.improvements ?? '',
  ]);
  return [
    { text: w.items, style: 'h2', pageBreak: 'before' },
    { table: { headerRows: 1, widths: [150, 45, '*', '*'], body: [head, ...body] }, fontSize: 8.5 },
  ];
}

function membersList(data: ReportData, lang: Lang): Content[] {
  const w = WORDS[lang];
  if (data.members.length === 0) return [];
  return [
    { text: w.members, style: 'h2' },
    { ul: data.members.map((m) => `${m.name} (${m.role === 'leader' ? w.leader : w.member})`) },
  ];
}

export async function assessmentPdf(data: ReportData, lang: Lang): Promise<Buffer> {
  return renderPdf({
    info: { title: `${WORDS[lang].title} — ${data.unit.name}`, subject: data.framework.title[lang] },
    content: [
      ...header(data, lang),
      ...summary(data, lang),
      ...radar(data, lang),
      ...criteriaTable(data, lang),
      ...membersList(data, lang),
      ...itemsTable(data, lang),
    ],
  });
}

export async function assessmentXlsx(data: ReportData, lang: Lang): Promise<Buffer> {
  const w = WORDS[lang];
  const { criterionTitle, itemTitle, kindTitle, modeTitle } = lookups(data, lang);
  const r = data.results;
  const a = r.assessment;
  const workbook = new ExcelJS.Workbook();
  const bold = (sheet: ExcelJS.Worksheet) => {
    sheet.getRow(1).font = { bold: true };
  };

  const info = workbook.addWorksheet(w.summary);
  const infoRows: [string, string | number | null][] = [
    [w.unit, `${data.unit.name} (${data.unit.code})`],
    ['framework', `${data.framework.id} ${data.framework.version}`],
    [w.round, a.round],
    [w.date, a.date],
    [w.mode, modeTitle],
    [w.status, w.statuses[a.status]],
    [`${w.total} (max ${r.total.max})`, r.total.value],
    [w.average, r.average.value],
    ...(r.comparison ? [[w.totalChange, r.comparison.total.change] as [string, number | null]] : []),
    ...(a.isDemo ? [[w.demo, ''] as [string, string]] : []),
  ];
  for (const row of infoRows) info.addRow(row);
  info.getColumn(1).width = 32;
  info.getColumn(2).width = 48;

  const crit = workbook.addWorksheet(w.criteria);
  crit.addRow(['id', w.criterion, w.kind, w.score, w.points, 'max', ...(r.comparison ? [w.change] : [])]);
  const changes = new Map((r.comparison?.criteria ?? []).map((c) => [c.criterionId, c.change]));
  for (const c of r.criteria) {
    crit.addRow([
      c.criterionId,
      criterionTitle.get(c.criterionId) ?? '',
      kindTitle.get(c.kind) ?? c.kind,
      c.score,
      c.points,
      c.maxPoints,
      ...(r.comparison ? [changes.get(c.criterionId) ?? null] : []),
    ]);
  }
  bold(crit);
  crit.getColumn(2).width = 48;

  const items = workbook.addWorksheet(w.item);
  const componentIds = [...new Set(r.items.flatMap((i) => Object.keys(i.components)))];
  items.addRow(['id', w.criterion, w.item, w.score, ...componentIds, w.strengths, w.improvements]);
  for (const i of r.items) {
    items.addRow([
      i.itemId,
      i.criterionId,
      itemTitle.get(i.itemId) ?? '',
      i.score,
      ...componentIds.map((c) => i.components[c] ?? null),
      i.strengths ?? '',
      i.improvements ?? '',
    ]);
  }
  bold(items);
  items.getColumn(3).width = 48;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
