import { z } from "zod";

export const searchFormParams = z.strictObject({
  /** The search results page; the form works without JavaScript as a plain GET to it. */
  action: z.string().startsWith("/").default("/zoeken/"),
  name: z.string().min(1).default("q"),
  /** Unique on the page: the label points at it. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/).default("wc-zoekveld"),
  label: z.string().min(1).default("Zoeken op deze website"),
  /** Hide the label visually (it is still read out), where the context makes the field's purpose clear. */
  hideLabel: z.boolean().default(false),
  value: z.string().optional(),
  buttonText: z.string().min(1).default("Zoeken"),
});
export type SearchFormParams = z.input<typeof searchFormParams>;
