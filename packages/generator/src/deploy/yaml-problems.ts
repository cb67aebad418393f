import { readFile } from "node:fs/promises";
import type { ContentProblem } from "@werkcentrum/content";
import { LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";

/** A parsed YAML file that knows where each of its values is, for problems that name file, line and field. */
export interface LocatedYaml {
  file: string;
  doc: Document;
  lines: LineCounter;
}

/** Reads a YAML file; syntax errors come back as problems, never as exceptions. */
export async function readLocatedYaml(file: string): Promise<{ yaml?: LocatedYaml; problems: ContentProblem[] }> {
  const source = await readFile(file, "utf8");
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length === 0) return { yaml: { file, doc, lines }, problems: [] };
  return {
    problems: doc.errors.map((error) => {
      const { line, col } = lines.linePos(error.pos[0]);
      return { file, line, column: col, field: "", message: `Ongeldige YAML: ${error.message}`, severity: "error" as const };
    }),
  };
}

/** A problem at the value of `path` (or, where that does not exist, the nearest parent that does). */
export function problemAt(yaml: LocatedYaml, path: PropertyKey[], message: string): ContentProblem {
  let offset = 0;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? yaml.doc.contents : yaml.doc.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) {
      offset = range[0];
      break;
    }
  }
  const { line, col } = yaml.lines.linePos(offset);
  return { file: yaml.file, line, column: col, field: path.map(String).join("."), message, severity: "error" };
}

/** zod issues as problems. An unknown key is reported by zod on its parent; point at the key itself. */
export function zodProblems(yaml: LocatedYaml, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.map((issue) => {
    const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
    return problemAt(yaml, path, issue.message);
  });
}
