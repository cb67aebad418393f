import { allGemeenten, getRegion } from "@werkcentrum/regions";
import { describe, expect, it } from "vitest";
import { countMessage, resolveQuery, suggestionsFor } from "./finder-logic.js";

const noLinks = new Map<string, string>();
const home = (slug: string) => `https://${getRegion(slug)!.host}/`;

describe("resolveQuery: what submitting the field does", () => {
  it.each([
    { query: "Den Haag", href: home("haaglanden"), gemeente: "'s-Gravenhage" },
    { query: "Den Bosch", href: home("noordoost-brabant"), gemeente: "'s-Hertogenbosch" },
    { query: "Sudwest Fryslan", href: home("friesland"), gemeente: "Súdwest-Fryslân" },
    { query: "  rotterdam ", href: home("rijnmond"), gemeente: "Rotterdam" },
  ])("$query goes to $href", ({ query, href, gemeente }) => {
    expect(resolveQuery(query, noLinks)).toEqual({ kind: "go", option: expect.objectContaining({ href, gemeente }) });
  });

  it("offers both Bergens to choose from", () => {
    const result = resolveQuery("Bergen", noLinks);
    expect(result.kind).toBe("choose");
    expect(result.kind === "choose" && result.options).toEqual([
      { gemeente: "Bergen (L.)", werkcentrum: "Werkcentrum Noord-Limburg", href: home("noord-limburg") },
      { gemeente: "Bergen (NH.)", werkcentrum: "Werkcentrum Noord-Holland Noord", href: home("noord-holland-noord") },
    ]);
  });

  it("finds nothing for a name that is not a gemeente", () => {
    expect(resolveQuery("Atlantis", noLinks)).toEqual({ kind: "none" });
  });

  it("sends a region to the link the page gives it (a legacy site while it is in development)", () => {
    const legacy = new Map([["AM22", "https://leerwerkloket.voorbeeld.nl/"]]);
    expect(resolveQuery("Rotterdam", legacy)).toMatchObject({ kind: "go", option: { href: "https://leerwerkloket.voorbeeld.nl/" } });
    expect(resolveQuery("Utrecht", legacy)).toMatchObject({ kind: "go", option: { href: home("midden-utrecht") } });
  });

  it(`resolves every one of the ${allGemeenten.length} gemeente names in the registry to its own region's link`, () => {
    const hrefs = new Map(allGemeenten.map((g) => [g.regionCode, `https://${getRegion(g.regionCode)!.host}/`]));
    const wrong = allGemeenten.filter((gemeente) => {
      const result = resolveQuery(gemeente.name, hrefs);
      return result.kind !== "go" || result.option.gemeente !== gemeente.name || result.option.href !== hrefs.get(gemeente.regionCode);
    });
    expect(allGemeenten).toHaveLength(342);
    expect(wrong.map((g) => g.name)).toEqual([]);
  });
});

describe("suggestionsFor: the type-ahead", () => {
  it("puts every gemeente first among the suggestions for its own name", () => {
    const wrong = allGemeenten.filter((gemeente) => suggestionsFor(gemeente.name, noLinks)[0]?.gemeente !== gemeente.name);
    expect(wrong.map((g) => g.name)).toEqual([]);
  });

  it.each([
    { query: "bergen", first: ["Bergen (L.)", "Bergen (NH.)"] },
    { query: "den b", first: ["Den Bosch ('s-Hertogenbosch)"] },
    { query: "den haa", first: ["Den Haag ('s-Gravenhage)"] },
    { query: "sudw", first: ["Súdwest-Fryslân"] },
  ])("suggests $first for '$query'", ({ query, first }) => {
    expect(
      suggestionsFor(query, noLinks)
        .slice(0, first.length)
        .map((o) => o.gemeente),
    ).toEqual(first);
  });

  it("suggests nothing for an empty field, and at most 8 options", () => {
    expect(suggestionsFor("  ", noLinks)).toEqual([]);
    expect(suggestionsFor("a", noLinks).length).toBeLessThanOrEqual(8);
  });
});

describe("countMessage", () => {
  it.each([
    { count: 0, message: /^Geen gemeente gevonden\./ },
    { count: 1, message: /^1 gemeente gevonden\. Kies met de pijltjestoetsen/ },
    { count: 5, message: /^5 gemeenten gevonden\./ },
  ])("says $count in plain Dutch", ({ count, message }) => {
    expect(countMessage(count)).toMatch(message);
  });
});
