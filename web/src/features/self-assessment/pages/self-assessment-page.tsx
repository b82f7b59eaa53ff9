import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Card } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { canReadAnyUnitAssessments, dataUnits } from '../../../lib/permissions';
import { UnitPicker } from '../../units';
import { useFrameworks } from '../api';
import { frameworkPath, unitAssessmentsPath, useText } from '../labels';

/** Where self-assessment starts: the frameworks shipped as data, and the way to one's units' assessments. */
export function SelfAssessmentPage() {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const format = useFormat();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const frameworks = useFrameworks();
  const units = dataUnits(me);
  const anyUnit = canReadAnyUnitAssessments(me);

  return (
    <>
      <PageHeader title={t('home.title')} description={<p>{t('home.intro')}</p>} />
      <Card title={t('home.frameworksTitle')}>
        {frameworks.isPending ? (
          <Loading />
        ) : frameworks.isError ? (
          <QueryError error={frameworks.error} onRetry={() => void frameworks.refetch()} />
        ) : (
          <ul className="link-list">
            {frameworks.data.items.map((f) => (
              <li key={f.id}>
                <Link to={frameworkPath(f.id)}>{text(f.title)}</Link>{' '}
                <span className="muted">
                  {t('home.frameworkSummary', {
                    version: f.version,
                    items: format.number(f.itemCount),
                    max: format.number(f.maxTotal),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {me ? (
        <Card title={t('home.unitsTitle')}>
          {units.length > 0 ? (
            <ul className="link-list">
              {units.map((u) => (
                <li key={u.code}>
                  <Link to={unitAssessmentsPath(u.code)}>{t('home.unitAssessments', { name: u.name })}</Link>
                </li>
              ))}
            </ul>
          ) : !anyUnit ? (
            <p className="muted">{t('home.noUnits')}</p>
          ) : null}
          {anyUnit ? (
            <UnitPicker
              label={t('home.pickUnit')}
              actionLabel={t('home.open')}
              onPick={(u) => void navigate(unitAssessmentsPath(u.code))}
            />
          ) : null}
        </Card>
      ) : (
        <Card>
          <p>
            <Link to="/login?next=%2Fself-assessment">{t('home.signIn')}</Link>
          </p>
        </Card>
      )}
    </>
  );
}
