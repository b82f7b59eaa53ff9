import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { formatWarsaw } from '../../../lib/time';
import { useWaves } from '../api';
import { DemoBadge, newWavePath, SURVEYS_PATH, useWaveName, wavePath, WaveStatusBadge } from '../labels';
import { canRunSurveysOf } from '../../../lib/permissions';

/** "Ankiety" on a unit's page (signed-in users): its latest waves and a way to the full list. */
export function UnitSurveysCard({ unitCode }: { unitCode: string }) {
  const { t } = useTranslation('surveys');
  const me = useCurrentUser();
  const format = useFormat();
  const waveName = useWaveName();
  const waves = useWaves({ unit: unitCode, pageSize: 5 }, me !== null);
  if (me === null) return null;
  return (
    <Card
      title={t('unitCard.title')}
      actions={
        <div className="button-row">
          <ButtonLink small to={`${SURVEYS_PATH}?unit=${encodeURIComponent(unitCode)}`}>
            {t('unitCard.all')}
          </ButtonLink>
          {canRunSurveysOf(me, unitCode) ? (
            <ButtonLink small variant="primary" to={newWavePath(unitCode)}>
              {t('list.new')}
            </ButtonLink>
          ) : null}
        </div>
      }
    >
      {waves.isPending ? (
        <Loading />
      ) : waves.isError ? (
        <QueryError error={waves.error} onRetry={() => void waves.refetch()} />
      ) : waves.data.items.length === 0 ? (
        <p className="muted">{t('unitCard.empty')}</p>
      ) : (
        <ul className="link-list">
          {waves.data.items.map((wave) => (
            <li key={wave.id}>
              <Link to={wavePath(wave.id)}>{waveName(wave)}</Link> <WaveStatusBadge status={wave.status} />{' '}
              {wave.demo ? <DemoBadge /> : null}{' '}
              <span className="muted">
                {t('unitCard.closes', { date: formatWarsaw(wave.closesAt, format.locale), count: wave.responses })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
