import { audienceLabels, audiences, targetGroupLabels, targetGroups, type TargetGroup } from "@werkcentrum/content";
import { telHref } from "@werkcentrum/regions";
import type { PageModule } from "../pages/types.js";
import { sectionRegistry } from "./registry.js";
import { virtualPage } from "../pages/shared.js";
import { byTitle, siteContent, type EntryOf } from "./site-content.js";
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
 * `/werkzoekenden/`, `/werkenden/`, `/werkgevers/`: the audience's national base text (or the region's own page)
 * with its services as cards, and a static page per target group (`/werkzoekenden/jongeren/`) so visitors filter
 * without JavaScript. Each service keeps its own page at `/diensten/<slug>/`, with the service layout.
 */
export const addAudiencePages: PageModule = async (config, context) => {
  if (context.site.kind !== "region") return;
  const content = siteContent(context);
  const registry = sectionRegistry(config);
  const services = content.of("dienst").sort(byTitle);
  const listLayout = registry.layout("audience");

  for (const audience of audiences) {
    const url = `/${audience}/`;
    const forAudience = services.filter((service) => service.data.voor.includes(audience));
    const hasPage = content.markdownUrls.has(url);
    if (!hasPage && forAudience.length === 0) continue;

    const groups = usedGroups(forAudience).filter((group) => !content.markdownUrls.has(`${url}${group}/`));
    const filters = (current: string) => [
      { href: url, text: "Alle diensten", count: forAudience.length, current: current === url },
      ...groups.map((group) => {
        const href = `${url}${group}/`;
        const count = forAudience.filter((service) => service.data.doelgroepen.includes(group)).length;
        return { href, text: targetGroupLabels[group], count, current: current === href };
      }),
    ];
    const label = audienceLabels[audience];

    registry.page(url, listLayout, { services: forAudience.map(card), filters: groups.length > 0 ? filters(url) : [], audience: label });
    if (!hasPage) virtualPage(config, `${audience}/index`, { title: `Voor ${audience}`, permalink: url });

    for (const group of groups) {
      const href = `${url}${group}/`;
      const matching = forAudience.filter((service) => service.data.doelgroepen.includes(group));
      registry.page(href, listLayout, { services: matching.map(card), filters: filters(href), audience: label, group: targetGroupLabels[group] });
      virtualPage(config, `${audience}/${group}`, {
        title: `${label}: ${targetGroupLabels[group]}`,
        description: `Diensten van het Werkcentrum voor ${audience} die extra aandacht geven aan deze groep: ${targetGroupLabels[group]}.`,
        permalink: href,
      });
    }
    context.addNavigation(sections[audience]);
  }

  const detail = registry.layout("service");
  for (const service of services.filter((item) => !item.data.layout)) {
    registry.page(service.permalink, detail, {
      audiences: service.data.voor.map((audience) => ({ text: audienceLabels[audience], href: `/${audience}/` })),
      groups: service.data.doelgroepen.map((group) => targetGroupLabels[group]),
      // The one tel: helper: international form, no link for numbers that cannot be dialled from abroad (0800, 14 0xx).
      phoneHref: service.data.aanmelden.telefoon ? telHref(service.data.aanmelden.telefoon) : undefined,
      // Non-breaking spaces keep a phone number on one line.
      phoneText: service.data.aanmelden.telefoon?.replace(/ /g, "\u00a0"),
    });
  }
};
