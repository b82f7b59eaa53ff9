/**
 * PDF reports: pdfmake with the Roboto font it ships (full Latin Extended-A, so ą ć ę ł ń ó ś ź ż
 * print as such — the 14 standard PDF fonts only know WinAnsi and would drop them) and charts
 * rendered on the server by ECharts' SSR SVG renderer, embedded as vector graphics.
 */
import { createRequire } from 'node:module';
import * as echarts from 'echarts';
import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let pdfmake: PdfMake | null = null;

function engine(): PdfMake {
  if (pdfmake) return pdfmake;
  const instance = require('pdfmake') as PdfMake;
  const fonts = require('pdfmake/fonts/Roboto.js') as Record<string, Record<string, string>>;
  const fontFiles = new Set(Object.values(fonts.Roboto ?? {}));
  instance.setFonts(fonts);
  // Reports are built from our own data: never fetch a URL, never read a file other than the fonts.
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((path) => fontFiles.has(path));
  pdfmake = instance;
  return instance;
}

/** Shared typography of every report. */
export const REPORT_STYLES: StyleDictionary = {
  h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
  h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
  h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
  small: { fontSize: 8, color: '#444444' },
  tableHeader: { bold: true, fillColor: '#eeeeee' },
  demo: { bold: true, color: '#8a1c00' },
};

/** Renders a document (A4, Roboto 9.5 pt unless the document says otherwise) to a PDF buffer. */
export function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return engine()
    .createPdf({
      pageSize: 'A4',
      pageMargins: [40, 48, 40, 48],
      ...doc,
      defaultStyle: { font: 'Roboto', fontSize: 9.5, ...doc.defaultStyle },
      styles: { ...REPORT_STYLES, ...doc.styles },
    })
    .getBuffer();
}

/**
 * An ECharts option rendered to an SVG string on the server (no DOM, no canvas). Animation is off so
 * the SVG shows the final state; text uses Roboto so the PDF embeds the same font as the body.
 */
export function chartSvg(option: echarts.EChartsCoreOption, size: { width: number; height: number }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'Roboto' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** A chart as a pdfmake node, `width` points wide (the SVG keeps its aspect ratio). */
export function chartNode(
  option: echarts.EChartsCoreOption,
  size: { width: number; height: number },
  width = 515,
): Content {
  return { svg: chartSvg(option, size), width };
}
