// What the gemeente finder shows and where it goes, without the DOM, so it can be tested in Node. Runs in the
// browser: import only from "@werkcentrum/regions/finder" (no Node built-ins, no zod).
import { regionForGemeente, searchGemeenten, type GemeenteMatch, type GemeenteSuggestion } from "@werkcentrum/regions/finder";

/** Region code → where the landing page links that region (its site, or its legacy site); read from the page. */
export type RegionHrefs = ReadonlyMap<string, string>;

/** One choice in the list under the field. */
export interface FinderOption {
  /** What the option says first: the gemeente, or the everyday name with the official one. */
  gemeente: string;
  /** "Werkcentrum Noord-Limburg". */
  werkcentrum: string;
  href: string;
}

/** The outcome of submitting the field: go straight to a region, let the visitor choose, or nothing found. */
export type FinderResolution = { kind: "go"; option: FinderOption } | { kind: "choose"; options: FinderOption[] } | { kind: "none" };

/** At most this many suggestions: enough for every ambiguous name, short enough to read out. */
export const SUGGESTION_LIMIT = 8;

function toOption(match: GemeenteMatch | GemeenteSuggestion, hrefs: RegionHrefs): FinderOption {
  const alias = "alias" in match && match.alias ? match.alias : undefined;
  return {
    gemeente: alias ? `${alias} (${match.gemeente.name})` : match.gemeente.name,
    werkcentrum: `Werkcentrum ${match.region.name}`,
    // The page's own link wins: it knows whether the region still links to a legacy site.
    href: hrefs.get(match.region.code) ?? `https://${match.region.host}/`,
  };
}

/** Type-ahead suggestions for what the visitor has typed so far. */
export function suggestionsFor(query: string, hrefs: RegionHrefs): FinderOption[] {
  if (query.trim() === "") return [];
  return searchGemeenten(query, { limit: SUGGESTION_LIMIT }).map((suggestion) => toOption(suggestion, hrefs));
}

/** What happens when the visitor submits the field without choosing a suggestion. */
export function resolveQuery(query: string, hrefs: RegionHrefs): FinderResolution {
  const result = regionForGemeente(query);
  if (result.status === "unique") return { kind: "go", option: toOption(result, hrefs) };
  if (result.status === "ambiguous") return { kind: "choose", options: result.matches.map((match) => toOption(match, hrefs)) };
  return { kind: "none" };
}

/** The polite announcement of the number of suggestions (Dutch, B1). */
export function countMessage(count: number): string {
  if (count === 0) return "Geen gemeente gevonden. Kijk ook in de lijst van A tot Z hieronder.";
  const found = count === 1 ? "1 gemeente gevonden." : `${count} gemeenten gevonden.`;
  return `${found} Kies met de pijltjestoetsen en druk op Enter.`;
}
