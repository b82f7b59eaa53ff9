import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField, TextField } from '../../../components/field';
import { FormError } from '../../../components/form';
import { Table } from '../../../components/table';
import { useFieldErrors } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useRanking, useSetAward, useSetConsensus, type Edition, type RankingItem } from '../api';
import { useLocalized } from '../labels';

/**
 * The ranking per category, raw or calibrated, with each application's bootstrap rank interval
 * drawn as a bar (a wide bar = the jurors do not settle the order), and the award controls.
 */
export function RankingSection({ edition: e }: { edition: Edition }) {
  const { t } = useTranslation('competition');
  const format = useFormat();
  const name = useLocalized();
  const [method, setMethod] = useState<'raw' | 'calibrated'>('calibrated');
  const ranking = useRanking(e.id, method, true);
  const categories = e.categories;
  return (
    <Card title={t('ranking.title')}>
      <SelectField
        label={t('ranking.method')}
        value={method}
        onChange={(ev) => setMethod(ev.target.value as 'raw' | 'calibrated')}
        options={[
          { value: 'calibrated', label: t('ranking.calibrated') },
          { value: 'raw', label: t('ranking.raw') },
        ]}
      />
      <p>{t(method === 'calibrated' ? 'ranking.calibratedHint' : 'ranking.rawHint')}</p>
      {ranking.isSuccess
        ? categories.map((c) => {
            const items = ranking.data.items.filter((i) => i.category === c.id);
            if (items.length === 0) return null;
            const n = Math.max(items.length, ...items.map((i) => i.rankInterval?.[1] ?? 1));
            return (
              <Table key={c.id} caption={`${t('ranking.title')}: ${name(c.names)}`}>
                <thead>
                  <tr>
                    <th scope="col">{t('ranking.rank')}</th>
                    <th scope="col">{t('field.application')}</th>
                    <th scope="col">{t('ranking.score')}</th>
                    <th scope="col">{t('ranking.interval')}</th>
                    <th scope="col">{t('ranking.jurors')}</th>
                    <th scope="col">{t('consensus.title')}</th>
                    <th scope="col">{t('award.title')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((i) => (
                    <tr key={i.applicationId}>
                      <td>{i.rank === null ? '—' : format.number(i.rank)}</td>
                      <td>
                        {i.title}
                        <div>{i.unit.name}</div>
                      </td>
                      <td>
                        {i.score === null
                          ? t('ranking.noScores')
                          : format.number(i.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                      </td>
                      <td>
                        {i.rankInterval ? (
                          <RankInterval low={i.rankInterval[0] ?? 1} high={i.rankInterval[1] ?? 1} of={n} />
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>{i.jurors}</td>
                      <td>
                        <ConsensusControl item={i} locked={e.phase === 'published'} />
                      </td>
                      <td>
                        <AwardControl item={i} locked={e.phase === 'published'} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            );
          })
        : null}
    </Card>
  );
}

/** The rank interval as text and as a bar on the category's ranks (1 on the left). */
function RankInterval({ low, high, of }: { low: number; high: number; of: number }) {
  const { t } = useTranslation('competition');
  const label = t('ranking.intervalText', { low, high });
  return (
    <span className="rank-interval">
      <span>{label}</span>{' '}
      <svg width="120" height="10" aria-hidden="true" focusable="false">
        <rect x="0" y="4" width="120" height="2" fill="#767676" />
        <rect
          x={((low - 1) / of) * 120}
          y="1"
          width={Math.max(((high - low + 1) / of) * 120, 4)}
          height="8"
          fill="#1f5fa8"
        />
      </svg>
    </span>
  );
}

const two = { minimumFractionDigits: 2, maximumFractionDigits: 2 };

/**
 * The panel's agreed score on the criteria scale, starting from the calibrated one; where the
 * panel departs from it the server asks for the reason, which is recorded.
 */
function ConsensusControl({
  item,
  locked,
}: {
  item: Pick<RankingItem, 'applicationId' | 'title' | 'calibratedOnScale' | 'consensus'>;
  locked: boolean;
}) {
  const { t } = useTranslation('competition');
  const format = useFormat();
  const save = useSetConsensus();
  const start = item.consensus?.score ?? item.calibratedOnScale;
  const [score, setScore] = useState(start === null ? '' : start.toFixed(2));
  const [reason, setReason] = useState(item.consensus?.reason ?? '');
  const errors = useFieldErrors(save.error, ['score', 'reason']);
  const calibrated = item.calibratedOnScale === null ? '—' : format.number(item.calibratedOnScale, two);
  if (locked || item.calibratedOnScale === null)
    return item.consensus ? (
      <span>
        {format.number(item.consensus.score, two)}
        {item.consensus.reason ? ` — ${item.consensus.reason}` : ''}
      </span>
    ) : (
      <span>—</span>
    );
  return (
    <div className="award-control">
      <span>{t('consensus.calibrated', { score: calibrated })}</span>
      <TextField
        label={t('consensus.score', { title: item.title })}
        labelHidden
        type="number"
        step="0.01"
        value={score}
        onChange={(ev) => setScore(ev.target.value)}
        error={errors.score}
      />
      <TextField
        label={t('consensus.reason', { title: item.title })}
        labelHidden
        placeholder={t('consensus.reasonPlaceholder')}
        value={reason}
        onChange={(ev) => setReason(ev.target.value)}
        error={errors.reason}
      />
      <FormError error={save.error} handledFields={['score', 'reason']} />
      {save.isSuccess ? <span role="status">{t('consensus.saved')}</span> : null}
      <Button small onClick={() => save.mutate({ id: item.applicationId, score: Number(score), reason })}>
        {item.consensus ? t('consensus.update') : t('consensus.save')}
      </Button>
    </div>
  );
}

function AwardControl({
  item,
  locked,
}: {
  item: Pick<RankingItem, 'applicationId' | 'title' | 'rank' | 'award'>;
  locked: boolean;
}) {
  const { t } = useTranslation('competition');
  const setAward = useSetAward();
  const [award, setAwardKind] = useState<'laureate' | 'distinction'>(item.award?.award ?? 'laureate');
  const [reason, setReason] = useState(item.award?.reason ?? '');
  if (locked || item.rank === null)
    return item.award ? (
      <span>
        {t(`award.${item.award.award}`)}: {item.award.reason}
      </span>
    ) : (
      <span>—</span>
    );
  return (
    <div className="award-control">
      <SelectField
        label={t('award.kind', { title: item.title })}
        labelHidden
        value={award}
        onChange={(ev) => setAwardKind(ev.target.value as 'laureate' | 'distinction')}
        options={[
          { value: 'laureate', label: t('award.laureate') },
          { value: 'distinction', label: t('award.distinction') },
        ]}
      />
      <TextField
        label={t('award.reason', { title: item.title })}
        labelHidden
        placeholder={t('award.reasonPlaceholder')}
        value={reason}
        onChange={(ev) => setReason(ev.target.value)}
      />
      <FormError error={setAward.error} />
      <Button small onClick={() => setAward.mutate({ id: item.applicationId, body: { award, reason } })}>
        {item.award ? t('award.update') : t('award.give')}
      </Button>
    </div>
  );
}
