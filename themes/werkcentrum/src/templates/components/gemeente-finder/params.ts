import { z } from "zod";
import { headingLevel, href } from "../../../params.js";

/**
 * The no-JavaScript gemeente finder: an A–Z list of every gemeente linking to its region's site. Grouping and
 * sorting are the caller's (the regions package knows how Dutch names sort). The type-ahead is a separate script
 * that reveals and uses the hidden form; this component only provides its markup.
 */
export const gemeenteFinderParams = z.strictObject({
  heading: z.string().min(1).default("Vind het Werkcentrum in uw gemeente"),
  headingLevel: headingLevel(2).refine((level) => level < 4, { error: "The letters need a heading level below." }),
  intro: z.string().min(1).optional(),
  inputLabel: z.string().min(1).default("Naam van uw gemeente"),
  buttonText: z.string().min(1).default("Zoek"),
  /** Heading above the letters (one disclosure per letter). */
  lettersLabel: z.string().min(1).default("Alle gemeenten van A tot Z"),
  /** Prefix of the ids of the letters and the field; unique on the page. */
  idPrefix: z.string().regex(/^[a-z][a-z0-9-]*$/).default("gemeenten"),
  groups: z
    .array(
      z.strictObject({
        letter: z.string().regex(/^[A-Z]$/),
        gemeenten: z.array(z.strictObject({ name: z.string().min(1), href, regionName: z.string().min(1) })).min(1),
      }),
    )
    .min(1),
});
export type GemeenteFinderParams = z.input<typeof gemeenteFinderParams>;
