/**
 * The portal's HTML: one layout and a function per page, every value escaped by the `html` tag.
 * Pages work without JavaScript (forms are GET forms, charts and maps are inline SVG) and are
 * mobile-first: one column, tables scroll sideways inside their own box (focusable, so a keyboard
 * can scroll it too).
 */
import { histogramBins, histogramSvg, binOf } from '../../../domain/portal/histogram';
import { html, raw, type SafeHtml } from '../../../domain/portal/html';
import { formatPlace } from '../../../domain/portal/ranking';
import { sparklineSvg } from '../../../domain/portal/sparkline';
import { publishedAnchor } from '../../../domain/portal/published';
import { classOf, mapSvg, projectFeatures, quantileBreaks } from '../../../domain/portal/svg-map';
import { formatDate, formatNumber, kindName, word, type Lang, type WordKey } from './portal.i18n';
import type { PortalIndicator, PortalService, PortalUnit } from './portal.service';

type Home = Awaited<ReturnType<PortalService['home']>>;
type Profile = NonNullable<Awaited<ReturnType<PortalService['unitProfile']>>>;
type IndicatorPage = NonNullable<Awaited<ReturnType<PortalService['indicatorPage']>>>;
type Compare = Awaited<ReturnType<PortalService['compare']>>;

/** Rows of the ranking table per page (the downloads hold all of them). */
export const RANKING_PAGE = 100;

