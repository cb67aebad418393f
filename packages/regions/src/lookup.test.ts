import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { gemeenteAliases } from "./aliases.js";
import { foldKey } from "./fold.js";
import { getGemeente, regionForGemeente, searchGemeenten, type GemeenteLookup } from "./lookup.js";
import { allGemeenten } from "./registry.js";

const rows: { gm_code: string; gm_naam: string; am_code: string }[] = parse(readFileSync(new URL("../data/gemeenten.csv", import.meta.url), "utf8"), {
  columns: true,
});

/** Lower case without diacritics: how someone on a keyboard without accents types the name. */
const folded = (name: string) => name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** The codes a lookup answered with: one for unique, several for ambiguous, none for not found. */
const codes = (result: GemeenteLookup): string[] =>
  result.status === "unique" ? [result.gemeente.code] : result.status === "ambiguous" ? result.matches.map((m) => m.gemeente.code) : [];

describe("every gemeente in data/gemeenten.csv", () => {
  it("has 342 rows to test", () => expect(rows).toHaveLength(342));

  it.each(rows)("finds $gm_naam ($gm_code) by its exact name, its folded name and its code", ({ gm_code, gm_naam, am_code }) => {
    for (const query of [gm_naam, folded(gm_naam), gm_code]) {
      const result = regionForGemeente(query);
      expect(result.status, query).toBe("unique");
      if (result.status !== "unique") return;
      expect(result.gemeente.code).toBe(gm_code);
      expect(result.region.code).toBe(am_code);
    }
    expect(getGemeente(gm_naam)?.code).toBe(gm_code);
    expect(searchGemeenten(gm_naam)[0]).toMatchObject({ gemeente: { code: gm_code }, match: "exact" });
  });

  it("gives every gemeente a folded name of its own, so an exact name is never ambiguous", () => {
    const keys = allGemeenten.map((g) => foldKey(g.name));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("regionForGemeente forgives how people type", () => {
  it.each([
    { name: "case", query: "ROTTERDAM", expected: ["GM0599"] },
    { name: "surrounding spaces", query: "  Rotterdam  ", expected: ["GM0599"] },
    { name: "diacritics left out", query: "Sudwest-Fryslan", expected: ["GM1900"] },
    { name: "diacritics and hyphen left out", query: "sudwest fryslan", expected: ["GM1900"] },
    { name: "no separator at all", query: "SudwestFryslan", expected: ["GM1900"] },
    { name: "other diacritics", query: "Noardeast-Fryslän", expected: ["GM1970"] },
    { name: "typographic apostrophe ’", query: "’s-Hertogenbosch", expected: ["GM0796"] },
    { name: "typographic apostrophe ‘", query: "‘s-Hertogenbosch", expected: ["GM0796"] },
    { name: "acute accent as apostrophe", query: "´s-Hertogenbosch", expected: ["GM0796"] },
    { name: "apostrophe left out, space for hyphen", query: "s Hertogenbosch", expected: ["GM0796"] },
    { name: "article left out", query: "Hertogenbosch", expected: ["GM0796"] },
    { name: "article left out ('s-Gravenhage)", query: "gravenhage", expected: ["GM0518"] },
    { name: "hyphen for space", query: "Capelle-aan-den-IJssel", expected: ["GM0502"] },
    { name: "space for hyphen", query: "Hardinxveld Giessendam", expected: ["GM0523"] },
    { name: "comma left out", query: "Nuenen Gerwen en Nederwetten", expected: ["GM0820"] },
    { name: "CBS suffix left out", query: "Hengelo", expected: ["GM0164"] },
    { name: "CBS suffix left out (Middelburg)", query: "middelburg", expected: ["GM0687"] },
    { name: "CBS suffix left out (Rijswijk)", query: "Rijswijk", expected: ["GM0603"] },
    { name: "CBS suffix without brackets", query: "Hengelo O", expected: ["GM0164"] },
    { name: "CBS suffix spelt as province", query: "Bergen Noord-Holland", expected: ["GM0373"] },
    { name: "CBS suffix as abbreviation", query: "Bergen (NH)", expected: ["GM0373"] },
    { name: "CBS suffix for Limburg", query: "bergen l", expected: ["GM0893"] },
    { name: "'gemeente' before the name", query: "Gemeente Utrecht", expected: ["GM0344"] },
    { name: "CBS label '(gemeente)'", query: "Groningen (gemeente)", expected: ["GM0014"] },
    { name: "everyday name Den Haag", query: "Den Haag", expected: ["GM0518"] },
    { name: "everyday name, lower case", query: "den haag", expected: ["GM0518"] },
    { name: "English name", query: "The Hague", expected: ["GM0518"] },
    { name: "everyday name Den Bosch", query: "Den Bosch", expected: ["GM0796"] },
    { name: "everyday name with a hyphen", query: "den-bosch", expected: ["GM0796"] },
    { name: "short name Nuenen", query: "Nuenen", expected: ["GM0820"] },
    { name: "former Dutch name", query: "Tietjerksteradeel", expected: ["GM0737"] },
    { name: "former Dutch name Dantumadeel", query: "Dantumadeel", expected: ["GM1891"] },
    { name: "former name De Friese Meren", query: "de friese meren", expected: ["GM1940"] },
    { name: "code in lower case", query: "gm0599", expected: ["GM0599"] },
    { name: "code without GM", query: "0599", expected: ["GM0599"] },
    { name: "code without leading zeros", query: "GM599", expected: ["GM0599"] },
    { name: "Bergen: both gemeenten, in name order", query: "Bergen", expected: ["GM0893", "GM0373"] },
    { name: "Bergen in capitals", query: "BERGEN", expected: ["GM0893", "GM0373"] },
    { name: "unknown name", query: "Atlantis", expected: [] },
    { name: "empty query", query: "", expected: [] },
    { name: "only spaces and punctuation", query: " - ' ", expected: [] },
    { name: "unknown code", query: "GM9999", expected: [] },
    { name: "a place that is no gemeente", query: "Hoofddorp", expected: [] },
    { name: "the start of a name is not a gemeente", query: "Amster", expected: [] },
    { name: "region name that is no gemeente", query: "Rijnmond", expected: [] },
    { name: "'gemeente' alone", query: "gemeente", expected: [] },
  ])("$name: $query", ({ query, expected }) => {
    const result = regionForGemeente(query);
    expect(codes(result)).toEqual(expected);
    expect(result.status).toBe(expected.length === 0 ? "not-found" : expected.length === 1 ? "unique" : "ambiguous");
  });

  it("returns the region with a unique answer", () => {
    const result = regionForGemeente("Den Bosch");
    expect(result).toMatchObject({
      status: "unique",
      gemeente: { name: "'s-Hertogenbosch" },
      region: { code: "AM27", host: "noordoost-brabant.werkcentrum.nl" },
    });
  });

  it("returns both Bergens with their regions, never a guess", () => {
    const result = regionForGemeente("Bergen");
    expect(result.status).toBe("ambiguous");
    if (result.status !== "ambiguous") return;
    expect(result.matches.map((m) => [m.gemeente.name, m.region.name])).toEqual([
      ["Bergen (L.)", "Noord-Limburg"],
      ["Bergen (NH.)", "Noord-Holland Noord"],
    ]);
  });

  it("echoes the query when nothing is found", () => {
    expect(regionForGemeente("Atlantis")).toEqual({ status: "not-found", query: "Atlantis" });
  });

  it("lets getGemeente return undefined for an ambiguous or unknown name", () => {
    expect(getGemeente("Bergen")).toBeUndefined();
    expect(getGemeente("Atlantis")).toBeUndefined();
    expect(getGemeente("GM0518")?.name).toBe("'s-Gravenhage");
  });
});

describe("the alias table", () => {
  it.each(gemeenteAliases)("$alias points at an existing gemeente and at no other gemeente's name", ({ alias, code }) => {
    expect(allGemeenten.some((g) => g.code === code)).toBe(true);
    expect(allGemeenten.filter((g) => g.code !== code).map((g) => foldKey(g.name))).not.toContain(foldKey(alias));
  });
});

describe("searchGemeenten", () => {
  const names = (prefix: string, limit?: number) => searchGemeenten(prefix, { limit }).map((s) => s.gemeente.name);

  it("ranks exact matches first, then names that start with the query, ties in Dutch name order", () => {
    expect(searchGemeenten("bergen").map((s) => [s.gemeente.name, s.match])).toEqual([
      ["Bergen (L.)", "exact"],
      ["Bergen (NH.)", "exact"],
      ["Berg en Dal", "prefix"],
      ["Bergen op Zoom", "prefix"],
    ]);
  });

  it("puts names that start with the query before names with a later word that does", () => {
    expect(searchGemeenten("ijssel").map((s) => [s.gemeente.name, s.match])).toEqual([
      ["IJsselstein", "prefix"],
      ["Capelle aan den IJssel", "word"],
      ["Krimpen aan den IJssel", "word"],
      ["Oude IJsselstreek", "word"],
    ]);
  });

  it("ranks an everyday name after the official names", () => {
    expect(searchGemeenten("den").map((s) => [s.gemeente.name, s.match])).toEqual([
      ["Den Helder", "prefix"],
      ["Alphen aan den Rijn", "word"],
      ["Capelle aan den IJssel", "word"],
      ["Krimpen aan den IJssel", "word"],
      ["'s-Gravenhage", "alias"],
      ["'s-Hertogenbosch", "alias"],
    ]);
  });

  it.each([
    { prefix: "den bo", first: "'s-Hertogenbosch", alias: "Den Bosch" },
    { prefix: "bosch", first: "'s-Hertogenbosch", alias: "Den Bosch" },
    { prefix: "den h", first: "Den Helder", alias: undefined },
    { prefix: "haag", first: "'s-Gravenhage", alias: "Den Haag" },
    { prefix: "herto", first: "'s-Hertogenbosch", alias: undefined },
    { prefix: "’s-her", first: "'s-Hertogenbosch", alias: undefined },
    { prefix: "sudw", first: "Súdwest-Fryslân", alias: undefined },
    { prefix: "Súdwest Frys", first: "Súdwest-Fryslân", alias: undefined },
    { prefix: "hengelo", first: "Hengelo (O.)", alias: undefined },
    { prefix: "gemeente rotter", first: "Rotterdam", alias: undefined },
    { prefix: "gm0599", first: "Rotterdam", alias: undefined },
  ])("suggests $first first for $prefix", ({ prefix, first, alias }) => {
    const [top] = searchGemeenten(prefix);
    expect(top?.gemeente.name).toBe(first);
    expect(top?.alias).toBe(alias);
  });

  it("limits the number of suggestions, 10 by default", () => {
    expect(names("a")).toHaveLength(10);
    expect(names("a", 3)).toEqual(["Aa en Hunze", "Aalsmeer", "Aalten"]);
    expect(names("a", 0)).toEqual([]);
  });

  it.each(["", "   ", "-", "xyzzy"])("suggests nothing for %j", (prefix) => expect(names(prefix)).toEqual([]));

  it("gives each suggestion its region", () => {
    expect(searchGemeenten("rotterdam")[0]?.region.slug).toBe("rijnmond");
  });
});
