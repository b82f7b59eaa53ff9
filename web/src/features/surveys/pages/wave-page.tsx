import { publishedHref } from '../../../../../domain/portal/published';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button, ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { Field, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { PublicationCard } from '../../../components/publication-card';
import { QueryContent } from '../../../components/query-content';
import { useAnnounce } from '../../../lib/announce';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { formatWarsaw, warsawDate, warsawToIso } from '../../../lib/time';
import { unitPath } from '../../../lib/unit-labels';
import {
  invitationCodesCsvUrl,
  useGenerateCodes,
  usePrepareNextWave,
  usePublishWave,
  useUpdateWave,
  useWave,
  type WaveDetail,
} from '../api';
import {
  absolutePublicUrl,
  DemoBadge,
  resultsPath,
  SURVEYS_PATH,
  templatePath,
  useTitle,
  useWaveName,
  wavePath,
  WaveStatusBadge,
} from '../labels';

type PrintTarget = 'link' | 'codes' | null;

export function WavePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('surveys');
  const wave = useWave(id);
  return (
    <QueryContent query={wave} notFound={t('wave.notFound')}>
      {(data) => <WaveView key={id} wave={data} />}
    </QueryContent>
  );
}

/**
 * Prints one card of the page: `body.printing` hides everything but the `.print-area` card's
 * `.print-sheet` (see styles.css), so the printout is the link or the codes alone.
 */
function usePrint(): [PrintTarget, (target: Exclude<PrintTarget, null>) => void] {
  const [target, setTarget] = useState<PrintTarget>(null);
  useEffect(() => {
    if (target === null) return;
    document.body.classList.add('printing');
    const done = () => {
      document.body.classList.remove('printing');
      setTarget(null);
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('printing');
    };
  }, [target]);
  return [target, setTarget];
}

function WaveView({ wave }: { wave: WaveDetail }) {
  const { t } = useTranslation('surveys');
  const format = useFormat();
  const title = useTitle();
  const name = useWaveName()(wave);
  const [printing, print] = usePrint();
  const publish = usePublishWave(wave.id);

  return (
    <>
      <PageHeader
        before={<Breadcrumb items={[{ to: SURVEYS_PATH, label: t('list.title') }, { label: name }]} />}
        title={name}
        description={
          <p>
            <WaveStatusBadge status={wave.status} /> {wave.demo ? <DemoBadge /> : null}{' '}
            {t('wave.subtitle', {
              from: formatWarsaw(wave.opensAt, format.locale),
              to: formatWarsaw(wave.closesAt, format.locale),
            })}
          </p>
        }
        actions={
          <ButtonLink to={resultsPath(wave.id)} variant="primary">
            {t('wave.results')}
          </ButtonLink>
        }
      />
      {wave.demo ? (
        <Alert tone="warning" title={t('demo.badge')}>
          <p>{t('demo.explain')}</p>
        </Alert>
      ) : null}
      <div className="grid grid--2">
        <Card title={t('wave.about')}>
          <dl className="details">
            <div>
              <dt>{t('fields.unit')}</dt>
              <dd>
                <Link to={unitPath(wave.unit.code)}>{wave.unit.name}</Link>
              </dd>
            </div>
            <div>
              <dt>{t('fields.template')}</dt>
              <dd>
                <Link to={templatePath(wave.template.id)}>{title(wave.template.titles)}</Link>{' '}
                <span className="muted">(v{wave.template.version})</span>
              </dd>
            </div>
            <div>
              <dt>{t('fields.responses')}</dt>
              <dd>{format.number(wave.responses)}</dd>
            </div>
            <div>
              <dt>{t('fields.targetPopulation')}</dt>
              <dd>{wave.targetPopulation ? format.number(wave.targetPopulation) : t('wave.unknownPopulation')}</dd>
            </div>
            <div>
              <dt>{t('fields.minimumN')}</dt>
              <dd>{format.number(wave.minimumN)}</dd>
            </div>
            <div>
              <dt>{t('fields.repeatEveryMonths')}</dt>
              <dd>
                {wave.repeatEveryMonths ? t('wave.repeatEvery', { count: wave.repeatEveryMonths }) : t('wave.noRepeat')}
              </dd>
            </div>
            {wave.previousWaveId ? (
              <div>
                <dt>{t('wave.previous')}</dt>
                <dd>
                  <Link to={wavePath(wave.previousWaveId)}>{t('wave.previousLink')}</Link>
                </dd>
              </div>
            ) : null}
            {wave.nextWaveId ? (
              <div>
                <dt>{t('wave.next')}</dt>
                <dd>
                  <Link to={wavePath(wave.nextWaveId)}>{t('wave.nextLink')}</Link>
                </dd>
              </div>
            ) : null}
          </dl>
        </Card>
        {wave.canManage ? (
          <PublicLinkCard wave={wave} printing={printing === 'link'} onPrint={() => print('link')} />
        ) : null}
      </div>
      {wave.canManage ? (
        <>
          <InvitationCodesCard wave={wave} printing={printing === 'codes'} onPrint={() => print('codes')} />
          <ScheduleCard wave={wave} />
          <PublicationCard
            publishedAt={wave.publishedAt}
            canManage={wave.canManage}
            publishable={wave.status === 'closed'}
            publicHref={publishedHref(wave.unit.code, 'survey', wave.id)}
            mutation={publish}
          />
        </>
      ) : (
        <p className="muted">{t('wave.readOnly')}</p>
      )}
    </>
  );
}

