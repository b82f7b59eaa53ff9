import { useTranslation } from 'react-i18next';
import { useText, type FrameworkItem } from '../labels';

/** The subcriterion's examples (a, b, c…): guidance for the assessor, not a checklist. */
export function ExamplesDisclosure({ item }: { item: FrameworkItem }) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  if (item.examples.length === 0) return null;
  return (
    <details className="disclosure">
      <summary>{t('framework.examples', { count: item.examples.length, id: item.id })}</summary>
      <p className="muted">{t('framework.examplesNote')}</p>
      <ol className="examples-list" type="a">
        {item.examples.map((example, index) => (
          <li key={index}>{text(example)}</li>
        ))}
      </ol>
    </details>
  );
}
