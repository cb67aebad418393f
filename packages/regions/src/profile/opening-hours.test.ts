import { describe, expect, it } from "vitest";
import { siteProfileSchema } from "../site-profile.js";
import { toOpeningHoursSpecification } from "./opening-hours.js";

/** Opening hours as they come out of a validated site.yml. */
function hoursOf(openingstijden: unknown[]) {
  const profile = siteProfileSchema.parse({
    code: "AM22",
    naam: "Rijnmond",
    vestigingen: [{ naam: "Voorbeeld", adres: "Voorbeeldstraat 1", postcode: "1234 AB", plaats: "Voorbeeldstad", openingstijden }],
  });
  return profile.vestigingen![0]!.openingstijden;
}

describe("toOpeningHoursSpecification", () => {
  it("turns each line into a schema.org OpeningHoursSpecification", () => {
    const hours = hoursOf([
      { dagen: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"], open: "09:00", dicht: "17:00" },
      { dagen: ["zaterdag"], open: "10:00", dicht: "12:30" },
    ]);
    expect(toOpeningHoursSpecification(hours)).toEqual([
      { "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], opens: "09:00", closes: "17:00" },
      { "@type": "OpeningHoursSpecification", dayOfWeek: ["Saturday"], opens: "10:00", closes: "12:30" },
    ]);
  });

  it("puts the days in week order and pads hours to hh:mm", () => {
    const [spec] = toOpeningHoursSpecification(hoursOf([{ dagen: ["zondag", "maandag", "woensdag"], open: "9:05", dicht: "13:00" }]));
    expect(spec).toMatchObject({ dayOfWeek: ["Monday", "Wednesday", "Sunday"], opens: "09:05", closes: "13:00" });
  });

  it("carries a period as validFrom and validThrough", () => {
    const [spec] = toOpeningHoursSpecification(
      hoursOf([{ dagen: ["vrijdag"], open: "09:00", dicht: "12:00", geldigVan: "2026-07-01", geldigTot: "2026-08-31" }]),
    );
    expect(spec).toEqual({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: ["Friday"],
      opens: "09:00",
      closes: "12:00",
      validFrom: "2026-07-01",
      validThrough: "2026-08-31",
    });
  });

  it("gives an empty list for a vestiging without opening hours", () => {
    expect(toOpeningHoursSpecification(undefined)).toEqual([]);
    expect(toOpeningHoursSpecification([])).toEqual([]);
  });

  it("refuses a time that did not pass the schema", () => {
    expect(() => toOpeningHoursSpecification([{ dagen: ["maandag"], open: "9.00", dicht: "17:00" }])).toThrow(/Not a time of day/);
  });

  it("produces JSON that survives a round trip unchanged", () => {
    const specs = toOpeningHoursSpecification(hoursOf([{ dagen: ["maandag"], open: "08:30", dicht: "16:30" }]));
    expect(JSON.parse(JSON.stringify(specs))).toEqual(specs);
  });
});