async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (an insecure origin, a denied permission): select the text instead, so
    // Ctrl+C copies it.
    input?.select();
    return false;
  }
}

function PublicLinkCard({ wave, printing, onPrint }: { wave: WaveDetail; printing: boolean; onPrint: () => void }) {
  const { t } = useTranslation('surveys');
  const announce = useAnnounce();
  const url = absolutePublicUrl(wave.publicUrl ?? '');
  const name = useWaveName()(wave);
  const [copied, setCopied] = useState<boolean | null>(null);

  async function copy() {
    const ok = await copyText(url, document.querySelector<HTMLInputElement>('input[name="publicUrl"]'));
    setCopied(ok);
    announce(ok ? t('link.copied') : t('link.copyManually'));
  }

  return (
    <Card title={t('link.title')} className={printing ? 'print-area' : undefined}>
      <p>{t('link.intro')}</p>
      <Field label={t('link.label')}>
        {(control) => (
          <div className="copy-field">
            <input
              {...control}
              name="publicUrl"
              className="input mono"
              readOnly
              value={url}
              onFocus={(event) => event.currentTarget.select()}
            />
            <Button onClick={() => void copy()}>{t('link.copy')}</Button>
          </div>
        )}
      </Field>
      {copied !== null ? (
        <p className="muted" role="status">
          {copied ? t('link.copied') : t('link.copyManually')}
        </p>
      ) : null}
      <div className="button-row">
        <a className="button button--secondary button--small" href={url} target="_blank" rel="noreferrer">
          {t('link.open')} <span className="visually-hidden">({t('common:newWindow')})</span>
        </a>
        <Button small onClick={onPrint}>
          {t('link.print')}
        </Button>
      </div>
      {printing ? (
        <div className="print-sheet">
          <h2>{name}</h2>
          <p>{t('link.printIntro', { office: wave.officeName })}</p>
          <p className="public-link">{url}</p>
        </div>
      ) : null}
    </Card>
  );
}

