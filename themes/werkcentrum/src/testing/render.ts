import { parseHTML } from "linkedom";
import nunjucks from "nunjucks";
import { nunjucksFilters } from "../filters.js";
import { templatesDir } from "../paths.js";

/** A Nunjucks environment set up as the generator's: theme templates only, autoescaping on, the theme's filters. */
export const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir), {
  autoescape: true,
  throwOnUndefined: false,
});
for (const [name, filter] of Object.entries(nunjucksFilters)) env.addFilter(name, filter);

/** Renders one component macro with the given params. */
export function renderComponent(name: string, macro: string, params: unknown): string {
  return env.renderString(`{% from "components/${name}/macro.njk" import ${macro} %}{{ ${macro}(params) }}`, { params });
}

/** Parses a fragment into a DOM, to assert facts about elements rather than strings. */
export function parseFragment(html: string): Document {
  return parseHTML(`<!doctype html><html lang="nl"><body>${html}</body></html>`).document as unknown as Document;
}

/** Renders a component and returns its DOM. */
export function renderDom(name: string, macro: string, params: unknown): Document {
  return parseFragment(renderComponent(name, macro, params));
}

/** Text content with runs of whitespace collapsed. */
export function text(node: { textContent: string | null } | null | undefined): string {
  return (node?.textContent ?? "").replace(/\s+/g, " ").trim();
}
