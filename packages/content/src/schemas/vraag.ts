import { z } from "zod";
import { layout, titel, typeField, voor } from "./fields.js";

export const vraagSchema = z
  .strictObject({
    type: typeField("vraag"),
    titel: titel(),
    voor: voor(),
    volgorde: z.int().min(0).optional().describe("Plaats in de lijst: een lager getal komt eerder. Weglaten: dan op alfabet."),
    layout: layout(),
  })
  .describe("Veelgestelde vraag: de titel is de vraag, de tekst onder de voorkant is het antwoord.");

export type Vraag = z.infer<typeof vraagSchema>;
