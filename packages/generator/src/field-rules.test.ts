import { contentSchemas, dutchErrors } from "@werkcentrum/content";
import { addressProblem, dateProblem, phoneProblem, siteProfileSchema, type AddressKind } from "@werkcentrum/regions";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { settingsSchema } from "./deploy/settings.js";

// One content model: every phone number, date and address an editor or the hosting team writes is judged by the one
// rule in @werkcentrum/regions. This test walks every schema of every file kind (content types, site.yml,
// deploy.yml), finds each field of those kinds by its name, and runs one table of inputs through the field and
// through the rule. A field that gets its own regex, z.url() or z.iso.date() instead drifts, and fails here.
// (redirects.yml is not a zod schema: redirect-address.ts calls addressProblem itself.)

type Schema = z.core.$ZodType;
type Def = { type: string; shape?: Record<string, Schema>; element?: Schema; innerType?: Schema; in?: Schema; options?: Schema[] };

/** Every leaf of a schema with its path; wrappers (optional, default, pipe, …) are looked through. */
function leaves(schema: Schema, path: string[] = []): { path: string[]; schema: Schema }[] {
  const def = schema._zod.def as unknown as Def;
  if (def.type === "object") return Object.entries(def.shape ?? {}).flatMap(([key, child]) => leaves(child, [...path, key]));
  if (def.type === "array" && def.element) return leaves(def.element, path);
  if (def.innerType) return leaves(def.innerType, path);
  if (def.type === "pipe" && def.in) return leaves(def.in, path);
  if (def.type === "union") return (def.options ?? []).flatMap((option) => leaves(option, path));
  return [{ path, schema }];
}

const files: [string, Schema][] = [
  ...Object.entries(contentSchemas).map(([type, schema]) => [`content: ${type}`, schema] as [string, Schema]),
  ["site.yml", siteProfileSchema],
  ["deploy.yml", settingsSchema],
];

const phones = [
  "010 123 45 67",
  "(010) 123-4567",
  "+31 (0)20 123 45 67",
  "0031 20 123 45 67",
  "0800-1234",
  "14 020",
  "112",
  "0800-WERK",
  "010 123 45",
  "010 123 45 678",
  "+31 020 123 45 67",
  "",
];
const dates = ["2026-03-01", "2024-02-29", "2026-02-29", "2026-02-30", "2026-13-45", "01-03-2026", "2026-3-1", ""];
const addresses = [
  "https://www.werk.nl/",
  "http://www.werk.nl/",
  "https:www.werk.nl",
  "https://localhost/",
  "https://jan:geheim@werk.nl/",
  "https://werk.nl/a b",
  "https://werk.nl/\nContact: x",
  "/contact/",
  "contact/",
  "//evil.example/",
  "/\\evil.example/",
  "mailto:info@voorbeeld.nl",
  "mailto:iemand",
  "tel:+31101234567",
  "tel:010 123 45 67",
  "tel:14020",
  "javascript:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,x",
  "",
];

/** Which fields are which kind, by their name, and which address kinds each file allows there. */
function kindOf(file: string, path: readonly string[]): { kind: "phone" | "date" } | { kind: "address"; allowed: AddressKind[] } | undefined {
  const name = path.at(-1) ?? "";
  if (/telefoon/i.test(name)) return { kind: "phone" };
  if (/datum|^geldig(Van|Tot)$|vastgesteld/i.test(name)) return { kind: "date" };
  if (file === "deploy.yml" && name === "contact") return { kind: "address", allowed: ["https", "mailto", "tel"] };
  if (/^(url|link|aanmeldlink|contactpagina|policy)$/.test(name))
    return { kind: "address", allowed: file.startsWith("content") ? ["https", "path", "mailto", "tel"] : ["https"] };
  return undefined;
}

const verdict = (schema: Schema, value: string) => {
  const result = (schema as z.ZodType).safeParse(value, { error: dutchErrors });
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join(" | ");
};

const found = files.flatMap(([file, schema]) =>
  leaves(schema).map((leaf) => ({ file, field: leaf.path.join("."), schema: leaf.schema, rule: kindOf(file, leaf.path) })),
);

describe("one set of field rules", () => {
  it("finds the phone, date and address fields of every file kind", () => {
    const named = found.filter((entry) => entry.rule).map((entry) => `${entry.file} ${entry.field} ${entry.rule!.kind}`);
    expect(named).toEqual(
      expect.arrayContaining([
        "content: dienst aanmelden.telefoon phone",
        "content: dienst aanmelden.link address",
        "content: nieuws datum date",
        "content: evenement aanmeldlink address",
        "content: meerjarenagenda vastgesteld date",
        "site.yml contact.telefoon phone",
        "site.yml contact.contactpagina address",
        "site.yml bestaandeWebsite.url address",
        "site.yml vestigingen.openingstijden.geldigVan date",
        "deploy.yml security-txt.contact address",
        "deploy.yml security-txt.policy address",
      ]),
    );
    expect(named.length).toBeGreaterThanOrEqual(20);
  });

  it.each(found.filter((entry) => entry.rule))("$file $field judges like the one rule", ({ schema, rule }) => {
    if (rule!.kind === "phone") {
      for (const value of phones) expect(verdict(schema, value), value).toBe(phoneProblem(value));
    } else if (rule!.kind === "date") {
      for (const value of dates) expect(verdict(schema, value), value).toBe(dateProblem(value));
    } else {
      const { allowed } = rule as { allowed: AddressKind[] };
      for (const value of addresses) {
        const problem = addressProblem(value, allowed);
        expect(verdict(schema, value), value).toBe(problem === undefined ? undefined : `Ongeldige link. ${problem}`);
      }
    }
  });
});
