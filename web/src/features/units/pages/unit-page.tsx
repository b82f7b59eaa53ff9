import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button, ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useInlineEditor } from '../../../lib/use-inline-editor';
import { canEditUnitProfile, canWriteUnitData } from '../../../lib/permissions';
import { benchmarkingUnitPath } from '../../../lib/benchmarking-paths';
import type { UnitPageSections } from '../sections';
import { useUnit, type UnitDetail } from '../api';
import { UnitHistoryList } from '../components/unit-history';
import { UnitLinkList } from '../components/unit-link-list';
import { UnitMap } from '../components/unit-map';
import { UnitProfileForm, UnitProfileView } from '../components/unit-profile';
import { QueryContent } from '../../../components/query-content';
import { unitPath, useKindLabel } from '../../../lib/unit-labels';
import { mapTargetFor } from '../map-target';

export function UnitPage({ sections }: { sections: UnitPageSections }) {
  const { code = '' } = useParams();
  const { t } = useTranslation('units');
  const unit = useUnit(code);

  // Keyed by code so edit state does not leak from one unit to the next.
  return (
    <QueryContent query={unit} notFound={t('detail.notFound', { code })}>
      {(data) => <UnitDetailView key={data.code} unit={data} sections={sections} />}
    </QueryContent>
  );
}

