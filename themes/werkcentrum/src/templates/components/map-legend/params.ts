import { z } from "zod";
import { inlineSvg } from "../../../params.js";

/**
 * The legend of the region map: what each colour and each pattern on the map means, and for how many regions. The
 * items come from the generator's `renderRegionMap` (its `legend`), whose swatches are drawn like the map's regions.
 */
export const mapLegendParams = z.strictObject({
  /** Text above the colours. */
  statusHeading: z.string().min(1).optional(),
  /** Text above the patterns. */
  formHeading: z.string().min(1).optional(),
  items: z
    .array(
      z.strictObject({
        /** Which list the item is in: the colours (`status`) or the patterns (`form`). */
        kind: z.enum(["status", "form"]),
        /** The status or form, for the item's class `wc-map-legend__item--<key>`: `actief`, `fysiek`, `onbekend`, … */
        key: z.string().regex(/^[a-z][a-z0-9-]*$/),
        /** What the colour or pattern means, in Dutch: "Werkcentrum actief". */
        label: z.string().min(1),
        /** How many regions; shown after the label as "(12 regio's)". */
        count: z.number().int().min(0),
        /** A small SVG that looks like those regions on the map; ids in it must be unique on the page. */
        swatch: inlineSvg,
      }),
    )
    .min(1),
});
export type MapLegendParams = z.input<typeof mapLegendParams>;
