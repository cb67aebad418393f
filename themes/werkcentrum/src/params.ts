import { z } from "zod";

/**
 * Building blocks of the component parameter schemas. Parameters are developer-facing (the generator fills
 * them), so keys are English; every default text a visitor reads is Dutch and lives in the templates.
 *
 * A schema says what a caller may pass, never what a parameter defaults to: nothing parses the parameters before
 * the macro runs (the templates also render in plain Nunjucks), so a default takes effect only where the template
 * writes it (`params.label or "Kruimelpad"`), and that is the one place it is written. An optional parameter with
 * a default is `.optional()` here.
 */

/** A link target: a site path, a fragment, or an http(s), mailto or tel URL. Never javascript: or data:. */
export const href = z
  .string()
  .regex(/^(\/|#|https?:\/\/|mailto:|tel:)/, { error: "Use a path (/…), a fragment (#…) or an http(s), mailto or tel URL." });

/**
 * Heading level of a component's own headings, so it fits the page outline it is placed in; the template's default
 * suits where the component usually sits.
 */
export const headingLevel = z.number().int().min(2).max(4);

/** A calendar date, `2026-03-12`. */
export const isoDate = z.iso.date();

/**
 * A date, or a date and wall-clock time in Europe/Amsterdam (`2026-03-12T14:00`, optionally with seconds and a
 * UTC offset). Templates show the written clock time, so a time in UTC (`Z`) would be shown wrongly: refused.
 */
export const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?)?$/, {
  error: "Use 2026-03-12 or 2026-03-12T14:00 (Dutch local time, optionally with +01:00).",
});

/** A clock time, `09:00`. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Use a 24-hour time such as 09:00." });

/** The three audiences of every Werkcentrum. */
export const audience = z.enum(["werkzoekenden", "werkenden", "werkgevers"]);

/** A link as text and target. */
export const link = z.strictObject({ href, text: z.string().min(1) });

/**
 * An SVG drawn at build time (a chart, a map legend's swatch). It is placed in the page as is, so it must keep the
 * page's strict CSP: no script, no style element or attribute, no event handlers, no external references.
 */
export const inlineSvg = z
  .string()
  .regex(/^\s*<svg[\s>]/, { error: "Must be one <svg> element." })
  .refine((svg) => !/<script|<style|<foreignObject|\sstyle\s*=|\son[a-z]+\s*=|(href|src)\s*=\s*["']?\s*(https?:|\/\/|javascript:)/i.test(svg), {
    error: "The SVG may not contain scripts, styles, event handlers or external references (CSP).",
  });
