import { readFile } from "node:fs/promises";
import { parseEditorYaml, readEditorText, unreadableFileProblem, type ContentProblem } from "@werkcentrum/content";
import type { Document, LineCounter } from "yaml";
import type { z } from "zod";

/** A parsed YAML file that knows where each of its values is, for problems that name file, line and field. */
export interface LocatedYaml {
  file: string;
  doc: Document;
  lines: LineCounter;
}

/**
 * Reads a YAML file with the content package's rules for editors' files (bytes, anchors, tags, duplicate keys):
 * problems come back as data, never as exceptions.
 */
export async function readLocatedYaml(file: string): Promise<{ yaml?: LocatedYaml; problems: ContentProblem[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { problems: [unreadableFileProblem(file, error)] };
  }
  const { text, problems: textProblems } = readEditorText(bytes, file);
  if (text === undefined) return { problems: textProblems };
  const { doc, lines, problems } = parseEditorYaml(text, file);
  if (problems.length > 0) return { problems: [...textProblems, ...problems] };
  return { yaml: { file, doc, lines }, problems: textProblems };
}

/** A problem for a file whose check stopped on an error in the program itself: the message, never a stack trace. */
export function unexpectedProblem(file: string, error: unknown): ContentProblem {
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return {
    file,
    line: 1,
    column: 1,
    field: "",
    message: `Dit bestand kon niet helemaal worden gecontroleerd door een fout in het programma (${message}). Meld dit bij de ontwikkelaars.`,
    severity: "error",
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
