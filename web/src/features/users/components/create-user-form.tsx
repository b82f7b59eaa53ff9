import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Field, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrors } from '../../../lib/errors';
import { PASSWORD_MIN_LENGTH } from '../../auth';
import { useCreateUser } from '../api';

const FIELDS = ['email', 'name', 'password'] as const;
const EMPTY = { email: '', name: '', password: '' };

export function absoluteUrl(url: string): string {
  try {
    return new URL(url, window.location.origin).href;
  } catch {
    return url;
  }
}

/** The one-time link to pass on (also shown when a self-assessment round invites someone). */
export function InvitationLink({ url }: { url: string }) {
  const { t } = useTranslation('users');
  const announce = useAnnounce();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      announce(t('create.copied'));
    } catch {
      // Clipboard access can be denied; the field is selectable, so say how to copy by hand.
      announce(t('create.copyFailed'));
    }
  }
  return (
    <Field label={t('create.invitationUrl')} hint={t('create.invitationHint')}>
      {(control) => (
        <div className="copy-field">
          <input
            {...control}
            className="input mono"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button onClick={() => void copy()}>{copied ? t('create.copiedShort') : t('create.copy')}</Button>
        </div>
      )}
    </Field>
  );
}

/** E-mail and name of a person to create or invite (also a self-assessment round's invitation). */
export function PersonFields({
  values,
  errors,
  onChange,
  autoFocus,
}: {
  values: { email: string; name: string };
  errors: { email?: string | undefined; name?: string | undefined };
  onChange: (values: { email: string; name: string }) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('users');
  return (
    <div className="form__row">
      <TextField
        label={t('fields.email')}
        type="email"
        name="email"
        autoComplete="off"
        required
        autoFocus={autoFocus}
        value={values.email}
        error={errors.email}
        onChange={(event) => onChange({ ...values, email: event.target.value })}
      />
      <TextField
        label={t('fields.name')}
        name="name"
        autoComplete="off"
        required
        value={values.name}
        error={errors.name}
        onChange={(event) => onChange({ ...values, name: event.target.value })}
      />
    </div>
  );
}

export function CreateUserForm() {
  const { t } = useTranslation('users');
  const announce = useAnnounce();
  const create = useCreateUser();
  const [values, setValues] = useState(EMPTY);
  const errors = useFieldErrors(create.error, FIELDS);

  function submit() {
    create.mutate(
      { email: values.email.trim(), name: values.name.trim(), password: values.password || undefined },
      {
        onSuccess: (result) => {
          setValues(EMPTY);
          announce(t('create.created', { email: result.user.email }));
        },
      },
    );
  }

  return (
    <>
      {create.data ? (
        <Alert tone="success" live title={t('create.created', { email: create.data.user.email })}>
          {create.data.invitationUrl ? (
            <InvitationLink url={absoluteUrl(create.data.invitationUrl)} />
          ) : (
            <p>{t('create.withPassword')}</p>
          )}
        </Alert>
      ) : null}
      <Form onSubmit={submit} pending={create.isPending} aria-label={t('create.title')}>
        <FormError error={create.error} handledFields={FIELDS} />
        <PersonFields values={values} errors={errors} onChange={(person) => setValues({ ...values, ...person })} />
        <TextField
          label={t('fields.password')}
          type="password"
          name="password"
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          hint={t('create.passwordHint', { count: PASSWORD_MIN_LENGTH })}
          value={values.password}
          error={errors.password}
          onChange={(event) => setValues({ ...values, password: event.target.value })}
        />
        <FormActions>
          <Button type="submit" variant="primary" busy={create.isPending} busyLabel={t('common:status.saving')}>
            {t('create.submit')}
          </Button>
        </FormActions>
      </Form>
    </>
  );
}