function InvitationCodesCard({
  wave,
  printing,
  onPrint,
}: {
  wave: WaveDetail;
  printing: boolean;
  onPrint: () => void;
}) {
  const { t } = useTranslation('surveys');
  const format = useFormat();
  const announce = useAnnounce();
  const generate = useGenerateCodes(wave.id);
  const name = useWaveName()(wave);
  const [count, setCount] = useState('50');
  const [countError, setCountError] = useState<string | undefined>();

  function submit() {
    const value = Number(count);
    if (!Number.isInteger(value) || value < 1 || value > 5000) {
      setCountError(t('codes.countInvalid'));
      return;
    }
    setCountError(undefined);
    generate.mutate(value, { onSuccess: (result) => announce(t('codes.generated', { count: result.codes.length })) });
  }

  const codes = generate.data?.codes ?? [];
  return (
    <Card
      title={t('codes.title')}
      className={printing ? 'print-area' : undefined}
      actions={
        wave.invitationCodes.issued > 0 ? (
          <a className="button button--secondary button--small" href={invitationCodesCsvUrl(wave.id)} download>
            {t('codes.exportCsv')}
          </a>
        ) : null
      }
    >
      <p>{t('codes.intro')}</p>
      <p>
        {t('codes.counts', {
          issued: format.number(wave.invitationCodes.issued),
          used: format.number(wave.invitationCodes.used),
        })}
      </p>
      {wave.status !== 'closed' ? (
        <Form onSubmit={submit} pending={generate.isPending} aria-label={t('codes.generate')}>
          <FormError error={generate.error} handledFields={['count']} />
          <div className="form__row">
            <TextField
              label={t('codes.count')}
              name="count"
              inputMode="numeric"
              required
              value={count}
              error={countError}
              hint={t('codes.countHint')}
              onChange={(event) => setCount(event.target.value)}
            />
          </div>
          <FormActions>
            <Button type="submit" variant="primary" busy={generate.isPending} busyLabel={t('codes.generating')}>
              {t('codes.generate')}
            </Button>
          </FormActions>
        </Form>
      ) : null}
      {codes.length > 0 ? (
        <div className="print-sheet">
          <h3>{t('codes.newCodes', { count: codes.length })}</h3>
          <p className="muted">{t('codes.sheetIntro', { name, url: absolutePublicUrl(wave.publicUrl ?? '') })}</p>
          <Button small onClick={onPrint}>
            {t('codes.print')}
          </Button>
          <ul className="code-sheet" aria-label={t('codes.newCodes', { count: codes.length })}>
            {codes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}

/** Changing the closing time (or closing now) and preparing the next wave by the repeat rule. */
function ScheduleCard({ wave }: { wave: WaveDetail }) {
  const { t } = useTranslation('surveys');
  const navigate = useNavigate();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const update = useUpdateWave(wave.id);
  const next = usePrepareNextWave(wave.id);
  const closes = new Date(wave.closesAt);
  const [date, setDate] = useState(() => warsawDate(closes));
  const [time, setTime] = useState(() =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Warsaw',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(closes),
  );
  const [dateError, setDateError] = useState<string | undefined>();

  function saveClosing() {
    const closesAt = warsawToIso(date, time);
    if (!closesAt) {
      setDateError(t('newWave.dateInvalid'));
      return;
    }
    setDateError(undefined);
    update.mutate({ closesAt }, { onSuccess: () => announce(t('schedule.saved')) });
  }

  function closeNow() {
    if (!window.confirm(t('schedule.closeConfirm'))) return;
    update.mutate({ closesAt: new Date().toISOString() }, { onSuccess: () => announce(t('schedule.closedNow')) });
  }

  return (
    <Card title={t('schedule.title')}>
      {wave.status !== 'closed' ? (
        <Form onSubmit={saveClosing} pending={update.isPending} aria-label={t('schedule.title')}>
          <FormError error={update.error} handledFields={['closesAt']} />
          <div className="form__row">
            <TextField
              label={t('newWave.closesDate')}
              name="closesDate"
              type="date"
              required
              value={date}
              error={dateError}
              onChange={(event) => setDate(event.target.value)}
            />
            <TextField
              label={t('newWave.closesTime')}
              name="closesTime"
              type="time"
              required
              value={time}
              hint={t('newWave.timeHint')}
              onChange={(event) => setTime(event.target.value)}
            />
          </div>
          <FormActions>
            <Button type="submit" busy={update.isPending} busyLabel={t('common:status.saving')}>
              {t('schedule.save')}
            </Button>
            {wave.status === 'open' ? (
              <Button variant="danger" onClick={closeNow}>
                {t('schedule.closeNow')}
              </Button>
            ) : null}
          </FormActions>
        </Form>
      ) : (
        <p>{t('schedule.isClosed')}</p>
      )}
      <h3 className="section-heading">{t('schedule.nextTitle')}</h3>
      {wave.nextWaveId !== null ? (
        <p>
          {t('schedule.nextExists')} <Link to={wavePath(wave.nextWaveId)}>{t('wave.nextLink')}</Link>
        </p>
      ) : wave.repeatEveryMonths ? (
        <>
          <p>{t('schedule.nextIntro', { count: wave.repeatEveryMonths })}</p>
          {next.isError ? (
            <Alert tone="error" live focusOn={next.error}>
              <p>{errorMessage(next.error)}</p>
            </Alert>
          ) : null}
          <Button
            busy={next.isPending}
            busyLabel={t('common:status.saving')}
            onClick={() =>
              next.mutate(undefined, {
                onSuccess: (created) => {
                  announce(t('schedule.nextCreated'));
                  void navigate(wavePath(created.id));
                },
              })
            }
          >
            {t('schedule.prepareNext')}
          </Button>
        </>
      ) : (
        <p className="muted">{t('schedule.noRepeat')}</p>
      )}
    </Card>
  );
}
