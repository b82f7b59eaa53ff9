import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { Field, SelectField } from '../../../components/field';
import { Form, FormActions } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { Table } from '../../../components/table';
import { isApiError } from '../../../lib/api';
import { useAnnounce } from '../../../lib/announce';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { canApproveImports, canImportExternalData } from '../../../lib/permissions';
import { useVariableNames } from '../../indicators';
import { useApproveDrafts, useDraftImports, useImportValues, useRounds, type ImportIssue } from '../api';

/** The rows a refused import reports: `details: [{ row, column, reason, severity?, check? }]`. */
function fileProblems(error: unknown): ImportIssue[] {
  if (!isApiError(error) || !Array.isArray(error.details)) return [];
  return (error.details as unknown[]).flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const r = entry as Record<string, unknown>;
    if (typeof r.row !== 'number') return [];
    return [
      {
        row: r.row,
        column: typeof r.column === 'string' ? r.column : null,
        reason: typeof r.reason === 'string' ? r.reason : '',
        severity: typeof r.severity === 'string' ? r.severity : undefined,
        check: typeof r.check === 'string' ? r.check : undefined,
      },
    ];
  });
}

const MAX_SHOWN = 200;

function IssuesTable({ issues, caption }: { issues: readonly ImportIssue[]; caption: string }) {
  const { t } = useTranslation('dataCollection');
  const shown = issues.slice(0, MAX_SHOWN);
  return (
    <>
      <Table caption={caption}>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('import.row')}
            </th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((issue, index) => (
            <tr key={index}>
              <th scope="row" className="numeric">
                {issue.row}
              </th>
              <td className="mono">{issue.column ?? '—'}</td>
              <td>
                {issue.check ? <strong>{t(`checks.${issue.check}`, { defaultValue: issue.check })}: </strong> : null}
                {/* The server explains each problem in English. */}
                <span lang="en">{issue.reason}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {issues.length > shown.length ? (
        <p className="muted">{t('import.more', { count: issues.length - shown.length })}</p>
      ) : null}
    </>
  );
}

/** Values from a CSV or XLSX file: check first (dry run), then import all or nothing. */
export function ImportPage() {
  const { t } = useTranslation('dataCollection');
  const format = useFormat();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const me = useCurrentUser();
  const rounds = useRounds();
  const mutation = useImportValues();
  const { name: variableName } = useVariableNames();
  const [file, setFile] = useState<File | null>(null);
  const [roundId, setRoundId] = useState('');
  const [fileError, setFileError] = useState<string | undefined>();
  const [approve, setApprove] = useState(false);
  const [replaceOfficial, setReplaceOfficial] = useState(false);
  const helpId = useId();
  const operator = canApproveImports(me);

  function run(dryRun: boolean) {
    if (!file) {
      setFileError(t('import.chooseFile'));
      return;
    }
    if (!dryRun && !window.confirm(t('import.confirm', { name: file.name }))) return;
    setFileError(undefined);
    mutation.mutate(
      {
        file,
        dryRun,
        roundId: roundId ? Number(roundId) : undefined,
        approve: operator && !roundId && approve,
        replaceOfficial,
      },
      {
        onSuccess: (summary) =>
          announce(t(summary.dryRun ? 'import.checked' : 'import.done', { count: summary.values })),
      },
    );
  }

  const summary = mutation.data;
  const running = mutation.isPending ? mutation.variables : undefined;
  const problems = fileProblems(mutation.error);
  const openRounds = (rounds.data?.items ?? []).filter((r) => r.status === 'open');
  const officialRefused = isApiError(mutation.error) && mutation.error.code === 'OFFICIAL_VALUE';

  return (
    <>
      <PageHeader
        title={t('import.title')}
        description={<p>{t('import.intro')}</p>}
        actions={
          canImportExternalData(me) ? (
            <Link to="/data/bdl" className="button button--secondary">
              {t('bdl.title')}
            </Link>
          ) : null
        }
      />
      <div className="grid grid--2">
        <Card title={t('import.fileTitle')}>
          <Form onSubmit={() => run(true)} pending={mutation.isPending} aria-label={t('import.title')}>
            <Field
              label={t('import.file')}
              hint={
                file
                  ? t('import.loaded', { name: file.name, size: format.number(Math.ceil(file.size / 1024)) })
                  : t('import.fileHint')
              }
              error={fileError}
              required
            >
              {(control) => (
                <input
                  {...control}
                  aria-describedby={[control['aria-describedby'], helpId].filter(Boolean).join(' ')}
                  type="file"
                  accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  className="input"
                  onChange={(event) => {
                    setFile(event.target.files?.[0] ?? null);
                    setFileError(undefined);
                    mutation.reset();
                  }}
                />
              )}
            </Field>
            <SelectField
              label={t('import.round')}
              hint={t('import.roundHint')}
              value={roundId}
              placeholder={t('import.noRound')}
              options={openRounds.map((r) => ({ value: String(r.id), label: `${r.name} (${r.period})` }))}
              onChange={(event) => {
                setRoundId(event.target.value);
                mutation.reset();
              }}
            />
            {operator && !roundId ? (
              <div className="checkbox">
                <input
                  type="checkbox"
                  id={`${helpId}-approve`}
                  checked={approve}
                  onChange={(event) => {
                    setApprove(event.target.checked);
                    mutation.reset();
                  }}
                />
                <label htmlFor={`${helpId}-approve`}>{t('import.approve')}</label>
              </div>
            ) : null}
            {officialRefused || replaceOfficial ? (
              <div className="checkbox">
                <input
                  type="checkbox"
                  id={`${helpId}-official`}
                  checked={replaceOfficial}
                  onChange={(event) => {
                    setReplaceOfficial(event.target.checked);
                    mutation.reset();
                  }}
                />
                <label htmlFor={`${helpId}-official`}>{t('import.replaceOfficial')}</label>
              </div>
            ) : null}
            <FormActions>
              <Button type="submit" variant="primary" busy={running?.dryRun === true} busyLabel={t('import.checking')}>
                {t('import.check')}
              </Button>
              {summary?.dryRun || running?.dryRun === false ? (
                <Button
                  variant="danger"
                  onClick={() => run(false)}
                  busy={running?.dryRun === false}
                  busyLabel={t('import.importing')}
                >
                  {t('import.run')}
                </Button>
              ) : null}
            </FormActions>
          </Form>
        </Card>
        <Card title={t('import.helpTitle')}>
          <div id={helpId} className="import-help">
            <p>{t('import.help.intro')}</p>
            <ul>
              <li>{t('import.help.long')}</li>
              <li>{t('import.help.wideVariables')}</li>
              <li>{t('import.help.widePeriods')}</li>
            </ul>
            <p>{t('import.help.details')}</p>
            <p>{t('import.help.exampleLabel')}</p>
            <pre className="example">
              {'unit_code;variable_code;period;value\n1261011;pupils;2024;73 912\n1261011;teacher_fte;2024;6 512,5'}
            </pre>
          </div>
        </Card>
      </div>

      {mutation.isError ? (
        <Alert tone="error" live focusOn={mutation.error} title={errorMessage(mutation.error)}>
          {problems.length > 0 ? <p>{t('import.fixRows', { count: problems.length })}</p> : null}
        </Alert>
      ) : null}
      {problems.length > 0 ? <IssuesTable issues={problems} caption={t('import.problemsCaption')} /> : null}

      {summary ? (
        <>
          <Alert tone="success" live title={t(summary.dryRun ? 'import.dryRunTitle' : 'import.doneTitle')}>
            <p>
              {t('import.summary', {
                values: format.number(summary.values),
                units: format.number(summary.units),
                empty: format.number(summary.emptyCells),
                periods: summary.periods.join(', ') || '—',
              })}
            </p>
            <p>{t('import.layout', { layout: t(`layouts.${summary.layout}`, { defaultValue: summary.layout }) })}</p>
            {summary.ignoredColumns.length > 0 ? (
              <p>{t('import.ignored', { columns: summary.ignoredColumns.join(', ') })}</p>
            ) : null}
            <p>{t(summary.status === 'approved' ? 'import.landsApproved' : 'import.landsDraft')}</p>
            {summary.replacesOfficial > 0 ? (
              <p>{t('import.replacesOfficial', { count: summary.replacesOfficial })}</p>
            ) : null}
            {summary.dryRun ? <p>{t('import.nextStep')}</p> : null}
          </Alert>
          {summary.warnings.length > 0 ? (
            <>
              <Alert tone="warning" title={t('import.warningsTitle', { count: summary.warnings.length })}>
                <p>{t('import.warningsHint')}</p>
              </Alert>
              <IssuesTable issues={summary.warnings} caption={t('import.warningsCaption')} />
            </>
          ) : null}
          {summary.preview.length > 0 ? (
            <Table caption={t('import.previewCaption', { count: summary.preview.length })}>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {t('import.row')}
                  </th>
                  <th scope="col">{t('fields.unit')}</th>
                  <th scope="col">{t('import.variable')}</th>
                  <th scope="col">{t('fields.period')}</th>
                  <th scope="col" className="numeric">
                    {t('import.value')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.preview.map((row, index) => (
                  <tr key={index}>
                    <th scope="row" className="numeric">
                      {row.row}
                    </th>
                    <td className="mono">{row.unitCode}</td>
                    <td>
                      {variableName(row.variableCode)} <span className="muted mono">{row.variableCode}</span>
                    </td>
                    <td>{row.period}</td>
                    <td className="numeric">{format.number(row.value, { maximumFractionDigits: 6 })}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : null}
        </>
      ) : null}
      {operator ? <DraftImports /> : null}
    </>
  );
}

/** Imports outside rounds still waiting for approval; an operator approves them, one or all. */
function DraftImports() {
  const { t } = useTranslation('dataCollection');
  const format = useFormat();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const drafts = useDraftImports(true);
  const approve = useApproveDrafts();
  const items = drafts.data?.items ?? [];
  const run = (sourceIds: number[]) => {
    if (!window.confirm(t('drafts.confirm', { count: sourceIds.length }))) return;
    approve.mutate(sourceIds, {
      onSuccess: (result) => announce(t('drafts.approved', { count: result.approved })),
    });
  };
  return (
    <Card title={t('drafts.title')}>
      <p>{t('drafts.intro')}</p>
      {approve.isError ? <Alert tone="error" live title={errorMessage(approve.error)} /> : null}
      {drafts.isError ? <Alert tone="error" title={errorMessage(drafts.error)} /> : null}
      {items.length === 0 ? (
        <p className="muted">{drafts.isPending ? t('drafts.loading') : t('drafts.none')}</p>
      ) : (
        <>
          <Table caption={t('drafts.caption', { count: items.length })}>
            <thead>
              <tr>
                <th scope="col">{t('drafts.file')}</th>
                <th scope="col">{t('drafts.when')}</th>
                <th scope="col" className="numeric">
                  {t('drafts.values')}
                </th>
                <th scope="col" className="numeric">
                  {t('drafts.units')}
                </th>
                <th scope="col">{t('fields.period')}</th>
                <th scope="col" className="numeric">
                  {t('drafts.replacing')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('drafts.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.sourceId}>
                  <th scope="row" className="mono">
                    {item.fileName ?? `#${item.sourceId}`}
                  </th>
                  <td>{format.dateTime(item.createdAt)}</td>
                  <td className="numeric">{format.number(item.values)}</td>
                  <td className="numeric">{format.number(item.units)}</td>
                  <td>{item.periods.join(', ')}</td>
                  <td className="numeric">{format.number(item.replacingApproved)}</td>
                  <td>
                    <Button
                      variant="secondary"
                      onClick={() => run([item.sourceId])}
                      busy={
                        approve.isPending && approve.variables?.length === 1 && approve.variables[0] === item.sourceId
                      }
                      busyLabel={t('drafts.approving')}
                      aria-label={t('drafts.approveOne', { name: item.fileName ?? `#${item.sourceId}` })}
                    >
                      {t('drafts.approve')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          {items.length > 1 ? (
            <Button
              variant="primary"
              onClick={() => run(items.map((i) => i.sourceId))}
              busy={approve.isPending && (approve.variables?.length ?? 0) > 1}
              busyLabel={t('drafts.approving')}
            >
              {t('drafts.approveAll', { count: items.length })}
            </Button>
          ) : null}
        </>
      )}
    </Card>
  );
}
