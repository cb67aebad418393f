import { allGemeenten, getRegion, type SiteProfile } from "@werkcentrum/regions";
import { describe, expect, it } from "vitest";
import { gemeenteGroups, regionLink, regionLinks } from "./landing-data.js";

const rijnmond = getRegion("rijnmond")!;
// A made-up legacy site: no real region's site is invented here.
const legacy = { url: "https://leerwerkloket.voorbeeld.nl/", soort: "Leerwerkloket" } as const;
const profile = (extra: Partial<SiteProfile>): SiteProfile =>
  ({ code: "AM22", naam: "Rijnmond", status: "in-ontwikkeling", ...extra }) as SiteProfile;

describe("regionLink", () => {
  it.each([
    { name: "no site.yml", profile: undefined, href: "https://rijnmond.werkcentrum.nl/", text: "Werkcentrum Rijnmond", status: "In ontwikkeling" },
    {
      name: "in development, no legacy site",
      profile: profile({}),
      href: "https://rijnmond.werkcentrum.nl/",
      text: "Werkcentrum Rijnmond",
      status: "In ontwikkeling",
    },
    {
      name: "in development with a legacy site",
      profile: profile({ bestaandeWebsite: legacy }),
      href: legacy.url,
      text: "Werkcentrum Rijnmond, via de website van het Leerwerkloket",
      status: "In ontwikkeling",
    },
    {
      name: "in development with a named legacy site",
      profile: profile({ bestaandeWebsite: { ...legacy, soort: "RMT", naam: "Voorbeeld Mobiliteitsteam" } }),
      href: legacy.url,
      text: "Werkcentrum Rijnmond, via de website Voorbeeld Mobiliteitsteam",
      status: "In ontwikkeling",
    },
    {
      name: "active, legacy site left in",
      profile: profile({ status: "actief", bestaandeWebsite: legacy }),
      href: "https://rijnmond.werkcentrum.nl/",
      text: "Werkcentrum Rijnmond",
      status: "Actief",
    },
  ])("$name → $href", ({ profile, href, text, status }) => {
    expect(regionLink(rijnmond, profile)).toMatchObject({ href, text, statusText: status });
  });
});

describe("regionLinks", () => {
  it("lists all 35 regions by Dutch name", () => {
    const names = regionLinks(new Map()).map((link) => link.name);
    expect(names).toHaveLength(35);
    expect(names).toEqual([...names].sort(new Intl.Collator("nl").compare));
  });
});

describe("gemeenteGroups", () => {
  const groups = gemeenteGroups(regionLinks(new Map([["rijnmond", profile({ bestaandeWebsite: legacy })]])));
  const entries = groups.flatMap((group) => group.gemeenten);

  it("lists every gemeente once, linking where its region links", () => {
    for (const gemeente of allGemeenten) {
      const matching = entries.filter((entry) => entry.name === gemeente.name);
      expect(matching, gemeente.name).toHaveLength(1);
      const region = getRegion(gemeente.regionCode)!;
      expect(matching[0]!.href).toBe(region.code === "AM22" ? legacy.url : `https://${region.host}/`);
    }
  });

  it("groups by first letter, A to Z, with each letter once", () => {
    const letters = groups.map((group) => group.letter);
    expect(letters).toEqual([...new Set(letters)].sort());
    for (const group of groups)
      for (const entry of group.gemeenten) expect(entry.name.replace(/^'s-/, "s").charAt(0).toUpperCase()).toBe(group.letter);
  });

  it("also lists everyday names under their own letter, and says the region links to a legacy site", () => {
    const d = groups.find((group) => group.letter === "D")!.gemeenten.map((entry) => entry.name);
    expect(d).toContain("Den Haag (gemeente 's-Gravenhage)");
    expect(entries.find((entry) => entry.name === "Rotterdam")?.regionName).toBe("Rijnmond, via de website van het Leerwerkloket");
  });
});
