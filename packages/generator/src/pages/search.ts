import { createHash } from "node:crypto";
import { searchScript } from "./search-script.js";
import { takenUrls } from "./shared.js";
import type { PageModule } from "./types.js";

/** `/assets/zoeken.<hash>.js`: content-hashed, so nginx may cache it for a year (deploy/headers.ts). */
export const searchScriptUrl = `/assets/zoeken.${createHash("sha256").update(searchScript).digest("hex").slice(0, 10)}.js`;

const page = `{% extends "layouts/base.njk" %}
{% block head %}
  <script type="module" src="{{ searchScriptUrl }}"></script>
{% endblock %}
{% block main %}
{%- from "components/search-form/macro.njk" import wcSearchForm -%}
<h1>{{ title }}</h1>
<div data-zoeken>
{{ wcSearchForm({ id: "zoekveld", label: "Waar zoekt u naar?" }) }}
</div>
<p id="zoeken-zonder-javascript">Zoeken werkt alleen als JavaScript aan staat in uw browser. U vindt alle pagina's van deze website ook in de <a href="/sitemap/">sitemap</a>.</p>
<p id="zoekstatus" class="wc-meta" role="status"></p>
<ol id="zoekresultaten" class="wc-search-results"></ol>
{% endblock %}
`;

/**
 * `/zoeken/` on a regional site: the search form, and a small script that searches the Pagefind index which the
 * build writes to `/pagefind/` after Eleventy (search-index.ts). The script is loaded on this page only. Without
 * JavaScript the page says so and links to the sitemap.
 */
export const addSearchPage: PageModule = async (config, context) => {
  if (context.site.kind !== "region") return;
  if (takenUrls(context).has("/zoeken/")) return;
  config.addTemplate("_werkcentrum/zoeken.njk", page, {
    layout: false,
    permalink: "/zoeken/",
    title: "Zoeken",
    description: "Zoek op deze website.",
    searchScriptUrl,
  });
  config.addTemplate("_werkcentrum/zoeken-script.njk", "{{ script | safe }}", {
    layout: false,
    permalink: searchScriptUrl,
    eleventyExcludeFromCollections: true,
    script: searchScript,
  });
};
