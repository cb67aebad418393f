import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { allRegions } from "./registry.js";
import { siteProfileSchema } from "./site-profile.js";

// A test fixture with made-up details (voorbeeld.nl, Voorbeeldstad): never real facts about a region.
const full = {
  code: "AM22",
  naam: "Rijnmond",
  status: "actief",
  vorm: "beide",
  bestaandeWebsite: { url: "https://www.voorbeeld.nl/leerwerkloket", soort: "Leerwerkloket", naam: "Voorbeeldloket" },
  contact: { telefoon: "020 123 45 67", email: "info@voorbeeld.nl", contactpagina: "https://www.voorbeeld.nl/contact" },
  vestigingen: [
    {
      naam: "Werkcentrum Voorbeeldstad",
      adres: "Voorbeeldstraat 1",
      postcode: "1234 AB",
      plaats: "Voorbeeldstad",
      openingstijden: [
        { dagen: ["maandag", "dinsdag", "woensdag", "donderdag"], open: "09:00", dicht: "17:00" },
        { dagen: ["vrijdag"], open: "9:00", dicht: "12:30", geldigVan: "2026-07-01", geldigTot: "2026-08-31" },
      ],
      toegankelijkheid: ["Ingang zonder drempels", "Lift naar alle verdiepingen"],
      coordinaten: { breedtegraad: 51.9, lengtegraad: 4.5 },
    },
  ],
  regionaalBeraad: {
    gemeenten: [{ naam: "Gemeente Voorbeeldstad", url: "https://www.voorbeeld.nl" }],
    uwv: [{ naam: "UWV" }],
    sbb: [{ naam: "SBB" }],
    werkgeversorganisaties: [{ naam: "Werkgevers Voorbeeld" }],
    werknemersorganisaties: [{ naam: "Bond Voorbeeld" }],
    onderwijs: [{ naam: "Voorbeeldcollege" }],
    strategischePartners: [{ naam: "Ontwikkelbedrijf Voorbeeld" }],
  },
  partners: [{ naam: "Voorbeeldpartner", url: "https://partner.voorbeeld.nl" }],
  socialMedia: [
    { platform: "linkedin", url: "https://www.linkedin.com/company/voorbeeld" },
    { platform: "x", url: "https://twitter.com/voorbeeld" },
    { platform: "mastodon", url: "https://social.voorbeeld.nl/@werkcentrum" },
  ],
  talen: ["nl", "en", "uk", "pl", "ar"],
  redacteuren: ["@voorbeeld/redactie-rijnmond", "@jan-jansen"],
};

const starter = { code: "AM22", naam: "Rijnmond", status: "in-ontwikkeling" };

describe("siteProfileSchema accepts", () => {
  it.each(allRegions.map((r) => ({ code: r.code, naam: r.name })))("the starter profile of $code $naam", (profile) => {
    expect(siteProfileSchema.parse({ ...profile, status: "in-ontwikkeling" })).toEqual({ ...profile, status: "in-ontwikkeling" });
  });

  it("a profile without status, defaulting to in-ontwikkeling", () => {
    expect(siteProfileSchema.parse({ code: "AM22", naam: "Rijnmond" }).status).toBe("in-ontwikkeling");
  });

  it("a profile with every field filled in", () => {
    const result = siteProfileSchema.safeParse(full);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(full);
  });

  it.each([
    ["a postcode without space", { postcode: "1234AB" }],
    ["a telephone number with +31", { telefoon: "+31 (0)20-123 45 67" }],
    ["a short municipal number", { telefoon: "14 020" }],
  ])("%s", (_, patch) => {
    const vestiging = { ...full.vestigingen[0], ...("postcode" in patch ? patch : {}) };
    const contact = { ...full.contact, ...("telefoon" in patch ? patch : {}) };
    expect(siteProfileSchema.safeParse({ ...full, vestigingen: [vestiging], contact }).success).toBe(true);
  });

  it("trims spaces around text", () => {
    expect(siteProfileSchema.parse({ ...starter, naam: "  Rijnmond " }).naam).toBe("Rijnmond");
  });
});

