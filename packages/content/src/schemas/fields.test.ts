import { siteProfileSchema } from "@werkcentrum/regions";
import { describe, expect, it } from "vitest";
import { dutchErrors } from "../dutch-errors.js";
import { linkProblem } from "../links.js";
import { dienstSchema, evenementSchema, nieuwsSchema } from "./index.js";

const dienst = (aanmelden: Record<string, unknown>) => ({
  titel: "Dienst",
  samenvatting: "Kort.",
  voor: ["werkgevers"],
  aanbieder: "UWV",
  aanmelden,
});
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);

// The same number is judged the same in a dienst file and in site.yml: one phone rule.
describe("phone numbers in content files and site.yml", () => {
  it.each([
    "010 123 45 67",
    "(010) 123-4567",
    "0800-1234",
    "14 020",
    "088 898 92 95",
    "+31 (0)20 123 45 67",
    "+31 20 123 45 67",
    "0031 20 123 45 67",
  ])("accepts %s in both", (telefoon) => {
    expect(messages(dienstSchema.safeParse(dienst({ telefoon }), { error: dutchErrors }))).toEqual([]);
    expect(messages(siteProfileSchema.safeParse({ code: "AM22", naam: "Rijnmond", contact: { telefoon } }))).toEqual([]);
  });

  it.each(["112", "0800-WERK", "010 123 45", "010 123 45 678"])("refuses %s in both, with the same message", (telefoon) => {
    const [content] = messages(dienstSchema.safeParse(dienst({ telefoon }), { error: dutchErrors }));
    const [site] = messages(siteProfileSchema.safeParse({ code: "AM22", naam: "Rijnmond", contact: { telefoon } }));
    expect(content).toMatch(/^aanmelden\.telefoon: /);
    expect(content!.replace("aanmelden.", "contact.")).toBe(site);
  });
});

describe("dates", () => {
  it.each([
    ["2026-13-45", /12 maanden/],
    ["2026-02-30", /februari 2026 heeft 28 dagen/],
    ["01-03-2026", /JJJJ-MM-DD/],
  ])("refuses the news date %s", (datum, message) => {
    expect(messages(nieuwsSchema.safeParse({ titel: "N", samenvatting: "Kort.", datum }, { error: dutchErrors }))).toEqual([
      expect.stringMatching(message),
    ]);
  });

  it("refuses an event on a day that does not exist, with the date rule's message", () => {
    const result = evenementSchema.safeParse(
      { titel: "M", samenvatting: "Kort.", start: "2026-02-30 14:00", einde: "2026-03-02 15:00", online: true, voor: ["werkgevers"] },
      { error: dutchErrors },
    );
    expect(messages(result)).toEqual([expect.stringMatching(/^start: Ongeldige datum: 2026-02-30 bestaat niet/)]);
  });
});

describe("links", () => {
  it.each([
    ["http://www.werk.nl/", /https:\/\/ in plaats van http:\/\//],
    ["tel:010 123 45 67", /tel:\+31101234567/],
    ["tel:0800-1234", /geen tel:-link/],
    ["javascript:alert(1)", /'javascript:' is niet toegestaan/],
  ])("refuses %s in a front-matter link and in the text", (href, message) => {
    const [field] = messages(dienstSchema.safeParse(dienst({ link: href }), { error: dutchErrors }));
    expect(field).toMatch(/^aanmelden\.link: Ongeldige link\. /);
    expect(field).toMatch(message);
    expect(linkProblem(href)).toMatch(message);
  });
});
