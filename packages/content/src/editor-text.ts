import { isAlias, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
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

/**
 * The largest file an editor or the hosting team writes. A real page, site.yml or redirects file is a few kB; the
 * limit keeps a hostile or broken file (a megabyte of brackets, a map with a hundred thousand keys) from keeping
 * the check and the build busy for minutes.
 */
export const MAX_EDITOR_FILE_BYTES = 1_000_000;

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
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > MAX_EDITOR_FILE_BYTES) {
    const megabytes = (size / 1_000_000).toLocaleString("nl-NL", { maximumFractionDigits: 1 });
    return {
      problems: [
        problem(
          `Dit bestand is te groot (${megabytes} MB). Een bestand dat een redacteur schrijft, is hoogstens 1 MB; verdeel de tekst over meer bestanden.`,
        ),
      ],
    };
  }
  if (typeof input === "string") text = input;
  else {
    if (startsWith(input, [0xff, 0xfe]) || startsWith(input, [0xfe, 0xff]) || looksLikeUtf16(input)) {
      return {
        problems: [problem("Dit bestand is opgeslagen als UTF-16. Sla het op als UTF-8 (in de meeste editors: Opslaan als, codering UTF-8).")],
      };
    }
    try {
      text = fatalUtf8.decode(input);
    } catch {
      const at = invalidUtf8Position(input);
      return {
        problems: [
          problem(
            "Dit bestand bevat tekens die geen geldige UTF-8 zijn. Sla het op als UTF-8 en controleer de tekens op deze regel.",
            at.line,
            at.column,
          ),
        ],
      };
    }
  }
  if (text.startsWith("\uFEFF")) {
    text = text.slice(1);
    problems.push(
      problem("Het bestand begint met een onzichtbaar BOM-teken; dat is weggelaten. Sla het bestand op als UTF-8 zonder BOM.", 1, 1, "warning"),
    );
  }
  text = text.replace(/\r\n/g, "\n");
  for (const match of text.matchAll(/\r/g)) {
    const at = positionIn(text, match.index);
    problems.push(
      problem(
        "Hier staat een los regeleinde-teken (CR) zonder nieuwe regel erna. Sla het bestand op met gewone regeleinden (LF of CRLF).",
        at.line,
        at.column,
      ),
    );
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

const GENERAL_HINT = "controleer dubbele punten, inspringen met spaties en aanhalingstekens.";

/** Dutch hints for the parser's error codes (yaml's YAMLError codes). */
const yamlHints: Partial<Record<string, string>> = {
  BAD_INDENT: "deze regel springt niet goed in. Gebruik steeds twee spaties per niveau.",
  TAB_AS_INDENT: "hier springt een regel in met een tab. Gebruik spaties.",
  MISSING_CHAR: "hier ontbreekt een teken, zoals een sluitend aanhalingsteken of een ] of }.",
  MULTILINE_IMPLICIT_KEY: "een veldnaam moet op één regel staan; staat er een dubbele punt in een tekst, zet de tekst dan tussen aanhalingstekens.",
  BLOCK_AS_IMPLICIT_KEY: "een veldnaam moet op één regel staan; zet tekst met een dubbele punt tussen aanhalingstekens.",
  BAD_SCALAR_START: "zet deze tekst tussen aanhalingstekens: hij begint met een teken dat in YAML iets anders betekent.",
  BAD_DQ_ESCAPE: "deze tekst tussen dubbele aanhalingstekens bevat een \\ die niet klopt. Gebruik enkele aanhalingstekens.",
  MULTIPLE_DOCS: "het bestand bevat meer dan één deel (een regel met alleen ---). Haal de extra --- weg.",
  KEY_OVER_1024_CHARS: "deze veldnaam is te lang.",
  UNEXPECTED_TOKEN: GENERAL_HINT,
  RESOURCE_EXHAUSTION: "het bestand is te ingewikkeld om te lezen.",
};

/** More levels than any editor's file has (a meerjarenagenda, the deepest, has six); far below the parser's limit. */
export const MAX_YAML_NESTING = 100;

/**
 * The offset where the YAML's nesting may pass `max` levels, or undefined. An upper bound, counted without parsing:
 * each open `[` or `{` (also inside quotes), and per line its indentation plus its leading `- `, `? ` and `: `
 * indicators, since a nested block needs at least one more of those than its parent.
 */
function nestingBeyond(text: string, max: number): number | undefined {
  let flow = 0;
  let block = 0;
  let lineStart = true;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === "\n") {
      lineStart = true;
      block = 0;
      continue;
    }
    if (lineStart) {
      const next = text[index + 1];
      if (char === " " || ((char === "-" || char === "?" || char === ":") && (next === " " || next === "\n" || next === undefined))) {
        block += 1;
        if (block > max) return index;
        continue;
      }
      lineStart = false;
    }
    if (char === "[" || char === "{") {
      flow += 1;
      if (flow + block > max) return index;
    } else if ((char === "]" || char === "}") && flow > 0) flow -= 1;
  }
  return undefined;
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
  const tooDeep = nestingBeyond(text, MAX_YAML_NESTING);
  if (tooDeep !== undefined) {
    // Not parsed at all: the parser recurses per level, and near the end of the stack V8 can abort the whole process.
    const lines = new LineCounter();
    const doc = parseDocument("", { lineCounter: lines });
    let line = 1;
    let lineStart = 0;
    for (let at = text.indexOf("\n"); at !== -1 && at < tooDeep; at = text.indexOf("\n", at + 1)) {
      line += 1;
      lineStart = at + 1;
    }
    const message = `Ongeldige YAML: het bestand is te diep genest (meer dan ${MAX_YAML_NESTING} lijsten en velden in elkaar). Controleer de haakjes en het inspringen.`;
    return { doc, lines, problems: [{ file, line: line + lineOffset, column: tooDeep - lineStart + 1, field: "", message, severity: "error" }] };
  }
  const lines = new LineCounter();
  // Duplicate keys are found below, in one pass: the parser's own check compares every key with every other.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, schema: "core", merge: false });
  const at = (offset: number | undefined, message: string): ContentProblem => {
    const { line, col } = lines.linePos(offset ?? 0);
    return { file, line: line + lineOffset, column: col, field: "", message, severity: "error" };
  };
  // The parser's messages are English; editors get a Dutch hint for the kind of mistake, at its place.
  const problems: ContentProblem[] = doc.errors.map((error) => at(error.pos[0], `Ongeldige YAML: ${yamlHints[error.code] ?? GENERAL_HINT}`));
  visit(doc, (_key, node) => {
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) {
          if (pair.key !== null && !isAlias(pair.key))
            problems.push(at((pair.key as { range?: [number] }).range?.[0], "Ongeldige YAML: een veldnaam moet gewone tekst zijn."));
          continue;
        }
        const name = String(pair.key.value);
        const offset = pair.key.range?.[0];
        const first = seen.get(name);
        if (first === undefined) seen.set(name, offset ?? 0);
        else
          problems.push(
            at(
              offset,
              `Ongeldige YAML: het veld '${name}' staat twee keer in het bestand (ook op regel ${lines.linePos(first).line + lineOffset}); laat er één staan.`,
            ),
          );
      }
    }
    if (isAlias(node)) {
      problems.push(
        at(
          node.range?.[0],
          `Een verwijzing (*${node.source}) naar een ander stuk van het bestand wordt niet ondersteund. Schrijf de waarde zelf uit.`,
        ),
      );
      return visit.SKIP;
    }
    if (isNode(node)) {
      if (node.anchor)
        problems.push(at(node.range?.[0], `Een anker (&${node.anchor}) wordt niet ondersteund. Haal het weg en schrijf elke waarde zelf uit.`));
      if (node.tag) {
        problems.push(
          at(
            node.range?.[0],
            `Een label als '${node.tag.replace("tag:yaml.org,2002:", "!!")}' wordt niet ondersteund. Haal het weg; zet tekst zo nodig tussen aanhalingstekens.`,
          ),
        );
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
