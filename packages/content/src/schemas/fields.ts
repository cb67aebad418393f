import { addressField, dateField, dateProblem, emailField, phoneField } from "@werkcentrum/regions";
import { layoutNames } from "@werkcentrum/theme";
import { z } from "zod";
import { hinted, type EditorHint } from "./editor-hints.js";
import { audienceLabels, audiences, targetGroupLabels, targetGroups } from "./vocabulary.js";

// Field builders shared by the content types. `.describe()` returns a new schema, so every builder describes
// first and registers its editor hint last: the hint belongs to the exact schema object a type uses.

/** A line of text (or a longer text with `kind: "text"`), at least one character. */
export function text(description: string, options: { min?: number; max?: number; hint?: EditorHint } = {}) {
  const min = z.string().min(options.min ?? 1);
  const base = options.max ? min.max(options.max) : min;
  return hinted(base.describe(description), options.hint ?? {});
}

/** A calendar date as editors write it: `2026-03-01` (JJJJ-MM-DD). Impossible dates are refused (the one date rule). */
export function date(description: string) {
  return hinted(dateField().describe(description), { kind: "date" });
}

const localDateTime = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A moment as editors write it: `2026-03-12 14:00`, Dutch time (Europe/Amsterdam, summer time included). No
 * offset or seconds: the editor writes what the clock in the Netherlands says.
 */
export function dateTime(description: string) {
  const schema = z
    .string()
    .regex(localDateTime, {
      error: "Schrijf datum en tijd als JJJJ-MM-DD UU:MM, bijvoorbeeld 2026-03-12 14:00 (Nederlandse tijd).",
    })
    // The day by the one date rule: 2026-02-30 14:00 is refused with the same message as a date field.
    .superRefine((value, ctx) => {
      const problem = dateProblem(value.slice(0, 10));
      if (problem) ctx.addIssue({ code: "custom", input: value, message: problem });
    })
    .describe(description);
  return hinted(schema, { kind: "datetime" });
}

/** A year such as 2026. */
export function year(description: string) {
  return hinted(z.int().min(2000).max(2100).describe(description), { kind: "year" });
}

/** A link: `https://…`, a path on the site's own host (`/contact/`), `mailto:` or `tel:` (the one address rule). */
export function link(description: string) {
  return hinted(addressField(["https", "path", "mailto", "tel"]).describe(description), { kind: "link" });
}

/** A phone number as text, so a leading zero survives (YAML reads 0101234567 as a number); the one phone rule. */
export function phone(description: string) {
  return hinted(phoneField().describe(description), { kind: "phone" });
}

export function email(description: string) {
  return hinted(emailField().describe(description), { kind: "email" });
}

export const titel = () =>
  text("Titel: de kop boven aan de pagina en de naam in het tabblad van de browser. Kort en duidelijk, hoogstens 120 tekens.", { max: 120 });

export const samenvatting = () =>
  text("Samenvatting in één of twee zinnen (hoogstens 250 tekens). Verschijnt in overzichten, op kaarten en in zoekmachines.", {
    max: 250,
    hint: { kind: "text" },
  });

/** The audiences a service, event or question is for: one or more. */
export const voor = () =>
  hinted(
    z
      .array(z.enum(audiences))
      .min(1)
      .describe("Voor wie: één of meer van werkzoekenden, werkenden (mensen met werk die ander werk zoeken) en werkgevers."),
    { label: "Voor wie", labels: audienceLabels },
  );

/** Groups that get special attention; optional, empty by default. */
export const doelgroepen = () =>
  hinted(
    z
      .array(z.enum(targetGroups))
      .default([])
      .describe("Doelgroepen die extra aandacht krijgen, bijvoorbeeld jongeren of statushouders. Mag leeg blijven."),
    { labels: targetGroupLabels },
  );

/** A theme layout by name; the generator picks one per content type when this is left out. */
export const layout = () =>
  z
    .enum(layoutNames)
    .optional()
    .describe(`Opmaak van de pagina. Meestal weglaten. Toegestaan: ${layoutNames.join(", ")}.`);

/** The optional `type:` line; the folder already decides the type, so this only confirms it. */
export function typeField<T extends string>(type: T) {
  return z.literal(type).optional().describe(`Soort inhoud. Mag weg: de map van het bestand bepaalt de soort. Hier: ${type}.`);
}

/** An image on the site: a path inside the region's own folder and a text for people who cannot see it. */
export const afbeelding = () =>
  z
    .strictObject({
      bron: hinted(z.string().min(1).describe("Pad naar de afbeelding in de map content van uw regio, bijvoorbeeld /afbeeldingen/banenmarkt.jpg."), {
        kind: "image",
        label: "Afbeelding",
      }),
      alt: text("Wat is er op de afbeelding te zien? Voor mensen die de afbeelding niet kunnen zien (minstens 5 tekens).", {
        min: 5,
        max: 250,
      }),
    })
    .describe("Afbeelding bij het bericht, met een beschrijving (alt-tekst).");

/** A source: a name and, when it is online, a link. */
export const bron = (description: string, linkRequired: boolean) =>
  z
    .strictObject({
      naam: text("Naam van de bron, bijvoorbeeld 'UWV Regio in Beeld' of 'Rijksoverheid'."),
      link: linkRequired ? link("Link naar de officiële bron (https://…).") : link("Link naar de bron (https://…), als die online staat.").optional(),
    })
    .describe(description);
