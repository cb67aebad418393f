/**
 * The section layouts, as Nunjucks source for virtual templates (section-pages.ts). They extend the theme's
 * `layouts/base.njk` and use only its components and classes, so the theme keeps the whole look and the strict
 * CSP (no inline script or style). Each reads its generated data from `sectionPages[page.url]`.
 */

/** The page title and its lead (the editor's summary), at the top of every section page. */
const titleAndLead = `<h1>{{ title }}</h1>
{%- if description %}
<p class="wc-lead">{{ description }}</p>
{%- endif %}`;

/** The heading, lead and the editor's own text that every section overview starts with. */
const sectionIntro = `${titleAndLead}
{%- if content | trim | length %}
<div class="wc-prose">
{{ content | safe }}
</div>
{%- endif %}`;

/** An audience (`/werkzoekenden/`) or one of its target-group pages: intro text, filter links, service cards. */
export const audienceLayout = `{% extends "layouts/base.njk" %}
{% block main %}
{%- from "components/service-card/macro.njk" import wcServiceCard -%}
{%- set section = sectionPages[page.url] -%}
${sectionIntro}
{%- if section.services | length %}
<section class="wc-section" aria-labelledby="diensten">
  <h2 id="diensten">{% if section.group %}Diensten voor deze groep{% else %}Diensten voor {{ section.audience | lower }}{% endif %}</h2>
  {%- if section.filters | length %}
  <nav class="wc-prose" aria-label="Diensten per doelgroep">
    <p>Bekijk de diensten voor een groep die extra aandacht krijgt:</p>
    <ul>
      {%- for filter in section.filters %}
      <li><a href="{{ filter.href }}"{% if filter.current %} aria-current="page"{% endif %}>{{ filter.text }}</a> ({{ filter.count }})</li>
      {%- endfor %}
    </ul>
  </nav>
  {%- endif %}
  <ul class="wc-grid wc-section">
    {%- for service in section.services %}
    <li>{{ wcServiceCard(service) }}</li>
    {%- endfor %}
  </ul>
</section>
{%- endif %}
{% endblock %}
`;

/** A service (content type dienst): the text, then who provides it, cost, audiences, target groups, sign-up. */
export const serviceLayout = `{% extends "layouts/base.njk" %}
{% block main %}
{%- set section = sectionPages[page.url] -%}
<article>
${titleAndLead}
  <dl class="wc-details">
    <div><dt>Aanbieder</dt> <dd>{{ aanbieder }}</dd></div>
    {%- if kosten %}
    <div><dt>Kosten</dt> <dd>{{ kosten }}</dd></div>
    {%- endif %}
    <div><dt>Voor</dt> <dd>{% for audience in section.audiences %}<a href="{{ audience.href }}">{{ audience.text }}</a>{% if not loop.last %}, {% endif %}{% endfor %}</dd></div>
    {%- if section.groups | length %}
    <div><dt>Extra aandacht voor</dt> <dd>{{ section.groups | join(", ") }}</dd></div>
    {%- endif %}
  </dl>
  <div class="wc-prose">
  {{ content | safe }}
  </div>
  <section class="wc-section" aria-labelledby="aanmelden">
    <h2 id="aanmelden">Aanmelden</h2>
    {%- if aanmelden.uitleg %}
    <p>{{ aanmelden.uitleg }}</p>
    {%- endif %}
    <ul>
      {%- if aanmelden.link %}
      <li><a href="{{ aanmelden.link }}">Meld u aan voor {{ title }}</a></li>
      {%- endif %}
      {%- if aanmelden.telefoon %}
      <li>Bel {% if section.phoneHref %}<a href="{{ section.phoneHref }}">{{ section.phoneText }}</a>{% else %}{{ section.phoneText }}{% endif %}</li>
      {%- endif %}
      {%- if aanmelden.email %}
      <li>Mail naar <a href="mailto:{{ aanmelden.email }}">{{ aanmelden.email }}</a></li>
      {%- endif %}
    </ul>
  </section>
</article>
{% endblock %}
`;

/** A page of the news overview: intro (page 1), the items, pagination and the feed link. */
export const newsIndexLayout = `{% extends "layouts/base.njk" %}
{% block main %}
{%- from "components/news-list/macro.njk" import wcNewsList -%}
{%- from "components/pagination/macro.njk" import wcPagination -%}
{%- set section = sectionPages[page.url] -%}
${sectionIntro}
{{ wcNewsList({ items: section.items, headingLevel: 2 }) }}
{%- if section.pagination %}
{{ wcPagination(section.pagination) }}
{%- endif %}
{%- if section.feed %}
<p class="wc-meta"><a href="{{ section.feed }}" type="application/atom+xml">Volg dit nieuws met een feedlezer (Atom)</a></p>
{%- endif %}
{% endblock %}
`;