export interface PageContext {
  lang: Lang;
  baseUrl: string;
  /** Path and query of the page without `lang` (the canonical address in Polish). */
  path: string;
  query: URLSearchParams;
  /** The source attribution shown on every page. */
  attribution: string;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#fff}
a{color:#0b4f9c}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:2}
header.top{background:#0b2f5b;color:#fff}header.top a{color:#fff}
.wrap{max-width:1080px;margin:0 auto;padding:0 16px}
.top .wrap{display:flex;flex-wrap:wrap;gap:8px 20px;align-items:center;padding-top:10px;padding-bottom:10px}
.brand{font-weight:700;text-decoration:none;margin-right:auto}
.top nav ul{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;margin:0;padding:0}
main{padding:16px 0 32px;overflow-wrap:anywhere}
h1{font-size:1.6rem;line-height:1.25;margin:8px 0 12px}h2{font-size:1.25rem;margin:28px 0 8px}
.lead{font-size:1.05rem;color:#39424e;max-width:60ch}
.muted{color:#4d5663}.small{font-size:.875rem}
.counts{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:12px;list-style:none;padding:0}
.counts li{border:1px solid #d4d9e0;border-radius:8px;padding:12px}.counts strong{display:block;font-size:1.5rem}
form.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;background:#f3f5f8;padding:12px;border-radius:8px}
form.filters label{display:flex;flex-direction:column;gap:4px;font-weight:600;font-size:.9rem}
form.filters fieldset{border:0;margin:0;padding:0;min-width:0}form.filters legend{font-weight:600;font-size:.9rem}
input,select,button{font:inherit;padding:8px;border:1px solid #6b7480;border-radius:6px;background:#fff;color:#1b1f24;min-height:44px}
button{background:#0b4f9c;color:#fff;border-color:#0b4f9c;cursor:pointer;padding:8px 16px}
.checks{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:4px 16px}
.checks label{flex-direction:row;font-weight:400;align-items:center}
.checks input{min-height:auto;width:20px;height:20px}
.table-box{overflow-x:auto;border:1px solid #d4d9e0;border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:.95rem}caption{text-align:left;padding:8px;font-weight:600}
th,td{padding:6px 8px;border-top:1px solid #e3e7ec;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.own td{background:#fff4d6;font-weight:600}
.downloads{display:flex;gap:16px;margin:8px 0}
.chart{width:100%;height:auto;max-width:720px}.bar{fill:#5b8fd1}.bar--marked{fill:#c25e00;stroke:#1b1f24;stroke-width:2}
.axis{font-size:12px;fill:#39424e}.axis-line{stroke:#6b7480}
.sparkline .spark{fill:none;stroke:#0b4f9c;stroke-width:1.5}.spark-dot{fill:#0b4f9c}
.map{width:100%;height:auto;max-width:560px}.map path{stroke:#fff;stroke-width:.5}
.map .no-data{fill:#e3e7ec}.map .highlight{fill:#c25e00;stroke:#1b1f24;stroke-width:1.5}
.cls-0{fill:#deebf7}.cls-1{fill:#9ecae1}.cls-2{fill:#6baed6}.cls-3{fill:#3182bd}.cls-4{fill:#08519c}
.legend{display:flex;flex-wrap:wrap;gap:4px 12px;list-style:none;padding:0;font-size:.875rem}
.legend span{display:inline-block;width:14px;height:14px;margin-right:4px;vertical-align:-2px;border:1px solid #6b7480}
.bars text{font-size:13px;fill:#1b1f24}.bars rect{fill:#5b8fd1}
.pager{display:flex;gap:16px;align-items:center;margin:8px 0}
ul.plain{padding-left:18px}
footer{border-top:1px solid #d4d9e0;padding:16px 0;font-size:.875rem;color:#4d5663}
@media (min-width:800px){h1{font-size:2rem}.two{display:grid;grid-template-columns:1fr 1fr;gap:24px}}
`;

function url(ctx: PageContext, path: string, params: Record<string, string | undefined> = {}, lang = ctx.lang) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, v);
  if (lang === 'en') q.set('lang', 'en');
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The current page's address with some parameters changed (others kept), in the page's language. */
function withParams(ctx: PageContext, changes: Record<string, string | undefined>, lang = ctx.lang) {
  const params: Record<string, string | undefined> = Object.fromEntries(ctx.query);
  return url(ctx, ctx.path, { ...params, ...changes }, lang);
}

export function layout(ctx: PageContext, meta: { title: string; description: string }, body: SafeHtml): string {
  const t = (k: WordKey) => word(ctx.lang, k);
  const canonicalPl = ctx.baseUrl + withParams(ctx, { format: undefined }, 'pl');
  const canonicalEn = ctx.baseUrl + withParams(ctx, { format: undefined }, 'en');
  const other = ctx.lang === 'pl' ? 'en' : 'pl';
  return (
    '<!doctype html>' +
    html`<html lang="${ctx.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${meta.title} — Miernik</title>
        <meta name="description" content="${meta.description}" />
        <link rel="canonical" href="${ctx.lang === 'pl' ? canonicalPl : canonicalEn}" />
        <link rel="alternate" hreflang="pl" href="${canonicalPl}" />
        <link rel="alternate" hreflang="en" href="${canonicalEn}" />
        <link rel="alternate" hreflang="x-default" href="${canonicalPl}" />
        <style>
          ${raw(STYLE)}
        </style>
      </head>
      <body>
        <a class="skip" href="#content">${t('skip')}</a>
        <header class="top">
          <div class="wrap">
            <a class="brand" href="${url(ctx, '/portal')}">${t('siteName')}</a>
            <nav aria-label="${t('siteName')}">
              <ul>
                <li><a href="${url(ctx, '/portal')}">${t('navHome')}</a></li>
                <li><a href="${url(ctx, '/porownaj')}">${t('navCompare')}</a></li>
                <li><a href="/api/docs">${t('navOpenApi')}</a></li>
                <li><a href="/login">${t('navSignIn')}</a></li>
                <li>
                  <a href="${withParams(ctx, {}, other)}" hreflang="${other}" lang="${other}"
                    >${other === 'en' ? 'English' : 'Polski'}</a
                  >
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="content"><div class="wrap">${body}</div></main>
        <footer>
          <div class="wrap">
            <p>${t('footer')}</p>
            <p>${ctx.attribution}</p>
          </div>
        </footer>
      </body>
    </html>`.value
  );
}

function num(lang: Lang, value: number | null, decimals: number) {
  return value === null ? word(lang, 'noValue') : formatNumber(lang, value, decimals);
}

function unitLink(ctx: PageContext, u: { code: string; name: string }) {
  return html`<a href="${url(ctx, `/jst/${encodeURIComponent(u.code)}`)}">${u.name}</a>`;
}

function indicatorLink(ctx: PageContext, i: PortalIndicator, params: Record<string, string | undefined> = {}) {
  return html`<a href="${url(ctx, `/wskazniki/${encodeURIComponent(i.code)}`, params)}">${i.names[ctx.lang]}</a>`;
}

function downloads(ctx: PageContext, what: string) {
  const t = (k: WordKey) => word(ctx.lang, k);
  return html`<p class="downloads">
    <span>${t('download')} (${what}):</span>
    <a href="${withParams(ctx, { format: 'csv' })}" download>CSV</a>
    <a href="${withParams(ctx, { format: 'xlsx' })}" download>XLSX</a>
  </p>`;
}

function searchForm(ctx: PageContext, q: string) {
  const t = (k: WordKey) => word(ctx.lang, k);
  return html`<form class="filters" method="get" action="/portal" role="search">
    <label>${t('searchLabel')}<input type="search" name="q" value="${q}" autocomplete="off" /></label>
    ${ctx.lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
    <button type="submit">${t('searchButton')}</button>
  </form>`;
}

export function homePage(
  ctx: PageContext,
  data: Home,
  search: { q: string; items: PortalUnit[]; more: boolean } | null,
): string {
  const { lang } = ctx;
  const t = (k: WordKey, p?: Record<string, string | number>) => word(lang, k, p);
  const n = (v: number) => formatNumber(lang, v, 0);
  const body = html`<h1>${t('homeTitle')}</h1>
    <p class="lead">${t('homeDescription')}</p>
    <h2 id="search">${t('search')}</h2>
    ${searchForm(ctx, search?.q ?? '')}
    ${
      search
        ? html`<section aria-labelledby="results">
            <h2 id="results">${t('searchResults')}</h2>
            ${
              search.items.length === 0
                ? html`<p>${t('searchNone')}</p>`
                : html`<ul class="plain">
                      ${search.items.map(
                        (u) =>
                          html`<li>
                            ${unitLink(ctx, u)} <span class="muted">(${kindName(lang, u.kind)}, ${u.code})</span>
                          </li>`,
                      )}
                    </ul>
                    ${search.more ? html`<p class="muted">${t('searchMore', { n: search.items.length })}</p>` : ''}`
            }
          </section>`
        : ''
    }
    <h2>${t('holds')}</h2>
    <ul class="counts">
      <li><strong>${n(data.counts.units)}</strong>${t('countUnits')}</li>
      <li><strong>${n(data.counts.indicators)}</strong>${t('countIndicators')}</li>
      <li><strong>${n(data.counts.values)}</strong>${t('countValues')}</li>
      <li><strong>${n(data.counts.releases)}</strong>${t('countReleases')}</li>
      <li><strong>${n(data.counts.practices)}</strong>${t('countPractices')}</li>
    </ul>
    <div class="two">
      <section>
        <h2>${t('latestReleases')}</h2>
        ${
          data.releases.length === 0
            ? html`<p>${t('noReleases')}</p>`
            : html`<ul class="plain">
                ${data.releases.map(
                  (r) =>
                    html`<li>
                      <a href="/api/open/v1/releases/${String(r.number)}"
                        >${t('release')} ${String(r.number)}: ${r.title[lang]}</a
                      >
                      <span class="muted">(${t('publishedOn', { date: formatDate(lang, r.publishedAt!) })})</span>
                    </li>`,
                )}
              </ul>`
        }
      </section>
      <section>
        <h2>${t('latestPractices')}</h2>
        ${
          data.practices.length === 0
            ? html`<p>${t('noPractices')}</p>`
            : html`<ul class="plain">
                ${data.practices.map(
                  (p) =>
                    html`<li>
                      <a href="/good-practices/${String(p.id)}">${p.title}</a>
                      <span class="muted">${p.units.map((u) => u.name).join(', ')}</span>
                    </li>`,
                )}
              </ul>`
        }
      </section>
    </div>
    <section>
      <h2>${t('allIndicators')}</h2>
      <p><a href="${url(ctx, '/porownaj')}">${t('compareTitle')}</a></p>
    </section>`;
  return layout(ctx, { title: t('homeTitle'), description: t('homeDescription') }, body);
}

export function unitPage(ctx: PageContext, p: Profile): string {
  const { lang } = ctx;
  const t = (k: WordKey, params?: Record<string, string | number>) => word(lang, k, params);
  const kind = kindName(lang, p.unit.kind);
  const sources = [...new Set(p.rows.map((r) => r.indicator.source))];
  const mapMarkup = p.map
    ? raw(
        mapSvg(projectFeatures(p.map.features, 560), {
          label: t(p.map.level === 'voivodeship' ? 'unitMapCountry' : 'unitMap', { name: p.unit.name }),
          classOf: () => -1,
          title: (code) => p.map!.features.find((f) => f.code === code)?.name ?? code,
          highlight: p.unit.code,
        }),
      )
    : null;
  const body = html`<h1>${p.unit.name}</h1>
    <p class="lead">
      ${kind}${p.voivodeship ? html`, ${t('voivodeship').toLowerCase()} ${p.voivodeship.name}` : ''} · ${t('code')}
      ${p.unit.code}
    </p>
    <p><a href="${url(ctx, '/porownaj', { jst: p.unit.code })}">${t('compareFromProfile')}</a></p>
    <h2>${t('unitIndicators')}</h2>
    ${
      p.rows.length === 0
        ? html`<p>${t('unitNoValues')}</p>`
        : html`<p class="muted small">${t('placeNote')}</p>
            ${downloads(ctx, t('unitIndicators'))}
            <div class="table-box" tabindex="0" role="region" aria-label="${t('unitIndicators')}">
              <table>
                <caption>
                  ${t('unitIndicators')}: ${p.unit.name}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t('indicator')}</th>
                    <th scope="col">${t('period')}</th>
                    <th scope="col" class="num">${t('value')}</th>
                    <th scope="col">${t('place')}</th>
                    <th scope="col">${t('trend')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${p.rows.map((r) => {
                    const first = r.series.find((x) => x.value !== null)?.period;
                    return html`<tr>
                      <th scope="row">
                        ${indicatorLink(ctx, r.indicator, { period: r.period, kind: p.unit.kind })}<br /><span
                          class="muted small"
                          >${r.indicator.unit}</span
                        >
                      </th>
                      <td>${r.period}</td>
                      <td class="num">${num(lang, r.value, r.indicator.decimals)}</td>
                      <td>
                        ${r.place ? t('placeAmong', { place: formatPlace(r.place), of: r.place.of }) : html`<span class="muted">${t('placeSuppressed')}</span>`}
                      </td>
                      <td>
                        ${raw(
                          sparklineSvg(
                            r.series.map((x) => x.value),
                            `${r.indicator.names[lang]}: ${first ?? ''}–${r.period}`,
                          ),
                        )}
                      </td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
    }
    <div class="two">
      <section>
        <h2>${t('map')}</h2>
        ${mapMarkup ?? html`<p>${t('noMap')}</p>`}
      </section>
      <section>
        <h2>${t('sources')}</h2>
        ${
          sources.length
            ? html`<ul class="plain">
                ${sources.map((s) => html`<li>${s}</li>`)}
              </ul>`
            : html`<p>${ctx.attribution}</p>`
        }
      </section>
    </div>
    <h2>${t('practices')}</h2>
    ${
      p.practices.length === 0
        ? html`<p>${t('unitNoPractices')}</p>`
        : html`<ul class="plain">
            ${p.practices.map((x) => html`<li><a href="/good-practices/${String(x.id)}">${x.title}</a></li>`)}
          </ul>`
    }
    <h2>${t('awards')}</h2>
    ${
      p.awards.length === 0
        ? html`<p>${t('noAwards')}</p>`
        : html`<ul class="plain">
            ${p.awards.map(
              (a) =>
                html`<li>
                  <a href="/competition/${String(a.editionId)}/results">${a.edition} (${String(a.year)})</a>: ${a.title}
                  — ${t(a.award)}
                </li>`,
            )}
          </ul>`
    }
    <h2>${t('strategies')}</h2>
    ${
      p.strategies.length === 0
        ? html`<p>${t('noStrategies')}</p>`
        : html`<ul class="plain">
            ${p.strategies.map(
              (s) =>
                html`<li>
                  ${s.name} (${s.periodFrom}–${s.periodTo}):
                  ${s.reports.map(
                    (r, i) =>
                      html`${i > 0 ? ', ' : ''}<a
                          href="/api/v1/public/strategies/${String(s.id)}/report?period=${encodeURIComponent(r.period)}&amp;format=pdf&amp;lang=${lang}"
                          >${t('reportFor', { period: r.period })}</a
                        >`,
                  )}
                </li>`,
            )}
          </ul>`
    }
    ${publishedSections(ctx, p)}`;
  return layout(
    ctx,
    {
      title: p.unit.name,
      description: `${p.unit.name} (${kind}): ${t('unitIndicators').toLowerCase()}, ${t('ranking').toLowerCase()}, ${t('map').toLowerCase()}.`,
    },
    body,
  );
}

/**
 * What the unit itself published: survey results, self-assessments and improvement plans. Each has
 * an anchor on the unit's profile (`publishedAnchor`), which is where the staff pages' "public
 * version" links lead — a page people read — with the JSON of the open reads linked beside it.
 */
function publishedSections(ctx: PageContext, p: Profile): SafeHtml {
  const { lang } = ctx;
  const t = (k: WordKey, params?: Record<string, string | number>) => word(lang, k, params);
  const pct = (x: number) => formatNumber(lang, x * 100, 0);
  const date = (iso: string) => formatDate(lang, iso);
  return html`<h2>${t('surveys')}</h2>
    ${
      p.surveys.length === 0
        ? html`<p>${t('noSurveys')}</p>`
        : html`<ul class="plain">
            ${p.surveys.map(
              (s) =>
                html`<li id="${publishedAnchor('survey', s.wave.id)}">
                  <strong>${s.wave.title}</strong>
                  (${s.wave.template.titles[lang]}):
                  ${
                    s.marginOfError === null
                      ? t('surveyAnswersNoMargin', { n: s.n, date: date(s.wave.closesAt) })
                      : t('surveyAnswers', {
                          n: s.n,
                          date: date(s.wave.closesAt),
                          margin: formatNumber(lang, s.marginOfError * 100, 1),
                        })
                  }
                  ${s.headline.map(
                    (h) =>
                      html`<br />${
                          h.result.suppressed
                            ? t('suppressedFigure', { n: s.minimumN })
                            : t('favourable', {
                                share: pct(h.result.figures.estimate),
                                lower: pct(h.result.figures.lower),
                                upper: pct(h.result.figures.upper),
                              })
                        }`,
                  )}
                  <br /><a href="/api/v1/public/survey-waves/${String(s.wave.id)}/results">${t('dataJson')}</a>
                </li>`,
            )}
          </ul>`
    }
    <h2>${t('assessments')}</h2>
    ${
      p.assessments.length === 0
        ? html`<p>${t('noAssessments')}</p>`
        : html`<ul class="plain">
            ${p.assessments.map(
              (a) =>
                html`<li id="${publishedAnchor('assessment', a.id)}">
                  <strong>${a.title ?? a.frameworkTitle[lang]}</strong>:
                  ${t('assessmentRound', {
                    round: a.round,
                    date: date(a.date),
                    total: a.total === null ? '—' : formatNumber(lang, a.total, 0),
                    max: formatNumber(lang, a.maxTotal, 0),
                  })}
                  — <a href="/api/v1/public/assessments/${String(a.id)}">${t('dataJson')}</a>
                </li>`,
            )}
          </ul>`
    }
    <h2>${t('plans')}</h2>
    ${
      p.plans.length === 0
        ? html`<p>${t('noPlans')}</p>`
        : p.plans.map(
            (plan) =>
              html`<h3 id="${publishedAnchor('plan', plan.id)}">${plan.title} (${plan.period})</h3>
                <p><a href="/api/v1/public/improvement-plans/${String(plan.id)}">${t('dataJson')}</a></p>
                <div class="table-box" tabindex="0" role="region" aria-label="${plan.title}">
                  <table>
                    <caption>
                      ${t('plans')}: ${plan.title}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">${t('action')}</th>
                        <th scope="col">${t('status')}</th>
                        <th scope="col">${t('deadline')}</th>
                        <th scope="col">${t('progress')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${plan.actions.map(
                        (a) =>
                          html`<tr>
                            <th scope="row">${a.title}</th>
                            <td>${t(`status-${a.status}`)}${a.overdue ? html` (${t('overdue')})` : ''}</td>
                            <td>${a.endDate === null ? '—' : date(a.endDate)}</td>
                            <td>${a.progress === null ? '—' : `${formatNumber(lang, a.progress, 0)}%`}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`,
          )
    }`;
}

function legend(ctx: PageContext, breaks: number[], min: number, decimals: number) {
  const items = breaks.map((b, i) => {
    const from = i === 0 ? min : breaks[i - 1]!;
    return html`<li>
      <span class="cls-${String(i)}"></span>${formatNumber(ctx.lang, from, decimals)} –
      ${formatNumber(ctx.lang, b, decimals)}
    </li>`;
  });
  return html`<ul class="legend" aria-label="${word(ctx.lang, 'legend')}">
    ${items}
    <li><span class="no-data"></span>${word(ctx.lang, 'legendNoData')}</li>
  </ul>`;
}

export function indicatorPage(
  ctx: PageContext,
  p: IndicatorPage,
  query: { kind?: string | undefined; voivodeship?: string | undefined; page: number },
): string {
  const { lang } = ctx;
  const t = (k: WordKey, params?: Record<string, string | number>) => word(lang, k, params);
  const i = p.indicator;
  const fmt = (v: number) => formatNumber(lang, v, i.decimals);
  const values = p.ranked.map((r) => r.value);
  const sorted = [...values].sort((a, b) => a - b);
  const bins = histogramBins(values);
  const pages = Math.max(1, Math.ceil(p.ranked.length / RANKING_PAGE));
  const page = Math.min(query.page, pages);
  const shown = p.ranked.slice((page - 1) * RANKING_PAGE, page * RANKING_PAGE);
  let mapMarkup: SafeHtml | null = null;
  if (p.map) {
    const values = p.map.values;
    const breaks = quantileBreaks([...values.values()], 5);
    const names = new Map(p.map.features.map((f) => [f.code, f.name]));
    const level = t(
      p.map.level === 'voivodeship'
        ? 'levelVoivodeship'
        : p.map.level === 'county'
          ? 'levelCounty'
          : 'levelMunicipality',
    );
    const caption = p.map.mode === 'county-median' ? t('mapCountyMedian') : t('mapDirect', { level });
    mapMarkup = html`<p>${caption}</p>
      ${raw(
        mapSvg(projectFeatures(p.map.features, 560), {
          label: `${i.names[lang]}, ${p.period}: ${caption}`,
          classOf: (code) => classOf(values.get(code) ?? NaN, breaks),
          title: (code) => {
            const v = values.get(code);
            return `${names.get(code) ?? code}: ${v === undefined ? t('legendNoData') : fmt(v)}`;
          },
        }),
      )}${legend(ctx, breaks, Math.min(...values.values()), i.decimals)}`;
  }
  const periodOptions = [...i.periods]
    .reverse()
    .map(
      (x) => html`<option value="${x.period}" ${x.period === p.period ? raw(' selected') : ''}>${x.period}</option>`,
    );
  const kindOptions = p.kinds.map(
    (k) => html`<option value="${k}" ${k === query.kind ? raw(' selected') : ''}>${kindName(lang, k)}</option>`,
  );
  const voivodeshipOptions = p.voivodeships.map(
    (v) => html`<option value="${v.code}" ${v.code === query.voivodeship ? raw(' selected') : ''}>${v.name}</option>`,
  );
  const median = sorted.length
    ? sorted.length % 2
      ? sorted[sorted.length >> 1]!
      : (sorted[(sorted.length >> 1) - 1]! + sorted[sorted.length >> 1]!) / 2
    : null;
  const body = html`<h1>${i.names[lang]}</h1>
    <p class="lead">${i.definition[lang]}</p>
    <div class="table-box" tabindex="0" role="region" aria-label="${t('definition')}">
      <table>
        <caption>
          ${t('definition')}
        </caption>
        <tbody>
          <tr>
            <th scope="row">${t('measureUnit')}</th>
            <td>${i.unit}</td>
          </tr>
          <tr>
            <th scope="row">${t('formula')}</th>
            <td><code>${i.formula}</code></td>
          </tr>
          <tr>
            <th scope="row">${t('polarity')}</th>
            <td>${t(i.polarity)}</td>
          </tr>
          <tr>
            <th scope="row">${t('kind')}</th>
            <td>${i.unitKinds.map((k) => kindName(lang, k)).join(', ')}</td>
          </tr>
          <tr>
            <th scope="row">${t('source')}</th>
            <td>${i.source}</td>
          </tr>
        </tbody>
      </table>
    </div>
    <h2 id="filters">${t('filters')}</h2>
    <form class="filters" method="get" action="/wskazniki/${encodeURIComponent(i.code)}">
      <label
        >${t('period')}<select name="period">
          ${periodOptions}
        </select></label
      >
      <label
        >${t('kind')}<select name="kind">
          <option value="">${t('allKinds')}</option>
          ${kindOptions}
        </select></label
      >
      <label
        >${t('voivodeship')}<select name="woj">
          <option value="">${t('allVoivodeships')}</option>
          ${voivodeshipOptions}
        </select></label
      >
      ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
      <button type="submit">${t('show')}</button>
    </form>
    ${
      p.level
        ? html`<p role="note">
            ${t('levelShown', {
              level: t(
                p.level === 'voivodeship'
                  ? 'levelVoivodeship'
                  : p.level === 'county'
                    ? 'levelCounty'
                    : p.level === 'municipality'
                      ? 'levelMunicipality'
                      : 'levelOther',
              ),
            })}
          </p>`
        : ''
    }
    <h2>${t('distribution')}</h2>
    ${
      bins.length === 0 || median === null
        ? html`<p>${t('noValues')}</p>`
        : html`<p>
              ${t('summary', { n: formatNumber(lang, values.length, 0), median: fmt(median), min: fmt(sorted[0]!), max: fmt(sorted.at(-1)!) })}
            </p>
            ${raw(histogramSvg(bins, { label: t('distributionLabel', { n: values.length, period: p.period }), format: fmt, highlight: binOf(bins, median) }))}`
    }
    <h2>${t('map')}</h2>
    ${mapMarkup ?? html`<p>${t('noValues')}</p>`}
    <h2>${t('howToRead')}</h2>
    <p>${t('howToReadText')}</p>
    <p>${t('polarity')}: ${t(i.polarity)}.</p>
    <h2 id="ranking">${t('ranking')}</h2>
    ${
      p.ranked.length === 0
        ? html`<p>${t('noValues')}</p>`
        : html`${downloads(ctx, t('ranking'))}
            <div class="table-box" tabindex="0" role="region" aria-label="${t('ranking')}">
              <table>
                <caption>
                  ${t('rankingCaption', { period: p.period, n: p.ranked.length })}${pages > 1 ? html` — ${t('rankingPage', { page, pages })}` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" class="num">${t('place')}</th>
                    <th scope="col">${t('unit')}</th>
                    <th scope="col">${t('kind')}</th>
                    <th scope="col" class="num">${t('value')} (${i.unit})</th>
                  </tr>
                </thead>
                <tbody>
                  ${shown.map(
                    (r) =>
                      html`<tr>
                        <td class="num">${formatPlace(r)}</td>
                        <th scope="row">${unitLink(ctx, r.key)}</th>
                        <td>${kindName(lang, r.key.kind)}</td>
                        <td class="num">${fmt(r.value)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${
              pages > 1
                ? html`<nav class="pager" aria-label="${t('ranking')}">
                    ${page > 1 ? html`<a href="${withParams(ctx, { strona: String(page - 1) })}#ranking">${t('previous')}</a>` : ''}<span>${t('rankingPage', { page, pages })}</span>${page < pages ? html`<a href="${withParams(ctx, { strona: String(page + 1) })}#ranking">${t('next')}</a>` : ''}
                  </nav>`
                : ''
            }`
    }`;
  return layout(
    ctx,
    { title: `${i.names[lang]} (${p.period})`, description: `${i.names[lang]}: ${i.definition[lang]}`.slice(0, 300) },
    body,
  );
}

/** Horizontal bars of one indicator over the compared units; negative values extend left of zero. */
function barsSvg(lang: Lang, label: string, rows: { name: string; value: number | null }[], decimals: number): string {
  const width = 640;
  const rowHeight = 28;
  const labelWidth = 220;
  const plot = width - labelWidth - 90;
  const finite = rows.map((r) => r.value).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  const span = hi - lo || 1;
  const x = (v: number) => labelWidth + ((v - lo) / span) * plot;
  const esc = (s: string) => html`${s}`.value;
  const shapes = rows
    .map((r, i) => {
      const y = i * rowHeight + 4;
      const name = r.name.length > 30 ? `${r.name.slice(0, 29)}…` : r.name;
      const text = `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${esc(name)}</text>`;
      if (r.value === null)
        return `${text}<text x="${labelWidth + 4}" y="${y + 15}">${esc(word(lang, 'noValue'))}</text>`;
      const a = x(Math.min(0, r.value));
      const b = x(Math.max(0, r.value));
      return `${text}<rect x="${a.toFixed(1)}" y="${y}" width="${Math.max(1, b - a).toFixed(1)}" height="${rowHeight - 8}"></rect><text x="${(b + 4).toFixed(1)}" y="${y + 15}">${esc(formatNumber(lang, r.value, decimals))}</text>`;
    })
    .join('');
  const height = rows.length * rowHeight + 8;
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(label)}" class="chart bars">${shapes}</svg>`;
}

export function comparePage(
  ctx: PageContext,
  c: Compare,
  form: { units: string[]; indicators: string[]; period: string; matches: PortalUnit[] },
): string {
  const { lang } = ctx;
  const t = (k: WordKey, params?: Record<string, string | number>) => word(lang, k, params);
  const chosen = new Set(c.indicators.map((x) => x.indicator.code));
  const share =
    c.units.length && c.indicators.length
      ? ctx.baseUrl +
        url(ctx, '/porownaj', {
          jst: c.units.map((u) => u.code).join(','),
          wskazniki: c.indicators.map((x) => x.indicator.code).join(','),
          okres: form.period || undefined,
        })
      : null;
  const periods = [...new Set(c.all.flatMap((i) => i.periods.map((p) => p.period)))].sort().reverse();
  const body = html`<h1>${t('compareTitle')}</h1>
    <p class="lead">${t('compareDescription')}</p>
    <form class="filters" method="get" action="/porownaj">
      <label
        >${t('compareUnits')}<input name="jst" value="${c.units.map((u) => u.code).join(',')}" inputmode="numeric"
      /></label>
      <label>${t('compareAdd')}<input type="search" name="dodaj" value="" /></label>
      <label
        >${t('period')}<select name="okres">
          <option value="">${t('compareLatest')}</option>
          ${periods.map((p) => html`<option value="${p}" ${p === form.period ? raw(' selected') : ''}>${p}</option>`)}
        </select></label
      >
      <fieldset>
        <legend>${t('compareIndicators')}</legend>
        <div class="checks">
          ${c.all.map(
            (i) =>
              html`<label
                ><input
                  type="checkbox"
                  name="wskazniki"
                  value="${i.code}"
                  ${chosen.has(i.code) ? raw(' checked') : ''}
                />
                ${i.names[lang]}</label
              >`,
          )}
        </div>
      </fieldset>
      ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
      <button type="submit">${t('compareButton')}</button>
    </form>
    ${
      form.matches.length
        ? html`<p>${t('compareMatches')}</p>
            <ul class="plain">
              ${form.matches.map((u) => html`<li><a href="${url(ctx, '/porownaj', { jst: [...c.units.map((x) => x.code), u.code].join(','), wskazniki: c.indicators.map((x) => x.indicator.code).join(',') || undefined, okres: form.period || undefined })}">${u.name}</a> <span class="muted">(${kindName(lang, u.kind)}, ${u.code})</span></li>`)}
            </ul>`
        : ''
    }
    ${c.unknownUnits.length || c.unknownIndicators.length ? html`<p role="status">${t('compareUnknown', { codes: [...c.unknownUnits, ...c.unknownIndicators].join(', ') })}</p>` : ''}
    ${
      !share
        ? html`<p>${t('compareEmpty')}</p>`
        : html`<p>${t('compareShare')}: <a href="${share}">${share}</a></p>
            ${c.indicators.map(
              (col) =>
                html`<h2>${indicatorLink(ctx, col.indicator, { period: col.period })} (${col.period})</h2>
                  ${raw(
                    barsSvg(
                      lang,
                      t('compareChart', { indicator: col.indicator.names[lang], period: col.period }),
                      c.units.map((u, k) => ({ name: u.name, value: col.values[k] ?? null })),
                      col.indicator.decimals,
                    ),
                  )}`,
            )}
            <h2>${t('units')}</h2>
            ${downloads(ctx, t('compareTitle'))}
            <div class="table-box" tabindex="0" role="region" aria-label="${t('compareTitle')}">
              <table>
                <caption>
                  ${t('compareTitle')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t('unit')}</th>
                    ${c.indicators.map((col) => html`<th scope="col" class="num">${col.indicator.names[lang]} (${col.period}, ${col.indicator.unit})</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${c.units.map(
                    (u, k) =>
                      html`<tr>
                        <th scope="row">${unitLink(ctx, u)}</th>
                        ${c.indicators.map((col) => html`<td class="num">${num(lang, col.values[k] ?? null, col.indicator.decimals)}</td>`)}
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
    }`;
  return layout(ctx, { title: t('compareTitle'), description: t('compareDescription') }, body);
}

export function notFoundPage(ctx: PageContext): string {
  const t = (k: WordKey) => word(ctx.lang, k);
  return layout(
    ctx,
    { title: t('notFoundTitle'), description: t('notFoundText') },
    html`<h1>${t('notFoundTitle')}</h1>
      <p>${t('notFoundText')}</p>
      <p><a href="${url(ctx, '/portal')}">${t('backHome')}</a></p>`,
  );
}
