// The blocks of site.yml behind the pages the law asks of every government website (the privacy text and the
// accessibility statement) and the guide on the home page. The generator writes those pages from these fields;
// whatever a region has not filled in is left out of the page, never shown as a placeholder.
import { z } from "zod";
import { datum, email, groep, httpsUrl, lijst, melding, tekst, telefoon } from "./fields.js";

const atLeastOne = (message: string) =>
  [
    (value: Record<string, unknown>) => Object.values(value).some((v) => v !== undefined),
    { message, when: ({ value }: { value: unknown }) => typeof value === "object" && value !== null },
  ] as const;

/** The organisation that answers for the website: named in the privacy text and the accessibility statement. */
export const verantwoordelijkeSchema = groep({
  naam: tekst("Vul de naam van de organisatie in.").describe("Naam van de organisatie, bijvoorbeeld de centrumgemeente of UWV."),
  url: httpsUrl().optional().describe("Website van de organisatie (https://...)."),
}).describe("De organisatie die namens de regio verantwoordelijk is voor deze website: voor privacy en toegankelijkheid");

export const privacySchema = groep({
  verklaring: httpsUrl().optional().describe("De privacyverklaring van de verantwoordelijke organisatie (https://...)."),
  email: email().optional().describe("E-mailadres voor vragen over privacy en voor een verzoek om uw gegevens in te zien."),
  functionaris: email().optional().describe("E-mailadres van de functionaris voor gegevensbescherming (FG)."),
})
  .refine(...atLeastOne("Vul minstens één veld van 'privacy' in, of laat 'privacy' weg."))
  .describe("Waar bezoekers terechtkunnen met vragen over hun gegevens");

/** The compliance statuses of digitoegankelijk.nl, best first. E means: no statement. */
export type Nalevingsstatus = "A" | "B" | "C" | "D" | "E";

/** A WCAG success criterion as numbered in WCAG 2.1 and 2.2, for example 1.4.3. */
const succescriterium = () =>
  z
    .string({ error: melding('Schrijf het nummer van het succescriterium als tekst tussen aanhalingstekens, bijvoorbeeld "1.4.3".') })
    .regex(/^[1-4]\.\d{1,2}\.\d{1,2}$/, 'Schrijf het nummer van het succescriterium als drie getallen met punten, bijvoorbeeld "1.4.3".');

const afwijking = groep({
  probleem: tekst("Beschrijf wat op de website niet werkt.").describe("Wat op de website niet werkt, en voor wie."),
  succescriterium: succescriterium().optional().describe("Het nummer van de eis uit de WCAG, bijvoorbeeld 1.4.3."),
  maatregel: tekst("Schrijf wat u doet om het probleem op te lossen.").describe("Wat de regio doet om het probleem op te lossen."),
  planning: datum().describe("De dag waarop het probleem uiterlijk is opgelost (JJJJ-MM-DD)."),
}).describe("Een bekend probleem met de toegankelijkheid");

const onderzoek = groep({
  datum: datum().describe("De dag van het onderzoeksrapport (JJJJ-MM-DD)."),
  rapport: httpsUrl().describe("Webadres van het onderzoeksrapport (https://...)."),
  methode: z
    .enum(["WCAG-EM", "anders"], { error: melding("Kies 'WCAG-EM' of 'anders'.") })
    .describe("Is het onderzoek gedaan volgens WCAG-EM, met alle eisen en de hele website? Kies WCAG-EM of anders."),
  uitvoerder: tekst().optional().describe("De organisatie die het onderzoek deed."),
}).describe("Het onderzoek waarop de verklaring steunt");

const melden = groep({
  email: email().optional().describe("E-mailadres voor meldingen over toegankelijkheid."),
  telefoon: telefoon().optional().describe("Telefoonnummer voor meldingen over toegankelijkheid."),
  contactpagina: httpsUrl().optional().describe("Webadres van een formulier voor meldingen (https://...)."),
  reactietermijn: z
    .number({ error: melding("Schrijf een aantal werkdagen als getal, bijvoorbeeld 5.") })
    .int("Schrijf een heel aantal werkdagen, bijvoorbeeld 5.")
    .min(1, "Schrijf een aantal werkdagen van 1 of meer.")
    .max(60, "Schrijf een aantal werkdagen van hoogstens 60.")
    .optional()
    .describe("Binnen hoeveel werkdagen de regio op een melding reageert."),
})
  .refine(...atLeastOne("Vul minstens één manier van melden in, of laat 'melden' weg."))
  .describe("Waar bezoekers een probleem met de toegankelijkheid melden. Zonder dit blok gelden de gegevens onder 'contact'.");

/** Years an accessibility research counts for a statement (digitoegankelijk.nl: at most three years old). */
export const ONDERZOEK_GELDIG_JAREN = 3;
/** Months within which planned research makes status C (digitoegankelijk.nl: within six months). */
export const ONDERZOEK_GEPLAND_MAANDEN = 6;

interface StatementFacts {
  datum: string;
  onderzoek?: { datum: string; methode: "WCAG-EM" | "anders" } | undefined;
  onderzoekGepland?: string | undefined;
  afwijkingen?: readonly unknown[] | undefined;
}

const addMonths = (day: string, months: number): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};

