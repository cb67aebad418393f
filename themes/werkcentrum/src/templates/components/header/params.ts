import { z } from "zod";
import { href } from "../../../params.js";
import { languageSwitchParams } from "../language-switch/params.js";
import { searchFormParams } from "../search-form/params.js";

export const headerParams = z.strictObject({
  homeHref: href.optional(),
  /** The region's CBS name, shown as the sub-line under the wordmark: "Werkcentrum" + "Rijnmond". */
  regionName: z.string().min(1).optional(),
  navigation: z
    .strictObject({
      label: z.string().min(1).optional(),
      items: z.array(z.strictObject({ href, text: z.string().min(1), current: z.boolean().optional() })),
    })
    .optional(),
  languages: languageSwitchParams.optional(),
  search: searchFormParams.optional(),
});
export type HeaderParams = z.input<typeof headerParams>;
