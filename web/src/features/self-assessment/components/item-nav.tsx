import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../components/icon';
import type { Framework } from '../api';
import { useText, type FrameworkItem } from '../labels';

/**
 * The framework's items grouped by criterion, as links; the current one is marked with
 * aria-current, and each says in words whether it is done (the tick is only an extra).
 */
export function ItemNav({
  framework,
  items,
  currentId,
  done,
  hrefFor,
  label,
}: {
  framework: Framework;
  items: FrameworkItem[];
  currentId: string;
  done: Set<string>;
  hrefFor: (itemId: string) => string;
  label: string;
}) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  return (
    <nav className="item-nav" aria-label={label}>
      <ol className="item-nav__criteria">
        {framework.criteria.map((criterion) => (
          <li key={criterion.id}>
            <span className="item-nav__criterion">
              {criterion.id}. {text(criterion.title)}
            </span>
            <ol className="item-nav__items">
              {items
                .filter((i) => i.criterionId === criterion.id)
                .map((item) => (
                  <li key={item.id}>
                    <Link
                      to={hrefFor(item.id)}
                      className="item-nav__link"
                      aria-current={item.id === currentId ? 'step' : undefined}
                      title={text(item.title)}
                    >
                      <span className="item-nav__id">{item.id}</span>
                      {done.has(item.id) ? (
                        <span className="item-nav__state with-icon">
                          <Icon name="check" />
                          {t('nav.done')}
                        </span>
                      ) : (
                        <span className="item-nav__state muted">{t('nav.todo')}</span>
                      )}
                    </Link>
                  </li>
                ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
