import { audienceLabels, audiences, targetGroupLabels, targetGroups, type Audience, type TargetGroup } from "@werkcentrum/content";
import { telHref } from "@werkcentrum/regions";
import { virtualPage } from "../pages/shared.js";
import type { PageModule } from "../pages/types.js";
import { defineSection } from "./define-section.js";
import { byTitle, type EntryOf } from "./site-content.js";
import { sections } from "./table.js";

type Dienst = EntryOf<"dienst">;

/** A service card's parameters (theme component `service-card`). */
function card(service: Dienst) {
  return {
    href: service.permalink,
    title: service.data.titel,
    summary: service.data.samenvatting,
    provider: service.data.aanbieder,
    audiences: service.data.voor,
    headingLevel: 3,
  };
}

/** The target groups the services name, in the order of the vocabulary. */
function usedGroups(services: readonly Dienst[]): TargetGroup[] {
  const used = new Set(services.flatMap((service) => service.data.doelgroepen));
  return targetGroups.filter((group) => used.has(group));
}

/**
 * The target groups that get a page of their own below the audience's URL (`/werkzoekenden/jongeren/`): those its
 * services name, unless the region wrote a page at that URL. And the filter links for the page at `current`.
 */
function groupFilters(audience: Audience, services: readonly Dienst[], markdownUrls: ReadonlySet<string>) {
  const { url } = sections[audience];
  const groups = usedGroups(services).filter((group) => !markdownUrls.has(`${url}${group}/`));
  const filters = (current: string) => [
    { href: url, text: "Alle diensten", count: services.length, current: current === url },
    ...groups.map((group) => {
      const href = `${url}${group}/`;
      const count = services.filter((service) => service.data.doelgroepen.includes(group)).length;
      return { href, text: targetGroupLabels[group], count, current: current === href };
    }),
  ];
  return { groups, filters };
}

/** The data of a service's own page (the theme's `service` layout). */
function servicePage(service: Dienst) {
  return {
    audiences: service.data.voor.map((audience) => ({ text: audienceLabels[audience], href: sections[audience].url })),
    groups: service.data.doelgroepen.map((group) => targetGroupLabels[group]),
    // The one tel: helper: international form, no link for numbers that cannot be dialled from abroad (0800, 14 0xx).
    phoneHref: service.data.aanmelden.telefoon ? telHref(service.data.aanmelden.telefoon) : undefined,
    // Non-breaking spaces keep a phone number on one line.
    phoneText: service.data.aanmelden.telefoon?.replace(/ /g, "\u00a0"),
  };
}

/** One audience's section: its services as cards, and a static page per target group so visitors filter without JavaScript. */
const audienceSection = (audience: Audience) =>
  defineSection(audience, {
    entries: (services) => services.filter((service) => service.data.voor.includes(audience)).sort(byTitle),
    title: `Voor ${audience}`,
    index: ({ entries: services, content, section }) => {
      const { groups, filters } = groupFilters(audience, services, content.markdownUrls);
      return { services: services.map(card), filters: groups.length > 0 ? filters(section.url) : [], audience: audienceLabels[audience] };
    },
    // A service is listed under each of its audiences, and its page is the same from each.
    entry: servicePage,
    more: ({ config, entries: services, content, registry, section }) => {
      const { groups, filters } = groupFilters(audience, services, content.markdownUrls);
      const layout = registry.layout(section.layout);
      for (const group of groups) {
        const href = `${section.url}${group}/`;
        const matching = services.filter((service) => service.data.doelgroepen.includes(group));
        registry.page(href, layout, {
          services: matching.map(card),
          filters: filters(href),
          audience: audienceLabels[audience],
          group: targetGroupLabels[group],
        });
        virtualPage(config, `${audience}/${group}`, {
          title: `${audienceLabels[audience]}: ${targetGroupLabels[group]}`,
          description: `Diensten van het Werkcentrum voor ${audience} die extra aandacht geven aan deze groep: ${targetGroupLabels[group]}.`,
          permalink: href,
        });
      }
    },
  });

const audienceSections = audiences.map(audienceSection);

/**
 * `/werkzoekenden/`, `/werkenden/`, `/werkgevers/`: the audience's national base text (or the region's own page)
 * with its services as cards, and a static page per target group (`/werkzoekenden/jongeren/`) so visitors filter
 * without JavaScript. Each service keeps its own page at `/diensten/<slug>/`, with the service layout.
 */
export const addAudiencePages: PageModule = async (config, context) => {
  for (const addSection of audienceSections) await addSection(config, context);
};
