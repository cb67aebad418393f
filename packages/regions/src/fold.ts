// Folding turns what people type into a comparable form. Browser-safe: the landing page's finder bundles it.

/**
 * Apostrophes as people type them: ASCII ', typographic ’ and ‘, the backtick, the acute accent and the
 * modifier letter ʼ. They are dropped, so "'s-Hertogenbosch" and "’s-Hertogenbosch" fold alike.
 */
const APOSTROPHES = /['’‘`´ʼ]/g;

/**
 * Lower-case ASCII words separated by single spaces: diacritics removed ("Súdwest-Fryslân" → "sudwest fryslan"),
 * apostrophes dropped, and every run of other characters (hyphens, spaces, dots, brackets, commas) made one space.
 */
export function foldWords(text: string): string {
  return text
    .replace(APOSTROPHES, "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The folded text without any separators, so hyphens, spaces and their absence all compare equal:
 * "Súdwest-Fryslân", "sudwest fryslan" and "SudwestFryslan" all give "sudwestfryslan".
 */
export function foldKey(text: string): string {
  return foldWords(text).replaceAll(" ", "");
}
