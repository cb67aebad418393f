import { SEARCH_SITE_KEY } from "./search-index.js";

/**
 * The browser script of /zoeken/, as text: a small ES module on Pagefind's low-level JavaScript API. Pagefind's
 * ready-made UIs inject `<style>` elements and inline styles, which the strict CSP (`style-src 'self'`) blocks,
 * so the results are drawn here with the theme's own markup. It is plain modern JavaScript, served as is under a
 * content-hashed name; no bundler is needed for 60 lines.
 */
export const searchScript = `// Werkcentrum site search: Pagefind (https://pagefind.app/docs/api/) over the pages of this site.
// On werkcentrum.nl the index holds every region's pages: each hit names its site, and #zoekregio narrows to one
// (Pagefind filters, https://pagefind.app/docs/js-api-filtering/).
const form = document.querySelector("[data-zoeken] form");
const narrow = document.getElementById("zoekregio");
const field = form && form.querySelector("input[type=search]");
const status = document.getElementById("zoekstatus");
const list = document.getElementById("zoekresultaten");
const fallback = document.getElementById("zoeken-zonder-javascript");

/** Pagefind's excerpt is HTML with <mark> around the matches: keep the marks, take everything else as text. */
function excerptNodes(html) {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent || "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent || "";
    return mark;
  });
}

function resultItem(result) {
  const item = document.createElement("li");
  item.className = "wc-search-result";
  const heading = document.createElement("h2");
  heading.className = "wc-search-result__title";
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = (result.meta && result.meta.title) || result.url;
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.append(...excerptNodes(result.excerpt || ""));
  item.append(heading);
  const site = result.meta && result.meta["${SEARCH_SITE_KEY}"];
  if (site) {
    const label = document.createElement("p");
    label.className = "wc-search-result__site wc-meta";
    label.textContent = site;
    item.append(label);
  }
  item.append(excerpt);
  return item;
}

async function run(pagefind, query) {
  list.replaceChildren();
  if (query.trim() === "") {
    status.textContent = "Typ een of meer woorden en kies Zoeken.";
    return;
  }
  status.textContent = "Bezig met zoeken…";
  const only = narrow && narrow.value;
  const search = await pagefind.search(query, only ? { filters: { "${SEARCH_SITE_KEY}": only } } : {});
  const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  const count = search.results.length;
  status.textContent =
    count === 0
      ? "Geen resultaten voor ‘" + query + "’. Probeer een ander woord, of kijk in de sitemap."
      : count + (count === 1 ? " resultaat" : " resultaten") + " voor ‘" + query + "’" + (only ? " in " + only : "") + (count > 20 ? ", de eerste 20:" : ":");
  list.append(...results.map(resultItem));
}

async function start() {
  if (!form || !field || !status || !list) return;
  const pagefind = await import("/pagefind/pagefind.js");
  // noWorker: the search runs on the page instead of in Pagefind's web worker, which would be one more script
  // (10.6 KB) on the first query; on an index of this size a search takes milliseconds either way.
  await pagefind.options({ excerptLength: 24, noWorker: true });
  await pagefind.init();
  if (fallback) fallback.hidden = true;
  const params = new URLSearchParams(location.search);
  const query = params.get("q") || "";
  field.value = query;
  if (narrow) narrow.value = params.get("${SEARCH_SITE_KEY}") || "";
  const submit = () => {
    const url = new URL(location.href);
    url.searchParams.set("q", field.value);
    if (narrow && narrow.value) url.searchParams.set("${SEARCH_SITE_KEY}", narrow.value);
    else url.searchParams.delete("${SEARCH_SITE_KEY}");
    history.replaceState(null, "", url);
    run(pagefind, field.value);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  if (narrow) narrow.addEventListener("change", () => field.value.trim() !== "" && submit());
  if (query) await run(pagefind, query);
}

start().catch(() => {
  if (status) status.textContent = "Zoeken lukt nu niet. Kijk in de sitemap voor alle pagina's.";
});
`;
