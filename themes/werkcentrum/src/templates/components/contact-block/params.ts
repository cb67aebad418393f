import { z } from "zod";
import { headingLevel, href } from "../../../params.js";

export const contactBlockParams = z
  .strictObject({
    heading: z.string().min(1).optional(),
    headingLevel: headingLevel.optional(),
    /** One or two sentences, for example who answers. */
    text: z.string().min(1).optional(),
    phone: z
      .strictObject({
        /** For the tel: link, international: +31101234567. */
        number: z.string().regex(/^\+\d{6,15}$/, { error: "Use the international form, such as +31101234567." }),
        /** As people read it: 010 123 45 67. */
        text: z.string().min(1),
        /** When the line is open, for example "werkdagen van 9.00 tot 17.00 uur". */
        hours: z.string().min(1).optional(),
      })
      .optional(),
    email: z.email().optional(),
    contactHref: href.optional(),
    contactText: z.string().min(1).optional(),
  })
  .refine((params) => params.phone || params.email || params.contactHref, {
    error: "Give at least one way to get in touch: phone, email or contactHref.",
  });
export type ContactBlockParams = z.input<typeof contactBlockParams>;
