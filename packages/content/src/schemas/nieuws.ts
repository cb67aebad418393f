import { z } from "zod";
import { afbeelding, date, layout, samenvatting, titel, typeField, voor } from "./fields.js";

export const nieuwsSchema = z
  .strictObject({
    type: typeField("nieuws"),
    titel: titel(),
    datum: date("Datum van het bericht, als JJJJ-MM-DD, bijvoorbeeld 2026-03-01."),
    samenvatting: samenvatting(),
    afbeelding: afbeelding().optional(),
    voor: voor().optional(),
    layout: layout(),
  })
  .describe("Nieuwsbericht: nieuws uit de regio, met datum en samenvatting.");

export type Nieuws = z.infer<typeof nieuwsSchema>;
