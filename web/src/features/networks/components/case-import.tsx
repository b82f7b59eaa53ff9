import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { Field, SelectField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { useAnnounce } from '../../../lib/announce';
import { upload as uploadFile } from '../../../lib/client';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Upload of a unit's case register (CSV or XLSX): all or nothing, every bad row listed by the server. */
export function CaseImport({ members }: { members: readonly { code: string; name: string }[] }) {
  const { t } = useTranslation('networks');
  const announce = useAnnounce();
  const qc = useQueryClient();
  const [unitCode, setUnitCode] = useState(members[0]?.code ?? '');
  const [period, setPeriod] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (input: { unitCode: string; period: string; file: File }) =>
      // The file travels as the raw body (text/csv or XLSX), like the value import.
      uploadFile('/api/v1/units/{code}/decision-cases', input.file, {
        params: { path: { code: input.unitCode }, query: { period: input.period, fileName: input.file.name } },
        contentType: /\.xlsx$/i.test(input.file.name) ? XLSX_TYPE : 'text/csv',
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['networks'] }),
  });
  return (
    <Card title={t('decisions.import')}>
      <Form
        pending={upload.isPending}
        aria-label={t('decisions.import')}
        onSubmit={() => {
          if (file)
            upload.mutate(
              { unitCode, period, file },
              { onSuccess: (r) => announce(t('decisions.imported', { count: r.cases })) },
            );
        }}
      >
        <FormError error={upload.error} />
        <SelectField
          label={t('decisions.importUnit')}
          value={unitCode}
          onChange={(e) => setUnitCode(e.target.value)}
          options={members.map((m) => ({ value: m.code, label: m.name }))}
        />
        <TextField
          label={t('decisions.importPeriod')}
          required
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
        />
        <Field label={t('decisions.importFile')} hint={t('decisions.importFileHint')} required>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,.xlsx,text/csv"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <FormActions>
          <Button type="submit">{t('decisions.importButton')}</Button>
        </FormActions>
      </Form>
      {upload.data ? <p role="status">{t('decisions.imported', { count: upload.data.cases })}</p> : null}
    </Card>
  );
}
