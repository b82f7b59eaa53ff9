import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { useAnnounce } from '../../../lib/announce';
import { useErrorMessage, useFieldErrors } from '../../../lib/errors';
import { ROLES, type Role, type RoleAssignment } from '../../../lib/session';
import { useGroups } from '../../groups';
import type { UnitSummary } from '../../units';
import { UnitPicker } from '../../units';
import { useAssignRole, useRevokeRole, type User } from '../api';
import { useAssignmentLabel, useRoleLabel } from '../labels';

type Scope = 'none' | 'unit' | 'group';

/** The scope a role normally has; the admin can still choose another and the server validates. */
const DEFAULT_SCOPE: Record<Role, Scope> = {
  admin: 'none',
  'network-operator': 'none',
  'unit-coordinator': 'unit',
  'unit-member': 'unit',
  'group-moderator': 'group',
  juror: 'none',
};

function RoleList({ user }: { user: User }) {
  const { t } = useTranslation('users');
  const assignmentLabel = useAssignmentLabel();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const revoke = useRevokeRole(user.id);

  function revokeRole(assignment: RoleAssignment) {
    const label = assignmentLabel(assignment);
    if (!window.confirm(t('roles.confirmRevoke', { role: label, name: user.name }))) return;
    revoke.mutate(assignment.id, { onSuccess: () => announce(t('roles.revoked', { role: label })) });
  }

  return (
    <>
      {revoke.isError ? (
        <Alert tone="error" live focusOn={revoke.error}>
          <p>{errorMessage(revoke.error)}</p>
        </Alert>
      ) : null}
      {user.roles.length === 0 ? (
        <p className="muted">{t('roles.none')}</p>
      ) : (
        <ul className="role-list">
          {user.roles.map((assignment) => (
            <li key={assignment.id}>
              <span>{assignmentLabel(assignment)}</span>
              <Button
                small
                variant="danger"
                disabled={revoke.isPending}
                onClick={() => revokeRole(assignment)}
                aria-label={t('roles.revokeLabel', { role: assignmentLabel(assignment) })}
              >
                {t('roles.revoke')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function AssignRoleForm({ user }: { user: User }) {
  const { t } = useTranslation('users');
  const roleLabel = useRoleLabel();
  const announce = useAnnounce();
  const assign = useAssignRole(user.id);
  const groups = useGroups({ pageSize: 100 });
  const [role, setRole] = useState<Role>('unit-coordinator');
  const [scope, setScope] = useState<Scope>(DEFAULT_SCOPE['unit-coordinator']);
  const [unit, setUnit] = useState<UnitSummary | null>(null);
  const [groupId, setGroupId] = useState('');
  const errors = useFieldErrors(assign.error, ['role', 'unitCode', 'groupId']);
  const [scopeError, setScopeError] = useState<string | null>(null);

  function submit() {
    const missing =
      scope === 'unit' && !unit ? t('roles.chooseUnit') : scope === 'group' && !groupId ? t('roles.chooseGroup') : null;
    setScopeError(missing);
    if (missing) return;
    assign.mutate(
      {
        role,
        unitCode: scope === 'unit' ? unit?.code : undefined,
        groupId: scope === 'group' ? Number(groupId) : undefined,
      },
      {
        onSuccess: () => {
          announce(t('roles.assigned', { role: roleLabel(role), name: user.name }));
          setUnit(null);
        },
      },
    );
  }

  return (
    <Form onSubmit={submit} pending={assign.isPending} aria-label={t('roles.assignTitle')}>
      <FormError error={assign.error} handledFields={['role', 'unitCode', 'groupId']} />
      <SelectField
        label={t('roles.role')}
        name="role"
        required
        value={role}
        error={errors.role}
        options={ROLES.map((value) => ({ value, label: roleLabel(value) }))}
        onChange={(event) => {
          const next = event.target.value as Role;
          setRole(next);
          setScope(DEFAULT_SCOPE[next]);
          setScopeError(null);
        }}
      />
      <fieldset className="radio-group">
        <legend>{t('roles.scope')}</legend>
        {(['none', 'unit', 'group'] as const).map((value) => (
          <label key={value} className="radio">
            <input type="radio" name="scope" value={value} checked={scope === value} onChange={() => setScope(value)} />
            {t(`roles.scopes.${value}`)}
          </label>
        ))}
      </fieldset>
      {scope === 'unit' ? (
        unit ? (
          <div className="picked">
            <p>
              {t('roles.pickedUnit')} <strong>{unit.name}</strong> <span className="mono">({unit.code})</span>
            </p>
            <Button small onClick={() => setUnit(null)}>
              {t('roles.changeUnit')}
            </Button>
          </div>
        ) : (
          <UnitPicker label={t('roles.unitSearch')} actionLabel={t('roles.pick')} onPick={setUnit} />
        )
      ) : null}
      {scope === 'group' ? (
        <SelectField
          label={t('roles.group')}
          name="groupId"
          required
          value={groupId}
          error={errors.groupId}
          placeholder={groups.isPending ? t('common:status.loading') : t('roles.chooseGroup')}
          options={(groups.data?.items ?? []).map((group) => ({ value: String(group.id), label: group.name }))}
          onChange={(event) => setGroupId(event.target.value)}
        />
      ) : null}
      {scopeError || errors.unitCode ? (
        <Alert tone="error" live>
          <p>{scopeError ?? errors.unitCode}</p>
        </Alert>
      ) : null}
      <FormActions>
        <Button type="submit" variant="primary" busy={assign.isPending} busyLabel={t('common:status.saving')}>
          {t('roles.assign')}
        </Button>
      </FormActions>
    </Form>
  );
}

export function UserRoles({ user }: { user: User }) {
  const { t } = useTranslation('users');
  return (
    <div className="grid grid--2">
      <div>
        <h3>{t('roles.current')}</h3>
        <RoleList user={user} />
      </div>
      <div>
        <h3>{t('roles.assignTitle')}</h3>
        <AssignRoleForm user={user} />
      </div>
    </div>
  );
}
