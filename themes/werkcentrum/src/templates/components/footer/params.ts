import { z } from "zod";
import { link } from "../../../params.js";

/**
 * The footer always links the four pages every government site must have (toegankelijkheid, privacy, contact,
 * sitemap); they are not parameters, so no site can leave them out.
 */
export const footerParams = z.strictObject({
  regionName: z.string().min(1).optional(),
  /** Replaces the default sentence about who works together in the Werkcentrum. */
  text: z.string().min(1).optional(),
  /** Accessible name of the links' navigation; unique on the page. */
  linksLabel: z.string().min(1).optional(),
  /** Extra links after the required ones. */
  links: z.array(link).optional(),
  /** On regional sites: the national landing site, `https://werkcentrum.nl/`. */
  landingHref: z.url({ protocol: /^https$/ }).optional(),
});
export type FooterParams = z.input<typeof footerParams>;
