import { z } from "zod";

export const skipLinkParams = z.strictObject({
  /** The id of the main content, with `#`. */
  href: z.string().startsWith("#").default("#inhoud"),
  text: z.string().min(1).default("Naar de inhoud"),
});
export type SkipLinkParams = z.input<typeof skipLinkParams>;
