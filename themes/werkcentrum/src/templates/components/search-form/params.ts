import { z } from "zod";

export const searchFormParams = z.strictObject({
  /** The search results page; the form works without JavaScript as a plain GET to it. */
  action: z.string().startsWith("/").optional(),
  name: z.string().min(1).optional(),
  /** Unique on the page: the label points at it. */
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
  label: z.string().min(1).optional(),
  /** Hide the label visually (it is still read out), where the context makes the field's purpose clear. */
  hideLabel: z.boolean().optional(),
  value: z.string().optional(),
  buttonText: z.string().min(1).optional(),
});
export type SearchFormParams = z.input<typeof searchFormParams>;
