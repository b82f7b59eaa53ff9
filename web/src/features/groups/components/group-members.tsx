import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useErrorMessage } from '../../../lib/errors';
import type { UnitSummary } from '../../units';
import { UnitPicker } from '../../units';
import { unitPath, useKindLabel } from '../../../lib/unit-labels';
import { useGroupMembership, type GroupDetail } from '../api';

export function GroupMembers({ group, canEdit }: { group: GroupDetail; canEdit: boolean }) {
  const { t } = useTranslation('groups');
  const kindLabel = useKindLabel();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const { add, remove } = useGroupMembership(String(group.id));
  const failed = add.error ?? remove.error;

  function addMember(unit: UnitSummary) {
    remove.reset();
    add.mutate(unit, { onSuccess: () => announce(t('members.added', { name: unit.name })) });
  }

  function removeMember(unit: UnitSummary) {
    if (!window.confirm(t('members.confirmRemove', { name: unit.name }))) return;
    add.reset();
    remove.mutate(unit, { onSuccess: () => announce(t('members.removed', { name: unit.name })) });
  }

  return (
    <>
      {failed ? (
        <Alert tone="error" live focusOn={failed}>
          <p>{errorMessage(failed)}</p>
        </Alert>
      ) : null}
      <Table caption={t('members.caption', { count: group.members.length })} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('members.unit')}</th>
            <th scope="col">{t('units:fields.code')}</th>
            <th scope="col">{t('units:fields.kind')}</th>
            {canEdit ? (
              <th scope="col">
                <span className="visually-hidden">{t('common:actions.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {group.members.length === 0 ? (
            <EmptyRow colSpan={canEdit ? 4 : 3}>{t('members.empty')}</EmptyRow>
          ) : (
            group.members.map((unit) => (
              <tr key={unit.code}>
                <th scope="row">
                  <Link to={unitPath(unit.code)}>{unit.name}</Link>
                </th>
                <td className="mono">{unit.code}</td>
                <td>{kindLabel(unit.kind)}</td>
                {canEdit ? (
                  <td className="actions-cell">
                    <Button
                      small
                      variant="danger"
                      disabled={remove.isPending}
                      onClick={() => removeMember(unit)}
                      aria-label={t('members.removeLabel', { name: unit.name })}
                    >
                      {t('members.remove')}
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))
          )}
        </tbody>
      </Table>
      {canEdit ? (
        <div className="subsection">
          <h3>{t('members.addTitle')}</h3>
          <UnitPicker
            label={t('members.search')}
            actionLabel={t('members.add')}
            excludeCodes={group.members.map((unit) => unit.code)}
            pending={add.isPending}
            onPick={addMember}
          />
        </div>
      ) : null}
    </>
  );
}
