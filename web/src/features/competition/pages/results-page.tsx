import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { PageHeader } from '../../../components/page-header';
import { Table } from '../../../components/table';
import { competitionPath, usePublicResults } from '../api';
import { useLocalized } from '../labels';

/** The public results: winners per category with the jury's reasons; 404 until the operator publishes. */
export function ResultsPage() {
  const { t } = useTranslation('competition');
  const name = useLocalized();
  const id = Number(useParams().id);
  const results = usePublicResults(id);
  if (results.isPending) return <Loading />;
  if (results.isError) return <QueryError error={results.error} />;
  const r = results.data;
  return (
    <>
      <PageHeader
        title={t('results.title', { name: r.name, year: r.year })}
        before={<Breadcrumb items={[{ label: t('list.title'), to: competitionPath }, { label: r.name }]} />}
        description={`${r.theme} — ${t('results.applications', { count: r.applications })}`}
      />
      {r.categories.map((c) => {
        const winners = r.winners.filter((w) => w.categoryId === c.id);
        if (winners.length === 0) return null;
        return (
          <Table key={c.id} caption={name(c.names)}>
            <thead>
              <tr>
                <th scope="col">{t('award.title')}</th>
                <th scope="col">{t('field.unit')}</th>
                <th scope="col">{t('field.application')}</th>
                <th scope="col">{t('award.juryReason')}</th>
              </tr>
            </thead>
            <tbody>
              {winners.map((w) => (
                <tr key={w.applicationId}>
                  <td>{t(`award.${w.award}`)}</td>
                  <td>{w.unit.name}</td>
                  <td>{w.title}</td>
                  <td>{w.reason}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        );
      })}
      <p>
        <Link to="/good-practices">{t('results.bank')}</Link>
      </p>
    </>
  );
}
