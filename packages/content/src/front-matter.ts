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
 * Splits a Markdown file: a first line `---`, then YAML up to the next line `---` (trailing spaces or tabs allowed),
 * then the body. This is the only place a content file is split; nothing downstream reads the file again. Done by
 * hand because gray-matter, the usual library, does not say on which line the body starts, and every message needs it.
 */
export function splitFrontMatter(source: string): SplitFile {
  const lines = source.split("\n"); // line ends are LF: readEditorText turned CRLF into LF and refused a lone CR
  if (!isFence(lines[0])) return { closed: true, yamlLine: 1, body: source, bodyLine: 1 };
  const end = lines.findIndex((line, index) => index > 0 && isFence(line));
  if (end === -1) return { yaml: lines.slice(1).join("\n"), closed: false, yamlLine: 2, body: "", bodyLine: lines.length + 1 };
  return { yaml: lines.slice(1, end).join("\n"), closed: true, yamlLine: 2, body: lines.slice(end + 1).join("\n"), bodyLine: end + 2 };
}

const isFence = (line: string | undefined): boolean => line !== undefined && /^---[ \t]*$/.test(line);
