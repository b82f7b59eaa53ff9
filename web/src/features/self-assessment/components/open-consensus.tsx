import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextAreaField } from '../../../components/field';
import { Form, FormActions } from '../../../components/form';
import { isApiError } from '../../../lib/api';
import { useAnnounce } from '../../../lib/announce';
import { useErrorMessage } from '../../../lib/errors';
import { useOpenConsensus, type AssessmentDetail } from '../api';
import { assessmentPath } from '../labels';
import { Dialog } from '../../../components/dialog';

/** Names of the members the server says have not submitted; ids it sends are matched to the group. */
function missingMembers(error: unknown, assessment: AssessmentDetail): string[] {
  const fromGroup = assessment.members.filter((m) => m.submittedAt === null).map((m) => m.name || m.email);
  if (!isApiError(error) || typeof error.details !== 'object' || error.details === null) return fromGroup;
  const missing = (error.details as { missing?: unknown }).missing;
  if (!Array.isArray(missing)) return fromGroup;
  return missing.map((entry) => {
    if (typeof entry === 'object' && entry !== null) {
      const { name, email } = entry as { name?: unknown; email?: unknown };
      if (typeof name === 'string' && name) return name;
      if (typeof email === 'string') return email;
    }
    const member = assessment.members.find((m) => m.userId === String(entry));
    return member ? member.name || member.email : String(entry);
  });
}

/**
 * "Open consensus" for the leader. Before every member has submitted the server answers 409
 * CONSENSUS_NOT_READY; the leader may still open it, but only with a reason, which is recorded.
 */
export function OpenConsensus({ assessment, primary = true }: { assessment: AssessmentDetail; primary?: boolean }) {
  const { t } = useTranslation('selfAssessment');
  const navigate = useNavigate();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const open = useOpenConsensus(String(assessment.id));
  const [dialogOpen, setDialogOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const notReady = isApiError(open.error) && open.error.code === 'CONSENSUS_NOT_READY';

  function opened() {
    setDialogOpen(false);
    announce(t('consensus.opened'));
    void navigate(assessmentPath(assessment.id, 'consensus'));
  }

  function openWithReason() {
    if (!reason.trim()) {
      setReasonError(t('consensus.reasonRequired'));
      return;
    }
    setReasonError(undefined);
    open.mutate({ reason: reason.trim() }, { onSuccess: opened });
  }

  return (
    <div className="open-consensus">
      {/* The main button only once everyone has submitted; before that it is the exception (#19). */}
      <Button
        variant={primary ? 'primary' : 'secondary'}
        onClick={() => open.mutate(undefined, { onSuccess: opened })}
        busy={open.isPending && !dialogOpen}
        busyLabel={t('consensus.opening')}
        disabled={open.isPending}
      >
        {t('consensus.open')}
      </Button>
      {notReady && !dialogOpen ? (
        <Alert
          tone="warning"
          live
          focusOn={open.error}
          title={t('consensus.notReadyTitle')}
          actions={
            <Button small onClick={() => setDialogOpen(true)}>
              {t('consensus.override')}
            </Button>
          }
        >
          <p>{t('consensus.notReady')}</p>
          <ul>
            {missingMembers(open.error, assessment).map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </Alert>
      ) : open.isError && !dialogOpen ? (
        <Alert tone="error" live focusOn={open.error}>
          <p>{errorMessage(open.error)}</p>
        </Alert>
      ) : null}
      <Dialog open={dialogOpen} title={t('consensus.overrideTitle')} onClose={() => setDialogOpen(false)}>
        <p>{t('consensus.overrideIntro', { names: missingMembers(open.error, assessment).join(', ') })}</p>
        <Form onSubmit={openWithReason} pending={open.isPending} aria-label={t('consensus.overrideTitle')}>
          {open.isError && !notReady ? (
            <Alert tone="error" live>
              <p>{errorMessage(open.error)}</p>
            </Alert>
          ) : null}
          {/* Not `required`: the browser's tooltip would pre-empt the message that says what the reason is for. */}
          <TextAreaField
            label={t('consensus.reason')}
            hint={t('consensus.reasonHint')}
            maxLength={2000}
            value={reason}
            error={reasonError}
            onChange={(event) => setReason(event.target.value)}
          />
          <FormActions>
            <Button type="submit" variant="primary" busy={open.isPending} busyLabel={t('consensus.opening')}>
              {t('consensus.overrideSubmit')}
            </Button>
            <Button onClick={() => setDialogOpen(false)}>{t('common:actions.cancel')}</Button>
          </FormActions>
        </Form>
      </Dialog>
    </div>
  );
}
