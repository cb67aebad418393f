import { audienceLabels, audiences } from "@werkcentrum/content";
import { virtualPage } from "../pages/shared.js";
import type { PageModule } from "../pages/types.js";
import { sectionRegistry } from "./registry.js";
import { siteContent, type EntryOf } from "./site-content.js";
import { sections } from "./table.js";

type Vraag = EntryOf<"vraag">;

/** By `volgorde` (lower first, none last), then alphabetically, as the editors' guide promises. */
export function questionOrder(a: Vraag, b: Vraag): number {
  const rank = (question: Vraag) => question.data.volgorde ?? Number.MAX_SAFE_INTEGER;
  return rank(a) - rank(b) || a.data.titel.localeCompare(b.data.titel, "nl");
}

/**
 * `/veelgestelde-vragen/`: the questions grouped by audience, each answer in a `<details>` element (keyboard and
 * screen-reader friendly without script). The answers are shown only here, so the question files get no page
 * of their own.
 */
export const addFaqPage: PageModule = async (config, context) => {
  if (context.site.kind !== "region") return;
  const content = siteContent(context);
  const questions = content.of("vraag").sort(questionOrder);
  const url = "/veelgestelde-vragen/";
  const hasIntro = content.markdownUrls.has(url);
  if (questions.length === 0 && !hasIntro) return;
  const registry = sectionRegistry(config);
  registry.unpublish(questions.map((question) => question.path));

  const groups = audiences
    .map((audience) => ({
      id: audience,
      heading: `Voor ${audience}`,
      label: audienceLabels[audience],
      items: questions
        .filter((question) => question.data.voor.includes(audience))
        .map((question) => ({ question: question.data.titel, answer: question.html })),
    }))
    .filter((group) => group.items.length > 0);
  registry.page(url, registry.layout("faq"), { groups });
  if (!hasIntro) {
    virtualPage(config, "veelgestelde-vragen/index", {
      title: "Veelgestelde vragen",
      description: "Antwoorden op vragen die mensen vaak aan het Werkcentrum stellen.",
      permalink: url,
    });
  }
  context.addNavigation(sections.faq);
};
