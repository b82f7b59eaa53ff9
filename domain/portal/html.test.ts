import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw } from './html';

describe('html', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`" onmouseover='x'`, '&quot; onmouseover=&#39;x&#39;'],
    ['Ząbki & Łódź', 'Ząbki &amp; Łódź'],
    ['', ''],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
    expect(html`<b title="${input}">${input}</b>`.value).toBe(`<b title="${expected}">${expected}</b>`);
  });

  it('passes nested markup, arrays and raw through; skips null, undefined and false', () => {
    const items = ['a<', 'b'].map((x) => html`<li>${x}</li>`);
    // Prettier formats html`` templates as HTML (adding whitespace); this one must stay as written.
    // prettier-ignore
    const page = html`<ul>${items}</ul>${null}${undefined}${false}${raw('<svg/>')}${0}`;
    expect(page.value).toBe('<ul><li>a&lt;</li><li>b</li></ul><svg/>0');
  });
});
