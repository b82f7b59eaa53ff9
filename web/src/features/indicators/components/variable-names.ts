import { useCallback, useMemo } from 'react';
import { useAllVariables, type Variable } from '../api';
import { useLocalized } from '../../../lib/localized';

/** Variable code → its name in the user's language (the code itself until the catalogue has loaded). */
export function useVariableNames(enabled = true): { name: (code: string) => string; byCode: Map<string, Variable> } {
  const variables = useAllVariables(enabled);
  const localized = useLocalized();
  const byCode = useMemo(() => new Map((variables.data ?? []).map((v) => [v.code, v])), [variables.data]);
  const name = useCallback(
    (code: string) => {
      const variable = byCode.get(code);
      return variable ? localized(variable.names) : code;
    },
    [byCode, localized],
  );
  return { name, byCode };
}