type Patch = Record<string, unknown>;
const withVestiging = (patch: Patch) => ({ ...starter, vestigingen: [{ ...full.vestigingen[0], ...patch }] });
const withHours = (patch: Patch) => withVestiging({ openingstijden: [{ dagen: ["maandag"], open: "09:00", dicht: "17:00", ...patch }] });

const invalidCases: { name: string; input: unknown; expected: { path: string; message: RegExp }[] }[] = [
  { name: "no profile at all", input: null, expected: [{ path: "", message: /velden/ }] },
  { name: "a list instead of fields", input: ["code"], expected: [{ path: "", message: /velden/ }] },
  { name: "missing code", input: { naam: "Rijnmond" }, expected: [{ path: "code", message: /regiocode/ }] },
  { name: "missing naam", input: { code: "AM22" }, expected: [{ path: "naam", message: /Vul de naam/ }] },
  { name: "unknown region code", input: { code: "AM04", naam: "Rijnmond" }, expected: [{ path: "code", message: /Onbekende regiocode/ }] },
  { name: "slug instead of code", input: { code: "rijnmond", naam: "Rijnmond" }, expected: [{ path: "code", message: /AM19/ }] },
  { name: "naam of another region", input: { code: "AM22", naam: "Haaglanden" }, expected: [{ path: "naam", message: /AM22 heet 'Rijnmond'/ }] },
  { name: "naam in other case", input: { code: "AM22", naam: "rijnmond" }, expected: [{ path: "naam", message: /precies zo/ }] },
  {
    name: "wrong naam reported next to other problems",
    input: { code: "AM22", naam: "Haaglanden", status: "open" },
    expected: [
      { path: "status", message: /actief/ },
      { path: "naam", message: /Rijnmond/ },
    ],
  },
  { name: "empty naam", input: { code: "AM22", naam: "  " }, expected: [{ path: "naam", message: /leeg/ }] },
  { name: "unknown status", input: { ...starter, status: "open" }, expected: [{ path: "status", message: /'actief' of 'in-ontwikkeling'/ }] },
  { name: "misspelt field", input: { ...starter, statuss: "actief" }, expected: [{ path: "", message: /Onbekend veld 'statuss'/ }] },
  { name: "two unknown fields", input: { ...starter, a: 1, b: 2 }, expected: [{ path: "", message: /Onbekende velden 'a', 'b'/ }] },
  { name: "unknown vorm", input: { ...starter, vorm: "online" }, expected: [{ path: "vorm", message: /'fysiek', 'digitaal' of 'beide'/ }] },
  {
    name: "legacy site over http",
    input: { ...starter, bestaandeWebsite: { url: "http://www.voorbeeld.nl", soort: "RMT" } },
    expected: [{ path: "bestaandeWebsite.url", message: /https:\/\// }],
  },
  {
    name: "javascript: link",
    input: { ...starter, bestaandeWebsite: { url: "javascript:alert(1)", soort: "RMT" } },
    expected: [{ path: "bestaandeWebsite.url", message: /https:\/\// }],
  },
  {
    name: "https without slashes",
    input: { ...starter, bestaandeWebsite: { url: "https:www.voorbeeld.nl", soort: "RMT" } },
    expected: [{ path: "bestaandeWebsite.url", message: /https:\/\// }],
  },
  {
    name: "address without domain",
    input: { ...starter, bestaandeWebsite: { url: "https://localhost/", soort: "RMT" } },
    expected: [{ path: "bestaandeWebsite.url", message: /https:\/\// }],
  },
  {
    name: "password in the address",
    input: { ...starter, bestaandeWebsite: { url: "https://jan:geheim@voorbeeld.nl/", soort: "RMT" } },
    expected: [{ path: "bestaandeWebsite.url", message: /https:\/\// }],
  },
  {
    name: "unknown kind of legacy site",
    input: { ...starter, bestaandeWebsite: { url: "https://www.voorbeeld.nl", soort: "WSP" } },
    expected: [{ path: "bestaandeWebsite.soort", message: /WerkgeversServicepunt/ }],
  },
  {
    name: "legacy site without kind",
    input: { ...starter, bestaandeWebsite: { url: "https://www.voorbeeld.nl" } },
    expected: [{ path: "bestaandeWebsite.soort", message: /Vul in wat voor site/ }],
  },
  {
    name: "legacy site on a werkcentrum.nl host",
    input: { ...starter, bestaandeWebsite: { url: "https://www.werkcentrum.nl/rijnmond", soort: "RMT" } },
    expected: [{ path: "bestaandeWebsite.url", message: /werkcentrum\.nl is geen bestaande website/ }],
  },
  {
    name: "legacy site on another region's host",
    input: { ...starter, bestaandeWebsite: { url: "https://drenthe.werkcentrum.nl/", soort: "RMT" } },
    expected: [{ path: "bestaandeWebsite.url", message: /werkcentrum\.nl is geen bestaande website/ }],
  },
  {
    name: "impossible date",
    input: withHours({ geldigVan: "2026-02-30" }),
    expected: [{ path: "vestigingen.0.openingstijden.0.geldigVan", message: /februari 2026 heeft 28 dagen/ }],
  },
  {
    name: "month 13",
    input: withHours({ geldigTot: "2026-13-45" }),
    expected: [{ path: "vestigingen.0.openingstijden.0.geldigTot", message: /12 maanden/ }],
  },
  { name: "empty contact", input: { ...starter, contact: {} }, expected: [{ path: "contact", message: /minstens één/ }] },
  {
    name: "phone with letters",
    input: { ...starter, contact: { telefoon: "bel ons" } },
    expected: [{ path: "contact.telefoon", message: /cijfers/ }],
  },
  {
    name: "phone too short",
    input: { ...starter, contact: { telefoon: "010 123 45" } },
    expected: [{ path: "contact.telefoon", message: /te kort/ }],
  },
  {
    name: "the emergency number",
    input: { ...starter, contact: { telefoon: "112" } },
    expected: [{ path: "contact.telefoon", message: /alarmnummer/ }],
  },
  {
    name: "phone read as a number",
    input: { ...starter, contact: { telefoon: 201234567 } },
    expected: [{ path: "contact.telefoon", message: /aanhalingstekens/ }],
  },
  { name: "bad e-mail", input: { ...starter, contact: { email: "info@" } }, expected: [{ path: "contact.email", message: /e-mailadres/ }] },
  { name: "vestigingen not a list", input: { ...starter, vestigingen: { naam: "x" } }, expected: [{ path: "vestigingen", message: /lijst/ }] },
  {
    name: "vestiging without address",
    input: withVestiging({ adres: undefined }),
    expected: [{ path: "vestigingen.0.adres", message: /straat en huisnummer/ }],
  },
  {
    name: "postcode in lower case",
    input: withVestiging({ postcode: "1234 ab" }),
    expected: [{ path: "vestigingen.0.postcode", message: /1234 AB/ }],
  },
  {
    name: "postcode starting with 0",
    input: withVestiging({ postcode: "0123 AB" }),
    expected: [{ path: "vestigingen.0.postcode", message: /1234 AB/ }],
  },
  { name: "postcode with SS", input: withVestiging({ postcode: "1234 SS" }), expected: [{ path: "vestigingen.0.postcode", message: /1234 AB/ }] },
  { name: "Belgian postcode", input: withVestiging({ postcode: "2000" }), expected: [{ path: "vestigingen.0.postcode", message: /1234 AB/ }] },
  {
    name: "closing before opening",
    input: withHours({ open: "17:00", dicht: "09:00" }),
    expected: [{ path: "vestigingen.0.openingstijden.0.dicht", message: /later/ }],
  },
  {
    name: "closing at opening",
    input: withHours({ open: "09:00", dicht: "09:00" }),
    expected: [{ path: "vestigingen.0.openingstijden.0.dicht", message: /later/ }],
  },
  {
    name: "time as a YAML number",
    input: withHours({ open: 9 }),
    expected: [{ path: "vestigingen.0.openingstijden.0.open", message: /aanhalingstekens/ }],
  },
  {
    name: "time with a dot",
    input: withHours({ open: "9.00" }),
    expected: [{ path: "vestigingen.0.openingstijden.0.open", message: /uren:minuten/ }],
  },
  { name: "hour 24", input: withHours({ dicht: "24:00" }), expected: [{ path: "vestigingen.0.openingstijden.0.dicht", message: /uren:minuten/ }] },
  {
    name: "missing closing time",
    input: withHours({ dicht: undefined }),
    expected: [{ path: "vestigingen.0.openingstijden.0.dicht", message: /hoe laat de vestiging sluit/ }],
  },
  {
    name: "English day",
    input: withHours({ dagen: ["monday"] }),
    expected: [{ path: "vestigingen.0.openingstijden.0.dagen.0", message: /maandag, dinsdag/ }],
  },
  { name: "no days", input: withHours({ dagen: [] }), expected: [{ path: "vestigingen.0.openingstijden.0.dagen", message: /minstens één dag/ }] },
  {
    name: "a day twice",
    input: withHours({ dagen: ["maandag", "maandag"] }),
    expected: [{ path: "vestigingen.0.openingstijden.0.dagen", message: /maar één keer/ }],
  },
  {
    name: "period ending before it starts",
    input: withHours({ geldigVan: "2026-08-01", geldigTot: "2026-07-01" }),
    expected: [{ path: "vestigingen.0.openingstijden.0.geldigTot", message: /vóór de begindatum/ }],
  },
  {
    name: "date in Dutch order",
    input: withHours({ geldigVan: "01-07-2026" }),
    expected: [{ path: "vestigingen.0.openingstijden.0.geldigVan", message: /jaar-maand-dag/ }],
  },
  {
    name: "latitude and longitude swapped",
    input: withVestiging({ coordinaten: { breedtegraad: 4.5, lengtegraad: 51.9 } }),
    expected: [
      { path: "vestigingen.0.coordinaten.breedtegraad", message: /niet in Nederland/ },
      { path: "vestigingen.0.coordinaten.lengtegraad", message: /niet in Nederland/ },
    ],
  },
  {
    name: "coordinate with a decimal comma",
    input: withVestiging({ coordinaten: { breedtegraad: "51,9", lengtegraad: 4.5 } }),
    expected: [{ path: "vestigingen.0.coordinaten.breedtegraad", message: /getal met een punt/ }],
  },
  {
    name: "empty accessibility note",
    input: withVestiging({ toegankelijkheid: [""] }),
    expected: [{ path: "vestigingen.0.toegankelijkheid.0", message: /leeg/ }],
  },
  {
    name: "unknown group in the Regionaal Beraad",
    input: { ...starter, regionaalBeraad: { gemeentes: [{ naam: "x" }] } },
    expected: [{ path: "regionaalBeraad", message: /Onbekend veld 'gemeentes'/ }],
  },
  {
    name: "Beraad member without name",
    input: { ...starter, regionaalBeraad: { uwv: [{ url: "https://www.uwv.nl" }] } },
    expected: [{ path: "regionaalBeraad.uwv.0.naam", message: /naam van de organisatie/ }],
  },
  { name: "partner as plain text", input: { ...starter, partners: ["Voorbeeld"] }, expected: [{ path: "partners.0", message: /velden/ }] },
  {
    name: "partner site over http",
    input: { ...starter, partners: [{ naam: "Voorbeeld", url: "http://voorbeeld.nl" }] },
    expected: [{ path: "partners.0.url", message: /https/ }],
  },
  {
    name: "unknown social network",
    input: { ...starter, socialMedia: [{ platform: "myspace", url: "https://myspace.com/x" }] },
    expected: [{ path: "socialMedia.0.platform", message: /linkedin/ }],
  },
  {
    name: "social link on the wrong network",
    input: { ...starter, socialMedia: [{ platform: "linkedin", url: "https://www.facebook.com/voorbeeld" }] },
    expected: [{ path: "socialMedia.0.url", message: /hoort niet bij het gekozen netwerk/ }],
  },
  {
    name: "look-alike host",
    input: { ...starter, socialMedia: [{ platform: "linkedin", url: "https://linkedin.com.voorbeeld.nl/x" }] },
    expected: [{ path: "socialMedia.0.url", message: /hoort niet bij/ }],
  },
  { name: "unknown language", input: { ...starter, talen: ["nl", "fr"] }, expected: [{ path: "talen.1", message: /nl, en, uk, pl en ar/ }] },
  { name: "language twice", input: { ...starter, talen: ["en", "en"] }, expected: [{ path: "talen", message: /maar één keer/ }] },
  { name: "editor without @", input: { ...starter, redacteuren: ["jansen"] }, expected: [{ path: "redacteuren.0", message: /@naam/ }] },
  { name: "editor with a space", input: { ...starter, redacteuren: ["@jan jansen"] }, expected: [{ path: "redacteuren.0", message: /@naam/ }] },
  { name: "editor with a leading hyphen", input: { ...starter, redacteuren: ["@-jansen"] }, expected: [{ path: "redacteuren.0", message: /@naam/ }] },
  {
    name: "editor name too long",
    input: { ...starter, redacteuren: [`@${"a".repeat(40)}`] },
    expected: [{ path: "redacteuren.0", message: /@naam/ }],
  },
  { name: "editor as e-mail", input: { ...starter, redacteuren: ["jan@voorbeeld.nl"] }, expected: [{ path: "redacteuren.0", message: /@naam/ }] },
  { name: "editor twice", input: { ...starter, redacteuren: ["@jansen", "@jansen"] }, expected: [{ path: "redacteuren", message: /maar één keer/ }] },
];

describe("siteProfileSchema rejects, with a Dutch message on the right field", () => {
  it.each(invalidCases)("$name", ({ input, expected }) => {
    const result = siteProfileSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    expect(issues).toHaveLength(expected.length);
    expected.forEach(({ path, message }, i) => {
      expect(issues[i]!.path).toBe(path);
      expect(issues[i]!.message).toMatch(message);
    });
  });

  it("never falls back to zod's English messages", () => {
    for (const { input } of invalidCases) {
      for (const issue of siteProfileSchema.safeParse(input).error!.issues) expect(issue.message).not.toMatch(/Invalid|expected|Unrecognized/);
    }
  });
});

describe("the schema as JSON Schema", () => {
  // "input": the shape editors write, before defaults (status may be left out).
  const schema = z.toJSONSchema(siteProfileSchema, { io: "input" }) as {
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, { description?: string }>;
  };

  it("converts, with only code and naam required and no unknown fields allowed", () => {
    expect(schema.required).toEqual(["code", "naam"]);
    expect(schema.additionalProperties).toBe(false);
  });

  it("describes every field in Dutch for editors' tooling", () => {
    for (const [key, property] of Object.entries(schema.properties)) expect(property.description, key).toMatch(/\p{L}{3,}/u);
  });
});

describe("the README's example site.yml", () => {
  it("is valid, read the way @werkcentrum/content reads site.yml", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    const result = siteProfileSchema.safeParse(parse(example!));
    expect(result.error?.issues).toBeUndefined();
    expect(result.data?.vestigingen?.[0]?.openingstijden?.[1]).toMatchObject({ geldigVan: "2026-07-01", dicht: "12:30" });
  });
});
