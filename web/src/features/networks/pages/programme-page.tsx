import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Badge } from '../../../components/badge';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrorsByPath } from '../../../lib/field-errors';
import { SERVICE_AREAS, type ServiceArea } from '../../../../../domain/groups/service-areas';
import { useAddProgrammeGroup, useProgramme } from '../api';

export function ProgrammePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('networks');
  const programme = useProgramme(Number(id));
  if (programme.isPending) return <Loading />;
  if (programme.isError) return <QueryError error={programme.error} onRetry={() => void programme.refetch()} />;
  const p = programme.data;
  return (
    <>
      <PageHeader
        before={<Breadcrumb items={[{ to: '/networks', label: t('list.title') }, { label: p.name }]} />}
        title={p.name}
        description={
          <p>
            {p.operator} · {p.startsOn} – {p.endsOn}
          </p>
        }
      />
      <Card title={t('programme.groups')}>
        <Table caption={t('programme.groups')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('programme.groupName')}</th>
              <th scope="col">{t('programme.serviceArea')}</th>
              <th scope="col">{t('tabs.members')}</th>
            </tr>
          </thead>
          <tbody>
            {p.groups.length === 0 ? <EmptyRow colSpan={3}>{t('programme.noGroups')}</EmptyRow> : null}
            {p.groups.map((g) => (
              <tr key={g.id}>
                <th scope="row">
                  <Link to={`/networks/groups/${g.id}`}>{g.name}</Link>{' '}
                  {g.isDemo ? <Badge tone="info">{t('demo')}</Badge> : null}
                </th>
                <td>{t(`groups:serviceAreas.${g.serviceArea}`, { defaultValue: g.serviceArea })}</td>
                <td>{t('programme.members', { count: g.memberCount })}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      {p.canManage ? <NewGroup programmeId={p.id} /> : null}
    </>
  );
}

function NewGroup({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation('networks');
  const announce = useAnnounce();
  const navigate = useNavigate();
  const add = useAddProgrammeGroup(programmeId);
  const [name, setName] = useState('');
  const [area, setArea] = useState('');
  const errors = useFieldErrorsByPath(add.error, ['name', 'serviceArea']);
  return (
    <Card title={t('programme.newGroup')}>
      <Form
        pending={add.isPending}
        aria-label={t('programme.newGroup')}
        onSubmit={() =>
          add.mutate(
            { name, serviceArea: (area || undefined) as ServiceArea | undefined },
            {
              onSuccess: (r) => {
                announce(t('programme.groupCreated', { name }));
                void navigate(`/networks/groups/${r.groupId}`);
              },
            },
          )
        }
      >
        <FormError error={add.error} handledFields={['name', 'serviceArea']} />
        <TextField
          label={t('programme.groupName')}
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
        />
        <SelectField
          label={t('programme.serviceArea')}
          required
          value={area}
          onChange={(e) => setArea(e.target.value)}
          placeholder={t('members.choose')}
          options={SERVICE_AREAS.map((a) => ({ value: a, label: t(`groups:serviceAreas.${a}`) }))}
          error={errors.serviceArea}
        />
        <FormActions>
          <Button type="submit" variant="primary">
            {t('programme.createGroup')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
