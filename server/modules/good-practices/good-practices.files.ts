/**
 * Text and files of good practices: Markdown rendered to sanitised HTML (HTML typed into a text is
 * shown as text, never interpreted), and attachment checks — the type is read from the bytes
 * (file-type's magic numbers), not from the name or the Content-Type header.
 */
import { fileTypeFromBuffer } from 'file-type';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    // Raw HTML in the Markdown is escaped: "<script>" stays visible as text.
    html: ({ text }) => escapeHtml(text),
  },
});

/** What the rendered Markdown may contain after all: no images (attachments are separate), no raw attributes. */
const ALLOWED = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'h3',
    'h4',
    'h5',
    'h6',
    'a',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  // Headings of a text sit below the page's own headings.
  transformTags: {
    h1: 'h3',
    h2: 'h4',
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }),
  },
};

export function renderMarkdown(text: string): string {
  return sanitizeHtml(marked.parse(text, { async: false }), ALLOWED);
}

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;

/** Accepted types: detected media type → file-name extensions that may carry it. */
const ACCEPTED: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
};

export type AttachmentCheck =
  | { ok: true; fileName: string; mediaType: string }
  | { ok: false; status: 400 | 413; reason: string; field: 'fileName' | 'body' };

/** Why a file name is refused, or null: no paths, no control characters, no hidden files, one plain name. */
export function fileNameProblem(name: string): string | null {
  if (name.trim() === '') return 'the file name is empty';
  if (name.length > 200) return 'the file name is longer than 200 characters';
  if (name !== name.normalize('NFC').trim()) return 'the file name has leading or trailing spaces or is not normalised';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(name))
    return 'the file name contains control or text-direction characters';
  if (/[/\\]/.test(name)) return 'the file name contains a path separator';
  if (name.includes('..') || name.startsWith('.')) return 'the file name starts with a dot or contains ".."';
  if (/[<>:"|?*]/.test(name)) return 'the file name contains one of < > : " | ? *';
  if (!/\.[A-Za-z0-9]{1,5}$/.test(name)) return 'the file name has no extension';
  return null;
}

export async function checkAttachment(fileName: string, bytes: Uint8Array): Promise<AttachmentCheck> {
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    return {
      ok: false,
      status: 413,
      field: 'body',
      reason: `the file has ${bytes.length} bytes; at most ${MAX_ATTACHMENT_BYTES} (5 MiB) are accepted`,
    };
  const nameProblem = fileNameProblem(fileName);
  if (nameProblem) return { ok: false, status: 400, field: 'fileName', reason: nameProblem };
  if (bytes.length === 0) return { ok: false, status: 400, field: 'body', reason: 'the file is empty' };
  const detected = await fileTypeFromBuffer(bytes);
  const extension = fileName.split('.').pop()!.toLowerCase();
  if (!detected || !ACCEPTED[detected.mime])
    return {
      ok: false,
      status: 400,
      field: 'body',
      reason: `the content is ${detected ? detected.mime : 'not a recognised file type'}; only PDF, PNG, JPEG, WebP and GIF are accepted`,
    };
  if (!ACCEPTED[detected.mime]!.includes(extension))
    return {
      ok: false,
      status: 400,
      field: 'fileName',
      reason: `the name says .${extension} but the content is ${detected.mime} (.${ACCEPTED[detected.mime]![0]})`,
    };
  return { ok: true, fileName, mediaType: detected.mime };
}
