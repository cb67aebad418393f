import { describe, expect, it } from "vitest";
import { wordsOf } from "./prose.js";

// The reference: Unicode word segmentation as Intl.Segmenter applies it to Dutch. wordsOf must count the same words.
const segmenter = new Intl.Segmenter("nl", { granularity: "word" });
const reference = (text: string) => [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);

const texts = [
  "Dit is een zin over auto's, zo'n e-mail en b.v. 3,5 procent of 1.000 euro.",
  "Café, naïef en coördinatie — “tussen aanhalingstekens” (en haakjes) op 2026-11-22 om 10:00 uur.",
  "Kijk op www.werkcentrum.nl of mail naar info@example.org; bel 0800-1234.",
  "Україна: допомога для людей з 123abc та abc,123!",
  "Werkzoekenden   met\teen uitkering\nkrijgen hulp van een gids.",
  "",
];

describe("wordsOf", () => {
  it.each(texts)("gives the same words as Intl.Segmenter for %j", (text) => {
    expect(wordsOf(text)).toEqual(reference(text));
  });

  it("counts no punctuation as a word", () => {
    expect(wordsOf("— , . ! ? ( ) « »")).toEqual([]);
  });
});
