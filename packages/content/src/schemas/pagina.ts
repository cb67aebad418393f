import { z } from "zod";
import { layout, samenvatting, titel, typeField } from "./fields.js";

export const paginaSchema = z
  .strictObject({
    type: typeField("pagina"),
    titel: titel(),
    samenvatting: samenvatting().optional(),
    layout: layout(),
  })
  .describe("Pagina: een gewone pagina met tekst, zoals 'Over ons' of 'Contact'. De tekst staat onder de voorkant.");

export type Pagina = z.infer<typeof paginaSchema>;
