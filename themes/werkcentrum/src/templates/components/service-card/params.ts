import { z } from "zod";
import { audience, headingLevel, href } from "../../../params.js";

export const serviceCardParams = z.strictObject({
  href,
  title: z.string().min(1),
  /** One or two sentences: what the service gives and for whom. */
  summary: z.string().min(1).optional(),
  headingLevel: headingLevel.optional(),
  /** The partner that provides the service, for example UWV or the gemeente. */
  provider: z.string().min(1).optional(),
  audiences: z.array(audience).optional(),
});
export type ServiceCardParams = z.input<typeof serviceCardParams>;
