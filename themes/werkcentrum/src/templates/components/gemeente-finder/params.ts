import { z } from "zod";
import { headingLevel, href } from "../../../params.js";

/**
 * The no-JavaScript gemeente finder: an A–Z list of every gemeente linking to its region's site. Grouping and
 * sorting are the caller's (the regions package knows how Dutch names sort). The type-ahead is a separate script
 * that reveals and uses the hidden form; this component only provides its markup.
 */
export const gemeenteFinderParams = z.strictObject({
  heading: z.string().min(1).optional(),
  headingLevel: headingLevel.refine((level) => level < 4, { error: "The letters need a heading level below." }).optional(),
  intro: z.string().min(1).optional(),
  inputLabel: z.string().min(1).optional(),
  buttonText: z.string().min(1).optional(),
  /** Heading above the letters (one disclosure per letter). */
  lettersLabel: z.string().min(1).optional(),
  /** Prefix of the ids of the letters and the field; unique on the page. */
  idPrefix: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
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
