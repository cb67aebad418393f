import { createHash } from "node:crypto";
import { formatProblem, type ContentProblem } from "@werkcentrum/content";

/** The report formats of `werkcentrum check --format`. */
export const CHECK_FORMATS = ["text", "github", "gitlab"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** A problem whose `file` is relative to the repository root, with `/`, as CI annotations need it. */
export type RepoProblem = ContentProblem;

/**
 * GitHub's escaping for workflow commands, as its toolkit (@actions/core, `command.ts`) does it: in the message,
 * `%`, CR and LF; in a property value, also `:` and `,`, which separate properties. Hand-written because
 * @actions/core brings an HTTP client and more that a content check has no use for; these are its two rules.
 */
export const escapeGithubData = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
export const escapeGithubProperty = (text: string) => escapeGithubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** The title of an annotation: the field, or the check itself when the problem is about the whole file. */
const titleOf = (problem: RepoProblem) => (problem.field ? `werkcentrum check: ${problem.field}` : "werkcentrum check");

/** One `::error …::message` (or `::warning`) line per problem; GitHub shows them on the changed lines of a pull request. */
export function githubAnnotations(problems: readonly RepoProblem[]): string {
  return problems
    .map((problem) => {
      const properties = [`file=${problem.file}`, `line=${problem.line}`, `col=${problem.column}`, `title=${titleOf(problem)}`]
        .map((property) => {
          const equals = property.indexOf("=");
          return `${property.slice(0, equals)}=${escapeGithubProperty(property.slice(equals + 1))}`;
        })
        .join(",");
      return `::${problem.severity} ${properties}::${escapeGithubData(problem.message)}\n`;
    })
    .join("");
}

/** One entry of a GitLab Code Quality report, with the fields GitLab documents as required. */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: "info" | "minor" | "major" | "critical" | "blocker";
  location: { path: string; lines: { begin: number } };
}

/**
 * GitLab Code Quality JSON. GitLab compares the fingerprints of a merge request with those of its target branch
 * to tell new problems from old ones, so a fingerprint leaves out the line (an edit above a problem must not make
 * it "new") and counts repeats of one message in one file instead, which keeps each entry unique.
 */
export function gitlabCodeQuality(problems: readonly RepoProblem[]): string {
  const seen = new Map<string, number>();
  const issues: CodeQualityIssue[] = problems.map((problem) => {
    const checkName = `werkcentrum-check/${problem.field || "bestand"}`;
    const key = JSON.stringify([problem.file, checkName, problem.message]);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return {
      description: problem.message,
      check_name: checkName,
      fingerprint: createHash("sha256").update(`${key}#${occurrence}`).digest("hex"),
      severity: problem.severity === "error" ? "major" : "minor",
      location: { path: problem.file, lines: { begin: problem.line } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}

/** The report in `format`: for `text`, the lines `werkcentrum check` prints. */
export function formatReport(problems: readonly RepoProblem[], format: CheckFormat): string {
  if (format === "github") return githubAnnotations(problems);
  if (format === "gitlab") return gitlabCodeQuality(problems);
  return problems.map((problem) => `${formatProblem(problem)}\n`).join("");
}
