import { useIssueMessage, validationIssues } from './errors';

function stripBody(path: string): string {
  return path.replace(/^body\./, '');
}

/** Whether an issue's path belongs to one of `paths` (for FormError's `isHandled`). */
export function pathHandler(paths: readonly string[]): (path: string) => boolean {
  return (issuePath) => {
    const path = stripBody(issuePath);
    return paths.some((p) => path === p || path.startsWith(`${p}.`));
  };
}

/**
 * Like useFieldErrors, but matches whole dotted paths (`names.pl`, `ranges.0.min`) for forms whose
 * fields share a last segment. The server's `body.` prefix is dropped; an issue on `unitKinds.3`
 * belongs to the field `unitKinds`.
 */
export function useFieldErrorsByPath(error: unknown, paths: readonly string[]): Record<string, string> {
  const issueMessage = useIssueMessage();
  const result: Record<string, string> = {};
  for (const issue of validationIssues(error)) {
    const path = stripBody(issue.path);
    const field = paths.find((p) => path === p || path.startsWith(`${p}.`));
    if (field && !result[field]) result[field] = issueMessage(issue);
  }
  return result;
}
