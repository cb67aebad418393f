import type { z } from "zod";
import { dutchErrors } from "./dutch-errors.js";
import { parseEditorYaml, readEditorText } from "./editor-text.js";
import { splitFrontMatter } from "./front-matter.js";
import type { ImageUse } from "./images.js";
import { isDownloadLink, referenceProblem } from "./references.js";
import { lintBody, type LocatedLink } from "./markdown/lint-body.js";
import { placeholderFieldProblems } from "./placeholder.js";
import { renderMarkdown } from "./markdown/render.js";
import { altTextProblem } from "./markdown/prose.js";
import { contentPath, nameProblem, permalinkFor, reservedUrlProblem, type ContentPath } from "./paths.js";
import type { ContentProblem } from "./problem.js";
import { hintedValues } from "./schema-walk.js";
import { contentSchemas, contentTypes, translatableTypes, typeFolders, type ContentDataMap, type ContentType } from "./schemas/index.js";
import { nearest, zodProblems, type YamlSource } from "./zod-problems.js";
import { positionOf } from "./yaml-position.js";

/** Who wrote a page: the region itself, or the national toolkit (a base text the region has not replaced). */
export type ContentOrigin = "region" | "toolkit";

/**
 * One valid content file: where it lives, what it is, its validated front matter (defaults applied, only keys a
 * schema defines), its body and the body's HTML. The URL (`permalink`) comes from the file's path alone.
 */
export type ContentEntry = {
  [T in ContentType]: Omit<ContentPath, "folderType"> & {
    type: T;
    data: ContentDataMap[T];
    body: string;
    /** The body rendered by the one Markdown set-up (`renderMarkdown`). */
    html: string;
    /** Every image the page shows (front matter and body), in file order: the build prepares these. */
    images: ImageUse[];
    /** How the file is named in problems, as `ParseContentOptions.file`. */
    file: string;
    /**
     * Every allowed link in the body and the front-matter link fields, except downloads (checked here against the
     * assets), with its place: the generator checks the ones to its own site against the pages it makes.
     */
    links: LocatedLink[];
    origin: ContentOrigin;
  };
}[ContentType];

export interface ParseContentOptions {
  /** How to name the file in problems, for example `sites/rijnmond/content/nieuws/banenmarkt.md`. */
  file: string;
  /** Path relative to `content/`, with `/`: decides type, slug and permalink. */
  path: string;
  /** Site paths of the images and downloads in the region's `content/`. */
  assets: ReadonlySet<string>;
  /** Default `region`. */
  origin?: ContentOrigin;
}

export interface ParseContentResult {
  /** Present when the file has no errors (it may have warnings). */
  data?: ContentEntry;
  problems: ContentProblem[];
}

const noFrontMatter =
  "Dit bestand heeft geen voorkant (front matter). Begin met een regel ---, zet daaronder de velden (zoals titel: …) en sluit af met een regel ---.";

/**
 * Checks one Markdown file: its bytes (or text), front matter and body. Never throws for bad input: every problem
 * comes back as data.
 */
export function parseContentFile(source: string | Uint8Array, options: ParseContentOptions): ParseContentResult {
  const { file } = options;
  const problems: ContentProblem[] = [];
  const fileProblem = (message: string, line = 1): ContentProblem => ({ file, line, column: 1, field: "", message, severity: "error" });
  const badName = nameProblem(options.path);
  if (badName) problems.push(fileProblem(badName));
  const reserved = badName ? undefined : reservedUrlProblem(permalinkFor(options.path));
  if (reserved) problems.push(fileProblem(reserved));

  const decoded = readEditorText(source, file);
  problems.push(...decoded.problems);
  if (decoded.text === undefined) return { problems };
  const split = splitFrontMatter(decoded.text);
  if (split.yaml === undefined) return { problems: [...problems, fileProblem(noFrontMatter)] };
  if (!split.closed) return { problems: [...problems, fileProblem("De voorkant wordt niet afgesloten: zet na de velden een regel met alleen ---.")] };
  const { doc, lines, problems: yamlProblems } = parseEditorYaml(split.yaml, file, split.yamlLine - 1);
  const yaml: YamlSource = { file, doc, lines, lineOffset: split.yamlLine - 1 };
  if (yamlProblems.length > 0) return { problems: [...problems, ...yamlProblems] };
  const raw: unknown = doc.toJS() ?? {};
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { problems: [...problems, fileProblem("De voorkant moet uit velden bestaan, elk op een eigen regel: naam: waarde.", split.yamlLine)] };
  }

  const where = contentPath(options.path);
  const { type, problem: typeProblem } = resolveType(where, (raw as Record<string, unknown>).type, yaml);
  if (typeProblem) problems.push(typeProblem);
  const schema = contentSchemas[type] as z.ZodType;
  const input = typeProblem ? { ...raw, type: undefined } : raw;
  const result = schema.safeParse(input, { error: dutchErrors });
  if (!result.success) problems.push(...zodProblems(schema, input, result.error, yaml));
  problems.push(...placeholderFieldProblems(raw, yaml));
  const images: ImageUse[] = [];
  problems.push(...frontMatterReferenceProblems(schema, input, yaml, options.assets, images));
  if (type === "pagina" && (raw as Record<string, unknown>).samenvatting === undefined) {
    problems.push({
      ...fileProblem("Deze pagina heeft geen samenvatting. Schrijf er een: die verschijnt in zoekmachines en in overzichten.", split.yamlLine),
      field: "samenvatting",
      severity: "warning",
    });
  }
  if (!translatableTypes.includes(type) && where.lang !== "nl") {
    problems.push(
      fileProblem(
        "Vragen staan alleen in het Nederlands op de pagina Veelgestelde vragen; een vertaalde vraag zou een losse pagina zonder Nederlandse versie worden. Zet vertaalde vragen en antwoorden in een vertaalde pagina, bijvoorbeeld veelgestelde-vragen.en.md.",
      ),
    );
  }
  if (type === "vraag" && split.body.trim() === "") {
    problems.push({ ...fileProblem("Schrijf het antwoord op de vraag onder de voorkant (na de tweede regel ---).", split.bodyLine), field: "tekst" });
  }
  const links: LocatedLink[] = [];
  problems.push(...lintBody({ file, body: split.body, bodyLine: split.bodyLine, assets: options.assets, lang: where.lang, images, links }));

  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (!result.success || problems.some((problem) => problem.severity === "error")) return { problems };
  const { folderType: _folderType, ...placement } = where;
  links.push(...frontMatterLinks(schema, result.data, yaml));
  links.sort((a, b) => a.line - b.line || a.column - b.column);
  const entry = {
    ...placement,
    type,
    data: result.data,
    body: split.body,
    html: renderMarkdown(split.body),
    images,
    file,
    links,
    origin: options.origin ?? "region",
  };
  return { data: entry as ContentEntry, problems };
}

