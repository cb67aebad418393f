// Finding gemeenten the way people type them. Browser-safe: the landing page's finder bundles this module.
import { gemeenteAliases } from "./aliases.js";
import { byName } from "./collate.js";
import { foldKey, foldWords } from "./fold.js";
import { allGemeenten, getRegion, type Gemeente, type Region } from "./registry.js";

/** A gemeente together with its arbeidsmarktregio. */
export interface GemeenteMatch {
  readonly gemeente: Gemeente;
  readonly region: Region;
}

/** The answer to "which gemeente is this?": one gemeente, several equally good ones, or none. Never a guess. */
export type GemeenteLookup =
  | { readonly status: "unique"; readonly gemeente: Gemeente; readonly region: Region }
  | { readonly status: "ambiguous"; readonly matches: readonly GemeenteMatch[] }
  | { readonly status: "not-found"; readonly query: string };

/** Why a suggestion matched, best first: the whole name, the start of the name, the start of a later word, an alias. */
export type SuggestionMatch = "exact" | "prefix" | "word" | "alias";

export interface GemeenteSuggestion extends GemeenteMatch {
  readonly match: SuggestionMatch;
  /** The everyday name that matched, when `match` is `"alias"` (for example `Den Bosch`). */
  readonly alias?: string;
}

export interface SearchOptions {
  /** Most suggestions to return; default 10. */
  readonly limit?: number;
}

interface Entry extends GemeenteMatch {
  /** The folded official name. */
  readonly key: string;
  /** The folded official name's words, for matching the start of a later word. */
  readonly words: readonly string[];
  /** Other complete forms of the official name: without CBS suffix, without "'s", with the province. */
  readonly variants: readonly string[];
  readonly aliases: readonly { readonly alias: string; readonly key: string; readonly words: readonly string[] }[];
}

/** CBS adds a suffix to names that occur more than once in the country: "Hengelo (O.)", "Bergen (NH.)". */
const CBS_SUFFIX = /\s*\([^)]*\)\s*$/;

function variantsOf(gemeente: Gemeente, words: readonly string[]): string[] {
  const variants: string[] = [];
  const base = gemeente.name.replace(CBS_SUFFIX, "");
  if (base !== gemeente.name) {
    variants.push(foldKey(base), foldKey(`${base} ${gemeente.province}`));
  }
  // "'s-Hertogenbosch" is also typed without its article: "Hertogenbosch".
  if (words[0] === "s" && words.length > 1) variants.push(words.slice(1).join(""));
  return variants;
}

const entries: readonly Entry[] = allGemeenten.map((gemeente) => {
  const words = foldWords(gemeente.name).split(" ");
  return {
    gemeente,
    region: getRegion(gemeente.regionCode)!,
    key: words.join(""),
    words,
    variants: variantsOf(gemeente, words),
    aliases: gemeenteAliases
      .filter((a) => a.code === gemeente.code)
      .map((a) => ({ alias: a.alias, key: foldKey(a.alias), words: foldWords(a.alias).split(" ") })),
  };
});

const byCode = new Map(entries.map((entry) => [entry.gemeente.code as string, entry]));
const byKey = new Map(entries.map((entry) => [entry.key, entry]));
const byVariant = new Map<string, Entry[]>();
for (const entry of entries) {
  for (const key of new Set([...entry.variants, ...entry.aliases.map((a) => a.key)])) {
    byVariant.set(key, [...(byVariant.get(key) ?? []), entry]);
  }
}

/** The folded query, without a leading "gemeente" or a trailing "(gemeente)" as CBS labels write it. */
function foldQuery(query: string): string {
  const words = foldWords(query).split(" ").filter(Boolean);
  if (words.length > 1 && words[0] === "gemeente") words.shift();
  if (words.length > 1 && words.at(-1) === "gemeente") words.pop();
  return words.join("");
}

/** "GM0599", "gm599" and "0599" all name GM0599. */
function codeOf(key: string): string | undefined {
  const digits = /^(?:gm)?(\d{1,4})$/.exec(key)?.[1];
  return digits ? `GM${digits.padStart(4, "0")}` : undefined;
}

const match = ({ gemeente, region }: Entry): GemeenteMatch => ({ gemeente, region });

/** Whether the words, from the first or from a later one onwards, start with the key. */
const startsAtSomeWord = (words: readonly string[], key: string, from = 0): boolean =>
  words.some((_, i) => i >= from && words.slice(i).join("").startsWith(key));

/**
 * Finds the gemeente someone means, forgiving case, diacritics, apostrophes, hyphens versus spaces, CBS suffixes
 * ("Hengelo" finds "Hengelo (O.)") and everyday names ("Den Haag"). Accepts a CBS code too ("GM0599").
 * A name shared by two gemeenten ("Bergen") gives `ambiguous` with both; the caller lets the person choose.
 */
export function regionForGemeente(query: string): GemeenteLookup {
  const key = foldQuery(query);
  const code = codeOf(key);
  const exact = (code ? byCode.get(code) : undefined) ?? byKey.get(key);
  if (exact) return { status: "unique", ...match(exact) };
  const candidates = byVariant.get(key) ?? [];
  if (candidates.length === 1) return { status: "unique", ...match(candidates[0]!) };
  if (candidates.length > 1) return { status: "ambiguous", matches: candidates.map(match).sort((a, b) => byName(a.gemeente, b.gemeente)) };
  return { status: "not-found", query };
}

/**
 * The gemeente with this CBS code or name, matched as forgivingly as `regionForGemeente`. Returns undefined
 * when nothing matches and also when the name fits more than one gemeente; use `regionForGemeente` to tell
 * those apart and to get the candidates.
 */
export function getGemeente(codeOrName: string): Gemeente | undefined {
  const result = regionForGemeente(codeOrName);
  return result.status === "unique" ? result.gemeente : undefined;
}

const RANK: Record<SuggestionMatch, number> = { exact: 0, prefix: 1, word: 2, alias: 3 };

function rank(entry: Entry, key: string): Pick<GemeenteSuggestion, "match" | "alias"> | undefined {
  if (entry.key === key || entry.variants.includes(key) || codeOf(key) === entry.gemeente.code) return { match: "exact" };
  if (entry.key.startsWith(key) || entry.variants.some((variant) => variant.startsWith(key))) return { match: "prefix" };
  if (startsAtSomeWord(entry.words, key, 1)) return { match: "word" };
  const alias = entry.aliases.find((a) => startsAtSomeWord(a.words, key));
  return alias ? { match: "alias", alias: alias.alias } : undefined;
}

/**
 * Type-ahead suggestions for what someone has typed so far, best first: exact matches, then names that start
 * with it, then names with a later word that starts with it ("ijssel" finds "Capelle aan den IJssel"), then
 * everyday names ("den bo" and "bosch" find 's-Hertogenbosch through "Den Bosch"). Ties are sorted by name in
 * Dutch order. An empty query gives no suggestions.
 */
export function searchGemeenten(prefix: string, { limit = 10 }: SearchOptions = {}): GemeenteSuggestion[] {
  const key = foldQuery(prefix);
  if (key === "" || limit < 1) return [];
  const found: GemeenteSuggestion[] = [];
  for (const entry of entries) {
    const how = rank(entry, key);
    if (how) found.push({ ...match(entry), ...how });
  }
  return found.sort((a, b) => RANK[a.match] - RANK[b.match] || byName(a.gemeente, b.gemeente)).slice(0, limit);
}
