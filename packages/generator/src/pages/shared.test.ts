import { describe, expect, it } from "vitest";
import { centrumgemeenteText, memberList, statusText } from "./about.js";
import { governmentOffice, locationCard } from "./locations.js";
import { contactBlock, internationalPhone } from "./required.js";
import { jsonForScript } from "./shared.js";
import { getRegion, allRegions, siteProfileSchema } from "@werkcentrum/regions";

describe("jsonForScript", () => {
  it.each([
    { name: "a closing script tag", value: { name: "</script><script>alert(1)</script>" } },
    { name: "an HTML comment opener", value: { name: "<!-- x" } },
    { name: "an ampersand and line separators", value: { name: "a & b\u2028c\u2029d" } },
  ])("writes $name so it cannot end the data block, and keeps the same JSON", ({ value }) => {
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("internationalPhone", () => {
  it.each([
    ["020 123 45 67", "+31201234567"],
    ["010-1234567", "+31101234567"],
    ["+31 (0)20 123 45 67", "+31201234567"],
    ["+31 20 123 45 67", "+31201234567"],
    ["0031 20 123 45 67", "+31201234567"],
    ["14 010", undefined],
    ["0800 1234", undefined],
  ])("%s → %s", (input, expected) => {
    expect(internationalPhone(input)).toBe(expected);
  });

  it("gives a contact block without a phone link for a short number, and none without any channel", () => {
    const profile = (contact: unknown) => siteProfileSchema.parse({ code: "AM22", naam: "Rijnmond", contact });
    expect(contactBlock(profile({ telefoon: "14 010" }))).toBeUndefined();
    expect(contactBlock(profile({ telefoon: "14 010", email: "info@voorbeeld.nl" }))).toMatchObject({ email: "info@voorbeeld.nl", text: "Bel ons op 14 010." });
    expect(contactBlock(siteProfileSchema.parse({ code: "AM22", naam: "Rijnmond" }))).toBeUndefined();
  });
});

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

describe("vestigingen", () => {
  const vestiging = siteProfileSchema.parse({
    code: "AM22",
    naam: "Rijnmond",
    vestigingen: [
      {
        naam: "Voorbeeld",
        adres: "Voorbeeldstraat 1",
        postcode: "1234 AB",
        plaats: "Voorbeeldstad",
        openingstijden: [{ dagen: ["vrijdag"], open: "9:00", dicht: "12:00", geldigVan: "2026-07-01", geldigTot: "2026-08-31" }],
      },
    ],
  }).vestigingen![0]!;

  it("pads times for the theme and says in words when a period applies", () => {
    expect(locationCard(vestiging)).toMatchObject({
      openingHours: [{ days: ["vrijdag"], opens: "09:00", closes: "12:00" }],
      openingHoursNote: "De tijden op vrijdag gelden van 1 juli 2026 tot en met 31 augustus 2026.",
    });
  });

  it("leaves out what the region did not supply: no geo, no accessibility", () => {
    const office = governmentOffice(vestiging, "https://rijnmond.werkcentrum.nl/");
    expect(office).not.toHaveProperty("geo");
    expect(locationCard(vestiging)).not.toHaveProperty("accessibility");
    expect(office.openingHoursSpecification).toEqual([
      { "@type": "OpeningHoursSpecification", dayOfWeek: ["Friday"], opens: "09:00", closes: "12:00", validFrom: "2026-07-01", validThrough: "2026-08-31" },
    ]);
  });
});
