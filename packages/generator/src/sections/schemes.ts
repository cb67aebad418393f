import { audienceLabels, targetGroupLabels } from "@werkcentrum/content";
import { defineSection } from "./define-section.js";
import { byTitle } from "./site-content.js";

/**
 * `/regelingen/`: every scheme as a card, and each scheme's page (`/regelingen/<slug>/`) with for whom, the
 * conditions, what it gives, who runs it and the official source.
 */
export const addSchemePages = defineSection("schemes", {
  entries: (schemes) => schemes.sort(byTitle),
  description: () => "Regelingen en hulpmiddelen voor werkzoekenden, werkenden en werkgevers, kort uitgelegd.",
  index: ({ entries: schemes }) => ({
    items: schemes.map((scheme) => ({
      href: scheme.permalink,
      title: scheme.data.titel,
      summary: scheme.data.samenvatting,
      provider: scheme.data.aanbieder,
      audiences: scheme.data.voor,
      headingLevel: 2,
    })),
  }),
  entry: (scheme) => ({
    audiences: scheme.data.voor.map((audience) => audienceLabels[audience]),
    groups: scheme.data.doelgroepen.map((group) => targetGroupLabels[group]),
  }),
});
