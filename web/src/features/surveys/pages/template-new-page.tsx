import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { PageHeader } from '../../../components/page-header';
import { useTemplate } from '../api';
import { TemplateEditor } from '../components/template-editor';
import { SURVEYS_PATH, TEMPLATES_PATH, templatePath } from '../labels';

/** A skeleton a new template starts from when it is not a copy of another one. */
const SKELETON = {
  id: 'new-survey',
  kind: 'customer',
  version: 1,
  titles: { pl: 'Nowa ankieta', en: 'New survey' },
  form: {
    title: { default: 'Nowa ankieta', en: 'New survey' },
    pages: [
      {
        name: 'page1',
        elements: [
          {
            type: 'rating',
            name: 'overall',
            title: {
              default: 'Jak ogólnie ocenia Pan/Pani naszą obsługę?',
              en: 'Overall, how do you rate our service?',
            },
            isRequired: true,
            rateMin: 1,
            rateMax: 5,
          },
        ],
      },
    ],
  },
  questions: [{ name: 'overall', scale: { min: 1, max: 5 }, headline: true }],
};

/** A new template: a copy of an existing one (`?from=`) with a new id and version 1, or a skeleton. */
export function TemplateNewPage() {
  const { t } = useTranslation('surveys');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const from = params.get('from') ?? '';
  const source = useTemplate(from);

  let initial: unknown = SKELETON;
  if (from !== '') {
    if (source.isPending) return <Loading />;
    if (source.isError) return <QueryError error={source.error} onRetry={() => void source.refetch()} />;
    const { shipped: _shipped, ...copy } = source.data;
    initial = { ...copy, id: `${copy.id}-copy`, version: 1 };
  }

  return (
    <>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { to: SURVEYS_PATH, label: t('list.title') },
              { to: TEMPLATES_PATH, label: t('templates.title') },
              { label: t('templates.new') },
            ]}
          />
        }
        title={t('templates.new')}
        description={<p>{t('templates.newIntro')}</p>}
      />
      <TemplateEditor initial={initial} id={null} onSaved={(saved) => void navigate(templatePath(saved.id))} />
    </>
  );
}
