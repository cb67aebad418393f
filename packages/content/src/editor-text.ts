import { isAlias, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { ContentProblem } from "./problem.js";

/**
 * The one way an editor's file becomes text and YAML. Every file an editor or the hosting team writes (content
 * Markdown, `site.yml`, `redirects.yml`, `deploy.yml`) goes through here, so there is one decision for each odd
 * byte and one YAML parser with one set of rules. Bytes that two parsers could read differently (a bare carriage
 * return, a NUL, a byte-order mark) are refused or normalised here, before anything else looks at the file.
 */
export interface EditorText {
  /** The text with CRLF turned into LF and a UTF-8 byte-order mark removed; undefined when it cannot be read. */
  text?: string;
  problems: ContentProblem[];
}

// ignoreBOM keeps a byte-order mark in the text, so it is seen and reported below instead of silently dropped.
const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

// C0 controls other than tab and line feed, DEL, and the C1 controls. A carriage return is handled on its own
// (CRLF is accepted). These never belong in a text an editor writes and some parsers treat them as line breaks.
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const controlNames: Record<string, string> = { "\u0000": "een NUL-teken", "\u000B": "een verticale tab", "\u000C": "een pagina-einde" };

/** Decodes and normalises a file's bytes (or text already read). Never throws. */
export function readEditorText(input: string | Uint8Array, file: string): EditorText {
  const problem = (message: string, line = 1, column = 1, severity: ContentProblem["severity"] = "error"): ContentProblem => ({
    file,
    line,
    column,
    field: "",
    message,
    severity,
  });
  let text: string;
  const problems: ContentProblem[] = [];
  if (typeof input === "string") text = input;
  else {
    if (startsWith(input, [0xff, 0xfe]) || startsWith(input, [0xfe, 0xff]) || looksLikeUtf16(input)) {
      return { problems: [problem("Dit bestand is opgeslagen als UTF-16. Sla het op als UTF-8 (in de meeste editors: Opslaan als, codering UTF-8).")] };
    }
    try {
      text = fatalUtf8.decode(input);
    } catch {
      const at = invalidUtf8Position(input);
      return { problems: [problem("Dit bestand bevat tekens die geen geldige UTF-8 zijn. Sla het op als UTF-8 en controleer de tekens op deze regel.", at.line, at.column)] };
    }
  }
  if (text.startsWith("\uFEFF")) {
    text = text.slice(1);
    problems.push(problem("Het bestand begint met een onzichtbaar BOM-teken; dat is weggelaten. Sla het bestand op als UTF-8 zonder BOM.", 1, 1, "warning"));
  }
  text = text.replace(/\r\n/g, "\n");
  for (const match of text.matchAll(/\r/g)) {
    const at = positionIn(text, match.index);
    problems.push(problem("Hier staat een los regeleinde-teken (CR) zonder nieuwe regel erna. Sla het bestand op met gewone regeleinden (LF of CRLF).", at.line, at.column));
  }
  for (const match of text.matchAll(controlCharacter)) {
    const at = positionIn(text, match.index);
    const name = controlNames[match[0]] ?? `het stuurteken U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    problems.push(problem(`Hier staat ${name}. Zulke onzichtbare tekens horen niet in een tekst; haal het weg.`, at.line, at.column));
  }
  if (problems.some((p) => p.severity === "error")) return { problems };
  return { text, problems };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** UTF-16 without a byte-order mark: every other byte of the first characters is zero. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64);
  if (sample.length < 4) return false;
  let zeros = 0;
  for (let index = 0; index < sample.length; index += 1) if (sample[index] === 0) zeros += 1;
  return zeros >= sample.length / 3;
}

function positionIn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < index; at = text.indexOf("\n", at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: index - lineStart + 1 };
}

/** Line and column of the first byte that is not valid UTF-8, found by decoding byte by byte as a stream. */
function invalidUtf8Position(bytes: Uint8Array): { line: number; column: number } {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let text = "";
  try {
    for (let index = 0; index < bytes.length; index += 1) text += decoder.decode(bytes.subarray(index, index + 1), { stream: true });
    decoder.decode();
  } catch {
    // `text` holds every complete character before the bad byte.
  }
  return positionIn(text, text.length);
}

export interface EditorYaml {
  doc: Document;
  lines: LineCounter;
  /** Syntax errors and refused constructs, with file lines (the YAML's own lines plus `lineOffset`). */
  problems: ContentProblem[];
}

/**
 * Parses YAML the one way: YAML 1.2 core schema (dates and times stay text), duplicate keys refused, and no
 * anchors, aliases, tags or merge keys. Editors never need them, and they are what makes YAML dangerous: an alias
 * "bomb" expands to gigabytes, and a tag like `!!js/function` asks some parsers to run code. Refusing them before
 * `toJS()` also means nothing is ever expanded.
 */
export function parseEditorYaml(text: string, file: string, lineOffset = 0): EditorYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, schema: "core", merge: false });
  const at = (offset: number | undefined, message: string): ContentProblem => {
    const { line, col } = lines.linePos(offset ?? 0);
    return { file, line: line + lineOffset, column: col, field: "", message, severity: "error" };
  };
  const problems: ContentProblem[] = doc.errors.map((error) => {
    const hint =
      error.code === "DUPLICATE_KEY"
        ? "Een veld staat twee keer in het bestand; laat er één staan."
        : "Controleer dubbele punten, inspringen met spaties en aanhalingstekens.";
    return at(error.pos[0], `Ongeldige YAML: ${hint} (${error.message.split("\n")[0]})`);
  });
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      problems.push(at(node.range?.[0], `Een verwijzing (*${node.source}) naar een ander stuk van het bestand wordt niet ondersteund. Schrijf de waarde zelf uit.`));
      return visit.SKIP;
    }
    if (isNode(node)) {
      if (node.anchor) problems.push(at(node.range?.[0], `Een anker (&${node.anchor}) wordt niet ondersteund. Haal het weg en schrijf elke waarde zelf uit.`));
      if (node.tag) {
        problems.push(at(node.range?.[0], `Een label als '${node.tag.replace("tag:yaml.org,2002:", "!!")}' wordt niet ondersteund. Haal het weg; zet tekst zo nodig tussen aanhalingstekens.`));
      }
    }
    if (isPair(node) && isScalar(node.key) && node.key.value === "<<") {
      problems.push(at(node.key.range?.[0], "Samenvoegen met << wordt niet ondersteund. Schrijf de velden zelf uit."));
    }
    return undefined;
  });
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { doc, lines, problems };
}
