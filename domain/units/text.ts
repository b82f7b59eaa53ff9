/**
 * Folds a name for diacritic-insensitive search: lower case, Polish (and other Latin) diacritics
 * removed, so "Łódź", "LODZ" and "lodz" all fold to "lodz".
 *
 * NFD splits most accented letters into base + combining mark; "ł"/"Ł" has no decomposition in
 * Unicode, so it is mapped explicitly (as are a few other letters that NFD leaves alone).
 *
 * @example foldForSearch('Łódź') === 'lodz'
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}
