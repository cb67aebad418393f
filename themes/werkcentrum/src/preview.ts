import { components } from "./components.js";

/** A virtual page for the generator: `config.addTemplate(previewPage.path, previewPage.content, previewPage.data)`. */
export interface PreviewPage {
  path: string;
  content: string;
  data: Record<string, unknown>;
}

/**
 * The component preview page, published on the national site at `/ontwerp/`: every component with every example,
 * rendered by the same templates the sites use, with its parameters. Plain data only (no zod schemas), because
 * Eleventy clones page data.
 */
export const previewPage: PreviewPage = {
  path: "ontwerp/index.njk",
  content: '{% include "preview/ontwerp.njk" %}',
  data: {
    layout: "layouts/page.njk",
    title: "Ontwerp: de onderdelen van de Werkcentrum-websites",
    description: "Alle onderdelen van het Werkcentrum-thema met voorbeelden, voor ontwerpers en ontwikkelaars.",
    robots: "noindex",
    eleventyExcludeFromCollections: true,
    previewComponents: components.map(({ name, macro, title, description, examples }) => ({
      name,
      macro,
      title,
      description,
      examples: examples.map((example) => ({ name: example.name, params: example.params })),
    })),
  },
};
