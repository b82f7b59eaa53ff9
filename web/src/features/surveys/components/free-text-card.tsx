import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextField } from '../../../components/field';
import { Form, FormActions } from '../../../components/form';
import { useAnnounce } from '../../../lib/announce';
import { useErrorMessage } from '../../../lib/errors';
import { useFreeText, useSetFreeTextHidden, type FreeTextItem } from '../api';
import type { FormLabels } from '../form-labels';

/**
 * Free-text answers, grouped by question, with a way to hide abusive ones (with a reason, which the
 * server audits). Hidden texts stay listed for the coordinator, marked, and are blanked in exports.
 */
export function FreeTextCard({ waveId, labels }: { waveId: number; labels: FormLabels }) {
  const { t } = useTranslation('surveys');
  const texts = useFreeText(waveId);
  const toggle = useSetFreeTextHidden(waveId);
  const errorMessage = useErrorMessage();

  let body;
  if (texts.isPending) body = <Loading />;
  else if (texts.isError) body = <QueryError error={texts.error} onRetry={() => void texts.refetch()} />;
  else if (texts.data.items.length === 0) body = <p className="muted">{t('freeText.empty')}</p>;
  else {
    const byQuestion = new Map<string, FreeTextItem[]>();
    for (const item of texts.data.items)
      byQuestion.set(item.question, [...(byQuestion.get(item.question) ?? []), item]);
    body = [...byQuestion.entries()].map(([question, items]) => (
      <section key={question} aria-labelledby={`free-text-${question}`}>
        <h3 id={`free-text-${question}`}>{labels.question(question)}</h3>
        <ul className="plain-list free-text-list">
          {items.map((item) => (
            <FreeTextEntry
              key={item.id}
              item={item}
              pending={toggle.isPending && toggle.variables?.answerId === item.id}
              onToggle={(hidden, reason) => toggle.mutate({ answerId: item.id, hidden, reason })}
            />
          ))}
        </ul>
      </section>
    ));
  }

  return (
    <Card title={t('freeText.title')}>
      <p className="muted">{t('freeText.intro')}</p>
      {toggle.isError ? (
        <Alert tone="error" live focusOn={toggle.error}>
          <p>{errorMessage(toggle.error)}</p>
        </Alert>
      ) : null}
      {body}
    </Card>
  );
}

function FreeTextEntry({
  item,
  pending,
  onToggle,
}: {
  item: FreeTextItem;
  pending: boolean;
  onToggle: (hidden: boolean, reason?: string) => void;
}) {
  const { t } = useTranslation('surveys');
  const announce = useAnnounce();
  const [hiding, setHiding] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  function hide() {
    if (reason.trim() === '') {
      setReasonError(t('freeText.reasonRequired'));
      return;
    }
    onToggle(true, reason.trim());
    announce(t('freeText.hidden'));
    setHiding(false);
  }

  return (
    <li className={['free-text', item.hidden ? 'free-text--hidden' : ''].filter(Boolean).join(' ')}>
      <blockquote>{item.text}</blockquote>
      {item.hidden ? (
        <p>
          <Badge tone="warning">{t('freeText.hiddenBadge')}</Badge>{' '}
          {item.reason ? <span className="muted">{t('freeText.reasonShown', { reason: item.reason })}</span> : null}{' '}
          <Button small busy={pending} onClick={() => onToggle(false)}>
            {t('freeText.unhide')}
          </Button>
        </p>
      ) : hiding ? (
        <Form onSubmit={hide} pending={pending} aria-label={t('freeText.hideForm')}>
          <TextField
            label={t('freeText.reason')}
            name="reason"
            required
            maxLength={500}
            value={reason}
            error={reasonError}
            onChange={(event) => setReason(event.target.value)}
          />
          <FormActions>
            <Button type="submit" variant="danger" small>
              {t('freeText.hide')}
            </Button>
            <Button small onClick={() => setHiding(false)}>
              {t('common:actions.cancel')}
            </Button>
          </FormActions>
        </Form>
      ) : (
        <Button small onClick={() => setHiding(true)}>
          {t('freeText.hide')}
        </Button>
      )}
    </li>
  );
}
