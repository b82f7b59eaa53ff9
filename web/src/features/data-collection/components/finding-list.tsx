import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import type { Finding } from '../api';
import { useFindingText } from '../labels';

/**
 * Plausibility findings: errors in red with an error icon, warnings in amber with a warning icon,
 * and each says "Błąd"/"Ostrzeżenie" in words, so colour is never the only signal.
 */
export function FindingList({
  findings,
  variableName,
  id,
}: {
  findings: readonly Finding[];
  variableName: (code: string) => string;
  id?: string;
}) {
  const { t } = useTranslation('dataCollection');
  const findingText = useFindingText(variableName);
  if (findings.length === 0) return null;
  return (
    <ul className="findings" id={id}>
      {findings.map((finding, index) => {
        const { text, english } = findingText(finding);
        return (
          <li
            key={`${finding.check}-${finding.ruleId ?? ''}-${index}`}
            className={`finding finding--${finding.severity}`}
          >
            <Icon name={finding.severity === 'error' ? 'error' : 'warning'} />
            <span>
              <strong>{t(`severity.${finding.severity}`)}:</strong>{' '}
              {english ? (
                <>
                  <span lang="en">{english}</span> <span className="finding__values">{text}</span>
                </>
              ) : (
                text
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
