// Building blocks for the site.yml schema. Every message is Dutch and says what would be right, because regional
// editors read them (next to the file, line and field that @werkcentrum/content adds).
// No transforms: the schema must convert to JSON Schema (z.toJSONSchema) for editors' tooling.
import { z } from "zod";

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

const HTTPS_MESSAGE = "Schrijf een volledig webadres dat begint met https://, bijvoorbeeld https://www.voorbeeld.nl/contact.";

/** A public https address: "https://" spelt out, a real domain name, no user name or password in it. */
function isPublicHttpsUrl(value: string): boolean {
  if (!/^https:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.username === "" && url.password === "" && z.regexes.domain.test(url.hostname);
  } catch {
    return false;
  }
}

/**
 * A web address. Only https: government websites must use HTTPS (see DOMAIN.md), and a link from them should not
 * send visitors to a page that anyone on the way can read or change. A region whose partner still has an
 * http-only site leaves the link out until the partner fixes it. This also rules out javascript: and data: links.
 */
export const httpsUrl = () =>
  z
    .url({ protocol: /^https$/, error: melding(HTTPS_MESSAGE) })
    .refine(isPublicHttpsUrl, { message: HTTPS_MESSAGE, when: (payload) => payload.issues.length === 0 });

/** A Dutch postcode: four digits (not starting with 0) and two capitals; SA, SD and SS are never used. */
export const postcode = () =>
  z
    .string({ error: melding("Schrijf de postcode als tekst, bijvoorbeeld 1234 AB.", "Vul de postcode in, bijvoorbeeld 1234 AB.") })
    .regex(/^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/, "Schrijf de postcode als 4 cijfers en 2 hoofdletters, bijvoorbeeld 1234 AB.");

const PHONE_MESSAGE = "Schrijf het telefoonnummer met cijfers, spaties of streepjes, bijvoorbeeld 020 123 45 67 of +31 20 123 45 67.";

/** A phone number as people write it: digits, spaces, hyphens and brackets, 5 to 15 digits (14 020 up to +31 ...). */
export const telefoon = () =>
  z
    .string({
      // YAML reads 0201234567 without quotes as the number 201234567.
      error: (issue) =>
        typeof issue.input === "number" ? 'Zet het telefoonnummer tussen aanhalingstekens, bijvoorbeeld "0201234567".' : melding(PHONE_MESSAGE)(issue),
    })
    .trim()
    .regex(/^\+?[\d\s\-()]+$/, PHONE_MESSAGE)
    .refine(
      (value) => {
        const digits = value.replace(/\D/g, "").length;
        return digits >= 5 && digits <= 15;
      },
      { message: PHONE_MESSAGE, when: (payload) => payload.issues.length === 0 },
    );

/** An e-mail address. */
export const email = () =>
  z.email({ error: melding("Schrijf een geldig e-mailadres, bijvoorbeeld info@voorbeeld.nl.") });

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
