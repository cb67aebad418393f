/**
 * The browser script of /zoeken/, as text: a small ES module on Pagefind's low-level JavaScript API. Pagefind's
 * ready-made UIs inject `<style>` elements and inline styles, which the strict CSP (`style-src 'self'`) blocks,
 * so the results are drawn here with the theme's own markup. It is plain modern JavaScript, served as is under a
 * content-hashed name; no bundler is needed for 60 lines.
 */
export const searchScript = `// Werkcentrum site search: Pagefind (https://pagefind.app/docs/api/) over the pages of this site.
const form = document.querySelector("[data-zoeken] form");
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
  item.append(heading, excerpt);
  return item;
}

async function run(pagefind, query) {
  list.replaceChildren();
  if (query.trim() === "") {
    status.textContent = "Typ een of meer woorden en kies Zoeken.";
    return;
  }
  status.textContent = "Bezig met zoeken…";
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  const count = search.results.length;
  status.textContent =
    count === 0
      ? "Geen resultaten voor ‘" + query + "’. Probeer een ander woord, of kijk in de sitemap."
      : count + (count === 1 ? " resultaat" : " resultaten") + " voor ‘" + query + "’" + (count > 20 ? ", de eerste 20:" : ":");
  list.append(...results.map(resultItem));
}

async function start() {
  if (!form || !field || !status || !list) return;
  const pagefind = await import("/pagefind/pagefind.js");
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  if (fallback) fallback.hidden = true;
  const query = new URLSearchParams(location.search).get("q") || "";
  field.value = query;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set("q", field.value);
    history.replaceState(null, "", url);
    run(pagefind, field.value);
  });
  if (query) await run(pagefind, query);
}

start().catch(() => {
  if (status) status.textContent = "Zoeken lukt nu niet. Kijk in de sitemap voor alle pagina's.";
});
`;
