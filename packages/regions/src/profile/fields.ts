// Building blocks for the site.yml schema. Every message is Dutch and says what would be right, because regional
// editors read them (next to the file, line and field that @werkcentrum/content adds).
// No transforms: the schema must convert to JSON Schema (z.toJSONSchema) for editors' tooling.
import { z } from "zod";
import { addressProblem, HTTPS_MESSAGE, type AddressKind } from "../rules/address.js";
import { dateProblem } from "../rules/date.js";
import { PHONE_FORMAT_MESSAGE, phoneProblem } from "../rules/phone.js";

type Issue = z.core.$ZodRawIssue;

/** An error function: one message when the field is missing, another when it has the wrong kind of value. */
export const melding =
  (ongeldig: string, ontbreekt = "Dit veld ontbreekt. Vul het in.") =>
  (issue: Issue): string =>
    issue.input === undefined ? ontbreekt : ongeldig;

/** A group of fields that allows no unknown keys, with a Dutch message for a misspelt one. */
export function groep<T extends z.core.$ZodLooseShape>(shape: T, ongeldig = "Hier horen velden met een naam en een waarde.") {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== "unrecognized_keys") return melding(ongeldig)(issue);
      const keys = issue.keys.map((key) => `'${key}'`).join(", ");
      const label = issue.keys.length === 1 ? `Onbekend veld ${keys}` : `Onbekende velden ${keys}`;
      return `${label}. Controleer de spelling; docs/redacteuren.md noemt alle velden.`;
    },
  });
}

/** A list; each entry starts with "- " in YAML. */
export const lijst = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: melding("Schrijf hier een lijst: zet elk onderdeel op een eigen regel die begint met '- '.") });

/** Non-empty text; surrounding spaces are ignored. */
export const tekst = (ontbreekt?: string) =>
  z
    .string({ error: melding("Schrijf hier tekst.", ontbreekt) })
    .trim()
    .min(1, "Dit veld is leeg. Vul het in of laat het hele veld weg.");

/** A list without repeats. */
export const uniek = <T>(list: readonly T[]): boolean => new Set(list).size === list.length;

/**
 * A link or web address of the given kinds, by the one address rule (rules/address.ts). Every message starts with
 * "Ongeldige link." so an editor recognises it wherever the field is.
 */
export const adres = (allowed: readonly AddressKind[]) => {
  const schema = z
    .string({ error: melding(allowed.length === 1 && allowed[0] === "https" ? HTTPS_MESSAGE : "Schrijf hier een adres.") })
    .superRefine((value, ctx) => {
      const problem = addressProblem(value, allowed);
      if (problem) ctx.addIssue({ code: "custom", input: value, message: `Ongeldige link. ${problem}` });
    });
  // For editors' tooling: a https-only field is a URI that starts with https://.
  return allowed.every((kind) => kind === "https") ? schema.meta({ format: "uri", pattern: "^https://" }) : schema;
};

/**
 * A web address. Only https: government websites must use HTTPS with HSTS
 * (https://www.forumstandaardisatie.nl/open-standaarden/https-en-hsts), and a link from them should not
 * send visitors to a page that anyone on the way can read or change. A region whose partner still has an
 * http-only site leaves the link out until the partner fixes it. This also rules out javascript: and data: links.
 */
export const httpsUrl = () => adres(["https"]);

/** A Dutch postcode: four digits (not starting with 0) and two capitals; SA, SD and SS are never used. */
export const postcode = () =>
  z
    .string({ error: melding("Schrijf de postcode als tekst, bijvoorbeeld 1234 AB.", "Vul de postcode in, bijvoorbeeld 1234 AB.") })
    .regex(/^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/, "Schrijf de postcode als 4 cijfers en 2 hoofdletters, bijvoorbeeld 1234 AB.");

/** YAML reads 0201234567 without quotes as the number 201234567. */
const PHONE_AS_NUMBER =
  'Zet het telefoonnummer tussen aanhalingstekens, bijvoorbeeld "010 123 45 67": zonder aanhalingstekens valt de 0 aan het begin weg.';

/** A phone number as people write it, by the one phone rule (rules/phone.ts). */
export const telefoon = () =>
  z
    .string({
      error: (issue) => (typeof issue.input === "number" ? PHONE_AS_NUMBER : melding(PHONE_FORMAT_MESSAGE)(issue)),
    })
    .trim()
    .superRefine((value, ctx) => {
      const problem = phoneProblem(value);
      if (problem) ctx.addIssue({ code: "custom", input: value, message: problem });
    })
    // For editors' tooling: the characters a number may have; the rule itself checks the digits.
    .meta({ pattern: "^\\s*\\+?[0-9 ()-]+\\s*$" });

/** A calendar day as `JJJJ-MM-DD` that exists, by the one date rule (rules/date.ts). */
export const datum = () =>
  z.iso.date({ error: (issue) => (issue.input === undefined ? "Dit veld ontbreekt. Vul het in." : dateProblem(issue.input)) });

/** An e-mail address. */
export const EMAIL_MESSAGE = "Ongeldig e-mailadres. Schrijf het als naam@domein.nl, bijvoorbeeld info@voorbeeld.nl.";
export const email = () => z.email({ error: melding(EMAIL_MESSAGE) });

/**
 * A GitHub user (@name) or team (@organisation/team), as CODEOWNERS accepts them. User names: letters, digits and
 * single hyphens, at most 39 characters; team names: letters, digits, hyphens, underscores and dots.
 */
export const handle = () =>
  z
    .string({ error: melding("Schrijf een GitHub-naam met @ ervoor, bijvoorbeeld @jansen of @organisatie/redactie.") })
    .regex(
      /^@(?=[A-Za-z0-9-]{1,39}(?:\/|$))[A-Za-z0-9](?:-?[A-Za-z0-9])*(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?$/,
      "Schrijf een GitHub-gebruiker als @naam of een team als @organisatie/team, zonder spaties.",
    );
