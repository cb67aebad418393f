import { z } from "zod";
import { headingLevel, href } from "../../../params.js";

/** The member groups of a Regionaal Beraad, in the order the law lists them. */
export const memberCategories = [
  "gemeenten",
  "uwv",
  "sbb",
  "werkgeversorganisaties",
  "werknemersorganisaties",
  "onderwijs",
  "strategische-partners",
] as const;

export const memberListParams = z.strictObject({
  headingLevel: headingLevel.optional(),
  groups: z
    .array(
      z.strictObject({
        category: z.enum(memberCategories),
        /** Overrides the Dutch default title of the category. */
        title: z.string().min(1).optional(),
        members: z
          .array(
            z.strictObject({
              name: z.string().min(1),
              href: z.url({ protocol: /^https?$/ }).optional(),
              /** For example "contactschool" or "adviserend lid". */
              role: z.string().min(1).optional(),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});
export type MemberListParams = z.input<typeof memberListParams>;
