import { z } from "zod";
import { href } from "../../../params.js";

export const breadcrumbsParams = z.strictObject({
  label: z.string().min(1).default("Kruimelpad"),
  /** From the home page down. An item without `href` is the current page. */
  items: z.array(z.strictObject({ text: z.string().min(1), href: href.optional() })).min(1),
});
export type BreadcrumbsParams = z.input<typeof breadcrumbsParams>;
