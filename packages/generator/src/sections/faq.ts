import { audienceLabels, audiences } from "@werkcentrum/content";
import { defineSection } from "./define-section.js";
import type { EntryOf } from "./site-content.js";

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
export const addFaqPage = defineSection("faq", {
  entries: (questions) => questions.sort(questionOrder),
  description: () => "Antwoorden op vragen die mensen vaak aan het Werkcentrum stellen.",
  index: ({ entries: questions }) => ({
    groups: audiences
      .map((audience) => ({
        id: audience,
        heading: `Voor ${audience}`,
        label: audienceLabels[audience],
        items: questions
          .filter((question) => question.data.voor.includes(audience))
          .map((question) => ({ question: question.data.titel, answer: question.html })),
      }))
      .filter((group) => group.items.length > 0),
  }),
  more: ({ registry, entries: questions }) => registry.unpublish(questions.map((question) => question.path)),
});
