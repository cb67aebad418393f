import { readFile } from "node:fs/promises";
import { siteProfileSchema, type SiteProfile } from "@werkcentrum/regions";
import { isMap, LineCounter, parseDocument, type Document } from "yaml";
import type { ContentProblem } from "./problem.js";

export interface ReadResult<T> {
  data?: T;
  problems: ContentProblem[];
}

/** Line and column (1-based) of the key `path` in a YAML document, or of the document start. */
function positionOf(doc: Document, lines: LineCounter, path: PropertyKey[]): { line: number; column: number } {
  let node: unknown = doc.contents;
  let offset = 0;
  for (const key of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
    if (!pair) break;
    offset = (pair.key as { range?: [number, number] }).range?.[0] ?? offset;
    node = pair.value;
  }
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** Reads and validates a region's `site.yml`. Never throws for bad input: problems come back as data. */
export async function readSiteProfile(file: string): Promise<ReadResult<SiteProfile>> {
  const source = await readFile(file, "utf8");
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const { line, col } = lines.linePos(error.pos[0]);
        return { file, line, column: col, field: "", message: `Ongeldige YAML: ${error.message}`, severity: "error" };
      }),
    };
  }
  const result = siteProfileSchema.safeParse(doc.toJS());
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      // An unknown key is reported on its parent object by zod; point the editor at the key itself.
      const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
      return {
        file,
        ...positionOf(doc, lines, path),
        field: path.join("."),
        message: issue.message,
        severity: "error" as const,
      };
    }),
  };
}
