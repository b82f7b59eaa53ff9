import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Loading, QueryError } from '../../../components/async-state';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { useAnnounce } from '../../../lib/announce';
import { useCurrentUser } from '../../../lib/session';
import { useInlineEditor } from '../../../lib/use-inline-editor';
import { canManageCatalogue } from '../../../lib/permissions';
import { useAllIndicators, useUpdateVariable, useVariable, type Variable, type VariableInput } from '../api';
import { PlausibilityText } from '../components/plausibility-text';
import { VariableForm } from '../components/variable-form';
import { QueryContent } from '../../../components/query-content';
import { indicatorPath, usePeriodicityLabel } from '../../../lib/indicator-labels';
import { useLocalized } from '../../../lib/localized';

export function VariablePage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('indicators');
  const variable = useVariable(code);
  return (
    <QueryContent query={variable} notFound={t('variables.notFound', { code })}>
      {(data) => <VariableDetail key={code} variable={data} />}
    </QueryContent>
  );
}

function VariableDetail({ variable }: { variable: Variable }) {
  const { t } = useTranslation('indicators');
  const localized = useLocalized();
  const periodicityLabel = usePeriodicityLabel();
  const announce = useAnnounce();
  const me = useCurrentUser();
  const canEdit = canManageCatalogue(me);
  const update = useUpdateVariable(variable.code);
  const { editing, editButton, open: openEditor, close: closeEditor } = useInlineEditor(update.reset);
  const indicators = useAllIndicators();
  const usedBy = (indicators.data ?? []).filter((i) => i.variables.some((v) => v.code === variable.code));
  const name = localized(variable.names);
  const bdlFile = typeof variable.bdl?.file === 'string' ? variable.bdl.file : null;
  const bdlId = typeof variable.bdl?.variableId === 'number' ? variable.bdl.variableId : null;

  function save(input: VariableInput) {
    const { code: _code, ...patch } = input;
    update.mutate(patch, {
      onSuccess: () => {
        announce(t('detail.saved'));
        closeEditor();
      },
    });
  }

  return (
    <>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { to: '/indicators', label: t('list.title') },
              { to: '/variables', label: t('variables.title') },
              { label: name },
            ]}
          />
        }
        title={name}
        description={
          <p>
            {t('variables.kicker')} · <span className="mono">{variable.code}</span>
            {variable.isShipped ? (
              <>
                {' '}
                <Badge tone="info">{t('detail.shipped')}</Badge>
              </>
            ) : null}
          </p>
        }
        actions={
          canEdit && !editing ? (
            <Button ref={editButton} onClick={openEditor}>
              {t('variables.edit')}
            </Button>
          ) : null
        }
      />
      {editing ? (
        <Card title={t('variables.editTitle')}>
          <VariableForm
            variable={variable}
            pending={update.isPending}
            error={update.error}
            submitLabel={t('common:actions.save')}
            onSubmit={save}
            onCancel={closeEditor}
          />
        </Card>
      ) : (
        <div className="grid grid--2">
          <Card title={t('detail.about')}>
            <p>{localized(variable.description)}</p>
            <dl className="details">
              <div>
                <dt>{t('fields.unit')}</dt>
                <dd>{variable.unit}</dd>
              </div>
              <div>
                <dt>{t('fields.source')}</dt>
                <dd>{variable.source}</dd>
              </div>
              <div>
                <dt>{t('fields.periodicity')}</dt>
                <dd>{periodicityLabel(variable.periodicity)}</dd>
              </div>
              {bdlFile || bdlId !== null ? (
                <div>
                  <dt>{t('variables.bdl')}</dt>
                  <dd>{bdlFile ? t('variables.bdlFile', { file: bdlFile }) : t('variables.bdlId', { id: bdlId })}</dd>
                </div>
              ) : null}
            </dl>
          </Card>
          <Card title={t('plausibility.title')}>
            <p className="muted">{t('plausibility.intro')}</p>
            <PlausibilityText plausibility={variable.plausibility} unit={variable.unit} />
          </Card>
        </div>
      )}
      <Card title={t('variables.usedBy', { count: usedBy.length })}>
        {indicators.isPending ? (
          <Loading />
        ) : indicators.isError ? (
          <QueryError error={indicators.error} onRetry={() => void indicators.refetch()} />
        ) : usedBy.length === 0 ? (
          <p className="muted">{t('variables.usedByNone')}</p>
        ) : (
          <ul className="link-list">
            {usedBy.map((indicator) => (
              <li key={indicator.code}>
                <Link to={indicatorPath(indicator.code)}>{localized(indicator.names)}</Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
