import type { GemeenteCode } from "./registry.js";

/** An everyday or former name that people use for a gemeente instead of its official CBS name. */
export interface GemeenteAlias {
  readonly alias: string;
  readonly code: GemeenteCode;
}

/**
 * Everyday names, kept deliberately short: only names in wide use for the gemeente as a whole, each with
 * where it comes from. Spelling variants need no entry (matching already ignores case, diacritics, apostrophes,
 * hyphens and CBS suffixes), nor do names of places inside a gemeente (woonplaatsen are out of scope).
 */
export const gemeenteAliases: readonly GemeenteAlias[] = Object.freeze([
  // The gemeente calls itself "gemeente Den Haag" (denhaag.nl); CBS uses the official name 's-Gravenhage.
  { alias: "Den Haag", code: "GM0518" },
  // The English name, which the gemeente uses in its own English pages; our sites offer English content.
  { alias: "The Hague", code: "GM0518" },
  // The name everyone uses for 's-Hertogenbosch, the gemeente's own city marketing included.
  { alias: "Den Bosch", code: "GM0796" },
  // The gemeente presents itself as "gemeente Nuenen" (nuenen.nl); CBS: "Nuenen, Gerwen en Nederwetten".
  { alias: "Nuenen", code: "GM0820" },
  // Former official Dutch names of Frisian gemeenten, still in everyday Dutch use:
  // Tietjerksteradeel became Tytsjerksteradiel in 1989,
  { alias: "Tietjerksteradeel", code: "GM0737" },
  // Dantumadeel became Dantumadiel on 1 January 2009,
  { alias: "Dantumadeel", code: "GM1891" },
  // and De Friese Meren (founded 1 January 2014) became De Fryske Marren on 1 July 2015.
  { alias: "De Friese Meren", code: "GM1940" },
]);
