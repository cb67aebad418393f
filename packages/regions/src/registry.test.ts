import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { DATA_SOURCE, DATA_YEAR } from "./constants.js";
import { allGemeenten, allRegions, getRegion } from "./registry.js";
import { toSlug } from "./slug.js";

const csv = (name: string): Record<string, string>[] => parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8"), { columns: true });

describe("the region registry", () => {
  it("holds the 35 CBS regions, AM01–AM38 with AM04, AM16 and AM31 missing", () => {
    const codes = allRegions.map((r) => r.code);
    expect(codes).toHaveLength(35);
    expect(codes).not.toContain("AM04");
    expect(codes).not.toContain("AM16");
    expect(codes).not.toContain("AM31");
    expect(codes).toContain("AM38");
  });

  it("matches data/arbeidsmarktregios.csv row by row", () => {
    const rows = csv("arbeidsmarktregios.csv");
    expect(allRegions.map((r) => [r.code, r.name, r.centrumgemeente.code, r.centrumgemeente.name, r.centrumgemeente.status])).toEqual(
      rows.map((row) => [row.am_code, row.am_naam, row.centrumgemeente_code, row.centrumgemeente_naam, row.centrumgemeente_status]),
    );
  });

  it("matches data/gemeenten.csv row by row, and puts every gemeente in exactly one region", () => {
    const rows = csv("gemeenten.csv");
    const byCode = new Map(allGemeenten.map((g) => [g.code, g]));
    expect(allGemeenten).toHaveLength(342);
    for (const row of rows) {
      expect(byCode.get(row.gm_code as never)).toEqual({ code: row.gm_code, name: row.gm_naam, regionCode: row.am_code, province: row.provincie });
    }
    expect(allRegions.reduce((sum, r) => sum + r.gemeenten.length, 0)).toBe(342);
  });

  it.each([
    ["Zaanstreek/Waterland", "zaanstreek-waterland"],
    ["Zuid-Kennemerland en IJmond", "zuid-kennemerland-en-ijmond"],
    ["Rijk van Nijmegen", "rijk-van-nijmegen"],
    ["Súdwest-Fryslân", "sudwest-fryslan"],
    ["'s-Hertogenbosch", "s-hertogenbosch"],
  ])("slugs %s as %s", (name, slug) => expect(toSlug(name)).toBe(slug));

  it("gives every region a unique slug and host under werkcentrum.nl", () => {
    expect(new Set(allRegions.map((r) => r.slug)).size).toBe(35);
    expect(getRegion("AM17")?.host).toBe("zaanstreek-waterland.werkcentrum.nl");
  });

  it.each(["rijnmond", "AM22", "am22", "Rijnmond", " RIJNMOND "])("finds Rijnmond by %j", (query) => {
    expect(getRegion(query)?.code).toBe("AM22");
  });

  it("returns undefined for an unknown region", () => expect(getRegion("Atlantis")).toBeUndefined());

  it("states the source and year of the data", () => {
    expect(DATA_YEAR).toBe(2026);
    expect(DATA_SOURCE).toBe("CBS, tabel 86247NED Gebieden in Nederland 2026");
  });

  it("gives each region the provinces its gemeenten lie in", () => {
    expect(getRegion("FoodValley")?.provinces).toEqual(["Gelderland", "Utrecht"]);
    expect(getRegion("Zeeland")?.provinces).toEqual(["Zeeland"]);
    for (const region of allRegions) {
      expect(region.provinces).toEqual([...new Set(region.gemeenten.map((g) => g.province))].sort((a, b) => a.localeCompare(b, "nl")));
    }
  });

  it("places every centrumgemeente in its own region, sourced or inferred as data/SOURCES.md says", () => {
    for (const region of allRegions) expect(region.gemeenten.map((g) => g.code)).toContain(region.centrumgemeente.code);
    expect(allRegions.filter((r) => r.centrumgemeente.status === "sourced").map((r) => r.centrumgemeente.name)).toEqual([
      "Groningen",
      "Leeuwarden",
      "Emmen",
      "Goes",
      "Heerlen",
    ]);
  });
});
