import { z } from "zod";
import { audience, headingLevel, href } from "../../../params.js";

export const audienceTilesParams = z.strictObject({
  headingLevel: headingLevel.optional(),
  /** One tile per audience, in this order; the title and text have Dutch defaults per audience. */
  items: z
    .array(z.strictObject({ audience, href, title: z.string().min(1).optional(), text: z.string().min(1).optional() }))
    .min(1)
    .max(3),
});
export type AudienceTilesParams = z.input<typeof audienceTilesParams>;
