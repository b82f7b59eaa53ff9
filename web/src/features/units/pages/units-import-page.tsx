import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { Field } from '../../../components/field';
import { Form, FormActions } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { Table } from '../../../components/table';
import { isApiError } from '../../../lib/api';
import { useAnnounce } from '../../../lib/announce';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useImportUnits } from '../api';

interface LineIssue {
  line: number | null;
  field: string | null;
  reason: string;
}

/** The import's per-line report: `details: [{line, field?, reason}]`. */
function lineIssues(error: unknown): LineIssue[] {
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED' || !Array.isArray(error.details)) return [];
  return (error.details as unknown[]).flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const record = entry as Record<string, unknown>;
    return [
      {
        line: typeof record.line === 'number' ? record.line : null,
        field: typeof record.field === 'string' ? record.field : typeof record.path === 'string' ? record.path : null,
        reason:
          typeof record.reason === 'string' ? record.reason : typeof record.message === 'string' ? record.message : '',
      },
    ];
  });
}

const EXAMPLE = 'code,name,kind,parent_code\nSE-01,Stockholms län,county,\nSE-0180,Stockholm,kommun,SE-01';

export function UnitsImportPage() {
  const { t } = useTranslation('units');
  const format = useFormat();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const mutation = useImportUnits();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);

  async function loadFile(file: File | undefined) {
    if (!file) return;
    setCsv(await file.text());
    setFileName(file.name);
    mutation.reset();
  }

  function run(dryRun: boolean) {
    // Writing into the register cannot be undone from here, so the real run asks first.
    if (!dryRun && !window.confirm(t('import.confirm'))) return;
    mutation.mutate(
      // The file name goes into the audit log, so an import can be traced to its source.
      { csv, dryRun, fileName: fileName ?? undefined },
      {
        onSuccess: (result) =>
          announce(t(result.dryRun ? 'import.dryRunDone' : 'import.done', { total: format.number(result.total) })),
      },
    );
  }

  const issues = lineIssues(mutation.error);
  const result = mutation.data;

  return (
    <>
      <PageHeader title={t('import.title')} description={<p>{t('import.intro')}</p>} />
      <Card title={t('import.fileTitle')}>
        <Form onSubmit={() => run(true)} pending={mutation.isPending} aria-label={t('import.title')}>
          <Field
            label={t('import.file')}
            hint={fileName ? t('import.loaded', { name: fileName }) : t('import.fileHint')}
          >
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".csv,text/csv"
                className="input"
                onChange={(event) => void loadFile(event.target.files?.[0])}
              />
            )}
          </Field>
          <Field label={t('import.text')} hint={t('import.textHint')}>
            {(control) => (
              <textarea
                {...control}
                className="input textarea mono"
                rows={12}
                value={csv}
                placeholder={EXAMPLE}
                spellCheck={false}
                onChange={(event) => {
                  setCsv(event.target.value);
                  mutation.reset();
                }}
              />
            )}
          </Field>
          <FormActions>
            <Button
              type="submit"
              variant="primary"
              disabled={!csv.trim()}
              busy={mutation.isPending && mutation.variables?.dryRun}
              busyLabel={t('import.checking')}
            >
              {t('import.dryRun')}
            </Button>
            <Button
              variant="danger"
              disabled={!csv.trim()}
              onClick={() => run(false)}
              busy={mutation.isPending && !mutation.variables?.dryRun}
              busyLabel={t('import.importing')}
            >
              {t('import.run')}
            </Button>
          </FormActions>
        </Form>
      </Card>

      {result ? (
        <Alert tone="success" live title={t(result.dryRun ? 'import.dryRunResult' : 'import.result')}>
          <p>
            {t('import.counts', {
              total: format.number(result.total),
              created: format.number(result.created),
              updated: format.number(result.updated),
            })}
          </p>
        </Alert>
      ) : null}

      {mutation.isError ? (
        <Alert tone="error" live focusOn={mutation.error} title={errorMessage(mutation.error)}>
          {issues.length > 0 ? <p>{t('import.fixLines', { count: issues.length })}</p> : null}
        </Alert>
      ) : null}

      {issues.length > 0 ? (
        <Table caption={t('import.issuesCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('import.line')}</th>
              <th scope="col">{t('import.field')}</th>
              <th scope="col">{t('import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, index) => (
              <tr key={index}>
                <th scope="row">{issue.line ?? '—'}</th>
                <td className="mono">{issue.field ?? '—'}</td>
                <td>{issue.reason}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </>
  );
}
