import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Card } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { useFormat } from '../../../lib/format';
import {
  useFramework,
  type Criterion,
  type Framework,
  type ScoreBand,
  type ScoreComponent,
  type ScoringMode,
} from '../api';
import { BandsTable } from '../components/bands-table';
import { QueryContent } from '../../../components/query-content';
import { useText } from '../labels';

/** The framework browser: criteria → subcriteria with their examples, split into enablers and results, and the scoring panels. */
export function FrameworkPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('selfAssessment');
  const framework = useFramework(id);
  return (
    <QueryContent query={framework} notFound={t('framework.notFound', { id })}>
      {(data) => <FrameworkView framework={data} />}
    </QueryContent>
  );
}

function FrameworkView({ framework }: { framework: Framework }) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const format = useFormat();
  const subcriteria = framework.criteria.reduce((n, c) => n + Math.max(1, c.subcriteria.length), 0);
  return (
    <>
      <PageHeader
        before={
          <Breadcrumb items={[{ to: '/self-assessment', label: t('home.title') }, { label: text(framework.title) }]} />
        }
        title={text(framework.title)}
        description={
          <>
            {framework.description ? <p>{text(framework.description)}</p> : null}
            <p className="muted">
              {t('framework.summary', {
                version: framework.version,
                criteria: format.number(framework.criteria.length),
                items: format.number(subcriteria),
                max: format.number(framework.aggregation.maxTotal),
              })}
            </p>
          </>
        }
      />
      <Card title={t('framework.aggregationTitle')}>
        <p>
          {t('framework.aggregation', {
            total: text(framework.aggregation.totalLabel),
            average: text(framework.aggregation.averageLabel),
          })}
        </p>
      </Card>
      {framework.kinds.map((kind) => {
        const criteria = framework.criteria.filter((c) => c.kind === kind.id);
        if (criteria.length === 0) return null;
        return (
          <section key={kind.id} className="framework-kind" aria-labelledby={`kind-${kind.id}`}>
            <h2 id={`kind-${kind.id}`}>
              {text(kind.title)}{' '}
              <span className="muted framework-kind__range">
                ({t('framework.criteriaRange', { from: criteria[0]!.id, to: criteria[criteria.length - 1]!.id })})
              </span>
            </h2>
            {criteria.map((criterion) => (
              <CriterionCard key={criterion.id} criterion={criterion} framework={framework} />
            ))}
          </section>
        );
      })}
      <section aria-labelledby="framework-modes">
        <h2 id="framework-modes">{t('framework.modesTitle')}</h2>
        {framework.modes.map((mode) => (
          <ModeCard key={mode.id} mode={mode} framework={framework} />
        ))}
      </section>
      {framework.sources.length > 0 || framework.notes.length > 0 ? (
        <Card title={t('framework.sourcesTitle')}>
          {framework.notes.length > 0 ? (
            <details className="disclosure">
              <summary>{t('framework.notes', { count: framework.notes.length })}</summary>
              {/* Provenance notes are written in English only (WCAG 3.1.2: language of parts). */}
              <ul lang="en">
                {framework.notes.map((note, index) => (
                  <li key={index}>{note.text}</li>
                ))}
              </ul>
            </details>
          ) : null}
          <ul className="plain-list link-stack">
            {framework.sources.map((source) => (
              <li key={source}>
                {/^https?:\/\//.test(source) ? (
                  <a href={source} rel="noreferrer">
                    {source}
                  </a>
                ) : (
                  source
                )}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}

function CriterionCard({ criterion, framework }: { criterion: Criterion; framework: Framework }) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const format = useFormat();
  const group = framework.groups.find((g) => g.id === criterion.group);
  return (
    <Card
      headingLevel={3}
      title={`${criterion.id}. ${text(criterion.title)}`}
      actions={
        <span className="muted">
          {group ? `${text(group.title)} · ` : ''}
          {t('framework.points', { count: criterion.points, points: format.number(criterion.points) })}
        </span>
      }
    >
      {criterion.description ? <p>{text(criterion.description)}</p> : null}
      {criterion.subcriteria.length === 0 ? (
        <p className="muted">{t('framework.scoredAsWhole')}</p>
      ) : (
        <ul className="subcriteria">
          {criterion.subcriteria.map((s) => (
            <li key={s.id} className="subcriteria__item">
              <p className="subcriteria__title">
                <span className="subcriteria__id">{s.id}</span> {text(s.title)}
              </p>
              {s.examples.length > 0 ? (
                <details className="disclosure">
                  <summary>{t('framework.examples', { count: s.examples.length, id: s.id })}</summary>
                  <ol className="examples-list" type="a">
                    {s.examples.map((example, index) => (
                      <li key={index}>{text(example)}</li>
                    ))}
                  </ol>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** Components sharing the same bands (fine-tuned P, D, C, A) get one table, not four identical ones. */
function bandGroups(components: readonly ScoreComponent[]): { components: ScoreComponent[]; bands: ScoreBand[] }[] {
  const groups = new Map<string, { components: ScoreComponent[]; bands: ScoreBand[] }>();
  for (const c of components) {
    if (!c.bands) continue;
    const key = JSON.stringify(c.bands);
    const group = groups.get(key) ?? { components: [], bands: c.bands };
    group.components.push(c);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function ModeCard({ mode, framework }: { mode: ScoringMode; framework: Framework }) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  return (
    <Card headingLevel={3} title={text(mode.title)}>
      {mode.description ? <p>{text(mode.description)}</p> : null}
      {framework.kinds.map((kind) => {
        const panel = mode.panels[kind.id];
        if (!panel) return null;
        return (
          <div key={kind.id} className="subsection">
            <h4 className="panel-title">{panel.title ? text(panel.title) : text(kind.title)}</h4>
            <p className="muted">
              {panel.components.length === 1
                ? t('framework.oneComponent')
                : t('framework.components', { names: panel.components.map((c) => text(c.title)).join(', ') })}
            </p>
            {bandGroups(panel.components).map(({ components, bands }) => (
              <BandsTable
                key={components[0]!.id}
                bands={bands}
                caption={`${text(mode.title)}: ${panel.title ? text(panel.title) : text(kind.title)}${panel.components.length > 1 ? ` — ${components.map((c) => text(c.title)).join(', ')}` : ''}`}
              />
            ))}
            {panel.components
              .filter((c) => c.attributes)
              .map((component) => (
                <p key={component.id}>
                  <strong>{text(component.title)}:</strong> {component.attributes!.map((a) => text(a.title)).join(', ')}
                </p>
              ))}
          </div>
        );
      })}
    </Card>
  );
}
