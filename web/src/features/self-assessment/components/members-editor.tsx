import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/field';
import { FormError } from '../../../components/form';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useSetMembers, type AssessmentDetail, type MemberRole } from '../api';

export interface Candidate {
  userId: string;
  name: string;
  email: string;
}

/** CAF practice: a self-assessment group of 5–12 people (METHODS.md §1.5). A smaller group is allowed, with a warning. */
export const GROUP_MIN = 5;
export const GROUP_MAX = 12;

interface Row extends Candidate {
  role: MemberRole;
  submittedAt: string | null;
}

/**
 * The self-assessment group: pick people of the unit, make one or more of them leaders, save the
 * whole group at once. Members who already submitted cannot be removed (their scores would vanish).
 */
export function MembersEditor({
  assessment,
  candidates,
  onDone,
}: {
  assessment: AssessmentDetail;
  candidates: Candidate[];
  onDone: () => void;
}) {
  const { t } = useTranslation('selfAssessment');
  const announce = useAnnounce();
  const save = useSetMembers(String(assessment.id));
  const [rows, setRows] = useState<Row[]>(() =>
    assessment.members.map((m) => ({
      userId: m.userId,
      name: m.name,
      email: m.email,
      role: m.role,
      submittedAt: m.submittedAt,
    })),
  );
  const [pick, setPick] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const available = candidates.filter((c) => !rows.some((r) => r.userId === c.userId));

  function add() {
    const candidate = available.find((c) => c.userId === pick);
    if (!candidate) return;
    setRows([...rows, { ...candidate, role: rows.length === 0 ? 'leader' : 'member', submittedAt: null }]);
    setPick('');
    announce(t('members.added', { name: candidate.name || candidate.email }));
  }

  function submit() {
    if (!rows.some((r) => r.role === 'leader')) {
      setProblem(t('members.needsLeader'));
      return;
    }
    setProblem(null);
    save.mutate(
      rows.map((r) => ({ userId: r.userId, role: r.role })),
      {
        onSuccess: () => {
          announce(t('members.saved'));
          onDone();
        },
      },
    );
  }

  return (
    <div className="members-editor">
      <FormError error={save.error} />
      {problem ? (
        <Alert tone="error" live focusOn={problem}>
          <p>{problem}</p>
        </Alert>
      ) : null}
      <Table caption={t('members.editCaption', { count: rows.length })}>
        <thead>
          <tr>
            <th scope="col">{t('members.person')}</th>
            <th scope="col">{t('members.role')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common:actions.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <EmptyRow colSpan={3}>{t('members.none')}</EmptyRow>
          ) : (
            rows.map((row) => (
              <tr key={row.userId}>
                <th scope="row">
                  {row.name} <span className="muted">{row.email}</span>
                </th>
                <td>
                  <SelectField
                    label={t('members.roleOf', { name: row.name || row.email })}
                    labelHidden
                    value={row.role}
                    options={(['leader', 'member'] as const).map((role) => ({
                      value: role,
                      label: t(`roles.${role}`),
                    }))}
                    onChange={(event) =>
                      setRows(
                        rows.map((r) =>
                          r.userId === row.userId ? { ...r, role: event.target.value as MemberRole } : r,
                        ),
                      )
                    }
                  />
                </td>
                <td className="actions-cell">
                  {row.submittedAt ? (
                    <span className="muted">{t('members.submittedCannotRemove')}</span>
                  ) : (
                    <Button
                      small
                      variant="danger"
                      aria-label={t('members.removeOf', { name: row.name || row.email })}
                      onClick={() => setRows(rows.filter((r) => r.userId !== row.userId))}
                    >
                      {t('members.remove')}
                    </Button>
                  )}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
      {rows.length > 0 && (rows.length < GROUP_MIN || rows.length > GROUP_MAX) ? (
        <Alert tone="warning">
          <p>{t('members.sizeWarning', { count: rows.length, min: GROUP_MIN, max: GROUP_MAX })}</p>
        </Alert>
      ) : null}
      {available.length > 0 ? (
        <div className="inline-form">
          <SelectField
            label={t('members.pick')}
            value={pick}
            placeholder={t('members.pickPlaceholder')}
            options={available.map((c) => ({ value: c.userId, label: c.name ? `${c.name} (${c.email})` : c.email }))}
            onChange={(event) => setPick(event.target.value)}
          />
          <Button onClick={add} disabled={!pick}>
            {t('members.add')}
          </Button>
        </div>
      ) : (
        <p className="muted">{candidates.length === 0 ? t('members.noCandidates') : t('members.allAdded')}</p>
      )}
      <div className="button-row">
        <Button
          variant="primary"
          onClick={submit}
          busy={save.isPending}
          busyLabel={t('common:status.saving')}
          disabled={save.isPending}
        >
          {t('members.save')}
        </Button>
        <Button onClick={onDone}>{t('common:actions.cancel')}</Button>
      </div>
    </div>
  );
}
