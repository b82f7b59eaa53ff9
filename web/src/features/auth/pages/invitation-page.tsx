import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrors } from '../../../lib/errors';
import { PASSWORD_MIN_LENGTH, useAcceptInvitation } from '../api';
import { useCurrentUser } from '../../../lib/session';

const FIELDS = ['name', 'password'] as const;

export function InvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const announce = useAnnounce();
  const me = useCurrentUser();
  const accept = useAcceptInvitation();
  const [values, setValues] = useState({ name: '', password: '', repeat: '' });
  // Counts failed attempts so that each one moves focus to the message again.
  const [mismatch, setMismatch] = useState(0);
  const errors = useFieldErrors(accept.error, FIELDS);

  function submit() {
    // Checked here because a typo in a password nobody can see would lock the person out.
    if (values.password !== values.repeat) {
      setMismatch((count) => count + 1);
      return;
    }
    setMismatch(0);
    accept.mutate(
      { token, name: values.name.trim(), password: values.password },
      {
        onSuccess: (session) => {
          announce(t('invitation.welcome', { name: session.user.name }));
          void navigate('/', { replace: true });
        },
      },
    );
  }

  return (
    <div className="narrow">
      <PageHeader title={t('invitation.title')} description={<p>{t('invitation.intro')}</p>} />
      {me && !accept.isSuccess ? <Alert tone="warning">{t('invitation.signedIn', { name: me.name })}</Alert> : null}
      <Card>
        <Form onSubmit={submit} pending={accept.isPending} aria-label={t('invitation.title')}>
          <FormError error={accept.error} handledFields={FIELDS} />
          {mismatch > 0 ? (
            <Alert tone="error" live focusOn={mismatch}>
              <p>{t('invitation.mismatch')}</p>
            </Alert>
          ) : null}
          <TextField
            label={t('fields.name')}
            name="name"
            autoComplete="name"
            required
            value={values.name}
            error={errors.name}
            onChange={(event) => setValues({ ...values, name: event.target.value })}
          />
          <TextField
            label={t('fields.newPassword')}
            type="password"
            name="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            hint={t('invitation.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            value={values.password}
            error={errors.password}
            onChange={(event) => setValues({ ...values, password: event.target.value })}
          />
          <TextField
            label={t('fields.repeatPassword')}
            type="password"
            name="repeat"
            autoComplete="new-password"
            required
            value={values.repeat}
            error={mismatch > 0 ? t('invitation.mismatch') : undefined}
            onChange={(event) => setValues({ ...values, repeat: event.target.value })}
          />
          <FormActions>
            <Button type="submit" variant="primary" busy={accept.isPending} busyLabel={t('invitation.submitting')}>
              {t('invitation.submit')}
            </Button>
          </FormActions>
        </Form>
      </Card>
    </div>
  );
}
