import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrorsByPath } from '../../../lib/field-errors';
import { useCreateProgramme, useProgrammes } from '../api';

export function ProgrammesPage() {
  const { t } = useTranslation('networks');
  const programmes = useProgrammes();
  return (
    <>
      <PageHeader title={t('list.title')} description={<p>{t('list.description')}</p>} />
      {programmes.isPending ? (
        <Loading />
      ) : programmes.isError ? (
        <QueryError error={programmes.error} onRetry={() => void programmes.refetch()} />
      ) : (
        <>
          <Table caption={t('list.title')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('programme.name')}</th>
                <th scope="col">{t('list.operator')}</th>
                <th scope="col">{t('list.period')}</th>
                <th scope="col">{t('tabs.members')}</th>
              </tr>
            </thead>
            <tbody>
              {programmes.data.items.length === 0 ? <EmptyRow colSpan={4}>{t('list.empty')}</EmptyRow> : null}
              {programmes.data.items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/networks/programmes/${p.id}`}>{p.name}</Link>
                  </th>
                  <td>{p.operator}</td>
                  <td>
                    {p.startsOn} – {p.endsOn}
                  </td>
                  <td>{t('list.groups', { count: p.groupCount })}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          {programmes.data.canManage ? <NewProgramme /> : null}
        </>
      )}
    </>
  );
}

function NewProgramme() {
  const { t } = useTranslation('networks');
  const announce = useAnnounce();
  const create = useCreateProgramme();
  const [draft, setDraft] = useState({ name: '', operator: '', startsOn: '', endsOn: '' });
  const errors = useFieldErrorsByPath(create.error, ['name', 'operator', 'startsOn', 'endsOn']);
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  return (
    <Card title={t('programme.new')}>
      <Form
        pending={create.isPending}
        aria-label={t('programme.new')}
        onSubmit={() =>
          create.mutate(draft, {
            onSuccess: (p) => {
              announce(t('programme.created', { name: p.name }));
              setDraft({ name: '', operator: '', startsOn: '', endsOn: '' });
            },
          })
        }
      >
        <FormError error={create.error} handledFields={['name', 'operator', 'startsOn', 'endsOn']} />
        <TextField label={t('programme.name')} required value={draft.name} onChange={set('name')} error={errors.name} />
        <TextField
          label={t('programme.operator')}
          required
          value={draft.operator}
          onChange={set('operator')}
          error={errors.operator}
        />
        <TextField
          label={t('programme.startsOn')}
          type="date"
          required
          value={draft.startsOn}
          onChange={set('startsOn')}
          error={errors.startsOn}
        />
        <TextField
          label={t('programme.endsOn')}
          type="date"
          required
          value={draft.endsOn}
          onChange={set('endsOn')}
          error={errors.endsOn}
        />
        <FormActions>
          <Button type="submit" variant="primary">
            {t('programme.create')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
