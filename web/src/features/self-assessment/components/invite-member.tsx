import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Form, FormActions, FormError } from '../../../components/form';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrors } from '../../../lib/errors';
import { isAdmin } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { absoluteUrl, InvitationLink, PersonFields } from '../../users';
import { useInviteMember, type AssessmentDetail } from '../api';

const FIELDS = ['email', 'name'] as const;
const EMPTY = { email: '', name: '' };

/**
 * "Zaproś osobę do zespołu" (#19): the round's coordinator invites a person by name and e-mail;
 * the server makes them a member of the unit and of the group, and returns the invitation link to
 * pass on (as the users panel does). The first person of an empty group becomes its leader.
 */
export function InviteMember({ assessment, onDone }: { assessment: AssessmentDetail; onDone: () => void }) {
  const { t } = useTranslation('selfAssessment');
  const announce = useAnnounce();
  const me = useCurrentUser();
  const invite = useInviteMember(String(assessment.id));
  const [values, setValues] = useState(EMPTY);
  const errors = useFieldErrors(invite.error, FIELDS);

  function submit() {
    invite.mutate(
      {
        email: values.email.trim(),
        name: values.name.trim(),
        role: assessment.members.length === 0 ? 'leader' : 'member',
      },
      {
        onSuccess: (result) => {
          setValues(EMPTY);
          announce(t('invite.done', { email: result.invited.email }));
        },
      },
    );
  }

  return (
    <div className="invite-member">
      {invite.data ? (
        <Alert tone="success" live title={t('invite.done', { email: invite.data.invited.email })}>
          {invite.data.invitationUrl ? (
            <InvitationLink url={absoluteUrl(invite.data.invitationUrl)} />
          ) : (
            <p>{t('invite.hasAccount')}</p>
          )}
        </Alert>
      ) : null}
      <Form onSubmit={submit} pending={invite.isPending} aria-label={t('invite.title')}>
        <FormError error={invite.error} handledFields={FIELDS} />
        <p className="muted">{t('invite.intro')}</p>
        <PersonFields values={values} errors={errors} onChange={setValues} autoFocus />
        <FormActions>
          <Button type="submit" variant="primary" busy={invite.isPending} busyLabel={t('common:status.saving')}>
            {t('invite.submit')}
          </Button>
          <Button onClick={onDone}>{t('common:actions.close')}</Button>
        </FormActions>
      </Form>
      {isAdmin(me) ? (
        <p>
          <Link to="/admin/users">{t('invite.usersPanel')}</Link>
        </p>
      ) : null}
    </div>
  );
}
