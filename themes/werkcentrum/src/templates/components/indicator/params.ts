import { z } from "zod";
import { headingLevel, inlineSvg } from "../../../params.js";

export const indicatorParams = z.strictObject({
  headingLevel: headingLevel.optional(),
  /** What is measured, for example "Openstaande vacatures". */
  label: z.string().min(1),
  /** A number is written the Dutch way (4,2 and 12.345); a string is shown as given. */
  value: z.union([z.number(), z.string().min(1)]),
  unit: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  /** Who publishes the figure, for example "UWV". */
  source: z.string().min(1),
  /** The date or period the figure is about, in words: "1 januari 2026" or "2025". */
  referenceDate: z.string().min(1),
  chart: z
    .strictObject({
      /** Drawn at build time (the generator's renderIndicatorChart). */
      svg: inlineSvg,
      caption: z.string().min(1),
      /** The chart's message in words, for people who cannot see it. */
      description: z.string().min(1),
      /** The same data as a table: a header row, then one row per point with the label first. */
      table: z.strictObject({
        caption: z.string().min(1).optional(),
        columns: z.array(z.string().min(1)).min(2),
        rows: z.array(z.array(z.string())).min(1),
      }),
    })
    .optional(),
});
export type IndicatorParams = z.input<typeof indicatorParams>;
