import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Badge } from '../../../components/badge';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { QueryContent } from '../../../components/query-content';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrorsByPath } from '../../../lib/field-errors';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { dataUnits } from '../../../lib/permissions';
import { ProposePracticeButton } from '../../good-practices';
import { canCuratePractices } from '../../../lib/permissions';
import {
  packUrl,
  useActionToPlan,
  useAddMeetingAction,
  useMeeting,
  useNetwork,
  useSetAttendance,
  useUpdateMeeting,
  useUpdateMeetingAction,
  type MeetingDetail,
} from '../api';

export function MeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('networks');
  const meeting = useMeeting(Number(id));
  return (
    <QueryContent query={meeting} notFound={t('meeting.notFound')}>
      {(data) => <MeetingView key={id} m={data} />}
    </QueryContent>
  );
}

function MeetingView({ m }: { m: MeetingDetail }) {
  const { t } = useTranslation('networks');
  const format = useFormat();
  const [asOf, setAsOf] = useState('');
  return (
    <>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { to: '/networks', label: t('list.title') },
              { to: `/networks/groups/${m.group.id}?tab=meetings`, label: m.group.name },
              { label: m.title },
            ]}
          />
        }
        title={m.title}
        description={
          <p>
            {format.date(m.date)} · {t('meetings.host')}: {m.host.name}
            {m.address ? ` · ${m.address}` : ''}
          </p>
        }
      />
      <Card title={t('meeting.pack')}>
        <p className="muted">{t('meeting.packHint')}</p>
        <TextField label={t('meeting.asOf')} type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        <p className="button-row">
          <a className="button button--primary" href={packUrl(m.id, 'pdf', asOf)} download>
            {t('meeting.packPdf')}
          </a>{' '}
          <a className="button button--secondary" href={packUrl(m.id, 'xlsx', asOf)} download>
            {t('meeting.packXlsx')}
          </a>
        </p>
      </Card>
      <AgendaCard m={m} />
      {m.previousMeeting ? (
        <Card title={t('meeting.previous')}>
          <ActionsTable m={m} actions={m.previousMeeting.openActions} caption={t('meeting.previous')} />
        </Card>
      ) : null}
      <AttendanceCard m={m} />
      <MinutesCard m={m} />
      <ActionsCard m={m} />
    </>
  );
}

function AgendaCard({ m }: { m: MeetingDetail }) {
  const { t } = useTranslation('networks');
  const update = useUpdateMeeting(m.id);
  const [item, setItem] = useState('');
  return (
    <Card title={t('meeting.agenda')}>
      {m.agenda.length === 0 ? (
        <p>{t('meeting.noAgenda')}</p>
      ) : (
        <ol>
          {m.agenda.map((a, i) => (
            <li key={i}>
              {a.title}
              {a.note ? <span className="muted"> — {a.note}</span> : null}
            </li>
          ))}
        </ol>
      )}
      {m.canModerate ? (
        <Form
          pending={update.isPending}
          aria-label={t('meeting.addAgenda')}
          onSubmit={() => update.mutate({ agenda: [...m.agenda, { title: item }] }, { onSuccess: () => setItem('') })}
        >
          <FormError error={update.error} />
          <TextField label={t('meeting.addAgenda')} value={item} onChange={(e) => setItem(e.target.value)} required />
          <FormActions>
            <Button type="submit">{t('meeting.addAgendaButton')}</Button>
          </FormActions>
        </Form>
      ) : null}
    </Card>
  );
}

function AttendanceCard({ m }: { m: MeetingDetail }) {
  const { t } = useTranslation('networks');
  const announce = useAnnounce();
  const save = useSetAttendance(m.id);
  const [present, setPresent] = useState<Map<number, boolean>>(
    () => new Map(m.attendance.map((a) => [a.delegate.id, a.present === true])),
  );
  if (m.attendance.length === 0) return null;
  return (
    <Card title={t('meeting.attendance')}>
      {m.canModerate ? (
        <Form
          pending={save.isPending}
          aria-label={t('meeting.attendance')}
          onSubmit={() =>
            save.mutate(
              [...present].map(([delegateId, p]) => ({ delegateId, present: p })),
              { onSuccess: () => announce(t('meeting.attendanceSaved')) },
            )
          }
        >
          <FormError error={save.error} />
          {m.attendance.map((a) => (
            <CheckboxField
              key={a.delegate.id}
              label={`${a.delegate.name} — ${a.delegate.unit.name} (${t(`members.levels.${a.delegate.level}`)})`}
              checked={present.get(a.delegate.id) ?? false}
              onChange={(e) => setPresent((p) => new Map(p).set(a.delegate.id, e.target.checked))}
            />
          ))}
          <FormActions>
            <Button type="submit">{t('meeting.saveAttendance')}</Button>
          </FormActions>
        </Form>
      ) : (
        <ul>
          {m.attendance
            .filter((a) => a.present)
            .map((a) => (
              <li key={a.delegate.id}>
                {a.delegate.name} — {a.delegate.unit.name}
              </li>
            ))}
        </ul>
      )}
    </Card>
  );
}

function MinutesCard({ m }: { m: MeetingDetail }) {
  const { t } = useTranslation('networks');
  const announce = useAnnounce();
  const update = useUpdateMeeting(m.id);
  const [minutes, setMinutes] = useState(m.minutes ?? '');
  return (
    <Card title={t('meetings.minutes')}>
      {m.canModerate ? (
        <Form
          pending={update.isPending}
          aria-label={t('meetings.minutes')}
          onSubmit={() => update.mutate({ minutes }, { onSuccess: () => announce(t('meeting.minutesSaved')) })}
        >
          <FormError error={update.error} />
          <TextAreaField
            label={t('meeting.minutes')}
            rows={10}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
          <FormActions>
            <Button type="submit" variant="primary">
              {t('meeting.saveMinutes')}
            </Button>
          </FormActions>
        </Form>
      ) : m.minutes ? (
        // Markdown shown as written: plain text keeps any HTML in it inert.
        <pre className="minutes">{m.minutes}</pre>
      ) : (
        <p>{t('meeting.noMinutes')}</p>
      )}
    </Card>
  );
}

