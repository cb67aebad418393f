import markdownIt, { type Token } from "markdown-it";
import { linkProblem } from "../links.js";
import { PLACEHOLDER, PLACEHOLDER_BODY_MESSAGE } from "../placeholder.js";
import type { ImageUse } from "../images.js";
import type { ContentProblem } from "../problem.js";
import { isDownloadLink, referenceProblem } from "../references.js";
import { Locator } from "./locate.js";
import { altTextProblem, looksEnglish, MAX_PARAGRAPH_WORDS, MAX_SENTENCE_WORDS, sentencesOf, vagueLinkTexts, wordsOf } from "./prose.js";

// The site renders with html: false, so raw HTML shows as text. This parser turns HTML on, and accepts every
// link, only to find those things and tell the editor; it never renders.
const parser = markdownIt({ html: true, linkify: false });
parser.validateLink = () => true;

export interface BodyContext {
  file: string;
  body: string;
  /** 1-based file line of the first body line. */
  bodyLine: number;
  /** Site paths of the files in the region's `content/`. */
  assets: ReadonlySet<string>;
  lang: string;
  /** When given, every image the body shows is added here (site path and place), for the image checks. */
  images?: ImageUse[];
  /** When given, every allowed link that is not a download is added here, with its place, for the link check. */
  links?: LocatedLink[];
}

/** A link an editor wrote, where it is: in the body (`tekst`) or in a front-matter link field. */
export interface LocatedLink {
  href: string;
  line: number;
  column: number;
  field: string;
}

type Report = (position: { line: number; column: number }, message: string, severity: ContentProblem["severity"]) => void;

/** Every problem in a Markdown body: safety rules as errors, editor lints as warnings. */
export function lintBody(context: BodyContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report: Report = (position, message, severity) => problems.push({ file: context.file, ...position, field: "tekst", message, severity });
  const lines = context.body.split(/\r?\n/);
  lintRawLines(lines, context.bodyLine, report);

  const locator = new Locator(lines, context.bodyLine);
  const tokens = parser.parse(context.body, {});
  let headingLevel = 1;
  tokens.forEach((token, index) => {
    locator.block(token.map);
    if (token.type === "html_block") {
      report(
        locator.blockStart(),
        "HTML wordt niet getoond: de bezoeker ziet de code als gewone tekst. Gebruik Markdown, bijvoorbeeld **vet** of [linktekst](https://…).",
        "error",
      );
    } else if (token.type === "heading_open") {
      headingLevel = lintHeading(Number(token.tag.slice(1)), headingLevel, locator, report);
    } else if (token.type === "paragraph_open" && context.lang === "nl") {
      lintParagraph(tokens[index + 1], locator, report);
    } else if (token.type === "inline") {
      lintInline(token.children ?? [], context, locator, report);
    }
  });
  return problems;
}

/**
 * Placeholders left to fill in, found in the raw text. (Template code such as `{{` is not looked for: nothing an
 * editor writes is ever run as a template, so it is shown as the text it is.)
 */
function lintRawLines(lines: string[], firstLine: number, report: Report): void {
  lines.forEach((text, index) => {
    const placeholder = text.indexOf(PLACEHOLDER);
    if (placeholder >= 0) {
      report({ line: firstLine + index, column: placeholder + 1 }, PLACEHOLDER_BODY_MESSAGE, "error");
    }
  });
}

function lintHeading(level: number, previous: number, locator: Locator, report: Report): number {
  if (level === 1) {
    report(locator.blockStart(), "Gebruik in de tekst geen kop met één #: de titel is al de hoofdkop. Begin met ## .", "warning");
  } else if (level > previous + 1) {
    report(
      locator.blockStart(),
      `Deze kop slaat een niveau over: na een kop van niveau ${previous} komt hier niveau ${level}. Gebruik ${"#".repeat(previous + 1)} .`,
      "warning",
    );
  }
  return level;
}

function plainText(children: readonly Token[]): string {
  return children
    .map((child) => (child.type === "text" ? child.content : child.type === "softbreak" || child.type === "hardbreak" ? " " : ""))
    .join("");
}

function lintParagraph(inline: Token | undefined, locator: Locator, report: Report): void {
  const text = plainText(inline?.children ?? []);
  const count = wordsOf(text).length;
  if (count > MAX_PARAGRAPH_WORDS) {
    report(
      locator.blockStart(),
      `Deze alinea telt ${count} woorden. Houd een alinea onder ${MAX_PARAGRAPH_WORDS} woorden: splits hem, of maak er een opsomming van.`,
      "warning",
    );
  }
  // A paragraph of at most MAX_SENTENCE_WORDS words cannot hold a longer sentence; splitting it into sentences
  // (Intl.Segmenter) is the costly part of this lint, so it is skipped there (docs/performance.md).
  for (const sentence of count > MAX_SENTENCE_WORDS ? sentencesOf(text) : []) {
    const length = wordsOf(sentence).length;
    if (length > MAX_SENTENCE_WORDS) {
      const start = sentence.split(/\s+/).slice(0, 3).join(" ");
      report(
        locator.find(start),
        `Lange zin (${length} woorden), begint met '${start} …'. Schrijf zinnen van hoogstens ${MAX_SENTENCE_WORDS} woorden; voor taalniveau B1 zijn 10 tot 15 woorden goed.`,
        "warning",
      );
    }
  }
  if (looksEnglish(text)) {
    report(
      locator.blockStart(),
      "Deze alinea lijkt Engels. Schrijf op een Nederlandse pagina in het Nederlands, of maak een vertaling in een eigen bestand (naam.en.md).",
      "warning",
    );
  }
}

function lintInline(children: readonly Token[], context: BodyContext, locator: Locator, report: Report): void {
  children.forEach((child, index) => {
    // One report per element: its closing tag adds nothing for the editor.
    if (child.type === "html_inline" && !child.content.startsWith("</")) {
      report(
        locator.find(child.content),
        "HTML wordt niet getoond: de bezoeker ziet de code als gewone tekst. Gebruik Markdown in plaats van HTML.",
        "error",
      );
    } else if (child.type === "image") {
      const src = child.attrGet("src") ?? "";
      const position = locator.find(src);
      const wrong = referenceProblem(src, "afbeelding", context.assets);
      if (wrong) report(position, wrong, "error");
      else context.images?.push({ src, ...position, field: "tekst" });
      const alt = altTextProblem(child.content, src);
      if (alt) report(position, alt, "warning");
    } else if (child.type === "link_open") {
      lintLink(child.attrGet("href") ?? "", linkText(children, index), context, locator, report);
    }
  });
}

/** The text between a link_open and its link_close. */
function linkText(children: readonly Token[], open: number): string {
  const close = children.findIndex((child, index) => index > open && child.type === "link_close");
  return plainText(children.slice(open + 1, close === -1 ? undefined : close));
}

function lintLink(href: string, text: string, context: BodyContext, locator: Locator, report: Report): void {
  const position = locator.find(href);
  const unsafe = linkProblem(href);
  if (unsafe) report(position, unsafe, "error");
  else if (isDownloadLink(href)) {
    const missing = referenceProblem(href, "download", context.assets);
    if (missing) report(position, missing, "error");
  } else context.links?.push({ href, ...position, field: "tekst" });
  const normalized = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  if (vagueLinkTexts.has(normalized)) {
    report(
      position,
      `De linktekst '${text.trim()}' zegt niet waar de link heen gaat. Beschrijf het doel, bijvoorbeeld 'Bekijk de vacatures bij UWV'.`,
      "warning",
    );
  }
}
