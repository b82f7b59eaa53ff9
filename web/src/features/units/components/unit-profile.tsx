import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../../components/field';
import { Form, FormError } from '../../../components/form';
import { SubmitOrCancel } from '../../../components/form-fields';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrors } from '../../../lib/errors';
import { useUpdateUnitProfile, type UnitProfile } from '../api';

const FIELDS = ['officeName', 'description', 'website', 'email', 'phone'] as const;
type ProfileField = (typeof FIELDS)[number];

function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

/** `officeName` is the name in use: the stored one or the generated default, so it is always shown. */
export function UnitProfileView({ profile, officeName }: { profile: UnitProfile; officeName: string }) {
  const { t } = useTranslation('units');
  const empty = FIELDS.every((field) => !profile[field]);
  return (
    <>
      {empty ? <p className="muted">{t('profile.empty')}</p> : null}
      {profile.description ? <p className="prewrap">{profile.description}</p> : null}
      <dl className="details">
        <div>
          <dt>{t('profile.officeName')}</dt>
          <dd>
            {officeName}
            {profile.officeName ? null : <span className="muted"> ({t('profile.officeNameGenerated')})</span>}
          </dd>
        </div>
        {profile.website ? (
          <div>
            <dt>{t('profile.website')}</dt>
            <dd>
              <a href={websiteHref(profile.website)} rel="noopener noreferrer" target="_blank">
                {profile.website}
                <span className="visually-hidden"> ({t('common:newWindow')})</span>
              </a>
            </dd>
          </div>
        ) : null}
        {profile.email ? (
          <div>
            <dt>{t('profile.email')}</dt>
            <dd>
              <a href={`mailto:${profile.email}`}>{profile.email}</a>
            </dd>
          </div>
        ) : null}
        {profile.phone ? (
          <div>
            <dt>{t('profile.phone')}</dt>
            <dd>
              <a href={`tel:${profile.phone.replace(/\s+/g, '')}`}>{profile.phone}</a>
            </dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}

export function UnitProfileForm({ code, profile, onDone }: { code: string; profile: UnitProfile; onDone: () => void }) {
  const { t } = useTranslation('units');
  const announce = useAnnounce();
  const mutation = useUpdateUnitProfile(code);
  const [values, setValues] = useState<Record<ProfileField, string>>({
    officeName: profile.officeName ?? '',
    description: profile.description ?? '',
    website: profile.website ?? '',
    email: profile.email ?? '',
    phone: profile.phone ?? '',
  });
  const errors = useFieldErrors(mutation.error, FIELDS);

  function set(field: ProfileField) {
    return (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [field]: event.target.value }));
  }

  function submit() {
    // Blank means "remove": the API takes null for a cleared field.
    const clean = (field: ProfileField) => values[field].trim() || null;
    const website = clean('website');
    const patch: UnitProfile = {
      officeName: clean('officeName'),
      description: clean('description'),
      // People type "www.gmina.pl"; the API wants a full URL, and https is the safe guess.
      website: website && !/^[a-z][a-z0-9+.-]*:\/\//i.test(website) ? `https://${website}` : website,
      email: clean('email'),
      phone: clean('phone'),
    };
    mutation.mutate(patch, {
      onSuccess: () => {
        announce(t('profile.saved'));
        onDone();
      },
    });
  }

  return (
    <Form onSubmit={submit} pending={mutation.isPending} aria-label={t('profile.formLabel')}>
      <FormError error={mutation.error} handledFields={FIELDS} />
      <TextField
        label={t('profile.officeName')}
        name="officeName"
        type="text"
        value={values.officeName}
        onChange={set('officeName')}
        error={errors.officeName}
        hint={t('profile.officeNameHint')}
        maxLength={200}
      />
      <TextAreaField
        label={t('profile.description')}
        name="description"
        value={values.description}
        onChange={set('description')}
        error={errors.description}
        rows={5}
        maxLength={5000}
      />
      <TextField
        label={t('profile.website')}
        name="website"
        type="text"
        inputMode="url"
        autoComplete="url"
        value={values.website}
        onChange={set('website')}
        error={errors.website}
        hint={t('profile.websiteHint')}
      />
      <TextField
        label={t('profile.email')}
        name="email"
        type="email"
        autoComplete="email"
        value={values.email}
        onChange={set('email')}
        error={errors.email}
      />
      <TextField
        label={t('profile.phone')}
        name="phone"
        type="tel"
        autoComplete="tel"
        value={values.phone}
        onChange={set('phone')}
        error={errors.phone}
      />
      <SubmitOrCancel label={t('common:actions.save')} pending={mutation.isPending} onCancel={onDone} />
    </Form>
  );
}
