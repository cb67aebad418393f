import { describe, expect, it } from "vitest";
import { landingProfileSchema, siteProfileSchema } from "../site-profile.js";
import { nalevingsstatus, toegankelijkheidSchema } from "./statement.js";

// Made-up statement data (voorbeeld.nl): never facts about a real region.
const base = { datum: "2026-11-01", akkoord: { functie: "Directeur", datum: "2026-10-28" } };
const research = { datum: "2026-09-15", rapport: "https://www.voorbeeld.nl/rapport.pdf", methode: "WCAG-EM" as const };
const deviation = { probleem: "Een grafiek heeft geen tekstalternatief.", maatregel: "Wij zetten de cijfers in een tabel.", planning: "2027-02-01" };

const messages = (input: unknown) => {
  const result = toegankelijkheidSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("nalevingsstatus (digitoegankelijk.nl's table)", () => {
  it("is E without a statement", () => {
    expect(nalevingsstatus(undefined)).toBe("E");
  });

  it("is A only with WCAG-EM research of at most three years and no known deviations", () => {
    expect(nalevingsstatus({ ...base, onderzoek: research })).toBe("A");
    expect(nalevingsstatus({ ...base, onderzoek: research, afwijkingen: [deviation] })).toBe("B");
  });

  it("never gives A or B without valid research", () => {
    for (const onderzoek of [undefined, { ...research, methode: "anders" as const }, { ...research, datum: "2023-10-31" }]) {
      for (const afwijkingen of [undefined, [], [deviation]]) {
        expect(["C", "D"]).toContain(nalevingsstatus({ ...base, onderzoek, afwijkingen }));
      }
    }
    // Three years to the day still counts; a day more does not.
    expect(nalevingsstatus({ ...base, onderzoek: { ...research, datum: "2023-11-01" } })).toBe("A");
  });

  it("is C with research planned within six months of the statement, D otherwise", () => {
    expect(nalevingsstatus({ ...base, onderzoekGepland: "2027-05-01" })).toBe("C");
    expect(nalevingsstatus({ ...base, onderzoekGepland: "2027-05-02" })).toBe("D");
    expect(nalevingsstatus({ ...base, onderzoekGepland: "2026-10-01" })).toBe("D");
    expect(nalevingsstatus(base)).toBe("D");
  });
});

describe("toegankelijkheidSchema", () => {
  it("accepts a complete statement", () => {
    expect(
      messages({
        ...base,
        status: "B",
        onderzoek: { ...research, uitvoerder: "Voorbeeld Onderzoek" },
        afwijkingen: [{ ...deviation, succescriterium: "1.1.1" }],
        register: "https://www.toegankelijkheidsverklaring.nl/register/1",
        melden: { email: "toegankelijkheid@voorbeeld.nl", reactietermijn: 5 },
      }),
    ).toEqual([]);
  });

  it("refuses a status higher than the data supports, and says what is missing", () => {
    expect(messages({ ...base, status: "A" })).toEqual([
      expect.stringMatching(/^status: Status A past niet bij de gegevens: die laten hoogstens status D toe\. Voor status C moet/),
    ]);
    expect(messages({ ...base, status: "A", onderzoek: research, afwijkingen: [deviation] })).toEqual([
      expect.stringMatching(/^status: .*hoogstens status B toe\. Er zijn bekende problemen/),
    ]);
    expect(messages({ ...base, status: "B", onderzoek: { ...research, methode: "anders" } })).toEqual([
      expect.stringMatching(/hoogstens status D toe\. Voor status C/),
    ]);
    // A lower status than the data allows is the region's own, more careful, claim.
    expect(messages({ ...base, status: "C", onderzoek: research })).toEqual([]);
  });

  it("refuses research or approval after the statement, a deviation without a measure and a date, and an empty 'melden'", () => {
    expect(messages({ ...base, onderzoek: { ...research, datum: "2026-12-01" } })).toContain(
      "onderzoek.datum: Het onderzoek kan niet na de verklaring zijn gedaan. Controleer beide datums.",
    );
    expect(messages({ ...base, akkoord: { functie: "Directeur", datum: "2026-11-02" } })).toHaveLength(1);
    expect(messages({ ...base, afwijkingen: [{ probleem: "Iets werkt niet." }] }).map((m) => m.split(":")[0])).toEqual([
      "afwijkingen.0.maatregel",
      "afwijkingen.0.planning",
    ]);
    expect(messages({ ...base, melden: {} })).toEqual(["melden: Vul minstens één manier van melden in, of laat 'melden' weg."]);
    expect(messages({ ...base, afwijkingen: [{ ...deviation, succescriterium: "1.4" }] })).toHaveLength(1);
  });
});

describe("the blocks in site.yml", () => {
  it("are optional in a region's profile and on the landing site", () => {
    expect(siteProfileSchema.safeParse({ code: "AM22", naam: "Rijnmond" }).success).toBe(true);
    expect(landingProfileSchema.safeParse({}).success).toBe(true);
    expect(landingProfileSchema.safeParse({ verantwoordelijke: { naam: "Voorbeeld" }, toegankelijkheid: base }).success).toBe(true);
  });

  it("refuses a region's fields on the landing site", () => {
    expect(landingProfileSchema.safeParse({ code: "AM22" }).success).toBe(false);
  });

  it("refuses an empty gids or privacy block", () => {
    const result = siteProfileSchema.safeParse({ code: "AM22", naam: "Rijnmond", gids: {}, privacy: {} });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join("."))).toEqual(["gids", "privacy"]);
  });
});
