import { z } from "zod";
import { href } from "../../../params.js";

export const languageSwitchParams = z.strictObject({
  /** Accessible name of the navigation, in the page's language. */
  label: z.string().min(1).optional(),
  /** The page's language versions, the current one included; only languages that exist. */
  items: z
    .array(
      z.strictObject({
        /** BCP 47 code: `nl`, `en`, `uk`, `pl`, `ar`. */
        lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
        /** The language's own name for itself: `Nederlands`, `English`, `Українська`, `العربية`. */
        text: z.string().min(1),
        href,
        current: z.boolean().optional(),
        /** Writing direction; right-to-left is inferred for Arabic, Persian, Hebrew and Urdu. */
        dir: z.enum(["ltr", "rtl"]).optional(),
      }),
    )
    .min(2),
});
export type LanguageSwitchParams = z.input<typeof languageSwitchParams>;
