import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useFormat } from '../../../lib/format';
import { useBdlSync, useStartBdlSync } from '../api';

const MIN_YEAR = 1995;
const MAX_YEAR = 2100;

/**
 * The administrators' button for `miernik sync bdl`: every catalogue variable mapped to BDL, for
 * every unit, in one go. The run goes on in the server; this card polls its progress, and after
 * an interruption the same button resumes it (the server keeps what was committed per variable).
 */
export function BdlSyncCard() {
  const { t } = useTranslation('dataCollection');
  const format = useFormat();
  const announce = useAnnounce();
  const status = useBdlSync();
  const start = useStartBdlSync();
  const lastYear = new Date().getFullYear() - 1;
  const [from, setFrom] = useState(String(Math.max(MIN_YEAR, lastYear - 9)));
  const [to, setTo] = useState(String(lastYear));
  const [problem, setProblem] = useState<{ field: 'from' | 'to'; message: string } | null>(null);

  const data = status.data;
  const state = data?.state ?? null;
  const running = data?.running ?? false;
  const done = state?.variables.filter((v) => v.state === 'done').length ?? 0;
  const resumable = state !== null && (state.status === 'failed' || state.status === 'interrupted');

  function submit() {
    const a = Number(from);
    const b = Number(to);
    const ok = (y: number) => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
    if (!ok(a)) return setProblem({ field: 'from', message: t('bdl.yearInvalid', { min: MIN_YEAR, max: MAX_YEAR }) });
    if (!ok(b) || a > b)
      return setProblem({
        field: 'to',
        message: ok(b) ? t('bdl.yearOrder') : t('bdl.yearInvalid', { min: MIN_YEAR, max: MAX_YEAR }),
      });
    setProblem(null);
    const years = Array.from({ length: b - a + 1 }, (_, i) => a + i);
    start.mutate({ years }, { onSuccess: () => announce(t('sync.started')) });
  }

  return (
    <Card title={t('sync.title')}>
      <p>{t('sync.intro', { count: data?.mapped.length ?? 0 })}</p>
      {state ? (
        <Alert
          tone={state.status === 'done' ? 'success' : state.status === 'running' ? 'info' : 'warning'}
          live
          title={t(`sync.status.${running ? 'running' : state.status}`)}
        >
          <p>
            {t('sync.progress', {
              done,
              total: state.variables.length,
              from: state.years[0],
              to: state.years.at(-1),
            })}
            {data?.current ? ` ${t('sync.current', { code: data.current.code })}` : ''}
          </p>
          {state.error ? <p>{t('sync.error', { message: state.error.message })}</p> : null}
          {resumable && !running ? <p>{t('sync.resumeHint')}</p> : null}
        </Alert>
      ) : null}
      <Form onSubmit={submit} pending={start.isPending} aria-label={t('sync.title')} className="bdl-sync-form">
        <FormError error={start.error} />
        <div className="form__row">
          <TextField
            label={t('bdl.from')}
            name="syncFrom"
            type="number"
            min={MIN_YEAR}
            max={MAX_YEAR}
            required
            value={from}
            error={problem?.field === 'from' ? problem.message : undefined}
            onChange={(event) => setFrom(event.target.value)}
          />
          <TextField
            label={t('bdl.to')}
            name="syncTo"
            type="number"
            min={MIN_YEAR}
            max={MAX_YEAR}
            required
            value={to}
            error={problem?.field === 'to' ? problem.message : undefined}
            onChange={(event) => setTo(event.target.value)}
          />
        </div>
        <FormActions>
          <Button
            type="submit"
            variant="primary"
            disabled={running}
            busy={start.isPending}
            busyLabel={t('sync.starting')}
          >
            {resumable ? t('sync.resume') : t('sync.submit')}
          </Button>
        </FormActions>
      </Form>
      {state && state.variables.length > 0 ? (
        <Table caption={t('sync.tableCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('sync.variable')}</th>
              <th scope="col">{t('sync.bdlId')}</th>
              <th scope="col">{t('sync.state')}</th>
              <th scope="col">{t('sync.values')}</th>
            </tr>
          </thead>
          <tbody>
            {state.variables.map((v) => (
              <tr key={v.code}>
                <th scope="row">
                  <code>{v.code}</code>
                </th>
                <td>{v.bdlVariableId ?? '—'}</td>
                <td>
                  {t(`sync.states.${v.state}`)}
                  {v.message ? <span className="muted"> — {v.message}</span> : null}
                </td>
                <td>{v.state === 'done' ? format.number(v.values) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </Card>
  );
}