/** The agenda: intro, upcoming events, past events, and the whole agenda as a calendar file. */
export const agendaIndexLayout = `{% extends "layouts/base.njk" %}
{% block main %}
{%- from "components/event-list/macro.njk" import wcEventList -%}
{%- set section = sectionPages[page.url] -%}
${sectionIntro}
<section class="wc-section" aria-labelledby="binnenkort">
  <h2 id="binnenkort">Binnenkort</h2>
  {{ wcEventList({ items: section.upcoming, headingLevel: 3 }) }}
</section>
{%- if section.past | length %}
<section class="wc-section" aria-labelledby="afgelopen">
  <h2 id="afgelopen">Afgelopen</h2>
  {{ wcEventList({ items: section.past, headingLevel: 3 }) }}
</section>
{%- endif %}
{%- if section.calendar %}
<p class="wc-meta"><a href="{{ section.calendar }}" type="text/calendar">Zet de hele agenda in uw agenda-app (iCalendar-bestand)</a></p>
{%- endif %}
{% endblock %}
`;

/** An event: the theme's event page, a notice when it is over, and its calendar file. */
export const eventLayout = `{% extends "layouts/event.njk" %}
{% block main %}
{%- set section = sectionPages[page.url] -%}
{%- if section.past %}
<p class="wc-meta">Deze activiteit is al geweest.</p>
{%- endif %}
{{ super() }}
{%- if section.calendar and not section.past %}
<p class="wc-meta"><a href="{{ section.calendar }}" type="text/calendar">Zet {{ title }} in uw agenda (iCalendar-bestand)</a></p>
{%- endif %}
{% endblock %}
`;

/** The schemes overview: intro and a card per scheme. */
export const schemesIndexLayout = `{% extends "layouts/base.njk" %}
{% block main %}
{%- from "components/service-card/macro.njk" import wcServiceCard -%}
{%- set section = sectionPages[page.url] -%}
${sectionIntro}
{%- if section.items | length %}
<ul class="wc-grid wc-section">
  {%- for item in section.items %}
  <li>{{ wcServiceCard(item) }}</li>
  {%- endfor %}
</ul>
{%- endif %}
{% endblock %}
`;

/** A scheme (content type regeling): for whom, conditions, what it gives, who runs it, the official source. */
export const schemeLayout = `{% extends "layouts/base.njk" %}
{% block main %}
{%- set section = sectionPages[page.url] -%}
<article>
${titleAndLead}
  <dl class="wc-details">
    <div><dt>Voor</dt> <dd>{{ section.audiences | join(", ") }}</dd></div>
    {%- if section.groups | length %}
    <div><dt>Extra aandacht voor</dt> <dd>{{ section.groups | join(", ") }}</dd></div>
    {%- endif %}
    {%- if aanbieder %}
    <div><dt>Wie voert het uit</dt> <dd>{{ aanbieder }}</dd></div>
    {%- endif %}
  </dl>
  <section class="wc-section" aria-labelledby="voorwaarden">
    <h2 id="voorwaarden">Voorwaarden</h2>
    <ul>
      {%- for condition in voorwaarden %}
      <li>{{ condition }}</li>
      {%- endfor %}
    </ul>
  </section>
  <section class="wc-section" aria-labelledby="wat-levert-het-op">
    <h2 id="wat-levert-het-op">Wat levert het op?</h2>
    <p>{{ voordeel }}</p>
  </section>
  {%- if content | trim | length %}
  <div class="wc-prose">
  {{ content | safe }}
  </div>
  {%- endif %}
  <p class="wc-meta">Lees de volledige regels bij de officiële bron: <a href="{{ bron.link }}">{{ bron.naam }}</a>.</p>
</article>
{% endblock %}
`;

/** Frequently asked questions by audience; each answer opens in a details element. */
export const faqLayout = `{% extends "layouts/base.njk" %}
{% block main %}
{%- set section = sectionPages[page.url] -%}
${sectionIntro}
{%- for group in section.groups %}
<section class="wc-section" aria-labelledby="vragen-{{ group.id }}">
  <h2 id="vragen-{{ group.id }}">{{ group.heading }}</h2>
  {%- for item in group.items %}
  <details class="wc-prose">
    <summary>{{ item.question }}</summary>
    {{ item.answer | safe }}
  </details>
  {%- endfor %}
</section>
{%- endfor %}
{% endblock %}
`;
