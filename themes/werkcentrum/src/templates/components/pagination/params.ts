import { z } from "zod";
import { href } from "../../../params.js";

const step = z.strictObject({ href, text: z.string().min(1).optional() });

export const paginationParams = z
  .strictObject({
    label: z.string().min(1).optional(),
    previous: step.optional(),
    next: step.optional(),
    /** Page numbers, with `{ ellipsis: true }` where numbers are left out. */
    items: z
      .array(
        z.union([
          z.strictObject({ number: z.number().int().min(1), href, current: z.boolean().optional() }),
          z.strictObject({ ellipsis: z.literal(true) }),
        ]),
      )
      .optional(),
  })
  .refine((params) => params.previous || params.next || (params.items?.length ?? 0) > 1, {
    error: "Pagination needs a previous or next link, or at least two pages.",
  });
export type PaginationParams = z.input<typeof paginationParams>;
