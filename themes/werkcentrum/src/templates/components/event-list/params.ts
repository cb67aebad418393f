import { z } from "zod";
import { headingLevel, href, localDateTime } from "../../../params.js";

export const eventListParams = z.strictObject({
  headingLevel: headingLevel.optional(),
  /** In date order; the caller sorts, splits upcoming from past, and limits. */
  items: z.array(
    z.strictObject({
      href,
      title: z.string().min(1),
      start: localDateTime,
      end: localDateTime.optional(),
      /** Where: venue and place, for example "Werkplein Zuid, Rotterdam". */
      place: z.string().min(1).optional(),
      online: z.boolean().optional(),
    }),
  ),
  emptyText: z.string().min(1).optional(),
});
export type EventListParams = z.input<typeof eventListParams>;
