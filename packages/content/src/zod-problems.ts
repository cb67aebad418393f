import { closest, distance } from "fastest-levenshtein";
import type { Document, LineCounter } from "yaml";
import type { z } from "zod";
import type { ContentProblem } from "./problem.js";
import { schemaAt, shapeOf, unwrap } from "./schema-walk.js";
import { positionOf } from "./yaml-position.js";

/** The nearest of `options` to `word`, when it is near enough to be a typo. */
export function nearest(word: string, options: readonly string[]): string | undefined {
  if (options.length === 0) return undefined;
  const best = closest(word, options as string[]);
  return distance(word.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

export interface YamlSource {
  file: string;
  doc: Document;
  lines: LineCounter;
  /** Added to YAML line numbers to get file line numbers (1 for front matter after a `---` line). */
  lineOffset: number;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const step of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[step];
  }
  return current;
}

/** An error at a YAML path, with its file line. */
export function problemAt(source: YamlSource, path: readonly PropertyKey[], message: string): ContentProblem {
  const { line, column } = positionOf(source.doc, source.lines, path);
  return { file: source.file, line: line + source.lineOffset, column, field: path.join("."), message, severity: "error" };
}

function unknownKeyProblem(schema: z.core.$ZodType, source: YamlSource, parent: PropertyKey[], key: string): ContentProblem {
  const known = Object.keys(shapeOf(schemaAt(schema, parent) ?? schema) ?? {});
  const guess = nearest(key, known);
  const message = guess ? `Onbekend veld '${key}'. Bedoelt u '${guess}'?` : `Onbekend veld '${key}'. Mogelijke velden hier: ${known.join(", ")}.`;
  return problemAt(source, [...parent, key], message);
}

function missingProblem(schema: z.core.$ZodType, source: YamlSource, path: PropertyKey[]): ContentProblem {
  const described = unwrap(schemaAt(schema, path) ?? schema).description;
  const name = String(path.at(-1));
  const problem = problemAt(source, path.slice(0, -1), `Het verplichte veld '${name}' ontbreekt.${described ? ` ${described}` : ""}`);
  return { ...problem, field: path.join(".") };
}

/** One problem per zod issue (one per key for unknown keys), pointing at the key in the YAML. */
export function zodProblems(schema: z.core.$ZodType, data: unknown, error: z.core.$ZodError, source: YamlSource): ContentProblem[] {
  return error.issues.flatMap((issue): ContentProblem[] => {
    const path = issue.path as PropertyKey[];
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => unknownKeyProblem(schema, source, path, key));
    if (issue.code === "invalid_type" && valueAt(data, path) === undefined) return [missingProblem(schema, source, path)];
    const value = valueAt(data, path);
    if (issue.code === "invalid_value" && typeof value === "string") {
      const guess = nearest(value, issue.values.map(String));
      if (guess) return [problemAt(source, path, `Onbekende waarde '${value}'. Bedoelt u '${guess}'? ${issue.message}`)];
    }
    return [problemAt(source, path, issue.message)];
  });
}
