import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../../../components/async-state';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrors } from '../../../lib/errors';
import { useLogin } from '../api';
import { useMe } from '../../../lib/session';
import { safeNext } from '../redirect';

export function LoginPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const announce = useAnnounce();
  const me = useMe();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = useFieldErrors(login.error, ['email', 'password']);

  if (me.isPending) return <Loading />;
  // Already signed in (e.g. the login link was bookmarked): nothing to do here.
  if (me.data && !login.isSuccess) return <Navigate to={next} replace />;

  function submit() {
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (session) => {
          announce(t('login.welcome', { name: session.user.name }));
          void navigate(next, { replace: true });
        },
        // Never leave a rejected password in the field.
        onError: () => setPassword(''),
      },
    );
  }

  return (
    <div className="narrow">
      <PageHeader title={t('login.title')} description={<p>{t('login.intro')}</p>} />
      <Card>
        <Form onSubmit={submit} pending={login.isPending} aria-label={t('login.title')}>
          <FormError error={login.error} handledFields={['email', 'password']} />
          <TextField
            label={t('fields.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            error={errors.email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <TextField
            label={t('fields.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            error={errors.password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <FormActions>
            <Button type="submit" variant="primary" busy={login.isPending} busyLabel={t('login.submitting')}>
              {t('login.submit')}
            </Button>
          </FormActions>
        </Form>
        <p className="muted">{t('login.noAccount')}</p>
      </Card>
    </div>
  );
}
