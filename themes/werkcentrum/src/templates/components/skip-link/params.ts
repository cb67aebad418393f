import { z } from "zod";

export const skipLinkParams = z.strictObject({
  /** The id of the main content, with `#`. */
  href: z.string().startsWith("#").optional(),
  text: z.string().min(1).optional(),
});
export type SkipLinkParams = z.input<typeof skipLinkParams>;
