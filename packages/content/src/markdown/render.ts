import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { toSlug } from "@werkcentrum/regions";
import { templatesDir } from "@werkcentrum/theme";
import markdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import type Token from "markdown-it/lib/token.mjs";

// The one Markdown set-up that renders what editors write. Raw HTML is never rendered (`html: false`: it shows as
// text, and the check already refuses it), bare URLs stay text and quotes are not changed.
const renderer = markdownIt({ html: false, linkify: false, typographer: false });

// markdown-it aligns table columns (`| ---: |`) with a style attribute, which the strict CSP blocks and the deploy
// scan refuses; the theme has a class for each alignment instead (`.wc-align-left`, `-center`, `-right`).
for (const rule of ["th_open", "td_open"] as const) {
  renderer.renderer.rules[rule] = (tokens: Token[], index, options, _env, self) => {
    const token = tokens[index]!;
    const style = token.attrGet("style");
    const align = /^text-align:(left|center|right)$/.exec(style ?? "")?.[1];
    if (style !== null) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
      if (align) token.attrJoin("class", `wc-align-${align}`);
    }
    return self.renderToken(tokens, index, options);
  };
}

const staticIds = (file: string) => [...readFileSync(file, "utf8").matchAll(/\sid="([^"{}]+)"/g)].map((match) => match[1]!);

/** The ids the theme's base layout gives every page (`id="inhoud"` on <main>, the skip link's target), read from the layout. */
export const layoutIds: ReadonlySet<string> = new Set(staticIds(join(templatesDir, "layouts", "base.njk")));

/**
 * Every id the theme's templates write as is (`inhoud`, and `nieuws` and `agenda` on the home page, …). A heading
 * may not take one: an id must be unique on the page, and the home page shows the editor's text above its lists.
 */
const themeIds: ReadonlySet<string> = new Set(
  readdirSync(templatesDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".njk"))
    .flatMap((file) => staticIds(join(templatesDir, file))),
);

// Every heading gets an id, so a link can point at it (`/over-ons/#contact`). markdown-it-anchor writes the ids and
// numbers repeats (`-1`, `-2`); the slug is the one of @werkcentrum/regions (accents dropped, `a-z0-9-`), and a
// heading whose slug is a theme id, or that has no letters or digits, gets `kop-` in front.
renderer.use(anchor, { tabIndex: false, slugify: headingId });

/** The id a heading with this text gets, before repeats are numbered. */
export function headingId(title: string): string {
  const slug = toSlug(title);
  return slug === "" || themeIds.has(slug) ? `kop-${slug || "1"}` : slug;
}

/**
 * Writes one image of a body: gets the image's site path (`/afbeeldingen/foto.jpg`) and its alt text, and returns
 * the HTML to put in its place, or undefined for markdown-it's plain <img>. The generator passes one that renders
 * the theme's <picture> (helpers/picture.njk) for the image as it prepared it.
 */
export type ImageRenderer = (src: string, alt: string) => string | undefined;

const plainImage = renderer.renderer.rules.image!;
renderer.renderer.rules.image = (tokens: Token[], index, options, env: { image?: ImageRenderer }, self) => {
  const token = tokens[index]!;
  const html = env.image?.(token.attrGet("src") ?? "", self.renderInlineAsText(token.children ?? [], options, env));
  return html ?? plainImage(tokens, index, options, env, self);
};

/** The HTML of a Markdown body, as every page of the site shows it; `image` writes its images (ImageRenderer). */
export function renderMarkdown(body: string, options: { image?: ImageRenderer } = {}): string {
  return renderer.render(body, { image: options.image });
}
