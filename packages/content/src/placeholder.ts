import type { ContentProblem } from "./problem.js";
import { problemAt, type YamlSource } from "./zod-problems.js";

/**
 * The marker scaffolds (`werkcentrum new`) use for what a region still has to write. A page or field that still
 * holds it is unfinished, and nothing unfinished is published: it is an error, in the body, in front matter and in
 * site.yml alike, so the build of that site stops with the message `check` gives.
 */
export const PLACEHOLDER = "[IN TE VULLEN";

export const PLACEHOLDER_BODY_MESSAGE =
  "Hier staat nog een stuk dat u moet invullen. Vervang de tekst tussen [ ] door de gegevens van uw regio. Tot dan wordt de site niet gepubliceerd.";
export const PLACEHOLDER_FIELD_MESSAGE =
  "Dit veld moet u nog invullen: vervang de tekst tussen [ ], of laat het veld weg. Tot dan wordt de site niet gepubliceerd.";

/** Every string field of parsed YAML that still holds the marker, with its line. */
export function placeholderFieldProblems(value: unknown, yaml: YamlSource, path: (string | number)[] = []): ContentProblem[] {
  if (typeof value === "string" && value.includes(PLACEHOLDER)) return [problemAt(yaml, path, PLACEHOLDER_FIELD_MESSAGE)];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholderFieldProblems(item, yaml, [...path, index]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => placeholderFieldProblems(item, yaml, [...path, key]));
  return [];
}

/** Whether a problem is only a gap left to fill in (what `werkcentrum new` leaves on purpose). */
export function isPlaceholderProblem(problem: ContentProblem): boolean {
  return problem.message === PLACEHOLDER_BODY_MESSAGE || problem.message === PLACEHOLDER_FIELD_MESSAGE;
}
