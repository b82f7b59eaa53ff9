import { useTranslation } from 'react-i18next';
import { Table } from '../../../components/table';
import type { ScoreBand } from '../api';
import { useText } from '../labels';

/** A scoring panel's bands: score range, phase or title, what the band means. */
export function BandsTable({ bands, caption }: { bands: readonly ScoreBand[]; caption: string }) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const named = bands.some((b) => b.phase || b.title);
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('bands.range')}</th>
          {named ? <th scope="col">{t('bands.phase')}</th> : null}
          <th scope="col">{t('bands.meaning')}</th>
        </tr>
      </thead>
      <tbody>
        {bands.map((band) => (
          <tr key={band.min}>
            <th scope="row" className="nowrap">
              {t('bands.rangeValue', { min: band.min, max: band.max })}
            </th>
            {named ? <td>{band.title ? text(band.title) : (band.phase ?? '')}</td> : null}
            <td>{text(band.description)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
