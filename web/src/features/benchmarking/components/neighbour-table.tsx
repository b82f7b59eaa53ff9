import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { useLocalized } from '../../../lib/localized';
import type { Neighbours } from '../api';
import { benchmarkingUnitPath } from '../labels';

/** Okabe–Ito colours: told apart with the common colour-vision deficiencies. */
const VARIABLE_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

export function variableColour(index: number): string {
  return VARIABLE_COLOURS[index % VARIABLE_COLOURS.length]!;
}

/** Which variables the colours of the contribution bars stand for. */
export function ContributionLegend({ data }: { data: Neighbours }) {
  const { t } = useTranslation('benchmarking');
  const localized = useLocalized();
  return (
    <ul className="map-legend" aria-label={t('neighbours.legend')}>
      {data.variables.map((v, i) => (
        <li key={v.key}>
          <span className="map-legend__swatch" style={{ background: variableColour(i) }} aria-hidden="true" />
          {localized(v.names)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The nearest neighbours with why they are near: the distance and, as a stacked bar and in words,
 * how much each structural variable adds to it (its share of the squared distance). A short bar
 * segment means the units are alike on that variable.
 */
export function NeighbourTable({ data, period, caption }: { data: Neighbours; period: string; caption: string }) {
  const { t } = useTranslation('benchmarking');
  const format = useFormat();
  const localized = useLocalized();
  const names = new Map(data.variables.map((v) => [v.key, localized(v.names)]));
  const percent = (share: number) => format.number(share, { style: 'percent', maximumFractionDigits: 0 });

  return (
    <Table caption={caption} className="neighbour-table">
      <thead>
        <tr>
          <th scope="col" className="numeric">
            {t('neighbours.rank')}
          </th>
          <th scope="col">{t('neighbours.unit')}</th>
          <th scope="col" className="numeric">
            {t('neighbours.distance')}
          </th>
          <th scope="col">{t('neighbours.why')}</th>
        </tr>
      </thead>
      <tbody>
        {data.neighbours.map((nb) => {
          const sorted = [...nb.contributions].filter((c) => c.share !== null).sort((a, b) => b.share! - a.share!);
          const top = sorted[0];
          return (
            <tr key={nb.code}>
              <td className="numeric">{format.number(nb.rank)}</td>
              <th scope="row">
                <Link to={benchmarkingUnitPath(nb.code, { period })}>{nb.name}</Link>{' '}
                <span className="muted mono">{nb.code}</span>
              </th>
              <td className="numeric">
                {format.number(nb.distance, { maximumFractionDigits: 2, minimumFractionDigits: 2 })}
                <span className="muted"> ({percent(nb.relativeDistance)})</span>
              </td>
              <td>
                {nb.distance === 0 ? (
                  <span className="muted">{t('neighbours.identical')}</span>
                ) : (
                  <>
                    <span className="contribution-bar" aria-hidden="true">
                      {nb.contributions.map((c, i) =>
                        c.share ? (
                          <span
                            key={c.variable}
                            style={{ width: `${100 * c.share}%`, background: variableColour(i) }}
                          />
                        ) : null,
                      )}
                    </span>
                    <span className="contribution-text">
                      {top
                        ? t('neighbours.mostDifferent', {
                            name: names.get(top.variable) ?? top.variable,
                            share: percent(top.share!),
                          })
                        : null}
                    </span>
                    <span className="visually-hidden">
                      {' '}
                      {sorted.map((c) => `${names.get(c.variable) ?? c.variable}: ${percent(c.share!)}`).join('; ')}
                    </span>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/** The structural values of the unit and each neighbour side by side; imputed values are marked. */
export function NeighbourValuesTable({ data, caption }: { data: Neighbours; caption: string }) {
  const { t } = useTranslation('benchmarking');
  const format = useFormat();
  const localized = useLocalized();
  const raw = (value: number | null, imputed: boolean) =>
    value === null || imputed ? (
      <span className="muted">{t('neighbours.imputed')}</span>
    ) : (
      format.number(value, {
        minimumFractionDigits: Math.abs(value) >= 100 ? 0 : 1,
        maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 1,
      })
    );
  const first = data.neighbours[0];
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('neighbours.unit')}</th>
          {data.variables.map((v) => (
            <th key={v.key} scope="col" className="numeric">
              {localized(v.names)}
              {data.weights[v.key] !== 1 ? (
                <span className="muted">
                  {' '}
                  ({t('neighbours.weightShort', { weight: format.number(data.weights[v.key] ?? 1) })})
                </span>
              ) : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {first ? (
          <tr className="is-selected">
            <th scope="row">
              {data.unit.name} <span className="muted">({t('neighbours.thisUnit')})</span>
            </th>
            {first.contributions.map((c) => (
              <td key={c.variable} className="numeric">
                {raw(c.rawUnit, c.imputedUnit)}
              </td>
            ))}
          </tr>
        ) : null}
        {data.neighbours.map((nb) => (
          <tr key={nb.code}>
            <th scope="row">{nb.name}</th>
            {nb.contributions.map((c) => (
              <td key={c.variable} className="numeric">
                {raw(c.rawNeighbour, c.imputedNeighbour)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
