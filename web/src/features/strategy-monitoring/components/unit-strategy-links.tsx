import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../../components/card';
import { useCurrentUser } from '../../../lib/session';
import { unitNgosPath, unitStrategiesPath } from '../api';

/** On a unit's page: its strategies and NGO register, for signed-in users (the server decides the rest). */
export function UnitStrategyLinks({ unitCode }: { unitCode: string }) {
  const { t } = useTranslation('strategy-monitoring');
  const me = useCurrentUser();
  if (!me) return null;
  return (
    <Card title={t('unitLinks.title')}>
      <ul className="link-list">
        <li>
          <Link to={unitStrategiesPath(unitCode)}>{t('unitLinks.strategies')}</Link>
        </li>
        <li>
          <Link to={unitNgosPath(unitCode)}>{t('unitLinks.ngos')}</Link>
        </li>
        <li>
          <Link to={`/units/${encodeURIComponent(unitCode)}/data-set`}>{t('unitLinks.dataSet')}</Link>
        </li>
      </ul>
    </Card>
  );
}
