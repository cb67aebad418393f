import type { Evidence } from "./schema.js";

/** A valid evidence file for `host`, as e2e/lib/evidence.mjs writes one. For tests only; not exported from the package. */
export function sampleEvidence(host: string): Evidence {
  return {
    version: 1,
    host,
    date: "2026-12-05T07:40:12.000Z",
    browser: "Chromium 142.0.7444.162",
    axe: { version: "4.14.1", tags: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"], rules: 70, selection: "types" },
    htmlValidate: { version: "10.17.0", presets: ["html-validate:recommended"], rules: 77 },
    pages: [
      { path: "/", axe: { passed: 31, incomplete: 1, inapplicable: 38, violations: [] }, html: { errors: [] } },
      {
        path: "/contact/",
        axe: {
          passed: 30,
          incomplete: 0,
          inapplicable: 39,
          violations: [{ rule: "color-contrast", impact: "serious", help: "Elements must meet minimum color contrast ratio thresholds", nodes: 3 }],
        },
        html: {
          errors: [
            { rule: "no-dup-id", message: 'Duplicate ID "kop"', line: 12, column: 5 },
            { rule: "no-dup-id", message: 'Duplicate ID "voet"', line: 40, column: 5 },
          ],
        },
      },
      { path: "/privacy/", html: { errors: [] } },
    ],
  };
}
