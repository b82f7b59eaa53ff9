import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { Form, FormError } from '../../../components/form';
import { SubmitOrCancel } from '../../../components/form-fields';
import { useFieldErrors } from '../../../lib/errors';
import { GROUP_KINDS, useServiceAreas, type GroupInput, type GroupKind } from '../api';
import { useGroupKindLabel, useServiceAreaLabel } from '../../../lib/group-labels';

const FIELDS = ['name', 'description', 'serviceArea', 'kind'] as const;

export interface GroupFormProps {
  initial?: GroupFormValues;
  /** Moderators may only rename and describe a group; the other fields are shown read-only. */
  limited?: boolean;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (input: GroupInput) => void;
  onCancel?: () => void;
}

/** The form's state: the service area may still be unchosen. */
export type GroupFormValues = Omit<GroupInput, 'serviceArea'> & { serviceArea: string };

export function GroupForm({ initial, limited, pending, error, submitLabel, onSubmit, onCancel }: GroupFormProps) {
  const { t } = useTranslation('groups');
  const serviceAreas = useServiceAreas();
  const areaLabel = useServiceAreaLabel();
  const kindLabel = useGroupKindLabel();
  const [values, setValues] = useState<GroupFormValues>(
    initial ?? { name: '', description: '', serviceArea: '', kind: 'network' },
  );
  const errors = useFieldErrors(error, FIELDS);

  function submit() {
    const description = values.description?.trim() ? values.description.trim() : null;
    // An empty area is sent as it is: the server answers 400 naming the field, shown beside it.
    onSubmit({
      ...values,
      name: values.name.trim(),
      description,
      serviceArea: values.serviceArea as GroupInput['serviceArea'],
    });
  }

  return (
    <Form onSubmit={submit} pending={pending} aria-label={submitLabel}>
      <FormError error={error} handledFields={FIELDS} />
      <TextField
        label={t('fields.name')}
        name="name"
        required
        maxLength={200}
        value={values.name}
        error={errors.name}
        onChange={(event) => setValues({ ...values, name: event.target.value })}
      />
      <TextAreaField
        label={t('fields.description')}
        name="description"
        value={values.description ?? ''}
        error={errors.description}
        onChange={(event) => setValues({ ...values, description: event.target.value })}
      />
      <SelectField
        label={t('fields.serviceArea')}
        name="serviceArea"
        required
        disabled={limited}
        hint={limited ? t('form.limitedHint') : undefined}
        value={values.serviceArea}
        error={errors.serviceArea}
        placeholder={t('form.chooseArea')}
        options={(serviceAreas.data ?? []).map((id) => ({ value: id, label: areaLabel(id) }))}
        onChange={(event) => setValues({ ...values, serviceArea: event.target.value })}
      />
      <SelectField
        label={t('fields.kind')}
        name="kind"
        required
        disabled={limited}
        value={values.kind}
        error={errors.kind}
        options={GROUP_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
        onChange={(event) => setValues({ ...values, kind: event.target.value as GroupKind })}
      />
      <SubmitOrCancel label={submitLabel} pending={pending} onCancel={onCancel} />
    </Form>
  );
}
