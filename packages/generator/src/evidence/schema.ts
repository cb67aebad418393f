import { z } from "zod";

/**
 * The automated part of the accessibility evidence of one host: what the e2e gates (e2e/run.mjs --evidence) found
 * on its pages. One JSON file per host, `<folder>/<host>.json`, written by e2e/lib/evidence.mjs (which validates it
 * against this schema before writing) and read by `werkcentrum build --evidence <folder>` (read.ts), which publishes
 * it as /toegankelijkheid/testresultaten/. The file comes from outside the build, so every value is bounded and
 * the page escapes it like any other text.
 */
export const EVIDENCE_VERSION = 1;

const count = () => z.number().int().min(0).max(1_000_000);
/** Free text from a tool (a rule's help text, a message): one line, bounded. */
const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[^\r\n]*$/, "Hier hoort één regel tekst, zonder regeleinden.");
/** A rule name as the tools write them: `color-contrast`, `wcag2aa`, `no-inline-style`. */
const ruleName = () => z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "Hier hoort de naam van een regel: kleine letters, cijfers en streepjes.");
/** A page of the host: a path from the site's root, never another host or scheme. */
const pagePath = () =>
  z
    .string()
    .max(400)
    .regex(/^\/(?!\/)[^\s"'<>\\]*$/, "Hier hoort het pad van een pagina op deze site, dat met één / begint, zonder spaties of aanhalingstekens.");
const version = () => z.string().regex(/^\d+\.\d+\.\d+[\w.+-]{0,40}$/, "Hier hoort een versienummer, zoals 4.14.1.");

const axeViolation = z.strictObject({
  rule: ruleName(),
  impact: z.enum(["minor", "moderate", "serious", "critical"]).nullable(),
  /** axe's one-line description of the rule (English). */
  help: text(300),
  /** Elements on the page that break the rule. */
  nodes: count().min(1),
});

const htmlError = z.strictObject({
  rule: ruleName(),
  message: text(500),
  line: count(),
  column: count(),
});

const page = z.strictObject({
  path: pagePath(),
  /** Absent when axe did not open this page (see `axe.selection`). */
  axe: z
    .strictObject({
      /** axe rules that passed, found something to check, or did not apply on this page. */
      passed: count(),
      incomplete: count(),
      inapplicable: count(),
      violations: z.array(axeViolation).max(200),
    })
    .optional(),
  /** Absent when html-validate did not read this page. */
  html: z.strictObject({ errors: z.array(htmlError).max(500) }).optional(),
});

export const evidenceSchema = z
  .strictObject({
    version: z.literal(EVIDENCE_VERSION),
    host: z.string().regex(/^(?:[a-z0-9-]+\.)*werkcentrum\.nl$/, "Hier hoort de naam van een Werkcentrum-site, zoals rijnmond.werkcentrum.nl."),
    /** When the gates ran (UTC). */
    date: z.iso.datetime({ offset: true }),
    /** The browser axe ran in, for example `Chromium 142.0.7444.162`. */
    browser: text(100).optional(),
    axe: z.strictObject({
      version: version(),
      /** The axe tags run: wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa. */
      tags: z.array(ruleName()).min(1).max(20),
      /** Rules behind those tags. */
      rules: count().min(1),
      /**
       * `all`: axe opened every page of this host; `types`: every page of the hosts checked in full, one page per
       * page type (layout and components) across the other hosts (e2e/gates/axe.mjs selectPages).
       */
      selection: z.enum(["all", "types"]),
    }),
    htmlValidate: z.strictObject({
      version: version(),
      /** The presets the configuration extends, for example `html-validate:recommended`. */
      presets: z.array(text(80)).max(10),
      /** Rules switched on. */
      rules: count().min(1),
    }),
    pages: z.array(page).min(1).max(20_000),
  })
  .superRefine((evidence, ctx) => {
    const seen = new Set<string>();
    evidence.pages.forEach((entry, index) => {
      if (seen.has(entry.path))
        ctx.addIssue({ code: "custom", path: ["pages", index, "path"], input: entry.path, message: `${entry.path} staat twee keer in de lijst.` });
      seen.add(entry.path);
    });
  });

export type Evidence = z.infer<typeof evidenceSchema>;
export type EvidencePage = Evidence["pages"][number];
