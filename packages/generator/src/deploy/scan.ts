import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ContentProblem } from "@werkcentrum/content";
import { Parser } from "htmlparser2";
import { listFiles } from "./files.js";

/**
 * Checks that the built pages need nothing the Content-Security-Policy (headers.ts) forbids: no inline script or
 * style, no event-handler attributes, no `javascript:` or `data:` URLs, no frames, plugins or `<base>`, and no
 * resource from another origin. A browser would block each of these, so a page that has one is broken, not just
 * impolite. Navigation links (`<a href>`) may point anywhere: they load nothing.
 */

/** Script types that are data blocks: the browser never executes them, so the CSP does not apply. */
const DATA_SCRIPT_TYPES = new Set(["application/ld+json", "application/json"]);
/** `<link rel>` values that make the browser fetch or connect. */
const LOADING_RELS = new Set([
  "stylesheet",
  "preload",
  "modulepreload",
  "prefetch",
  "preconnect",
  "dns-prefetch",
  "icon",
  "apple-touch-icon",
  "apple-touch-icon-precomposed",
  "mask-icon",
  "manifest",
]);
/** Attributes whose URL the browser loads, per element (`*` = any element). */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  script: ["src"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  input: ["src", "formaction"],
  button: ["formaction"],
  form: ["action"],
  image: ["href", "xlink:href"],
  use: ["href", "xlink:href"],
};
const FORBIDDEN_ELEMENTS: Record<string, string> = {
  style: "Een <style>-blok wordt door de CSP geblokkeerd (style-src 'self'); zet de stijl in het CSS-bestand van het thema.",
  base: "<base> wordt door de CSP geblokkeerd (base-uri 'none').",
  iframe: "Een <iframe> wordt door de CSP geblokkeerd (frame-src 'none').",
  frame: "Een <frame> wordt door de CSP geblokkeerd (frame-src 'none').",
  object: "<object> wordt door de CSP geblokkeerd (object-src 'none').",
  embed: "<embed> wordt door de CSP geblokkeerd (object-src 'none').",
};

/** Why a loaded URL breaks the CSP on a page of `host`; undefined when it is a same-origin URL. */
export function urlProblem(url: string, host: string): string | undefined {
  const value = url.trim();
  if (value === "") return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === "data" || scheme === "blob") return `${scheme}:-adressen worden door de CSP geblokkeerd; gebruik een bestand op de eigen site.`;
  if (scheme === "javascript") return "javascript:-adressen zijn inline script en worden door de CSP geblokkeerd.";
  if (scheme && scheme !== "http" && scheme !== "https") return `Een ${scheme}:-adres kan niet als bron worden geladen.`;
  if (!scheme && !value.startsWith("//")) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value, `https://${host}/`);
  } catch {
    return `Ongeldig adres '${value}'.`;
  }
  if (parsed.host !== host) return `${parsed.host} is een andere herkomst; de CSP staat alleen bronnen van de eigen site toe.`;
  if (parsed.protocol !== "https:") return "Een http://-adres is gemengde inhoud; gebruik een pad dat met / begint.";
  return undefined;
}

/** The URLs of a `srcset`: each candidate is a URL, optionally followed by a width or density descriptor. */
function srcsetUrls(srcset: string): string[] {
  // Hand-written because candidates only split on a comma followed by white space; no library is needed for that.
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

function lineFinder(text: string): (index: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (index) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: index - starts[low]! + 1 };
  };
}

/** Every CSP problem in one HTML document served from `host`. */
export function scanHtml(html: string, file: string, host: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const locate = lineFinder(html);
  const report = (field: string, message: string) => problems.push({ file, ...locate(parser.startIndex), field, message, severity: "error" });
  const checkUrl = (field: string, url: string) => {
    const problem = urlProblem(url, host);
    if (problem) report(field, problem);
  };
  let inlineScript = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (FORBIDDEN_ELEMENTS[name]) report(name, FORBIDDEN_ELEMENTS[name]);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute === "style") report(`${name}[style]`, "Een style-attribuut wordt door de CSP geblokkeerd; gebruik een klasse uit het thema.");
          if (/^on[a-z]+$/.test(attribute)) report(`${name}[${attribute}]`, "Een event-attribuut is inline script en wordt door de CSP geblokkeerd.");
          if (/^\s*javascript:/i.test(value))
            report(`${name}[${attribute}]`, "javascript:-adressen zijn inline script en worden door de CSP geblokkeerd.");
        }
        if (name === "script") {
          const type = (attributes.type ?? "").trim().toLowerCase();
          inlineScript = attributes.src === undefined && !DATA_SCRIPT_TYPES.has(type);
        }
        if (name === "link") {
          const rels = (attributes.rel ?? "").toLowerCase().split(/\s+/);
          if (rels.some((rel) => LOADING_RELS.has(rel))) {
            if (attributes.href !== undefined) checkUrl("link[href]", attributes.href);
            if (attributes.imagesrcset) for (const url of srcsetUrls(attributes.imagesrcset)) checkUrl("link[imagesrcset]", url);
          }
        }
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value === undefined || (name === "input" && attribute === "src" && attributes.type?.toLowerCase() !== "image")) continue;
          const urls = attribute === "srcset" ? srcsetUrls(value) : [value];
          for (const url of urls) checkUrl(`${name}[${attribute}]`, url);
        }
      },
      ontext(text) {
        if (inlineScript && text.trim()) {
          report("script", "Inline script wordt door de CSP geblokkeerd; laad het script als bestand met src.");
          inlineScript = false;
        }
      },
      onclosetag(name) {
        if (name === "script") inlineScript = false;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return problems;
}

/** Every `url(...)` and `@import` in a stylesheet that the CSP would block. */
export function scanCss(css: string, file: string, host: string): ContentProblem[] {
  const locate = lineFinder(css);
  const problems: ContentProblem[] = [];
  // A regular expression, not a CSS parser: only the URL tokens matter here, and a parser would be a second
  // dependency for the same two patterns.
  const pattern = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g;
  for (const match of css.matchAll(pattern)) {
    const url = match.slice(1).find((group) => group !== undefined) ?? "";
    const problem = urlProblem(url, host);
    if (problem) problems.push({ file, ...locate(match.index), field: "url()", message: problem, severity: "error" });
  }
  return problems;
}

export interface SiteScan {
  htmlFiles: number;
  cssFiles: number;
  problems: ContentProblem[];
}

/** Scans every HTML and CSS file of one built site (not the precompressed twins). */
export async function scanSite(outputDir: string, host: string): Promise<SiteScan> {
  const files = await listFiles(outputDir);
  const scan: SiteScan = { htmlFiles: 0, cssFiles: 0, problems: [] };
  for (const file of files) {
    const isHtml = file.endsWith(".html");
    if (!isHtml && !file.endsWith(".css")) continue;
    const text = await readFile(join(outputDir, file), "utf8");
    const path = join(outputDir, file);
    if (isHtml) scan.htmlFiles += 1;
    else scan.cssFiles += 1;
    scan.problems.push(...(isHtml ? scanHtml(text, path, host) : scanCss(text, path, host)));
  }
  return scan;
}
