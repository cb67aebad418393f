import { z } from "zod";
import { allRegions } from "./registry.js";

const regionCodes = allRegions.map((r) => r.code) as [string, ...string[]];

/**
 * The region profile in `sites/<slug>/site.yml`: what the region, not CBS, knows about its Werkcentrum.
 * Field names and messages are Dutch because regional editors write and read them.
 */
export const siteProfileSchema = z
  .strictObject({
    code: z.enum(regionCodes, { error: "Onbekende regiocode: gebruik de CBS-code van uw arbeidsmarktregio, bijvoorbeeld AM19." }).describe("CBS-code van de arbeidsmarktregio, bijvoorbeeld AM19. Niet wijzigen."),
    naam: z.string().min(1).describe("Naam van de arbeidsmarktregio zoals CBS die schrijft. Niet wijzigen."),
    status: z
      .enum(["actief", "in-ontwikkeling"], { error: "Kies 'actief' of 'in-ontwikkeling'." })
      .default("in-ontwikkeling")
      .describe("Is het Werkcentrum open (actief) of wordt het nog opgezet (in-ontwikkeling)?"),
  })
  .describe("Profiel van een regionale Werkcentrum-site");

export type SiteProfile = z.infer<typeof siteProfileSchema>;
