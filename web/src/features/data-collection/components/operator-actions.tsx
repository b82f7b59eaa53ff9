import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextAreaField, TextField } from '../../../components/field';
import { Form, FormActions } from '../../../components/form';
import { useAnnounce } from '../../../lib/announce';
import { useErrorMessage } from '../../../lib/errors';
import type { RoundForm, useFormActions } from '../api';
import { warsawDate, warsawToIso } from '../../../lib/time';

type Actions = ReturnType<typeof useFormActions>;

/**
 * The operator's decisions on a unit's form: return it with a comment, approve it, or let the unit
 * edit again after the deadline until a given time.
 */
export function OperatorActions({ form, actions }: { form: RoundForm; actions: Actions }) {
  const { t } = useTranslation('dataCollection');
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const [date, setDate] = useState(() => warsawDate(new Date(Date.now() + 7 * 86_400_000)));
  const [time, setTime] = useState('23:59');
  const [reopenError, setReopenError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const { returnForm, approve, reopen } = actions;
  const failed = returnForm.error ?? approve.error ?? reopen.error;
  const pending = returnForm.isPending || approve.isPending || reopen.isPending;
  const canReturn = form.status === 'submitted' || form.status === 'approved';
  const canApprove = form.status === 'submitted';

  function reset() {
    returnForm.reset();
    approve.reset();
    reopen.reset();
    setDone(null);
  }

  function sendBack() {
    reset();
    if (!comment.trim()) {
      setCommentError(t('operator.commentRequired'));
      requestAnimationFrame(() =>
        document.querySelector<HTMLTextAreaElement>('.operator-actions textarea[name="comment"]')?.focus(),
      );
      return;
    }
    setCommentError(undefined);
    returnForm.mutate(comment.trim(), {
      onSuccess: () => {
        setComment('');
        setDone(t('operator.returned'));
        announce(t('operator.returned'));
      },
    });
  }

  function approveForm() {
    reset();
    approve.mutate(undefined, {
      onSuccess: () => {
        setDone(t('operator.approved'));
        announce(t('operator.approved'));
      },
    });
  }

  function reopenForm() {
    reset();
    const until = warsawToIso(date, time);
    if (!until) {
      setReopenError(t('newRound.deadlineInvalid'));
      return;
    }
    setReopenError(undefined);
    reopen.mutate(until, {
      onSuccess: () => {
        setDone(t('operator.reopened'));
        announce(t('operator.reopened'));
      },
    });
  }

  return (
    <Card title={t('operator.title')}>
      {failed ? (
        <Alert tone="error" live focusOn={failed}>
          <p>{errorMessage(failed)}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" live>
          <p>{done}</p>
        </Alert>
      ) : null}
      <div className="grid grid--2 operator-actions">
        <div>
          <h3>{t('operator.decisionTitle')}</h3>
          {canReturn || canApprove ? (
            <Form onSubmit={sendBack} pending={pending} aria-label={t('operator.decisionTitle')}>
              <TextAreaField
                name="comment"
                label={t('operator.comment')}
                hint={t('operator.commentHint')}
                rows={3}
                maxLength={2000}
                value={comment}
                error={commentError}
                onChange={(event) => setComment(event.target.value)}
              />
              <FormActions>
                {canApprove ? (
                  <Button
                    variant="primary"
                    onClick={approveForm}
                    busy={approve.isPending}
                    busyLabel={t('operator.approving')}
                  >
                    {t('operator.approve')}
                  </Button>
                ) : null}
                <Button type="submit" variant="danger" busy={returnForm.isPending} busyLabel={t('operator.returning')}>
                  {t('operator.return')}
                </Button>
              </FormActions>
            </Form>
          ) : (
            <p className="muted">{t('operator.nothingToDecide')}</p>
          )}
        </div>
        <div>
          <h3>{t('operator.reopenTitle')}</h3>
          <Form onSubmit={reopenForm} pending={pending} aria-label={t('operator.reopenTitle')}>
            <p className="field__hint">{t('operator.reopenHint')}</p>
            <div className="form__row">
              <TextField
                label={t('operator.reopenDate')}
                type="date"
                required
                value={date}
                error={reopenError}
                onChange={(event) => setDate(event.target.value)}
              />
              <TextField
                label={t('operator.reopenTime')}
                type="time"
                required
                value={time}
                hint={t('newRound.timeHint')}
                onChange={(event) => setTime(event.target.value)}
              />
            </div>
            <FormActions>
              <Button type="submit" busy={reopen.isPending} busyLabel={t('common:status.saving')}>
                {t('operator.reopen')}
              </Button>
            </FormActions>
          </Form>
        </div>
      </div>
    </Card>
  );
}