function Breadcrumb({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation('units');
  return (
    <nav aria-label={t('detail.breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link to="/units">{t('browser.title')}</Link>
        </li>
        {unit.ancestors.map((ancestor) => (
          <li key={ancestor.code}>
            <Link to={unitPath(ancestor.code)}>{ancestor.name}</Link>
          </li>
        ))}
        <li>
          <span aria-current="page">{unit.name}</span>
        </li>
      </ol>
    </nav>
  );
}

function UnitDetailView({ unit, sections }: { unit: UnitDetail; sections: UnitPageSections }) {
  const { Indicators, Surveys, Quality, Strategy } = sections;
  const { t } = useTranslation('units');
  const format = useFormat();
  const kindLabel = useKindLabel();
  const me = useCurrentUser();
  // Closing returns the focus to where the user started, once the button is back in the DOM.
  const { editing, editButton, open: openEditor, close: closeEditor } = useInlineEditor();
  const canEdit = canEditUnitProfile(me, unit.code);
  const mapTarget = mapTargetFor(unit);
  const kind = kindLabel(unit.kind);

  // The map is named after the area it covers: "Mapa gmin: powiat krakowski".
  const mapArea = mapTarget?.within ? [...unit.ancestors, unit].find((u) => u.code === mapTarget.within) : undefined;
  const mapDescription = mapTarget
    ? mapArea
      ? t(`map.describe.${mapTarget.level}`, {
          area: `${kindLabel(mapArea.kind).toLocaleLowerCase(format.locale)} ${mapArea.name}`,
        })
      : t(`map.describe.${mapTarget.level}_all`)
    : '';

  return (
    <>
      <PageHeader
        before={<Breadcrumb unit={unit} />}
        title={unit.name}
        documentTitle={`${unit.name} (${kind})`}
        description={
          <p className="unit-subtitle">
            {kind} · <span className="mono">{unit.code}</span>
          </p>
        }
        actions={
          unit.validTo ? null : (
            <ButtonLink variant="primary" to={benchmarkingUnitPath(unit.code)}>
              {t('benchmarking:links.compareUnit')}
            </ButtonLink>
          )
        }
      />

      {unit.validTo ? (
        <Alert tone="warning" title={t('historical.title')}>
          <p>{t('historical.body', { date: format.date(unit.validTo) })}</p>
          {unit.successors.length > 0 ? (
            <p>
              {t('historical.successors')}{' '}
              {unit.successors.map((link, index) => (
                <span key={link.unit.code}>
                  {index > 0 ? ', ' : ''}
                  <Link to={unitPath(link.unit.code)}>{link.unit.name}</Link>
                </span>
              ))}
            </p>
          ) : null}
        </Alert>
      ) : null}

      <div className="grid grid--2">
        <Card title={t('detail.about')}>
          <dl className="details">
            <div>
              <dt>{t('fields.kind')}</dt>
              <dd>{kind}</dd>
            </div>
            {unit.attributes.terytLabel ? (
              <div>
                <dt>{t('fields.terytType')}</dt>
                <dd>
                  {/* The register's own wording, always Polish (WCAG 3.1.2: language of parts). */}
                  <span lang="pl">{unit.attributes.terytLabel}</span>
                  {unit.attributes.terytType ? (
                    <span className="muted"> ({t('detail.terytTypeCode', { code: unit.attributes.terytType })})</span>
                  ) : null}
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{unit.source === 'teryt' ? t('fields.terytCode') : t('fields.code')}</dt>
              <dd className="mono">{unit.code}</dd>
            </div>
            {unit.parentCode ? (
              <div>
                <dt>{t('fields.parent')}</dt>
                <dd>
                  <Link to={unitPath(unit.parentCode)}>{unit.parentName ?? unit.parentCode}</Link>
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t('fields.validFrom')}</dt>
              <dd>{unit.validFrom ? format.date(unit.validFrom) : t('detail.unknownDate')}</dd>
            </div>
            <div>
              <dt>{t('fields.validTo')}</dt>
              <dd>{unit.validTo ? format.date(unit.validTo) : t('detail.current')}</dd>
            </div>
            <div>
              <dt>{t('fields.source')}</dt>
              <dd>{t(`sources.${unit.source}`, { defaultValue: unit.source })}</dd>
            </div>
          </dl>
        </Card>

        <Card
          title={t('profile.title')}
          actions={
            canEdit && !editing ? (
              <Button ref={editButton} small onClick={openEditor}>
                {t('profile.edit')}
              </Button>
            ) : null
          }
        >
          {editing ? (
            <UnitProfileForm code={unit.code} profile={unit.profile} onDone={closeEditor} />
          ) : (
            <UnitProfileView profile={unit.profile} officeName={unit.officeName} />
          )}
        </Card>
      </div>

      <Indicators
        unitCode={unit.code}
        actions={
          canWriteUnitData(me, unit.code) ? (
            <Link to={`${unitPath(unit.code)}/history`} className="button button--secondary button--small">
              {t('detail.valueHistory')}
            </Link>
          ) : null
        }
      />

      <Surveys unitCode={unit.code} />

      {unit.predecessors.length > 0 || unit.successors.length > 0 ? (
        <Card title={t('history.title')}>
          <div className="grid grid--2">
            {unit.predecessors.length > 0 ? (
              <div>
                <h3>{t('history.predecessorsTitle')}</h3>
                <UnitHistoryList links={unit.predecessors} direction="predecessors" />
              </div>
            ) : null}
            {unit.successors.length > 0 ? (
              <div>
                <h3>{t('history.successorsTitle')}</h3>
                <UnitHistoryList links={unit.successors} direction="successors" />
              </div>
            ) : null}
          </div>
        </Card>
      ) : null}

      <Quality unitCode={unit.code} />
      <Strategy unitCode={unit.code} />

      <Card title={t('map.title')}>
        {mapTarget ? (
          <UnitMap
            level={mapTarget.level}
            within={mapTarget.within}
            highlightCode={mapTarget.highlightCode}
            highlightIsPage={mapTarget.subject.code === unit.code}
            highlightLabel={
              mapTarget.subject.code === unit.code
                ? t('map.thisUnit', { name: unit.name })
                : t('map.parentUnit', { name: mapTarget.subject.name })
            }
            description={mapDescription}
          />
        ) : (
          <p className="muted">{t('map.none')}</p>
        )}
      </Card>

      <div className="grid grid--2">
        <Card title={t('detail.children', { count: unit.children.length })}>
          {unit.children.length > 0 ? (
            <UnitLinkList units={unit.children} />
          ) : (
            <p className="muted">{t('detail.noChildren')}</p>
          )}
        </Card>
        <Card title={t('detail.siblings')}>
          {unit.siblings.length > 0 ? (
            <>
              <p className="muted">{t('detail.siblingsHint')}</p>
              <UnitLinkList units={unit.siblings} />
            </>
          ) : (
            <p className="muted">{t('detail.noSiblings')}</p>
          )}
        </Card>
      </div>
    </>
  );
}
