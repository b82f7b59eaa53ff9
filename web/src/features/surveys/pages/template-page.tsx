import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading } from '../../../components/async-state';
import { Badge } from '../../../components/badge';
import { Breadcrumb } from '../../../components/breadcrumb';
import { ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { useCurrentUser } from '../../../lib/session';
import { useTemplate, type TemplateDetail } from '../api';
import { TemplateEditor } from '../components/template-editor';
import { QueryContent } from '../../../components/query-content';
import { useFormLabels } from '../form-labels';
import { newWavePath, SURVEYS_PATH, TEMPLATES_PATH, templatePath, useKindLabel, useTitle } from '../labels';
import { canManageTemplates, canRunSurveys } from '../../../lib/permissions';

const SurveyForm = lazy(() => import('../components/survey-form'));

export function TemplatePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('surveys');
  const template = useTemplate(id);
  return (
    <QueryContent query={template} notFound={t('templates.notFound')}>
      {(data) => <TemplateView key={`${id}@${data.version}`} template={data} />}
    </QueryContent>
  );
}

function TemplateView({ template }: { template: TemplateDetail }) {
  const { t } = useTranslation('surveys');
  const navigate = useNavigate();
  const title = useTitle();
  const kindLabel = useKindLabel();
  const labels = useFormLabels(template);
  const me = useCurrentUser();
  const name = title(template.titles);
  const editable = canManageTemplates(me) && !template.shipped;

  return (
    <>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { to: SURVEYS_PATH, label: t('list.title') },
              { to: TEMPLATES_PATH, label: t('templates.title') },
              { label: name },
            ]}
          />
        }
        title={name}
        description={
          <p>
            {kindLabel(template.kind)} · {t('templates.versionN', { version: template.version })} ·{' '}
            <span className="mono">{template.id}</span>{' '}
            {template.shipped ? (
              <Badge tone="info">{t('templates.shipped')}</Badge>
            ) : (
              <Badge>{t('templates.custom')}</Badge>
            )}
          </p>
        }
        actions={
          <>
            {canManageTemplates(me) ? (
              <ButtonLink to={`${TEMPLATES_PATH}/new?from=${encodeURIComponent(template.id)}`}>
                {t('templates.copy')}
              </ButtonLink>
            ) : null}
            {canRunSurveys(me) ? (
              <ButtonLink variant="primary" to={`${newWavePath()}?template=${encodeURIComponent(template.id)}`}>
                {t('templates.startWave')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {template.shipped && canManageTemplates(me) ? (
        <Alert tone="info">
          <p>{t('templates.shippedReadOnly')}</p>
        </Alert>
      ) : null}
      <Card title={t('templates.scoring')}>
        <p className="muted">{t('templates.scoringIntro')}</p>
        <ul>
          {template.questions.map((q) => (
            <li key={q.name}>
              <strong>{labels.question(q.name)}</strong>
              {q.dimension ? ` — ${labels.dimension(q.dimension)}` : ''}
              {q.scale ? `; ${t('templates.scale', { min: q.scale.min, max: q.scale.max })}` : ''}
              {q.reverseCoded ? `; ${t('templates.reverse')}` : ''}
              {q.headline ? `; ${t('templates.headline')}` : ''}
            </li>
          ))}
        </ul>
      </Card>
      {editable ? (
        <TemplateEditor
          initial={template}
          id={template.id}
          onSaved={(saved) => void navigate(templatePath(saved.id))}
        />
      ) : (
        <Card title={t('editor.previewTitle')}>
          <p className="muted">{t('templates.previewIntro')}</p>
          <Suspense fallback={<Loading />}>
            <SurveyForm
              form={template.form}
              label={t('editor.previewTitle')}
              completeText={t('respond.submit')}
              onSubmit={async () => []}
            />
          </Suspense>
        </Card>
      )}
    </>
  );
}
