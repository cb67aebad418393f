import { SEARCH_INDEX_DIR, SEARCH_SITE_KEY } from "./search-index.js";

/**
 * The browser script of /zoeken/, as text: a small ES module on Pagefind's low-level JavaScript API. Pagefind's
 * ready-made UIs inject `<style>` elements and inline styles, which the strict CSP (`style-src 'self'`) blocks,
 * so the results are drawn here with the theme's own markup. It is plain modern JavaScript, served as is under a
 * content-hashed name; no bundler is needed for one small module.
 */
export const searchScript = `// Werkcentrum site search: Pagefind (https://pagefind.app/docs/api/) over the pages of this site.
// On werkcentrum.nl it merges its own index with every region's (https://pagefind.app/docs/multisite/), listed in
// the options of #zoekregio: each hit names its site, and #zoekregio narrows to one (a filter per merged index).
const form = document.querySelector("[data-zoeken] form");
const narrow = document.getElementById("zoekregio");
const field = form && form.querySelector("input[type=search]");
const status = document.getElementById("zoekstatus");
const list = document.getElementById("zoekresultaten");
const fallback = document.getElementById("zoeken-zonder-javascript");
/** The sites whose indexes are merged (werkcentrum.nl only): { label, index, baseUrl } from #zoekregio's options. */
const sources = narrow
  ? [...narrow.options].filter((option) => option.dataset.index).map((option) => ({ label: option.value, index: option.dataset.index, baseUrl: option.dataset.baseUrl }))
  : [];

/** The site a hit belongs to: the merged index whose address its URL starts with, else this site's own. */
function siteOf(url) {
  const other = sources.find((source) => source.baseUrl !== "/" && url.startsWith(source.baseUrl));
  const own = sources.find((source) => source.baseUrl === "/");
  return other ? other.label : own ? own.label : "";
}

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

/**
 * Whether a hit matches what was typed. For a word an index does not hold, Pagefind searches the longest start of it
 * that the index does hold (Pagefind #315; it cannot be turned off), so with every region's index merged, each index
 * without the word would add unrelated hits ("zwaluwstaart" found as the "z" of an A-Z list). A hit counts when a
 * word Pagefind marked in it starts like a typed word: the first three-fifths of it, at least three letters, which
 * leaves room for Dutch endings ("opleidingen" finds "opleiding").
 */
function matchesQuery(hit, terms) {
  const marked = hit.excerpt.filter((node) => node.nodeName === "MARK").map((mark) => (mark.textContent || "").toLowerCase());
  return terms.some((term) => {
    const start = term.slice(0, Math.max(3, Math.ceil(term.length * 0.6)));
    return marked.some((word) => word.startsWith(start));
  });
}

/** A hit as it is shown: Pagefind's data, with its excerpt parsed once (excerptNodes) for matchesQuery and the list. */
function hitOf(data) {
  return { url: data.url, title: (data.meta && data.meta.title) || data.url, excerpt: excerptNodes(data.excerpt || "") };
}

function resultItem(hit) {
  const item = document.createElement("li");
  item.className = "wc-search-result";
  const heading = document.createElement("h2");
  heading.className = "wc-search-result__title";
  const link = document.createElement("a");
  link.href = hit.url;
  link.textContent = hit.title;
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.append(...hit.excerpt);
  item.append(heading);
  const site = siteOf(hit.url);
  if (site) {
    const label = document.createElement("p");
    label.className = "wc-search-result__site wc-meta";
    label.textContent = site;
    item.append(label);
  }
  item.append(excerpt);
  return item;
}

/**
 * The other sites' indexes are merged when a search first needs them, not before: a search narrowed to one site loads
 * that site's index only. A site with no pages yet has no index: only the indexes that are there are merged, or every
 * search would fail. By label, the merge (or the finding that there is nothing to merge) under way or done.
 */
const merging = new Map();

function mergeSites(pagefind, list) {
  return Promise.all(
    list.map((source) => {
      if (!merging.has(source.label))
        merging.set(
          source.label,
          fetch(source.index + "pagefind-entry.json", { method: "HEAD" }).then(
            (response) => response.ok && pagefind.mergeIndex(source.index, { baseUrl: source.baseUrl, mergeFilter: { "${SEARCH_SITE_KEY}": source.label } }),
            () => undefined,
          ),
        );
      return merging.get(source.label);
    }),
  );
}

async function run(pagefind, query) {
  list.replaceChildren();
  if (query.trim() === "") {
    status.textContent = "Typ een of meer woorden en kies Zoeken.";
    return;
  }
  status.textContent = "Bezig met zoeken…";
  const only = narrow && narrow.value;
  await mergeSites(pagefind, sources.filter((source) => source.baseUrl !== "/" && (!only || source.label === only)));
  const search = await pagefind.search(query, only ? { filters: { "${SEARCH_SITE_KEY}": only } } : {});
  // Twenty hits are shown. With merged indexes, hits are read twenty at a time and the unrelated ones left out
  // (matchesQuery) until there are twenty; then how many there are in all is not known, only that there are more.
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const results = [];
  let read = 0;
  while (results.length < 20 && read < search.results.length) {
    const batch = (await Promise.all(search.results.slice(read, read + 20).map((result) => result.data()))).map(hitOf);
    read += batch.length;
    results.push(...(sources.length > 0 ? batch.filter((hit) => matchesQuery(hit, terms)) : batch));
  }
  const count = sources.length === 0 ? search.results.length : read === search.results.length ? results.length : undefined;
  results.splice(20);
  const where = "‘" + query + "’" + (only ? " in " + only : "");
  status.textContent =
    count === 0
      ? "Geen resultaten voor ‘" + query + "’. Probeer een ander woord, of kijk in de sitemap."
      : count === undefined
        ? "Meer dan 20 resultaten voor " + where + ", de eerste 20:"
        : count + (count === 1 ? " resultaat" : " resultaten") + " voor " + where + (count > 20 ? ", de eerste 20:" : ":");
  list.append(...results.map(resultItem));
}

async function start() {
  if (!form || !field || !status || !list) return;
  const pagefind = await import("/${SEARCH_INDEX_DIR}/pagefind.js");
  const own = sources.find((source) => source.baseUrl === "/");
  // noWorker: the search runs on the page instead of in Pagefind's web worker, which would be one more script
  // (10.6 KB) on the first query; on an index of this size a search takes milliseconds either way.
  await pagefind.options({ excerptLength: 24, noWorker: true, ...(own ? { mergeFilter: { "${SEARCH_SITE_KEY}": own.label } } : {}) });
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
    run(pagefind, field.value).catch(failed);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  if (narrow) narrow.addEventListener("change", () => field.value.trim() !== "" && submit());
  if (query) await run(pagefind, query);
}

function failed() {
  if (status) status.textContent = "Zoeken lukt nu niet. Kijk in de sitemap voor alle pagina's.";
}

start().catch(failed);
`;
