/**
 * HTML built from template literals where every interpolated value is escaped unless it is itself
 * built by {@link html} (or marked by {@link raw}). Names of units, indicators and practices come
 * from imports and forms, so a page never concatenates a string into markup by hand.
 */

/** Markup that is already safe to place in a page. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML element or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Trusted markup (SVG the domain generated, a fixed style sheet): placed as is. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template: `html\`<td>${name}</td>\`` escapes `name`; nested `html` results, arrays of them
 * and `raw` pass through; null, undefined and false render nothing.
 * @example html`<p title="${'a"b'}">${'<b>'}</p>`.value === '<p title="a&quot;b">&lt;b&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}
