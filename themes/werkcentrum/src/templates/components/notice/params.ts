import { z } from "zod";
import { headingLevel } from "../../../params.js";

export const noticeParams = z
  .strictObject({
    /** Sets colour and icon, and a hidden prefix (Informatie, Gelukt, Let op, Fout) so colour is not the only cue. */
    type: z.enum(["info", "success", "warning", "error"]).optional(),
    title: z.string().min(1).optional(),
    headingLevel: headingLevel.optional(),
    text: z.string().min(1).optional(),
    /** Trusted HTML, such as rendered Markdown, instead of `text`. Never pass what a visitor typed. */
    html: z.string().min(1).optional(),
  })
  .refine((params) => params.title || params.text || params.html, { error: "Give a title, text or html." });
export type NoticeParams = z.input<typeof noticeParams>;
