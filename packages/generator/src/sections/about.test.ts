import { allRegions, getRegion, siteProfileSchema } from "@werkcentrum/regions";
import { describe, expect, it } from "vitest";
import { centrumgemeenteText, memberList, statusText } from "./about.js";

describe("about texts", () => {
  it("states only a sourced centrumgemeente", () => {
    const sourced = allRegions.find((region) => region.centrumgemeente.status === "sourced")!;
    const inferred = allRegions.find((region) => region.centrumgemeente.status === "inferred")!;
    expect(centrumgemeenteText(sourced)).toContain(`De centrumgemeente is ${sourced.centrumgemeente.name}.`);
    expect(centrumgemeenteText(inferred)).toBeUndefined();
  });

  it("says what status and form site.yml gives, and nothing about a form it does not give", () => {
    const region = getRegion("rijnmond")!;
    expect(statusText(region, siteProfileSchema.parse({ code: "AM22", naam: "Rijnmond" }))).toBe("Het Werkcentrum Rijnmond wordt nu opgezet.");
    expect(statusText(region, siteProfileSchema.parse({ code: "AM22", naam: "Rijnmond", status: "actief", vorm: "digitaal" }))).toBe(
      "Het Werkcentrum Rijnmond is open. U vindt het Werkcentrum online.",
    );
  });

  it("lists the Beraad's groups in the law's order, and gives nothing for an empty Beraad", () => {
    const list = memberList({ strategischePartners: [{ naam: "B" }], uwv: [{ naam: "UWV", url: "https://www.uwv.nl" }] });
    expect(list).toEqual({
      headingLevel: 3,
      groups: [
        { category: "uwv", members: [{ name: "UWV", href: "https://www.uwv.nl" }] },
        { category: "strategische-partners", members: [{ name: "B" }] },
      ],
    });
    expect(memberList({})).toBeUndefined();
    expect(memberList(undefined)).toBeUndefined();
  });
});
