import { z } from "zod";
import { bron, doelgroepen, layout, samenvatting, text, titel, typeField, voor } from "./fields.js";

export const regelingSchema = z
  .strictObject({
    type: typeField("regeling"),
    titel: titel(),
    samenvatting: samenvatting(),
    voor: voor(),
    doelgroepen: doelgroepen(),
    voorwaarden: z
      .array(text("Eén voorwaarde, in een korte zin."))
      .min(1)
      .describe("Voorwaarden: wanneer kunt u de regeling gebruiken? Eén voorwaarde per regel."),
    voordeel: text("Wat de regeling oplevert, bijvoorbeeld een vergoeding, een proefplaatsing of begeleiding.", { hint: { kind: "text" } }),
    aanbieder: text("De organisatie die de regeling uitvoert, bijvoorbeeld UWV of de gemeente.").optional(),
    bron: bron("De officiële bron met de volledige regels.", true),
    layout: layout(),
  })
  .describe("Regeling: een regeling of instrument uitgelegd, zoals loonkostensubsidie of een scholingsbudget.");

export type Regeling = z.infer<typeof regelingSchema>;
