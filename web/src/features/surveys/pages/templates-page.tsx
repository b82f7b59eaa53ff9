import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Badge } from '../../../components/badge';
import { Breadcrumb } from '../../../components/breadcrumb';
import { ButtonLink } from '../../../components/button';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useTemplates } from '../api';
import { SURVEYS_PATH, TEMPLATES_PATH, templatePath, useKindLabel, useTitle } from '../labels';
import { canManageTemplates } from '../../../lib/permissions';

/** The survey templates: the shipped ones (read-only) and those operators have added. */
export function TemplatesPage() {
  const { t } = useTranslation('surveys');
  const format = useFormat();
  const title = useTitle();
  const kindLabel = useKindLabel();
  const me = useCurrentUser();
  const templates = useTemplates();

  return (
    <>
      <PageHeader
        before={<Breadcrumb items={[{ to: SURVEYS_PATH, label: t('list.title') }, { label: t('templates.title') }]} />}
        title={t('templates.title')}
        description={<p>{t('templates.intro')}</p>}
        actions={
          canManageTemplates(me) ? (
            <ButtonLink to={`${TEMPLATES_PATH}/new`} variant="primary">
              {t('templates.new')}
            </ButtonLink>
          ) : null
        }
      />
      {templates.isPending ? (
        <Loading />
      ) : templates.isError ? (
        <QueryError error={templates.error} onRetry={() => void templates.refetch()} />
      ) : (
        <Table caption={t('templates.caption', { count: templates.data.items.length })}>
          <thead>
            <tr>
              <th scope="col">{t('fields.template')}</th>
              <th scope="col">{t('templates.kind')}</th>
              <th scope="col" className="numeric">
                {t('templates.version')}
              </th>
              <th scope="col" className="numeric">
                {t('templates.questions')}
              </th>
              <th scope="col">{t('templates.origin')}</th>
            </tr>
          </thead>
          <tbody>
            {templates.data.items.length === 0 ? (
              <EmptyRow colSpan={5}>{t('templates.empty')}</EmptyRow>
            ) : (
              templates.data.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link to={templatePath(item.id)}>{title(item.titles)}</Link>{' '}
                    <span className="muted mono">{item.id}</span>
                  </th>
                  <td>{kindLabel(item.kind)}</td>
                  <td className="numeric">{format.number(item.version)}</td>
                  <td className="numeric">{format.number(item.questionCount)}</td>
                  <td>
                    {item.shipped ? (
                      <Badge tone="info">{t('templates.shipped')}</Badge>
                    ) : (
                      <Badge>{t('templates.custom')}</Badge>
                    )}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </Table>
      )}
    </>
  );
}
