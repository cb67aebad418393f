import { internationalPhone, type SiteProfile } from "@werkcentrum/regions";
import { takenUrls } from "./shared.js";
import type { PageContext, PageModule } from "./types.js";

// The one tel: rule of the whole project (regions' rules/phone.ts); re-exported for existing importers.
export { internationalPhone };

/** Parameters of the theme's contact block from site.yml's `contact`, or undefined when there is nothing to show. */
export function contactBlock(profile: SiteProfile | undefined): Record<string, unknown> | undefined {
  const contact = profile?.contact;
  if (!contact) return undefined;
  const number = contact.telefoon ? internationalPhone(contact.telefoon) : undefined;
  const block = {
    heading: "Bellen, mailen of een vraag stellen",
    // Non-breaking spaces keep the number on one line (and html-validate's tel-non-breaking rule asks for them).
    ...(contact.telefoon && number ? { phone: { number, text: contact.telefoon.replace(/ /g, "\u00a0") } } : {}),
    ...(contact.telefoon && !number ? { text: `Bel ons op ${contact.telefoon}.` } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.contactpagina ? { contactHref: contact.contactpagina, contactText: "Stel uw vraag via het contactformulier" } : {}),
  };
  // The block needs at least one link; a short number alone is then told in words on the page itself.
  return "phone" in block || "email" in block || "contactHref" in block ? block : undefined;
}

const regionContact = `{% extends "layouts/base.njk" %}
{% block main %}
{%- from "components/contact-block/macro.njk" import wcContactBlock -%}
{%- set profile = site.profile %}
<h1>{{ title }}</h1>
<p class="wc-lead">{{ description }}</p>
{%- if contactParams %}
{{ wcContactBlock(contactParams) }}
{%- elif shortNumber %}
<p>Bel ons op {{ shortNumber }}.</p>
{%- endif %}
{%- if profile.vestigingen and profile.vestigingen | length %}
<section class="wc-section" aria-labelledby="langskomen">
  <h2 id="langskomen">Langskomen</h2>
  <p>U kunt ook langskomen. {% if profile.vestigingen | length == 1 %}Dit is ons adres:{% else %}Dit zijn onze adressen:{% endif %}</p>
  <ul>
    {%- for vestiging in profile.vestigingen %}
    <li>{{ vestiging.naam }}, {{ vestiging.adres }}, {{ vestiging.plaats }}</li>
    {%- endfor %}
  </ul>
  <p><a href="/vestigingen/">Bekijk de openingstijden{% if profile.vestigingen | length > 1 %} van alle vestigingen{% endif %}</a></p>
</section>
{%- endif %}
{%- if not contactParams and not shortNumber and not (profile.vestigingen and profile.vestigingen | length) %}
<p>Het Werkcentrum {{ region.name }} heeft zijn contactgegevens nog niet op deze website gezet. Kijk later nog eens.</p>
{%- endif %}
{%- if profile.bestaandeWebsite %}
<section class="wc-section" aria-labelledby="andere-website">
  <h2 id="andere-website">Onze andere website</h2>
  <p>Een deel van onze informatie staat nog op een andere website.</p>
  <p><a href="{{ profile.bestaandeWebsite.url }}">Naar {{ profile.bestaandeWebsite.naam or legacyName }}</a></p>
</section>
{%- endif %}
<section class="wc-section" aria-labelledby="andere-regio">
  <h2 id="andere-regio">Woont u in een andere regio?</h2>
  <p>Elke regio heeft een eigen Werkcentrum. <a href="https://{{ landingHost }}/">Zoek het Werkcentrum bij u in de buurt</a>.</p>
</section>
{% endblock %}
`;

const landingContact = `{% extends "layouts/base.njk" %}
{% block main %}
<h1>{{ title }}</h1>
<p class="wc-lead">{{ description }}</p>
<div class="wc-prose">
<p>Heeft u een vraag over werk? Dan helpt het Werkcentrum in uw eigen regio u verder. Daar kunt u bellen, mailen of langskomen.</p>
<h2>Zo vindt u uw Werkcentrum</h2>
<ol>
  <li>Ga naar de <a href="/#werkcentra">lijst met alle Werkcentra</a>.</li>
  <li>Zoek de gemeente waar u woont of werkt.</li>
  <li>Op de website van dat Werkcentrum staat hoe u het bereikt.</li>
</ol>
<p>Weet u niet in welke regio uw gemeente ligt? In de lijst staat bij elk Werkcentrum welke gemeenten erbij horen.</p>
</div>
{% endblock %}
`;

