// Page checks that read the built HTML of every page: defects a reader notices although the markup is
// valid and accessible to a machine.
// - breadcrumb-repeats-title: a crumb that links to a page with the same text as the current page (the current
//   meerjarenagenda at /meerjarenagenda/ made "Meerjarenagenda 2026-2030 › Meerjarenagenda 2026-2030");
// - lead-repeated: the first paragraph of the text opens with the lead's first sentence (the audience pages said
//   "Zoekt u werk?" twice in a row);
// - page-reference-without-link: a paragraph or list item that sends the reader to "de pagina …" without a link in it
//   ("Op de pagina over contact leest u …");
// - glued-label: a <dt> directly followed by its <dd> without any space, which text-only readers such as the search
//   index run together ("WaarVoorbeeldhal").
import { join } from "node:path";
import { DomUtils } from "htmlparser2";
import { byTag, describe, elements, parsePage } from "../lib/html.mjs";
import { listHosts, listHtml, urlPathOf } from "../lib/dist.mjs";

const textOf = (el) => DomUtils.textContent(el).replace(/\s+/g, " ").trim();
const firstSentence = (text) => (text.match(/^.*?[.?!](?=\s|$)/)?.[0] ?? text).trim();
const hasClass = (el, name) => (el.attribs.class ?? "").split(/\s+/).includes(name);

export function pageProblems(doc) {
  const problems = [];
  const main = byTag(doc, "main")[0];
  for (const trail of elements(doc, (el) => hasClass(el, "wc-breadcrumbs"))) {
    const current = elements(trail, (el) => el.attribs["aria-current"] === "page")[0];
    const title = current ? textOf(current) : "";
    for (const link of byTag(trail, "a")) if (title && textOf(link) === title) problems.push(["breadcrumb-repeats-title", describe(link)]);
  }
  if (main) {
    const lead = elements(main, (el) => el.name === "p" && hasClass(el, "wc-lead"))[0];
    const prose = elements(main, (el) => hasClass(el, "wc-prose"))[0];
    const first = prose ? elements(prose, (el) => el.name === "p")[0] : undefined;
    if (lead && first && firstSentence(textOf(first)) === firstSentence(textOf(lead))) problems.push(["lead-repeated", describe(first)]);
    for (const block of elements(main, (el) => el.name === "p" || el.name === "li")) {
      if (/\bop de pagina\b/i.test(textOf(block)) && byTag(block, "a").length === 0) problems.push(["page-reference-without-link", describe(block)]);
    }
  }
  for (const dt of elements(doc, (el) => el.name === "dt")) {
    const next = dt.next;
    if (next && next.type === "tag" && next.name === "dd") problems.push(["glued-label", describe(dt)]);
  }
  return problems;
}

/** `only`: a Set of "host/path" pages to read (the self-test); every page when absent. */
export async function pagesGate(report, { dist, only }) {
  let pages = 0;
  for (const host of listHosts(dist)) {
    for (const rel of listHtml(dist, host)) {
      const page = `${host}${urlPathOf(rel)}`;
      if (only && !only.has(page)) continue;
      pages += 1;
      for (const [rule, element] of pageProblems(await parsePage(join(dist, host, rel)))) report.fail("pages", rule, page, element);
    }
  }
  report.note(`pages: ${pages} pages read for repeated titles and leads, page references without a link and glued labels`);
}
