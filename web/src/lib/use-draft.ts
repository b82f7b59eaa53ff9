import { useState } from 'react';
import { useFieldErrorsByPath } from './field-errors';

/**
 * A form's state as typed and the errors it shows: the client's own checks (set by `check` on
 * submit) over the server's validation issues for the form's field paths (`names.pl`), so that a
 * field shows one message whoever found the problem.
 */
export function useDraft<T extends object>(
  initial: T | (() => T),
  server: { error: unknown; paths: readonly string[] },
) {
  const [draft, setDraft] = useState<T>(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = useFieldErrorsByPath(server.error, server.paths);
  const errors: Record<string, string | undefined> = { ...serverErrors, ...clientErrors };

  function set<K extends keyof T>(key: K, value: T[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
  }
  function update(patch: Partial<T>) {
    setDraft((current) => ({ ...current, ...patch }));
  }

  /**
   * Records the client's problems (replacing the last ones). With any, moves the focus to the
   * first field marked invalid inside `formSelector` — as the server's errors do — and answers false.
   */
  function check(problems: Record<string, string>, formSelector: string): boolean {
    setClientErrors(problems);
    if (Object.keys(problems).length === 0) return true;
    // After React has rendered the new errors (aria-invalid) into the fields.
    requestAnimationFrame(() =>
      document
        // A checkbox group marks itself invalid, not its boxes.
        .querySelector<HTMLElement>(`${formSelector} [aria-invalid="true"], ${formSelector} .field--invalid input`)
        ?.focus(),
    );
    return false;
  }

  return { draft, setDraft, set, update, errors, clientErrors, check };
}
