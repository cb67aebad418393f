import { LineCounter, parseDocument, type Document } from "yaml";

/** A Markdown file split into its YAML front matter and its body, with the line numbers to map back. */
export interface SplitFile {
  /** The YAML between the `---` lines; undefined when the file has no front matter. */
  yaml?: string;
  /** False when the opening `---` has no closing `---`. */
  closed: boolean;
  /** 1-based file line of the first YAML line. */
  yamlLine: number;
  body: string;
  /** 1-based file line of the first body line. */
  bodyLine: number;
}

/**
 * Splits like gray-matter (which Eleventy uses): a first line `---`, then YAML up to the next line `---`.
 * Done by hand because gray-matter does not say on which line the body starts, and every message needs it.
 */
export function splitFrontMatter(source: string): SplitFile {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== "---") return { closed: true, yamlLine: 1, body: source, bodyLine: 1 };
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === "---");
  if (end === -1) return { yaml: lines.slice(1).join("\n"), closed: false, yamlLine: 2, body: "", bodyLine: lines.length + 1 };
  return { yaml: lines.slice(1, end).join("\n"), closed: true, yamlLine: 2, body: lines.slice(end + 1).join("\n"), bodyLine: end + 2 };
}

export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
}

/** Parses YAML keeping positions; duplicate keys count as errors, as they hide an editor's mistake. */
export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { doc, lines };
}
