import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../../components/card';
import { useCurrentUser } from '../../../lib/session';
import { unitAssessmentsPath } from '../labels';
import { canReadAssessments } from '../../../lib/permissions';

/** On a unit's page: the way to its self-assessments and improvement plans, for those who may read them. */
export function UnitQualityLinks({ unitCode }: { unitCode: string }) {
  const { t } = useTranslation('selfAssessment');
  const me = useCurrentUser();
  if (!canReadAssessments(me, unitCode)) return null;
  return (
    <Card title={t('unitLinks.title')}>
      <ul className="link-list">
        <li>
          <Link to={unitAssessmentsPath(unitCode)}>{t('unitLinks.assessments')}</Link>
        </li>
        <li>
          <Link to={`/improvement-plans?unit=${encodeURIComponent(unitCode)}`}>{t('unitLinks.plans')}</Link>
        </li>
      </ul>
    </Card>
  );
}
