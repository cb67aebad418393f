import type { z } from "zod";
import { dienstSchema } from "./dienst.js";
import { evenementSchema } from "./evenement.js";
import { meerjarenagendaSchema } from "./meerjarenagenda.js";
import { nieuwsSchema } from "./nieuws.js";
import { paginaSchema } from "./pagina.js";
import { regelingSchema } from "./regeling.js";
import { vraagSchema } from "./vraag.js";

/** Every content type, with its schema. The order is the order of the CMS and the editors' guide. */
export const contentSchemas = {
  pagina: paginaSchema,
  dienst: dienstSchema,
  nieuws: nieuwsSchema,
  evenement: evenementSchema,
  regeling: regelingSchema,
  vraag: vraagSchema,
  meerjarenagenda: meerjarenagendaSchema,
} as const;

export type ContentType = keyof typeof contentSchemas;
export const contentTypes = Object.keys(contentSchemas) as ContentType[];

/**
 * The types a region may translate (`<slug>.en.md` beside `<slug>.md`). Questions are not among them: they are
 * shown only in Dutch, on the page Veelgestelde vragen, and a translated question would be a page of its own.
 */
export const translatableTypes: readonly ContentType[] = contentTypes.filter((type) => type !== "vraag");

/** The front matter of each content type, after defaults. */
export type ContentDataMap = { [T in ContentType]: z.infer<(typeof contentSchemas)[T]> };

/**
 * The folder (directly under `content/`) whose files are of each type. Files anywhere else are pages. The folder
 * decides, so an editor never has to write `type:`; `pagina` has no folder of its own.
 */
export const typeFolders: Readonly<Record<Exclude<ContentType, "pagina">, string>> = {
  dienst: "diensten",
  nieuws: "nieuws",
  evenement: "agenda",
  regeling: "regelingen",
  vraag: "vragen",
  meerjarenagenda: "meerjarenagenda",
};

/** Dutch names, singular and plural, for the CMS, the CLI and messages. */
export const contentTypeLabels: Readonly<Record<ContentType, { one: string; many: string }>> = {
  pagina: { one: "Pagina", many: "Pagina's" },
  dienst: { one: "Dienst", many: "Diensten" },
  nieuws: { one: "Nieuwsbericht", many: "Nieuws" },
  evenement: { one: "Evenement", many: "Agenda" },
  regeling: { one: "Regeling", many: "Regelingen" },
  vraag: { one: "Vraag", many: "Veelgestelde vragen" },
  meerjarenagenda: { one: "Meerjarenagenda", many: "Meerjarenagenda" },
};

export { dienstSchema, evenementSchema, meerjarenagendaSchema, nieuwsSchema, paginaSchema, regelingSchema, vraagSchema };
export type { Dienst } from "./dienst.js";
export type { Evenement } from "./evenement.js";
export type { Meerjarenagenda } from "./meerjarenagenda.js";
export type { Nieuws } from "./nieuws.js";
export type { Pagina } from "./pagina.js";
export type { Regeling } from "./regeling.js";
export type { Vraag } from "./vraag.js";
export * from "./vocabulary.js";
