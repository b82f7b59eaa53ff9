/**
 * The one rule for text that comes from outside (request bodies, query strings, file cells): no
 * NUL byte and no lone UTF-16 surrogate. PostgreSQL cannot store either (a NUL ends a C string; a
 * lone surrogate is not UTF-8), so without this rule such text reached the database and failed
 * there as a 500 — and inside a batched write it failed everybody else's rows too.
 */

// Other C0 controls (except tab, LF, CR) have no business in a form field either, but they are
// storable; only what PostgreSQL refuses is refused here, so pasted text keeps working.
// eslint-disable-next-line no-control-regex
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const UNSAFE_GLOBAL = new RegExp(UNSAFE.source, 'g');

/** Why `text` cannot be accepted, or null when it can. */
export function unsafeTextReason(text: string): string | null {
  const match = UNSAFE.exec(text);
  if (!match) return null;
  const at = match.index + 1;
  return match[0] === '\u0000'
    ? `contains a NUL character (at position ${at})`
    : `contains an unpaired UTF-16 surrogate (at position ${at}), which is not valid Unicode`;
}

export interface UnsafeText {
  /** Dotted path to the value, e.g. `body.answers.q1` or `body.items.0.name`. */
  path: string;
  message: string;
}

/**
 * The first unsafe string in a parsed JSON value (keys included), walked without recursion so a
 * deeply nested body cannot overflow the stack.
 */
export function findUnsafeText(value: unknown, root: string): UnsafeText | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      const reason = unsafeTextReason(v);
      if (reason) return { path, message: reason };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}.${i}`]);
    } else if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        const reason = unsafeTextReason(key);
        // The key is shown with the bad character replaced, so the answer itself is valid text.
        if (reason) return { path: `${path}.${key.replace(UNSAFE_GLOBAL, '\uFFFD')}`, message: `the key ${reason}` };
        stack.push([child, `${path}.${key}`]);
      }
    }
  }
  return null;
}
