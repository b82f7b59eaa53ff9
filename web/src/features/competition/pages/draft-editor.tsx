import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { Field, SelectField, TextAreaField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { useFieldErrors } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useAllIndicators } from '../../indicators';
import {
  attachmentUrl,
  useUpdateApplication,
  useUploadAttachment,
  type Application,
  type Claim,
  type Edition,
} from '../api';
import { useLocalized } from '../labels';

/** What a unit still adds to its draft: claimed results linked to catalogue indicators and the required attachments. */
export function DraftEditor({ application: a, edition: e }: { application: Application; edition: Edition }) {
  return (
    <>
      <ClaimsEditor application={a} />
      {e.eligibility.requiredAttachments.length > 0 ? <AttachmentsEditor application={a} edition={e} /> : null}
    </>
  );
}

const CLAIM_FIELDS = ['indicatorCode', 'statement', 'since'] as const;

/**
 * A claimed result names an indicator of the catalogue and when the solution started, so Miernik
 * can set the unit's data beside the claim (the good-practice effect check) for the jurors.
 */
function ClaimsEditor({ application: a }: { application: Application }) {
  const { t } = useTranslation('competition');
  const name = useLocalized();
  const indicators = useAllIndicators();
  const update = useUpdateApplication(a.id);
  const [indicatorCode, setIndicatorCode] = useState('');
  const [statement, setStatement] = useState('');
  const [since, setSince] = useState('');
  const errors = useFieldErrors(update.error, CLAIM_FIELDS);
  const options = (indicators.data ?? [])
    .filter((i) => i.unitKinds.length === 0 || i.unitKinds.includes(a.unit.kind))
    .map((i) => ({ value: i.code, label: name(i.names) }))
    .sort((x, y) => x.label.localeCompare(y.label));
  const save = (claims: Claim[], onSuccess?: () => void) => update.mutate({ claims }, { onSuccess });
  const indicatorName = (code: string) => {
    const found = indicators.data?.find((i) => i.code === code);
    return found ? name(found.names) : code;
  };
  return (
    <Card title={t('claims.title')}>
      <p>{t('claims.hint')}</p>
      {a.claimedResults.length > 0 ? (
        <ul className="claim-list">
          {a.claimedResults.map((c, index) => (
            <li key={`${c.indicatorCode}-${index}`}>
              <strong>{indicatorName(c.indicatorCode)}</strong> ({t('claims.since')}: {c.since}): {c.statement}{' '}
              <Button
                small
                variant="secondary"
                aria-label={t('claims.remove', { name: indicatorName(c.indicatorCode) })}
                onClick={() => save(a.claimedResults.filter((_, i) => i !== index))}
                disabled={update.isPending}
              >
                {t('claims.removeShort')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('claims.none')}</p>
      )}
      <Form
        aria-label={t('claims.add')}
        pending={update.isPending}
        onSubmit={() =>
          save([...a.claimedResults, { indicatorCode, statement, since }], () => {
            setIndicatorCode('');
            setStatement('');
            setSince('');
          })
        }
      >
        <SelectField
          label={t('claims.indicator')}
          required
          value={indicatorCode}
          onChange={(ev) => setIndicatorCode(ev.target.value)}
          options={[{ value: '', label: t('claims.chooseIndicator') }, ...options]}
          error={errors.indicatorCode}
        />
        <TextAreaField
          label={t('claims.statement')}
          required
          value={statement}
          onChange={(ev) => setStatement(ev.target.value)}
          error={errors.statement}
        />
        <TextField
          label={t('claims.since')}
          hint={t('claims.sinceHint')}
          required
          value={since}
          onChange={(ev) => setSince(ev.target.value)}
          error={errors.since}
        />
        <FormError error={update.error} isHandled={(p) => CLAIM_FIELDS.some((f) => p.endsWith(f))} />
        <FormActions>
          <Button type="submit" variant="primary">
            {t('claims.add')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}

/** One PDF per required attachment; the server checks that it is a PDF by its content. */
function AttachmentsEditor({ application: a, edition: e }: { application: Application; edition: Edition }) {
  const { t } = useTranslation('competition');
  return (
    <Card title={t('attachments.title')}>
      <p>{t('attachments.hint')}</p>
      {e.eligibility.requiredAttachments.map((r) => (
        <AttachmentUpload
          key={r.id}
          application={a}
          requirementId={r.id}
          label={r.labels}
          uploaded={a.attachments.find((x) => x.requirementId === r.id) ?? null}
        />
      ))}
    </Card>
  );
}

function AttachmentUpload({
  application: a,
  requirementId,
  label,
  uploaded,
}: {
  application: Application;
  requirementId: string;
  label: { pl: string; en: string };
  uploaded: Application['attachments'][number] | null;
}) {
  const { t } = useTranslation('competition');
  const name = useLocalized();
  const format = useFormat();
  const upload = useUploadAttachment(a.id);
  const [file, setFile] = useState<File | null>(null);
  return (
    <Form
      aria-label={name(label)}
      pending={upload.isPending}
      onSubmit={() => (file ? upload.mutate({ requirementId, file }) : undefined)}
    >
      <h3>{name(label)}</h3>
      <p>
        {uploaded ? (
          <>
            <a href={attachmentUrl(a.id, requirementId)}>{uploaded.fileName}</a> (
            {t('attachments.size', { size: format.number(Math.ceil(uploaded.size / 1024)) })})
          </>
        ) : (
          t('attachments.missing')
        )}
      </p>
      <Field label={t('attachments.file', { name: name(label) })} required>
        {(control) => (
          <input
            {...control}
            type="file"
            accept="application/pdf,.pdf"
            onChange={(ev) => setFile(ev.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <FormError error={upload.error} />
      <FormActions>
        <Button type="submit" disabled={!file}>
          {uploaded ? t('attachments.replace') : t('attachments.upload')}
        </Button>
      </FormActions>
    </Form>
  );
}
