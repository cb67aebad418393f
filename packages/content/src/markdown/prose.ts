/**
 * Plain-language (B1) hints. Thresholds follow common Dutch B1 writing advice (Rijksoverheid's guidance on
 * "begrijpelijke taal", and the checkers editors use): B1 sentences average 10 to 15 words and stay under 20; we
 * only flag sentences over 25 words, so a hint always points at a sentence that really is hard to read. A
 * paragraph over 100 words (roughly 7 sentences) is hard to scan on a phone; split it or use a list.
 */
export const MAX_SENTENCE_WORDS = 25;
export const MAX_PARAGRAPH_WORDS = 100;

const sentences = new Intl.Segmenter("nl", { granularity: "sentence" });

/**
 * A word: letters, marks and digits, joined by an apostrophe or full stop ("auto's", "b.v.") or, between digits, a
 * comma ("3,5"). This follows the Unicode word-boundary rules (UAX #29) that `Intl.Segmenter` applies for Dutch
 * text, and gives the same words on the project's test texts, at a fraction of the cost: counting words with
 * `Intl.Segmenter` was the single largest cost of a site build (docs/performance.md).
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+|(?<=\p{N}),\p{N}+)*/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function sentencesOf(text: string): string[] {
  return [...sentences.segment(text)].map((part) => part.segment.trim()).filter(Boolean);
}

// Short function words that are frequent in one language and (almost) absent in the other. Words both languages
// use ("in", "is", "of", "over", "die") are left out on purpose.
const english = new Set(
  "the and to you your for with are this that will can be from our we have has not it on or by an if they their which what how about more all was were would should there these who when".split(
    " ",
  ),
);
const dutch = new Set(
  "de het een en van je u uw voor met op te dat niet zijn wordt bij naar ook als er maar om aan dan worden kunt wij ons onze hebben heeft kan wat hoe meer alle was waren zou moet wie wanneer".split(
    " ",
  ),
);

/**
 * True when a paragraph reads as English: at least 8 words, and English function words clearly outnumber Dutch
 * ones. Cheap and rough on purpose: it only has to catch a pasted English text on a Dutch page.
 */
export function looksEnglish(text: string): boolean {
  const all = wordsOf(text.toLowerCase());
  if (all.length < 8) return false;
  const en = all.filter((word) => english.has(word)).length;
  const nl = all.filter((word) => dutch.has(word)).length;
  return en >= 3 && en > 2 * nl && en / all.length >= 0.15;
}

/** Link texts that do not say where a link goes (WCAG 2.4.4). Compared in lower case without punctuation. */
export const vagueLinkTexts = new Set([
  "hier",
  "klik hier",
  "klik",
  "hier klikken",
  "lees meer",
  "lees verder",
  "verder lezen",
  "meer",
  "meer info",
  "meer informatie",
  "info",
  "link",
  "deze link",
  "deze pagina",
  "website",
  "download",
  "bekijk",
  "click here",
  "here",
  "read more",
  "more",
]);

/** Alt texts that say nothing about the picture. */
const emptyAltWords = new Set(["afbeelding", "foto", "plaatje", "image", "img", "picture", "logo", "banner", "illustratie"]);

/** Why an alt text is not meaningful, or undefined when it may be. */
export function altTextProblem(alt: string, src: string): string | undefined {
  const text = alt.trim().toLowerCase();
  const file = src.split("/").at(-1)?.toLowerCase() ?? "";
  if (text === "") return "Deze afbeelding heeft geen beschrijving (alt-tekst). Schrijf tussen de [ ] wat er op de afbeelding te zien is.";
  if (emptyAltWords.has(text) || text === file || text === file.replace(/\.[a-z0-9]+$/, "") || /^(img|dsc|image)[-_ ]?\d+/.test(text)) {
    return `De beschrijving '${alt}' zegt niet wat er op de afbeelding staat. Beschrijf wat de bezoeker zou zien, bijvoorbeeld 'Werkzoekenden in gesprek met een gids'.`;
  }
  return undefined;
}