/** The folder decides the type; `type:` may confirm it, and may choose the type of a file outside the typed folders. */
function resolveType(where: ContentPath, declared: unknown, yaml: YamlSource): { type: ContentType; problem?: ContentProblem } {
  if (declared === undefined) return { type: where.folderType };
  const at = (message: string): ContentProblem => ({
    file: yaml.file,
    ...lineOf(yaml, ["type"]),
    field: "type",
    message,
    severity: "error",
  });
  if (typeof declared !== "string" || !(contentTypes as string[]).includes(declared)) {
    const guess = typeof declared === "string" ? nearest(declared, contentTypes) : undefined;
    return {
      type: where.folderType,
      problem: at(`Onbekende soort '${String(declared)}'.${guess ? ` Bedoelt u '${guess}'?` : ""} Kies een van: ${contentTypes.join(", ")}.`),
    };
  }
  if (where.folderType !== "pagina" && declared !== where.folderType) {
    const folder = typeFolders[where.folderType as Exclude<ContentType, "pagina">];
    return {
      type: where.folderType,
      problem: at(
        `Dit bestand staat in de map ${folder}/ en is dus een ${where.folderType}, geen ${declared}. Haal 'type: ${declared}' weg, of verplaats het bestand.`,
      ),
    };
  }
  return { type: declared as ContentType };
}

function lineOf(yaml: YamlSource, path: readonly PropertyKey[]): { line: number; column: number } {
  const { line, column } = positionOf(yaml.doc, yaml.lines, path);
  return { line: line + yaml.lineOffset, column };
}

/** Images and downloads named in the front matter must exist in the region's folder; alt texts must say something. */
function frontMatterReferenceProblems(
  schema: z.ZodType,
  data: unknown,
  yaml: YamlSource,
  assets: ReadonlySet<string>,
  images: ImageUse[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { path, value, kind } of hintedValues(schema, data, ["image", "link"])) {
    if (typeof value !== "string") continue;
    const message =
      kind === "image"
        ? referenceProblem(value, "afbeelding", assets)
        : isDownloadLink(value)
          ? referenceProblem(value, "download", assets)
          : undefined;
    if (message) problems.push({ file: yaml.file, ...lineOf(yaml, path), field: path.join("."), message, severity: "error" });
    else if (kind === "image") images.push({ src: value, ...lineOf(yaml, path), field: path.join(".") });
  }
  const image = (data as { afbeelding?: { bron?: unknown; alt?: unknown } }).afbeelding;
  const alt = typeof image?.alt === "string" && image.alt.length >= 5 ? altTextProblem(image.alt, String(image.bron)) : undefined;
  if (alt) problems.push({ file: yaml.file, ...lineOf(yaml, ["afbeelding", "alt"]), field: "afbeelding.alt", message: alt, severity: "warning" });
  return problems;
}

/** The front-matter link fields (downloads aside), with the place of each value. */
function frontMatterLinks(schema: z.ZodType, data: unknown, yaml: YamlSource): LocatedLink[] {
  return hintedValues(schema, data, ["link"])
    .filter(({ value }) => typeof value === "string" && !isDownloadLink(value))
    .map(({ path, value }) => ({ href: value as string, ...lineOf(yaml, path), field: path.join(".") }));
}
