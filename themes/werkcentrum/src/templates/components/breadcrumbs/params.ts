import { z } from "zod";
import { href } from "../../../params.js";

export const breadcrumbsParams = z.strictObject({
  label: z.string().min(1).optional(),
  /** From the home page down. An item without `href` is the current page. */
  items: z
    .array(
      z.strictObject({
        text: z.string().min(1),
        href: href.optional(),
        /** BCP 47 code of an item in another language than the trail, such as a translated page's title. */
        lang: z
          .string()
          .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
          .optional(),
        /** Writing direction of that item. */
        dir: z.enum(["ltr", "rtl"]).optional(),
      }),
    )
    .min(1),
});
export type BreadcrumbsParams = z.input<typeof breadcrumbsParams>;
