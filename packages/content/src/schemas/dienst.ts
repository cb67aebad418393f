import { z } from "zod";
import { doelgroepen, email, layout, link, phone, samenvatting, text, titel, typeField, voor } from "./fields.js";

const aanmelden = z
  .strictObject({
    link: link("Link naar het aanmeldformulier of de pagina waar mensen zich aanmelden.").optional(),
    telefoon: phone("Telefoonnummer om te bellen voor aanmelden, tussen aanhalingstekens.").optional(),
    email: email("E-mailadres voor aanmelden.").optional(),
    uitleg: text("Korte uitleg over het aanmelden, bijvoorbeeld wat mensen moeten meenemen.", { hint: { kind: "text" } }).optional(),
  })
  .refine((value) => value.link !== undefined || value.telefoon !== undefined || value.email !== undefined, {
    error: "Vul bij aanmelden minstens een link, een telefoonnummer of een e-mailadres in.",
  })
  .describe("Hoe mensen zich aanmelden: een link, een telefoonnummer of een e-mailadres (minstens één).");

export const dienstSchema = z
  .strictObject({
    type: typeField("dienst"),
    titel: titel(),
    samenvatting: samenvatting(),
    voor: voor(),
    doelgroepen: doelgroepen(),
    aanbieder: text("De organisatie die de dienst uitvoert, bijvoorbeeld UWV, de gemeente of een school."),
    kosten: text("Wat de dienst kost, bijvoorbeeld 'Gratis' of 'Uw werkgever betaalt'. Weglaten als u het niet zeker weet.").optional(),
    aanmelden,
    layout: layout(),
  })
  .describe("Dienst: iets wat het Werkcentrum of een partner aanbiedt, zoals loopbaanadvies of hulp bij werving.");

export type Dienst = z.infer<typeof dienstSchema>;