/** Whether the research counts for the statement: WCAG-EM, and at most three years older than the statement. */
function onderzoekGeldig(statement: StatementFacts): boolean {
  const research = statement.onderzoek;
  return (
    research !== undefined &&
    research.methode === "WCAG-EM" &&
    research.datum <= statement.datum &&
    addMonths(research.datum, 12 * ONDERZOEK_GELDIG_JAREN) >= statement.datum
  );
}

/**
 * The highest compliance status the data supports, by digitoegankelijk.nl's table: A with valid research and no
 * known deviations, B with valid research and deviations (each with a measure and a date), C without valid research
 * but with research planned within six months of the statement, D otherwise, E without a statement.
 */
export function nalevingsstatus(statement: StatementFacts | undefined): Nalevingsstatus {
  if (!statement) return "E";
  if (onderzoekGeldig(statement)) return (statement.afwijkingen?.length ?? 0) === 0 ? "A" : "B";
  const planned = statement.onderzoekGepland;
  return planned !== undefined && planned >= statement.datum && planned <= addMonths(statement.datum, ONDERZOEK_GEPLAND_MAANDEN) ? "C" : "D";
}

const STATUS_REDEN: Record<Nalevingsstatus, string> = {
  A: "",
  E: "",
  B: "Er zijn bekende problemen, dus de website voldoet niet volledig.",
  C: `Voor status A of B is een onderzoek volgens WCAG-EM nodig dat hoogstens ${ONDERZOEK_GELDIG_JAREN} jaar ouder is dan de verklaring.`,
  D: `Voor status C moet een onderzoek gepland zijn binnen ${ONDERZOEK_GEPLAND_MAANDEN} maanden na de verklaring (onderzoekGepland).`,
};

export const toegankelijkheidSchema = groep({
  datum: datum().describe("De dag van deze verklaring (JJJJ-MM-DD)."),
  akkoord: groep({
    functie: tekst("Vul de functie in van wie de verklaring goedkeurde, bijvoorbeeld directeur.").describe(
      "De functie van wie de verklaring goedkeurde (geen naam).",
    ),
    datum: datum().describe("De dag waarop de verklaring is goedgekeurd (JJJJ-MM-DD)."),
  }).describe("Wie de verklaring goedkeurde, en wanneer"),
  status: z
    .enum(["A", "B", "C", "D"], { error: melding("Kies A, B, C of D.") })
    .optional()
    .describe("De status uit het register van digitoegankelijk.nl. Laat u dit weg, dan berekent de website de status uit de gegevens hieronder."),
  onderzoek: onderzoek.optional(),
  onderzoekGepland: datum().optional().describe("Als er nog geen onderzoek is: de dag waarop het onderzoek gepland is (JJJJ-MM-DD)."),
  afwijkingen: lijst(afwijking).optional().describe("De bekende problemen, elk met een maatregel en een datum."),
  register: httpsUrl().optional().describe("Webadres van deze verklaring in het register op toegankelijkheidsverklaring.nl."),
  melden: melden.optional(),
})
  .superRefine((statement, ctx) => {
    if (statement.onderzoek && statement.onderzoek.datum > statement.datum) {
      ctx.addIssue({
        code: "custom",
        path: ["onderzoek", "datum"],
        input: statement.onderzoek.datum,
        message: "Het onderzoek kan niet na de verklaring zijn gedaan. Controleer beide datums.",
      });
    }
    if (statement.akkoord.datum > statement.datum) {
      ctx.addIssue({
        code: "custom",
        path: ["akkoord", "datum"],
        input: statement.akkoord.datum,
        message: "De verklaring moet zijn goedgekeurd op of voor de dag van de verklaring. Controleer beide datums.",
      });
    }
    const supported = nalevingsstatus(statement);
    if (statement.status && statement.status < supported) {
      ctx.addIssue({
        code: "custom",
        path: ["status"],
        input: statement.status,
        message: `Status ${statement.status} past niet bij de gegevens: die laten hoogstens status ${supported} toe. ${STATUS_REDEN[supported]}`,
      });
    }
  })
  .describe("De toegankelijkheidsverklaring van deze website, volgens het model van digitoegankelijk.nl");

export const gidsSchema = groep({
  telefoon: telefoon().optional().describe("Telefoonnummer waarop mensen een gids spreken."),
  email: email().optional().describe("E-mailadres waarop mensen een gids bereiken."),
  afspraak: httpsUrl().optional().describe("Webadres waar mensen een afspraak met een gids maken (https://...)."),
  inloop: tekst()
    .optional()
    .describe("Wanneer mensen zonder afspraak bij een gids terechtkunnen, bijvoorbeeld: elke dinsdag van 9.00 tot 12.00 uur."),
})
  .refine(({ telefoon, email, afspraak }) => telefoon !== undefined || email !== undefined || afspraak !== undefined, {
    message: "Vul een telefoonnummer, een e-mailadres of een webadres voor een afspraak in, of laat 'gids' weg.",
    when: ({ value }) => typeof value === "object" && value !== null,
  })
  .describe("Hoe mensen een gids van het Werkcentrum bereiken. De startpagina laat dit zien.");

export type Verantwoordelijke = z.infer<typeof verantwoordelijkeSchema>;
export type Privacy = z.infer<typeof privacySchema>;
export type Toegankelijkheid = z.infer<typeof toegankelijkheidSchema>;
export type Gids = z.infer<typeof gidsSchema>;
