import { audienceLabels, targetGroupLabels } from "@werkcentrum/content";
import type { PageModule } from "../pages/types.js";
import { sectionRegistry } from "./registry.js";
import { virtualPage } from "../pages/shared.js";
import { byTitle, siteContent } from "./site-content.js";
import { sections } from "./table.js";

/**
 * `/regelingen/`: every scheme as a card, and each scheme's page (`/regelingen/<slug>/`) with for whom, the
 * conditions, what it gives, who runs it and the official source.
 */
export const addSchemePages: PageModule = async (config, context) => {
  if (context.site.kind !== "region") return;
  const content = siteContent(context);
  const schemes = content.of("regeling").sort(byTitle);
  const hasIntro = content.markdownUrls.has("/regelingen/");
  if (schemes.length === 0 && !hasIntro) return;
  const registry = sectionRegistry(config);

  registry.page("/regelingen/", registry.layout("schemes-index"), {
    items: schemes.map((scheme) => ({
      href: scheme.permalink,
      title: scheme.data.titel,
      summary: scheme.data.samenvatting,
      provider: scheme.data.aanbieder,
      audiences: scheme.data.voor,
      headingLevel: 2,
    })),
  });
  if (!hasIntro) {
    virtualPage(config, "regelingen/index", {
      title: "Regelingen",
      description: "Regelingen en hulpmiddelen voor werkzoekenden, werkenden en werkgevers, kort uitgelegd.",
      permalink: "/regelingen/",
    });
  }
  context.addNavigation(sections.schemes);

  const detail = registry.layout("scheme");
  for (const scheme of schemes.filter((item) => !item.data.layout)) {
    registry.page(scheme.permalink, detail, {
      audiences: scheme.data.voor.map((audience) => audienceLabels[audience]),
      groups: scheme.data.doelgroepen.map((group) => targetGroupLabels[group]),
    });
  }
};