function ActionsTable({
  m,
  actions,
  caption,
}: {
  m: MeetingDetail;
  actions: MeetingDetail['actions'];
  caption: string;
}) {
  const { t } = useTranslation('networks');
  const format = useFormat();
  const announce = useAnnounce();
  const toPlan = useActionToPlan();
  const update = useUpdateMeetingAction();
  const me = useCurrentUser();
  return (
    <>
      <FormError error={toPlan.error ?? update.error} />
      <Table caption={caption} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('meeting.who')}</th>
            <th scope="col">{t('meeting.what')}</th>
            <th scope="col">{t('meeting.due')}</th>
            <th scope="col">{t('meeting.status')}</th>
            <th scope="col">{t('cycles.plan')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.length === 0 ? <EmptyRow colSpan={5}>{t('meeting.noActions')}</EmptyRow> : null}
          {actions.map((a) => (
            <tr key={a.id}>
              <td>
                {a.unit.name}
                {a.owner ? ` (${a.owner})` : ''}
              </td>
              <th scope="row">{a.title}</th>
              <td>{a.dueOn ? format.date(a.dueOn) : '—'}</td>
              <td>
                {m.canModerate ? (
                  <SelectField
                    label={t('meeting.statusOf', { title: a.title })}
                    labelHidden
                    value={a.status}
                    onChange={(e) =>
                      update.mutate({ actionId: a.id, status: e.target.value as 'open' | 'done' | 'cancelled' })
                    }
                    options={(['open', 'done', 'cancelled'] as const).map((s) => ({
                      value: s,
                      label: t(`meeting.statuses.${s}`),
                    }))}
                  />
                ) : (
                  t(`meeting.statuses.${a.status}`)
                )}
              </td>
              <td>
                {a.planActionId !== null ? (
                  <Badge tone="success">{t('meeting.inPlan')}</Badge>
                ) : m.canModerate ? (
                  <Button
                    small
                    aria-label={t('meeting.toPlanOf', { title: a.title })}
                    busy={toPlan.isPending && toPlan.variables === a.id}
                    onClick={() => toPlan.mutate(a.id, { onSuccess: () => announce(t('meeting.sent')) })}
                  >
                    {t('meeting.toPlan')}
                  </Button>
                ) : null}
                {a.status === 'done' &&
                (canCuratePractices(me) || dataUnits(me).some((u) => u.code === a.unit.code)) ? (
                  <>
                    {' '}
                    <ProposePracticeButton
                      compact
                      title={a.title}
                      source={{ kind: 'network-meeting-action', id: a.id }}
                    />
                  </>
                ) : null}
                {toPlan.data && toPlan.variables === a.id ? (
                  <>
                    {' '}
                    <Link to={`/improvement-plans/${toPlan.data.planId}`}>{t('meeting.openPlan')}</Link>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

function ActionsCard({ m }: { m: MeetingDetail }) {
  const { t } = useTranslation('networks');
  const announce = useAnnounce();
  const network = useNetwork(m.group.id);
  const add = useAddMeetingAction(m.id);
  const [draft, setDraft] = useState({ unitCode: '', owner: '', title: '', dueOn: '' });
  const errors = useFieldErrorsByPath(add.error, ['unitCode', 'title', 'dueOn']);
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  return (
    <Card title={t('meeting.actions')}>
      <ActionsTable m={m} actions={m.actions} caption={t('meeting.actions')} />
      {m.pinnedQuestions.length > 0 ? (
        <>
          <h3>{t('meeting.pinned')}</h3>
          <ul>
            {m.pinnedQuestions.map((q) => (
              <li key={q.id}>
                {q.body}{' '}
                <span className="muted">
                  ({q.indicatorCode} · {q.period})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {m.canModerate ? (
        <Form
          pending={add.isPending}
          aria-label={t('meeting.addAction')}
          onSubmit={() =>
            add.mutate(
              { unitCode: draft.unitCode, owner: draft.owner || null, title: draft.title, dueOn: draft.dueOn || null },
              {
                onSuccess: () => {
                  announce(t('meeting.actionAdded'));
                  setDraft({ unitCode: draft.unitCode, owner: '', title: '', dueOn: '' });
                },
              },
            )
          }
        >
          <h3>{t('meeting.addAction')}</h3>
          <FormError error={add.error} handledFields={['unitCode', 'title', 'dueOn']} />
          <SelectField
            label={t('meeting.actionUnit')}
            required
            value={draft.unitCode}
            onChange={set('unitCode')}
            placeholder={t('members.choose')}
            options={(network.data?.members ?? []).map((u) => ({ value: u.code, label: u.name }))}
            error={errors.unitCode}
          />
          <TextField label={t('meeting.actionOwner')} value={draft.owner} onChange={set('owner')} />
          <TextField
            label={t('meeting.actionTitle')}
            required
            value={draft.title}
            onChange={set('title')}
            error={errors.title}
          />
          <TextField
            label={t('meeting.actionDue')}
            type="date"
            value={draft.dueOn}
            onChange={set('dueOn')}
            error={errors.dueOn}
          />
          <FormActions>
            <Button type="submit" variant="primary">
              {t('meeting.addActionButton')}
            </Button>
          </FormActions>
        </Form>
      ) : null}
    </Card>
  );
}
