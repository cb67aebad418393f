import { isCalendarDate } from "@werkcentrum/regions";
import { z } from "zod";
import { amsterdamInstant } from "../amsterdam-time.js";
import { dateTime, layout, link, samenvatting, text, titel, typeField, voor } from "./fields.js";

export const evenementSchema = z
  .strictObject({
    type: typeField("evenement"),
    titel: titel(),
    samenvatting: samenvatting(),
    start: dateTime("Begin, in Nederlandse tijd: JJJJ-MM-DD UU:MM, bijvoorbeeld 2026-03-12 14:00."),
    einde: dateTime("Einde, in Nederlandse tijd: JJJJ-MM-DD UU:MM, bijvoorbeeld 2026-03-12 16:30."),
    locatie: text("Waar het is: naam van de plek, adres en plaats. Weglaten als het alleen online is.").optional(),
    online: z.boolean().default(false).describe("true als mensen online kunnen meedoen, anders false."),
    aanmeldlink: link("Link om je aan te melden. Weglaten als aanmelden niet nodig is.").optional(),
    voor: voor(),
    kosten: text("Wat meedoen kost. Weglaten als u het niet zeker weet.").optional(),
    layout: layout(),
  })
  .superRefine((value, context) => {
    // Refinements also run when a field already failed its own check; judge only well-formed times here.
    const wellFormed = (key: "start" | "einde") => /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(value[key]) && isCalendarDate(value[key].slice(0, 10));
    for (const key of ["start", "einde"] as const) {
      if (wellFormed(key) && amsterdamInstant(value[key]) === undefined) {
        context.addIssue({
          code: "custom",
          path: [key],
          message: `Het tijdstip ${value[key]} bestaat niet in Nederland: die nacht gaat de klok een uur vooruit (zomertijd).`,
        });
      }
    }
    const start = amsterdamInstant(value.start);
    const einde = amsterdamInstant(value.einde);
    if (start && einde && einde <= start) {
      context.addIssue({ code: "custom", path: ["einde"], message: "Het einde ligt vóór of op het begin. Controleer datum en tijd." });
    }
    if (value.locatie === undefined && !value.online) {
      context.addIssue({
        code: "custom",
        path: ["locatie"],
        message: "Vul een locatie in, of zet online: true als het evenement alleen online is.",
      });
    }
  })
  .describe("Evenement: een bijeenkomst met begin en einde, zoals een banenmarkt of een informatiebijeenkomst.");

export type Evenement = z.infer<typeof evenementSchema>;
