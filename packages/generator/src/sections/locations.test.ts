import { siteProfileSchema } from "@werkcentrum/regions";
import { describe, expect, it } from "vitest";
import { governmentOffice, locationCard } from "./locations.js";

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
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: ["Friday"],
        opens: "09:00",
        closes: "12:00",
        validFrom: "2026-07-01",
        validThrough: "2026-08-31",
      },
    ]);
  });
});
