import { z } from "zod";
import { headingLevel, href, isoDate } from "../../../params.js";

export const newsListParams = z.strictObject({
  headingLevel: headingLevel.optional(),
  /** Newest first; the caller sorts and limits. */
  items: z.array(z.strictObject({ href, title: z.string().min(1), date: isoDate, summary: z.string().min(1).optional() })),
  /** Shown when there are no items. */
  emptyText: z.string().min(1).optional(),
});
export type NewsListParams = z.input<typeof newsListParams>;
