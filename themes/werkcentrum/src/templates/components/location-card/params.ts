import { z } from "zod";
import { clockTime, headingLevel, href } from "../../../params.js";

export const weekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"] as const;

export const locationCardParams = z.strictObject({
  /** Name of the vestiging, for example "Werkplein Zuid". */
  name: z.string().min(1),
  headingLevel: headingLevel.optional(),
  address: z.strictObject({
    street: z.string().min(1),
    postcode: z.string().regex(/^\d{4} ?[A-Z]{2}$/, { error: "Use a Dutch postcode such as 3011 AB." }),
    place: z.string().min(1),
  }),
  /**
   * Opening hours in the shape of schema.org OpeningHoursSpecification: the days a period applies to, and when it
   * opens and closes. Days not listed are shown as closed; a day with two periods (lunch break) is listed twice.
   */
  openingHours: z.array(z.strictObject({ days: z.array(z.enum(weekdays)).min(1), opens: clockTime, closes: clockTime })).optional(),
  /** Exceptions in words, for example holidays. */
  openingHoursNote: z.string().min(1).optional(),
  /** How accessible the building is, for example a lift or a quiet room. */
  accessibility: z.string().min(1).optional(),
  routeHref: href.optional(),
});
export type LocationCardParams = z.input<typeof locationCardParams>;
