/** Escapes LIKE/ILIKE wildcards (`%`, `_`, `\`) so user input matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
