import { testResultsUrl } from "@werkcentrum/content";
import type { Evidence } from "../evidence/schema.js";

/** The address of the results page (reserved for it in @werkcentrum/content); the statement links to it only when the host has results. */
export const EVIDENCE_URL = testResultsUrl;

/** axe's impact levels in plain Dutch. */
const IMPACT: Record<string, string> = { minor: "klein", moderate: "matig", serious: "ernstig", critical: "kritiek" };

/** One problem the tools found on one page, as the page lists it. */
interface Finding {
  path: string;
  tool: "axe-core" | "html-validate";
  rule: string;
  impact: string | undefined;
  /** The tool's own English text (the page marks it lang="en"). */
  text: string;
  /** Elements (axe) or places (html-validate) on the page. */
  count: number;
}

/**
 * The figures of the results page (theme `pages/testresultaten.njk`), counted from the host's evidence file: what was
 * tested, how many pages passed each tool, every problem found and each page's result. Only shapes data; every word
 * on the page is in the template.
 */
export function evidenceReport(evidence: Evidence) {
  const axePages = evidence.pages.filter((page) => page.axe);
  const htmlPages = evidence.pages.filter((page) => page.html);
  const findings: Finding[] = [];
  for (const page of evidence.pages) {
    for (const violation of page.axe?.violations ?? []) {
      findings.push({
        path: page.path,
        tool: "axe-core",
        rule: violation.rule,
        impact: violation.impact ? IMPACT[violation.impact] : undefined,
        text: violation.help,
        count: violation.nodes,
      });
    }
    // html-validate reports each place apart: one finding per rule per page, with the first message.
    const byRule = new Map<string, Finding>();
    for (const error of page.html?.errors ?? []) {
      const known = byRule.get(error.rule);
      if (known) known.count += 1;
      else byRule.set(error.rule, { path: page.path, tool: "html-validate", rule: error.rule, impact: undefined, text: error.message, count: 1 });
    }
    findings.push(...byRule.values());
  }
  return {
    date: evidence.date,
    host: evidence.host,
    browser: evidence.browser,
    total: evidence.pages.length,
    axe: {
      ...evidence.axe,
      pages: axePages.length,
      clean: axePages.filter((page) => page.axe!.violations.length === 0).length,
    },
    html: {
      ...evidence.htmlValidate,
      pages: htmlPages.length,
      clean: htmlPages.filter((page) => page.html!.errors.length === 0).length,
    },
    findings,
    pages: evidence.pages.map((page) => ({
      path: page.path,
      axe: page.axe ? { passed: page.axe.passed, problems: page.axe.violations.length } : undefined,
      html: page.html ? { errors: page.html.errors.length } : undefined,
    })),
  };
}