const LEGACY_NAMES: Record<string, string> = {
  RMT: "de website van het regionale mobiliteitsteam",
  WerkgeversServicepunt: "de website van het WerkgeversServicepunt",
  Leerwerkloket: "de website van het Leerwerkloket",
  anders: "onze andere website",
};

function addContactPage(config: Parameters<PageModule>[0], context: PageContext): void {
  if (context.site.kind === "landing") {
    config.addTemplate("_werkcentrum/contact.njk", landingContact, {
      layout: false,
      permalink: "/contact/",
      title: "Contact",
      description: "Met vragen over werk kunt u terecht bij het Werkcentrum in uw regio.",
    });
    return;
  }
  const contact = context.profile?.contact;
  const params = contactBlock(context.profile);
  const soort = context.profile?.bestaandeWebsite?.soort;
  config.addTemplate("_werkcentrum/contact.njk", regionContact, {
    layout: false,
    permalink: "/contact/",
    title: "Contact",
    description: `Zo bereikt u het ${context.site.title}.`,
    contactParams: params,
    shortNumber: !params && contact?.telefoon ? contact.telefoon : undefined,
    legacyName: soort ? LEGACY_NAMES[soort] : undefined,
  });
}

/** Every page of the site in the sitemap: HTML pages only (URLs ending in /), without pages marked noindex. */
// Pages whose canonical address is another page (data `canonicalUrl`) are left out, as sitemaps should list only
// canonical URLs. Filter first, then sort: pages without output have \`url: false\`, which no comparison orders consistently.
const pageFilter = `{%- set found = [] -%}
{%- for item in collections.all -%}
  {%- if item.url and item.url.endsWith("/") and not (item.data.robots and "noindex" in item.data.robots) and not item.data.canonicalUrl and found.push(item) %}{% endif -%}
{%- endfor -%}
{%- set pages = found | sort(false, true, "url") -%}`;

const sitemapXml = `${pageFilter}<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{%- for item in pages %}
  <url><loc>{{ siteUrl }}{{ item.url.slice(1) }}</loc></url>
{%- endfor %}
</urlset>
`;

const sitemapPage = `{% extends "layouts/base.njk" %}
{% block main %}
${pageFilter}
<h1>{{ title }}</h1>
<p class="wc-lead">{{ description }}</p>
<ul class="wc-sitemap">
  {%- for item in pages %}
  <li><a href="{{ item.url }}">{{ item.data.title or item.url }}</a>{% if item.url != "/" and item.url.split("/").length > 3 %} <span class="wc-meta">({{ item.url }})</span>{% endif %}</li>
  {%- endfor %}
</ul>
{% endblock %}
`;

const robotsTxt = `# Every page of {{ site.host }} may be indexed.
User-agent: *
Allow: /

Sitemap: {{ siteUrl }}sitemap.xml
`;

/**
 * The pages and files every site has, the landing site included: /contact/, the human-readable /sitemap/,
 * sitemap.xml and robots.txt. (/toegankelijkheid/ and /privacy/ are base texts in the site model: sites.ts says
 * which base texts each site gets.) The footer of every page links them. A site's own page always wins.
 */
export const addRequiredPages: PageModule = (config, context) => {
  const taken = takenUrls(context);
  const siteUrl = `https://${context.site.host}/`;
  if (!taken.has("/contact/")) addContactPage(config, context);
  if (!taken.has("/sitemap/")) {
    config.addTemplate("_werkcentrum/sitemap.njk", sitemapPage, {
      layout: false,
      permalink: "/sitemap/",
      title: "Sitemap",
      description: "Alle pagina's van deze website op een rij.",
    });
  }
  const file = { layout: false, eleventyExcludeFromCollections: true, siteUrl };
  config.addTemplate("_werkcentrum/sitemap-xml.njk", sitemapXml, { ...file, permalink: "/sitemap.xml" });
  config.addTemplate("_werkcentrum/robots-txt.njk", robotsTxt, { ...file, permalink: "/robots.txt" });
};
