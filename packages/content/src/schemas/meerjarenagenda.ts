import { z } from "zod";
import { hinted } from "./editor-hints.js";
import { bron, date, layout, samenvatting, text, titel, typeField, year } from "./fields.js";
import { actionStatuses, actionStatusLabels } from "./vocabulary.js";

const reeks = z
  .array(
    z
      .strictObject({
        jaar: year("Jaar van de meting, bijvoorbeeld 2024."),
        waarde: z.number().describe("Waarde in dat jaar, als getal met een punt: 3.5."),
      })
      .describe("Eén punt in de reeks: jaar en waarde."),
  )
  .min(2)
  .refine((points) => points.every((point, i) => i === 0 || point.jaar > points[i - 1]!.jaar), {
    error: "Zet de jaren van de reeks op volgorde, van oud naar nieuw, elk jaar één keer.",
  })
  .describe("Reeks van waarden over de jaren, voor een grafiek. Minstens twee jaren, van oud naar nieuw.");

const indicator = z
  .strictObject({
    label: text("Naam van de indicator, bijvoorbeeld 'Openstaande vacatures' of 'Werkloosheid'."),
    waarde: z.number().describe("De laatste waarde, als getal met een punt: 3.5 (geen komma)."),
    eenheid: text("Eenheid van de waarde, bijvoorbeeld %, personen of vacatures."),
    bron: bron("Waar het cijfer vandaan komt.", false),
    peildatum: date("Datum waarop het cijfer gold, als JJJJ-MM-DD."),
    reeks: reeks.optional(),
  })
  .describe("Eén cijfer uit de analyse van de arbeidsmarkt.");

const actie = z
  .strictObject({
    titel: text("Wat er gebeurt, in een korte zin."),
    eigenaren: z
      .array(text("Naam van een partner."))
      .min(1)
      .describe("Partners die de actie uitvoeren, bijvoorbeeld UWV, gemeente Rotterdam of het ROC."),
    status: hinted(z.enum(actionStatuses).default("gepland").describe("Hoe ver de actie is: gepland, bezig, afgerond, vertraagd of gestopt."), {
      labels: actionStatusLabels,
    }),
    gereed: year("Jaar waarin de actie klaar moet zijn.").optional(),
  })
  .describe("Een actie: wie doet wat.");

const ambitie = z
  .strictObject({
    titel: text("De ambitie in een korte zin."),
    omschrijving: text("Korte uitleg van de ambitie.", { hint: { kind: "text" } }).optional(),
    acties: z.array(actie).default([]).describe("De acties waarmee de regio deze ambitie waarmaakt."),
  })
  .describe("Een ambitie: wat de regio wil bereiken.");

const opgave = (description: string) =>
  z
    .strictObject({
      omschrijving: text("Wat deze opgave voor de regio betekent.", { hint: { kind: "text" } }),
      ambities: z.array(ambitie).min(1).describe("De ambities voor deze opgave, minstens één."),
    })
    .describe(description);

export const meerjarenagendaSchema = z
  .strictObject({
    type: typeField("meerjarenagenda"),
    titel: titel(),
    samenvatting: samenvatting(),
    periode: z
      .strictObject({
        van: year("Eerste jaar, bijvoorbeeld 2026."),
        tot: year("Laatste jaar, bijvoorbeeld 2030."),
      })
      .refine((p) => p.tot >= p.van && p.tot - p.van <= 10, {
        error: "Het laatste jaar moet na het eerste jaar liggen, en de periode duurt hoogstens tien jaar.",
      })
      .describe("Looptijd van de agenda, bijvoorbeeld van 2026 tot 2030."),
    vastgesteld: date("Datum waarop het Regionaal Beraad de agenda vaststelde, als JJJJ-MM-DD.").optional(),
    analyse: z
      .strictObject({
        samenvatting: text("De belangrijkste uitkomsten van de analyse in een paar zinnen.", { hint: { kind: "text" } }).optional(),
        indicatoren: z.array(indicator).min(1).describe("De cijfers waarop de agenda steunt, minstens één."),
      })
      .describe("Analyse van de arbeidsmarkt in de regio."),
    opgaven: z
      .strictObject({
        sociaal: opgave("Sociale opgave: mensen helpen die niet op eigen kracht werk vinden."),
        economisch: opgave("Economische opgave: mensen naar sectoren met de grootste tekorten leiden."),
        onderwijs: opgave("Onderwijsopgave: met scholing vraag en aanbod beter laten passen."),
      })
      .describe("De drie opgaven van de agenda: sociaal, economisch en onderwijs."),
    monitoring: z
      .strictObject({
        aanpak: text("Hoe het Regionaal Beraad de voortgang volgt.", { hint: { kind: "text" } }),
        frequentie: z
          .enum(["per-kwartaal", "halfjaarlijks", "jaarlijks"])
          .optional()
          .describe("Hoe vaak de voortgang wordt besproken: per-kwartaal, halfjaarlijks of jaarlijks."),
        indicatoren: z
          .array(text("Label van een indicator uit de analyse."))
          .default([])
          .describe("Welke indicatoren uit de analyse worden gevolgd (hun label)."),
      })
      .describe("Monitoring: hoe de regio bijhoudt of de agenda werkt."),
    layout: layout(),
  })
  .superRefine((value, context) => {
    // Refinements also run when a part already failed its own check, so read defensively.
    const labels = (value.analyse?.indicatoren ?? []).map((item) => item?.label);
    (value.monitoring?.indicatoren ?? []).forEach((label, index) => {
      if (!labels.includes(label)) {
        context.addIssue({
          code: "custom",
          path: ["monitoring", "indicatoren", index],
          message: `'${label}' staat niet bij analyse.indicatoren. Gebruik precies een van deze labels: ${labels.join(", ")}.`,
        });
      }
    });
  })
  .describe("Meerjarenagenda: de agenda van het Regionaal Beraad, met analyse, de drie opgaven en monitoring.");

export type Meerjarenagenda = z.infer<typeof meerjarenagendaSchema>;
