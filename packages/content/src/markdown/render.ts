import markdownIt from "markdown-it";

// The one Markdown set-up that renders what editors write. Raw HTML is never rendered (`html: false`: it shows as
// text, and the check already refuses it), bare URLs stay text and quotes are not changed.
const renderer = markdownIt({ html: false, linkify: false, typographer: false });

/** The HTML of a Markdown body, as every page of the site shows it. */
export function renderMarkdown(body: string): string {
  return renderer.render(body);
}
