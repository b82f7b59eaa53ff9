/** Reads a PDF the way a reader would see it: the text of every page (pdf.js through unpdf). */
import { extractText, getDocumentProxy } from 'unpdf';

export async function pdfText(buffer: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text };
}
