import { z } from "zod";
import { datum, groep, lijst, melding, postcode, tekst, uniek } from "./fields.js";

/** Days of the week as editors write them, Monday first. */
export const DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"] as const;
export type Dag = (typeof DAGEN)[number];

const TIJD = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of a valid "HH:MM" time, otherwise undefined. */
export function minutesOf(time: unknown): number | undefined {
  const match = typeof time === "string" ? TIJD.exec(time) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

const tijd = (ontbreekt: string) =>
  z
    .string({ error: melding('Schrijf de tijd tussen aanhalingstekens, bijvoorbeeld "09:00".', ontbreekt) })
    .regex(TIJD, 'Schrijf de tijd als uren:minuten, bijvoorbeeld "09:00" of "17:30".');

const field = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/**
 * One line of opening hours: these days, from `open` to `dicht`, optionally only within a period (summer hours).
 * Shaped after schema.org OpeningHoursSpecification, so `toOpeningHoursSpecification` can convert it.
 */
export const openingstijdSchema = groep({
  dagen: lijst(z.enum(DAGEN, { error: melding("Kies uit maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag en zondag, in kleine letters.") }))
    .min(1, "Noem minstens één dag.")
    .refine(uniek, "Noem elke dag maar één keer.")
    .describe("Dagen waarop deze tijden gelden, bijvoorbeeld [maandag, dinsdag]."),
  open: tijd('Vul in hoe laat de vestiging opengaat, bijvoorbeeld "09:00".').describe('Openingstijd, bijvoorbeeld "09:00".'),
  dicht: tijd('Vul in hoe laat de vestiging sluit, bijvoorbeeld "17:00".').describe('Sluitingstijd, bijvoorbeeld "17:00".'),
  geldigVan: datum().optional().describe("Eerste dag waarop deze tijden gelden (jaar-maand-dag). Laat weg als ze altijd gelden."),
  geldigTot: datum().optional().describe("Laatste dag waarop deze tijden gelden (jaar-maand-dag)."),
})
  .refine((line) => minutesOf(line.dicht)! > minutesOf(line.open)!, {
    path: ["dicht"],
    message: "De sluitingstijd moet later zijn dan de openingstijd.",
    when: ({ value }) => minutesOf(field(value, "open")) !== undefined && minutesOf(field(value, "dicht")) !== undefined,
  })
  .refine((line) => line.geldigTot! >= line.geldigVan!, {
    path: ["geldigTot"],
    message: "De einddatum ligt vóór de begindatum. Controleer 'geldigVan' en 'geldigTot'.",
    when: ({ value }) => [field(value, "geldigVan"), field(value, "geldigTot")].every((d) => datum().safeParse(d).success),
  })
  .describe("Openingstijden voor een of meer dagen");

const graden = (naam: string, min: number, max: number, voorbeeld: string) =>
  z
    .number({ error: melding(`Schrijf de ${naam} als getal met een punt, bijvoorbeeld ${voorbeeld}.`) })
    .min(min, `Deze ${naam} ligt niet in Nederland: kies een getal tussen ${min} en ${max}.`)
    .max(max, `Deze ${naam} ligt niet in Nederland: kies een getal tussen ${min} en ${max}.`);

/** A position in decimal degrees (WGS 84), limited to a box around the Netherlands to catch swapped values. */
export const coordinatenSchema = groep({
  breedtegraad: graden("breedtegraad", 50.7, 53.7, "52.37").describe("Noorderbreedte in graden, bijvoorbeeld 52.37."),
  lengtegraad: graden("lengtegraad", 3.3, 7.3, "4.89").describe("Oosterlengte in graden, bijvoorbeeld 4.89."),
}).describe("Ligging van de vestiging, voor een kaart of routeplanner");

/** A place where people can walk in. */
export const vestigingSchema = groep({
  naam: tekst("Vul de naam van de vestiging in.").describe("Naam van de vestiging, zoals bezoekers die op de deur zien."),
  adres: tekst("Vul straat en huisnummer in.").describe("Straat en huisnummer."),
  postcode: postcode().describe("Postcode, bijvoorbeeld 1234 AB."),
  plaats: tekst("Vul de plaats in.").describe("Plaatsnaam."),
  openingstijden: lijst(openingstijdSchema).optional().describe("Wanneer de vestiging open is. Laat weg als dat nog niet vaststaat."),
  toegankelijkheid: lijst(tekst())
    .optional()
    .describe("Wat bezoekers met een beperking moeten weten, één punt per regel (bijvoorbeeld lift, invalidenparkeerplaats)."),
  coordinaten: coordinatenSchema.optional(),
}).describe("Een vestiging van het Werkcentrum waar mensen langs kunnen komen");

export type Openingstijd = z.infer<typeof openingstijdSchema>;
export type Coordinaten = z.infer<typeof coordinatenSchema>;
export type Vestiging = z.infer<typeof vestigingSchema>;
