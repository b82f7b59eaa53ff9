import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { Badge } from '../../../components/badge';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrorsByPath } from '../../../lib/field-errors';
import { useFormat } from '../../../lib/format';
import {
  groupCalendarUrl,
  delegateCalendarUrl,
  useAddComment,
  useAddDelegate,
  useAddMember,
  useComments,
  useCreateCycle,
  useCreateMeetings,
  useCycleBoard,
  useDecisionQuality,
  useIndicatorsOfArea,
  useNetwork,
  usePinComment,
  useProposeSchedule,
  useSetIndicatorSet,
  type CycleBoard,
  type NetworkView,
  type ScheduleProposal,
} from '../api';
import { CaseImport } from '../components/case-import';

const TABS = ['members', 'indicators', 'cycles', 'meetings', 'discussion', 'decisions'] as const;
type Tab = (typeof TABS)[number];
const LEVELS = ['strategic', 'middle', 'operational'] as const;

export function NetworkPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('networks');
  const [params] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'members';
  const network = useNetwork(Number(id));
  if (network.isPending) return <Loading />;
  if (network.isError) return <QueryError error={network.error} onRetry={() => void network.refetch()} />;
  const n = network.data;
  return (
    <>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { to: '/networks', label: t('list.title') },
              ...(n.programme ? [{ to: `/networks/programmes/${n.programme.id}`, label: n.programme.name }] : []),
              { label: n.group.name },
            ]}
          />
        }
        title={n.group.name}
        description={
          <p>
            {t(`groups:serviceAreas.${n.group.serviceArea}`, { defaultValue: n.group.serviceArea })}
            {n.group.moderators.length > 0 ? ` · ${n.group.moderators.map((m) => m.name).join(', ')}` : ''}
            {n.group.isDemo ? (
              <>
                {' '}
                <Badge tone="info">{t('demo')}</Badge>
              </>
            ) : null}
          </p>
        }
      />
      <nav aria-label={t('tabs.label')} className="tabs">
        <ul className="tabs__list">
          {TABS.map((key) => (
            <li key={key}>
              <Link
                to={`?tab=${key}`}
                className={`tabs__tab${key === tab ? ' tabs__tab--active' : ''}`}
                aria-current={key === tab ? 'page' : undefined}
              >
                {t(`tabs.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'members' ? <MembersTab n={n} /> : null}
      {tab === 'indicators' ? <IndicatorsTab n={n} /> : null}
      {tab === 'cycles' ? <CyclesTab n={n} /> : null}
      {tab === 'meetings' ? <MeetingsTab n={n} /> : null}
      {tab === 'discussion' ? <DiscussionTab n={n} /> : null}
      {tab === 'decisions' ? <DecisionsTab n={n} /> : null}
    </>
  );
}

function MembersTab({ n }: { n: NetworkView }) {
  const { t } = useTranslation('networks');
  const announce = useAnnounce();
  const addMember = useAddMember(n.group.id);
  const addDelegate = useAddDelegate(n.group.id);
  const [code, setCode] = useState('');
  const [delegate, setDelegate] = useState({ unitCode: '', name: '', position: '', email: '', level: '' });
  const errors = useFieldErrorsByPath(addDelegate.error, ['unitCode', 'name', 'level']);
  const set = (key: keyof typeof delegate) => (e: { target: { value: string } }) =>
    setDelegate((d) => ({ ...d, [key]: e.target.value }));
  return (
    <Card title={t('members.title')}>
      <Table caption={t('members.title')} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('members.unit')}</th>
            <th scope="col">{t('members.delegates')}</th>
          </tr>
        </thead>
        <tbody>
          {n.members.length === 0 ? <EmptyRow colSpan={2}>{t('members.noMembers')}</EmptyRow> : null}
          {n.members.map((m) => (
            <tr key={m.code}>
              <th scope="row">
                <Link to={`/units/${m.code}`}>{m.name}</Link> <span className="muted">{m.code}</span>
              </th>
              <td>
                <ul className="plain-list">
                  {n.delegates
                    .filter((d) => d.unit.code === m.code)
                    .map((d) => (
                      <li key={d.id}>
                        {d.name} — {t(`members.levels.${d.level}`)}
                        {d.position ? ` (${d.position})` : ''} ·{' '}
                        <a href={delegateCalendarUrl(d.id)} aria-label={t('members.calendarOf', { name: d.name })}>
                          {t('members.calendar')}
                        </a>
                      </li>
                    ))}
                </ul>
                {m.missingLevels.length > 0 ? (
                  <Badge tone="warning">
                    {t('members.missing', {
                      levels: m.missingLevels.map((l) => t(`members.levels.${l}`)).join(', '),
                    })}
                  </Badge>
                ) : (
                  <Badge tone="success">{t('members.complete')}</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {n.canManage ? (
        <Form
          pending={addMember.isPending}
          aria-label={t('members.addMember')}
          onSubmit={() =>
            addMember.mutate(code.trim(), {
              onSuccess: () => {
                announce(t('members.memberAdded', { code }));
                setCode('');
              },
            })
          }
        >
          <FormError error={addMember.error} />
          <TextField label={t('members.addMember')} value={code} onChange={(e) => setCode(e.target.value)} required />
          <FormActions>
            <Button type="submit">{t('members.add')}</Button>
          </FormActions>
        </Form>
      ) : null}
      {n.canModerate && n.members.length > 0 ? (
        <Form
          pending={addDelegate.isPending}
          aria-label={t('members.addDelegate')}
          onSubmit={() =>
            addDelegate.mutate(
              {
                unitCode: delegate.unitCode,
                name: delegate.name,
                position: delegate.position || null,
                email: delegate.email || null,
                level: delegate.level as (typeof LEVELS)[number],
              },
              {
                onSuccess: () => {
                  announce(t('members.delegateAdded', { name: delegate.name }));
                  setDelegate({ unitCode: delegate.unitCode, name: '', position: '', email: '', level: '' });
                },
              },
            )
          }
        >
          <h3>{t('members.addDelegate')}</h3>
          <FormError error={addDelegate.error} handledFields={['unitCode', 'name', 'level']} />
          <SelectField
            label={t('members.delegateUnit')}
            required
            value={delegate.unitCode}
            onChange={set('unitCode')}
            placeholder={t('members.choose')}
            options={n.members.map((m) => ({ value: m.code, label: m.name }))}
            error={errors.unitCode}
          />
          <TextField
            label={t('members.delegateName')}
            required
            value={delegate.name}
            onChange={set('name')}
            error={errors.name}
          />
          <TextField label={t('members.delegatePosition')} value={delegate.position} onChange={set('position')} />
          <TextField label={t('members.delegateEmail')} type="email" value={delegate.email} onChange={set('email')} />
          <SelectField
            label={t('members.level')}
            required
            value={delegate.level}
            onChange={set('level')}
            placeholder={t('members.choose')}
            options={LEVELS.map((l) => ({ value: l, label: t(`members.levels.${l}`) }))}
            error={errors.level}
          />
          <FormActions>
            <Button type="submit">{t('members.addDelegate')}</Button>
          </FormActions>
        </Form>
      ) : null}
    </Card>
  );
}

function IndicatorsTab({ n }: { n: NetworkView }) {
  const { t, i18n } = useTranslation('networks');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'pl';
  const announce = useAnnounce();
  const catalogue = useIndicatorsOfArea(n.group.serviceArea);
  const save = useSetIndicatorSet(n.group.id);
  const [chosen, setChosen] = useState<Map<string, boolean>>(
    () => new Map(n.indicatorSet.map((i) => [i.code, i.isHeadline])),
  );
  const options = [
    ...n.indicatorSet.map((i) => ({ code: i.code, name: i.names[lang] })),
    ...(catalogue.data?.items ?? [])
      .filter((i) => !n.indicatorSet.some((s) => s.code === i.code))
      .map((i) => ({ code: i.code, name: i.names[lang] })),
  ];
  return (
    <Card title={t('indicators.title')}>
      <p className="muted">{t('indicators.hint')}</p>
      {n.indicatorSet.length === 0 ? <p>{t('indicators.none')}</p> : null}
      {n.canManage ? (
        <Form
          pending={save.isPending}
          aria-label={t('indicators.title')}
          onSubmit={() =>
            save.mutate(
              options
                .filter((o) => chosen.has(o.code))
                .map((o) => ({ code: o.code, isHeadline: chosen.get(o.code) ?? false })),
              { onSuccess: () => announce(t('indicators.saved')) },
            )
          }
        >
          <FormError error={save.error} />
          {catalogue.isPending ? <Loading /> : null}
          <Table caption={t('indicators.catalogue', { area: t(`groups:serviceAreas.${n.group.serviceArea}`) })}>
            <thead>
              <tr>
                <th scope="col">{t('discussion.indicator')}</th>
                <th scope="col">{t('indicators.headline')}</th>
              </tr>
            </thead>
            <tbody>
              {options.map((o) => (
                <tr key={o.code}>
                  <td>
                    <CheckboxField
                      label={o.name}
                      checked={chosen.has(o.code)}
                      onChange={(e) =>
                        setChosen((m) => {
                          const next = new Map(m);
                          if (e.target.checked) next.set(o.code, false);
                          else next.delete(o.code);
                          return next;
                        })
                      }
                    />
                  </td>
                  <td>
                    <CheckboxField
                      label={t('indicators.headlineOf', { name: o.name })}
                      className="checkbox--label-hidden"
                      checked={chosen.get(o.code) === true}
                      disabled={!chosen.has(o.code)}
                      onChange={(e) => setChosen((m) => new Map(m).set(o.code, e.target.checked))}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <FormActions>
            <Button type="submit" variant="primary">
              {t('indicators.save')}
            </Button>
          </FormActions>
        </Form>
      ) : (
        <ul>
          {n.indicatorSet.map((i) => (
            <li key={i.code}>
              {i.names[lang]} ({i.unit}) {i.isHeadline ? <Badge tone="info">{t('indicators.headline')}</Badge> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function CyclesTab({ n }: { n: NetworkView }) {
  const { t } = useTranslation('networks');
  const announce = useAnnounce();
  const create = useCreateCycle(n.group.id);
  const next = (n.cycles.at(-1)?.number ?? 0) + 1;
  const [draft, setDraft] = useState({
    title: '',
    focus: next === 1 ? 'diagnosis' : 'implementation',
    startsOn: '',
    endsOn: '',
    planPeriod: '',
  });
  const errors = useFieldErrorsByPath(create.error, ['title', 'focus', 'startsOn', 'endsOn', 'planPeriod']);
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  return (
    <>
      {n.cycles.length === 0 ? <p>{t('cycles.none')}</p> : null}
      {n.cycles.map((c) => (
        <CycleBoardCard key={c.id} cycleId={c.id} title={`${c.number}. ${c.title}`} />
      ))}
      {n.canManage ? (
        <Card title={t('cycles.new')}>
          <Form
            pending={create.isPending}
            aria-label={t('cycles.new')}
            onSubmit={() =>
              create.mutate(
                { ...draft, number: next, focus: draft.focus as 'diagnosis' | 'implementation' | 'other' },
                { onSuccess: (c) => announce(t('cycles.created', { title: c.title })) },
              )
            }
          >
            <FormError error={create.error} handledFields={['title', 'focus', 'startsOn', 'endsOn', 'planPeriod']} />
            <TextField
              label={t('cycles.titleField')}
              required
              value={draft.title}
              onChange={set('title')}
              error={errors.title}
            />
            <SelectField
              label={t('cycles.focus')}
              value={draft.focus}
              onChange={set('focus')}
              options={(['diagnosis', 'implementation', 'other'] as const).map((f) => ({
                value: f,
                label: t(`cycles.focuses.${f}`),
              }))}
            />
            <TextField
              label={t('cycles.startsOn')}
              type="date"
              required
              value={draft.startsOn}
              onChange={set('startsOn')}
              error={errors.startsOn}
            />
            <TextField
              label={t('cycles.endsOn')}
              type="date"
              required
              value={draft.endsOn}
              onChange={set('endsOn')}
              error={errors.endsOn}
            />
            <TextField
              label={t('cycles.planPeriod')}
              hint={t('cycles.planPeriodHint')}
              required
              value={draft.planPeriod}
              onChange={set('planPeriod')}
              error={errors.planPeriod}
            />
            <FormActions>
              <Button type="submit" variant="primary">
                {t('cycles.create')}
              </Button>
            </FormActions>
          </Form>
        </Card>
      ) : null}
    </>
  );
}

function CycleBoardCard({ cycleId, title }: { cycleId: number; title: string }) {
  const { t } = useTranslation('networks');
  const board = useCycleBoard(cycleId);
  return (
    <Card title={t('cycles.board', { title })}>
      {board.isPending ? (
        <Loading />
      ) : board.isError ? (
        <QueryError error={board.error} onRetry={() => void board.refetch()} />
      ) : (
        <BoardTable board={board.data} title={title} />
      )}
    </Card>
  );
}

/** The data columns appear to the group's operator and moderators only (the server sends null to others). */
function BoardTable({ board, title }: { board: CycleBoard; title: string }) {
  const { t } = useTranslation('networks');
  const format = useFormat();
  const showData = board.items.some((i) => i.data !== null);
  return (
    <Table caption={t('cycles.board', { title })} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t('cycles.unit')}</th>
          {showData ? <th scope="col">{t('cycles.data')}</th> : null}
          <th scope="col">{t('cycles.surveys')}</th>
          <th scope="col">{t('cycles.plan')}</th>
          <th scope="col">{t('cycles.actions')}</th>
          <th scope="col">{t('cycles.improved')}</th>
        </tr>
      </thead>
      <tbody>
        {board.items.map((i) => (
          <tr key={i.unit.code}>
            <th scope="row">{i.unit.name}</th>
            {showData ? (
              <td>
                {i.data
                  ? t('cycles.dataOf', {
                      submitted: i.data.submitted,
                      approved: i.data.approved,
                      rounds: i.data.rounds,
                    })
                  : '—'}
              </td>
            ) : null}
            <td>
              {i.surveys.closed} / {i.surveys.waves}
            </td>
            <td>
              {i.plan.planId !== null ? (
                <Link to={`/improvement-plans/${i.plan.planId}`}>{t('cycles.planYes')}</Link>
              ) : (
                t('cycles.planNo')
              )}
            </td>
            <td>
              {i.plan.planned} / {i.plan.inProgress} / {i.plan.done}
            </td>
            <td>
              {i.plan.improvedShare === null
                ? t('cycles.notChecked')
                : `${format.number(i.plan.improvedShare * 100, { maximumFractionDigits: 0 })} % (${i.plan.effectChecked})`}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function MeetingsTab({ n }: { n: NetworkView }) {
  const { t } = useTranslation('networks');
  const format = useFormat();
  return (
    <>
      <Card title={t('meetings.title')} actions={<a href={groupCalendarUrl(n.group.id)}>{t('meetings.calendar')}</a>}>
        <Table caption={t('meetings.title')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('meetings.date')}</th>
              <th scope="col">{t('meetings.meeting')}</th>
              <th scope="col">{t('meetings.host')}</th>
              <th scope="col">{t('meetings.minutes')}</th>
            </tr>
          </thead>
          <tbody>
            {n.meetings.length === 0 ? <EmptyRow colSpan={4}>{t('meetings.none')}</EmptyRow> : null}
            {n.meetings.map((m) => (
              <tr key={m.id}>
                <td>{format.date(m.date)}</td>
                <th scope="row">
                  <Link to={`/networks/meetings/${m.id}`}>{m.title}</Link>
                </th>
                <td>{m.host.name}</td>
                <td>{m.hasMinutes ? t('meetings.hasMinutes') : t('meetings.noMinutes')}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      {n.canModerate && n.members.length > 0 ? <ScheduleCard n={n} /> : null}
    </>
  );
}

function ScheduleCard({ n }: { n: NetworkView }) {
  const { t } = useTranslation('networks');
  const announce = useAnnounce();
  const propose = useProposeSchedule(n.group.id);
  const save = useCreateMeetings(n.group.id);
  const [from, setFrom] = useState('');
  const [count, setCount] = useState(String(n.members.length * 2));
  const [proposal, setProposal] = useState<ScheduleProposal['meetings'] | null>(null);
  const errors = useFieldErrorsByPath(propose.error, ['from', 'count']);
  return (
    <Card title={t('meetings.schedule')}>
      <Form
        pending={propose.isPending}
        aria-label={t('meetings.schedule')}
        onSubmit={() => propose.mutate({ from, count: Number(count) }, { onSuccess: (p) => setProposal(p.meetings) })}
      >
        <FormError error={propose.error} handledFields={['from', 'count']} />
        <TextField
          label={t('meetings.from')}
          type="date"
          required
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          error={errors.from}
        />
        <TextField
          label={t('meetings.count')}
          type="number"
          min={1}
          max={40}
          required
          value={count}
          onChange={(e) => setCount(e.target.value)}
          error={errors.count}
        />
        <FormActions>
          <Button type="submit">{t('meetings.propose')}</Button>
        </FormActions>
      </Form>
      {proposal ? (
        <Form
          pending={save.isPending}
          aria-label={t('meetings.proposal')}
          onSubmit={() =>
            save.mutate(proposal, {
              onSuccess: (r) => {
                announce(t('meetings.scheduled', { count: r.items.length }));
                setProposal(null);
              },
            })
          }
        >
          <h3>{t('meetings.proposal')}</h3>
          <p className="muted">{t('meetings.proposalHint')}</p>
          {propose.data && propose.data.outsideProgramme.length > 0 ? (
            <Alert tone="warning">{t('meetings.outside', { dates: propose.data.outsideProgramme.join(', ') })}</Alert>
          ) : null}
          <FormError error={save.error} />
          <Table caption={t('meetings.proposal')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('meetings.date')}</th>
                <th scope="col">{t('meetings.host')}</th>
              </tr>
            </thead>
            <tbody>
              {proposal.map((m, i) => (
                <tr key={i}>
                  <td>{m.date}</td>
                  <td>
                    <SelectField
                      label={t('meetings.hostOf', { date: m.date })}
                      labelHidden
                      value={m.hostUnitCode}
                      onChange={(e) =>
                        setProposal((p) => p!.map((x, j) => (j === i ? { ...x, hostUnitCode: e.target.value } : x)))
                      }
                      options={n.members.map((u) => ({ value: u.code, label: u.name }))}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <FormActions>
            <Button type="submit" variant="primary">
              {t('meetings.saveSchedule')}
            </Button>
          </FormActions>
        </Form>
      ) : null}
    </Card>
  );
}

function DiscussionTab({ n }: { n: NetworkView }) {
  const { t, i18n } = useTranslation('networks');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'pl';
  const announce = useAnnounce();
  const format = useFormat();
  const comments = useComments(n.group.id);
  const add = useAddComment(n.group.id);
  const pin = usePinComment();
  const [draft, setDraft] = useState({ indicatorCode: n.indicatorSet[0]?.code ?? '', period: '', body: '' });
  const [reply, setReply] = useState<Record<number, string>>({});
  const name = (code: string) => n.indicatorSet.find((i) => i.code === code)?.names[lang] ?? code;
  if (comments.isPending) return <Loading />;
  if (comments.isError) return <QueryError error={comments.error} onRetry={() => void comments.refetch()} />;
  const threads = comments.data.items.filter((c) => c.parentId === null);
  return (
    <Card title={t('discussion.title')}>
      <p className="muted">{t('discussion.hint')}</p>
      {threads.length === 0 ? <p>{t('discussion.none')}</p> : null}
      <ul className="plain-list">
        {threads.map((c) => (
          <li key={c.id} className="comment">
            <p>
              <strong>{c.authorName}</strong> · {name(c.indicatorCode)} · {c.period} ·{' '}
              <span className="muted">{format.dateTime(c.createdAt)}</span>
              {c.pinnedMeetingId !== null ? (
                <>
                  {' '}
                  <Link to={`/networks/meetings/${c.pinnedMeetingId}`}>
                    <Badge tone="info">{t('discussion.pinnedTo')}</Badge>
                  </Link>
                </>
              ) : null}
            </p>
            <p>{c.body}</p>
            <ul className="plain-list comment__replies">
              {comments.data.items
                .filter((r) => r.parentId === c.id)
                .map((r) => (
                  <li key={r.id}>
                    <strong>{r.authorName}</strong>: {r.body}
                  </li>
                ))}
            </ul>
            <Form
              aria-label={t('discussion.reply', { author: c.authorName })}
              pending={add.isPending}
              onSubmit={() =>
                add.mutate(
                  { indicatorCode: c.indicatorCode, period: c.period, body: reply[c.id] ?? '', parentId: c.id },
                  { onSuccess: () => setReply((r) => ({ ...r, [c.id]: '' })) },
                )
              }
            >
              <TextField
                label={t('discussion.reply', { author: c.authorName })}
                value={reply[c.id] ?? ''}
                onChange={(e) => setReply((r) => ({ ...r, [c.id]: e.target.value }))}
                required
              />
              <FormActions>
                <Button type="submit" small>
                  {t('discussion.replyButton')}
                </Button>
                {comments.data.canModerate && c.pinnedMeetingId === null ? (
                  <Button
                    type="button"
                    small
                    onClick={() => pin.mutate(c.id, { onSuccess: () => announce(t('discussion.pinned')) })}
                  >
                    {t('discussion.pin')}
                  </Button>
                ) : null}
              </FormActions>
            </Form>
          </li>
        ))}
      </ul>
      <FormError error={pin.error} />
      {n.indicatorSet.length > 0 ? (
        <Form
          aria-label={t('discussion.title')}
          pending={add.isPending}
          onSubmit={() =>
            add.mutate(draft, {
              onSuccess: () => {
                announce(t('discussion.posted'));
                setDraft((d) => ({ ...d, body: '' }));
              },
            })
          }
        >
          <FormError error={add.error} />
          <SelectField
            label={t('discussion.indicator')}
            value={draft.indicatorCode}
            onChange={(e) => setDraft((d) => ({ ...d, indicatorCode: e.target.value }))}
            options={n.indicatorSet.map((i) => ({ value: i.code, label: i.names[lang] }))}
          />
          <TextField
            label={t('discussion.period')}
            required
            value={draft.period}
            onChange={(e) => setDraft((d) => ({ ...d, period: e.target.value }))}
          />
          <TextAreaField
            label={t('discussion.body')}
            required
            value={draft.body}
            onChange={(e) => setDraft((d) => ({ ...d, body: e.target.value }))}
          />
          <FormActions>
            <Button type="submit" variant="primary">
              {t('discussion.post')}
            </Button>
          </FormActions>
        </Form>
      ) : null}
    </Card>
  );
}

function DecisionsTab({ n }: { n: NetworkView }) {
  const { t, i18n } = useTranslation('networks');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'pl';
  const format = useFormat();
  const dq = useDecisionQuality(n.group.id);
  if (dq.isPending) return <Loading />;
  if (dq.isError) return <QueryError error={dq.error} onRetry={() => void dq.refetch()} />;
  const num = (v: number | null, d = 1) =>
    v === null ? t('decisions.noData') : format.number(v, { maximumFractionDigits: d });
  const unitName = (code: string) => n.members.find((m) => m.code === code)?.name ?? code;
  return (
    <>
      <Card title={t('decisions.title')}>
        <p className="muted">{t('decisions.hint')}</p>
        <Table caption={t('decisions.title')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('decisions.indicator')}</th>
              <th scope="col">{t('decisions.period')}</th>
              <th scope="col">{t('decisions.median')}</th>
              {n.members.map((m) => (
                <th scope="col" key={m.code}>
                  {m.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dq.data.indicators.map((f) => (
              <tr key={f.code}>
                <th scope="row">
                  {f.names[lang]} ({f.unit})
                </th>
                <td>{f.period ?? t('decisions.noData')}</td>
                <td>{num(f.median, f.decimals)}</td>
                {f.members.map((m) => (
                  <td key={m.unitCode}>{num(m.value, f.decimals)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      <Card title={t('decisions.imports')}>
        <p className="muted">{t('decisions.percentileNote')}</p>
        {dq.data.imports.length === 0 ? <p>{t('decisions.noImports')}</p> : null}
        {dq.data.imports.map((imp) => (
          <Table
            key={`${imp.unit.code}-${imp.period}`}
            caption={`${unitName(imp.unit.code)} · ${imp.period} · ${imp.fileName}`}
          >
            <thead>
              <tr>
                <th scope="col">{t('decisions.category')}</th>
                <th scope="col">{t('decisions.cases')}</th>
                <th scope="col">{t('decisions.late')}</th>
                <th scope="col">{t('decisions.medianDays')}</th>
                <th scope="col">{t('decisions.p90Days')}</th>
                <th scope="col">{t('decisions.overturned')}</th>
              </tr>
            </thead>
            <tbody>
              {[{ category: 'total' as const, ...imp.summary.total }, ...imp.summary.byCategory].map((c) => (
                <tr key={c.category}>
                  <th scope="row">{t(`decisions.categories.${c.category}`)}</th>
                  <td>{c.decisions}</td>
                  <td>
                    {c.late} ({num(c.lateShare)} %)
                  </td>
                  <td>{num(c.processingDaysMedian)}</td>
                  <td>{num(c.processingDaysP90)}</td>
                  <td>{num(c.overturnedPer1000)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        ))}
      </Card>
      <CaseImport members={n.members} />
    </>
  );
}
