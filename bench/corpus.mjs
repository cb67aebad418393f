// Deterministic synthetic content for the benchmark: every region gets `pages` Markdown files of the real content
// types (docs/redacteuren.md), with camera-sized JPEG photos (1–2 MB, 3000 × 2000), written into `<project>/sites/<slug>/content/`. The same seed
// and page count always give byte-identical files, so two benchmark runs measure the same input.
//
// The text is built from a fixed word list, not copied from anywhere. Sentences stay under the editors' lint limits
// (25 words per sentence, 100 per paragraph), so `werkcentrum check` reports no errors for the corpus.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { cameraPhoto } from "../scripts/images/camera-photo.mjs";

/** mulberry32: a tiny seeded PRNG. Hand-written because the corpus must not depend on a library's RNG changing. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nouns = (
  "werk baan opleiding werkgever werkzoekende gemeente regio adviseur gesprek cursus vacature stage " +
  "loopbaan scholing subsidie vakmensen zorg techniek haven bouw logistiek onderwijs school leerbaan " +
  "kennis ervaring talent toekomst buurt bedrijf afspraak plan budget training begeleiding coach gids " +
  "werkplek contract uren salaris diploma certificaat vaardigheid netwerk bijeenkomst markt sector"
).split(" ");
const verbs = (
  "helpt zoekt vindt biedt maakt leert kiest start regelt bespreekt ondersteunt begeleidt " +
  "organiseert verbindt opent plant deelt volgt verbetert versterkt"
).split(" ");
const adjectives = (
  "nieuwe goede regionale lokale gratis eerste korte duidelijke praktische snelle open " + "samen vaste flexibele passende extra eigen kleine grote"
).split(" ");
const fillers = (
  "in de regio|voor iedereen|samen met partners|bij u in de buurt|op een vaste dag|" +
  "zonder kosten|met een adviseur|in korte tijd|na het eerste gesprek|elke week|met hulp van de gemeente"
).split("|");
const subjects = ["Het Werkcentrum", "Een gids", "De gemeente", "UWV", "De werkgever", "Onze adviseur", "Het team", "De school"];
export const audiences = ["werkzoekenden", "werkenden", "werkgevers"];
const targetGroups = ["jongeren", "50-plussers", "arbeidsbeperking", "statushouders", "herintreders", "laaggeletterden"];

function picker(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const sentence = () => {
    const words = [pick(subjects), pick(verbs), pick(adjectives), pick(nouns)];
    for (let i = int(0, 3); i > 0; i--) words.push(random() < 0.5 ? pick(fillers) : `en ${pick(adjectives)} ${pick(nouns)}`);
    return `${words.join(" ")}.`;
  };
  const paragraph = () => Array.from({ length: int(3, 5) }, sentence).join(" ");
  const title = () => {
    const t = `${pick(adjectives)} ${pick(nouns)} ${pick(fillers)}`;
    return t[0].toUpperCase() + t.slice(1);
  };
  const some = (list, min, max) => [...new Set(Array.from({ length: int(min, max) }, () => pick(list)))];
  return { pick, int, sentence, paragraph, title, some };
}

/** A Markdown body of about `words` words: paragraphs, `##` headings, a list, a link and sometimes an image. */
function body(p, words, image) {
  const parts = [];
  let count = 0;
  let section = 0;
  while (count < words) {
    if (parts.length > 0 && parts.length % 3 === 0) parts.push(`## ${p.title()} ${++section}`);
    const paragraph = p.paragraph();
    parts.push(paragraph);
    count += paragraph.split(" ").length;
  }
  parts.push(["- " + p.sentence(), "- " + p.sentence(), "- " + p.sentence()].join("\n"));
  parts.push(`Meer weten? [Bekijk de vacatures bij UWV](https://www.werk.nl/) of lees [hoe u contact opneemt](/over-ons/).`);
  if (image) parts.push(`![${image.alt}](${image.src})`);
  return `${parts.join("\n\n")}\n`;
}

const yamlList = (items) => `[${items.join(", ")}]`;
const pad = (n) => String(n).padStart(2, "0");
const dateOf = (p, from, to) => `${p.int(from, to)}-${pad(p.int(1, 12))}-${pad(p.int(1, 28))}`;

/** One file per content type; each returns [relative path, text]. */
const makers = {
  nieuws(p, i, images) {
    const image = images.length && i % 2 === 0 ? images[i % images.length] : undefined;
    const fm = [`titel: ${p.title()} ${i}`, `datum: ${dateOf(p, 2024, 2026)}`, `samenvatting: ${p.sentence()}`];
    if (image) fm.push("afbeelding:", `  bron: ${image.src}`, `  alt: ${image.alt}`);
    if (i % 3 === 0) fm.push(`voor: ${yamlList(p.some(audiences, 1, 2))}`);
    return [`nieuws/bericht-${i}.md`, fm, body(p, p.int(180, 350), i % 5 === 0 ? images[(i + 1) % images.length] : undefined)];
  },
  evenement(p, i) {
    const day = dateOf(p, 2026, 2027);
    const hour = p.int(9, 15);
    const fm = [`titel: ${p.title()} ${i}`, `samenvatting: ${p.sentence()}`, `start: ${day} ${pad(hour)}:00`, `einde: ${day} ${pad(hour + 2)}:30`];
    if (i % 4 === 0) fm.push("online: true");
    else fm.push(`locatie: Werkplein ${p.pick(nouns)}, Stationsplein ${p.int(1, 99)}`);
    if (i % 2 === 0) fm.push("aanmeldlink: https://www.werk.nl/");
    fm.push(`voor: ${yamlList(p.some(audiences, 1, 3))}`);
    return [`agenda/evenement-${i}.md`, fm, body(p, p.int(100, 220))];
  },
  dienst(p, i) {
    const fm = [`titel: ${p.title()} ${i}`, `samenvatting: ${p.sentence()}`, `voor: ${yamlList(p.some(audiences, 1, 3))}`];
    if (i % 2 === 0) fm.push(`doelgroepen: ${yamlList(p.some(targetGroups, 1, 2))}`);
    fm.push(
      `aanbieder: ${p.pick(["UWV", "Gemeente", "SBB", "Werkcentrum"])}`,
      "aanmelden:",
      "  link: /over-ons/",
      `  telefoon: "010 ${p.int(100, 999)} ${p.int(10, 99)} ${p.int(10, 99)}"`,
      `  uitleg: ${p.sentence()}`,
    );
    return [`diensten/dienst-${i}.md`, fm, body(p, p.int(200, 400))];
  },
  regeling(p, i) {
    const fm = [`titel: ${p.title()} ${i}`, `samenvatting: ${p.sentence()}`, `voor: ${yamlList(p.some(audiences, 1, 2))}`];
    fm.push(
      "voorwaarden:",
      `  - ${p.sentence()}`,
      `  - ${p.sentence()}`,
      `voordeel: ${p.sentence()}`,
      "bron:",
      "  naam: Rijksoverheid",
      "  link: https://www.rijksoverheid.nl/",
    );
    return [`regelingen/regeling-${i}.md`, fm, body(p, p.int(200, 400))];
  },
  vraag(p, i) {
    const fm = [`titel: Hoe werkt ${p.pick(adjectives)} ${p.pick(nouns)} ${i}?`, `voor: ${yamlList(p.some(audiences, 1, 3))}`, `volgorde: ${i}`];
    return [`vragen/vraag-${i}.md`, fm, body(p, p.int(60, 150))];
  },
  pagina(p, i) {
    const fm = [`titel: ${p.title()} ${i}`, `samenvatting: ${p.sentence()}`];
    return [`informatie/pagina-${i}.md`, fm, body(p, p.int(300, 600))];
  },
};

// Share of each type among a region's pages (one meerjarenagenda on top): news and events dominate, as on real sites.
const mix = [
  ["nieuws", 0.35],
  ["evenement", 0.2],
  ["dienst", 0.15],
  ["regeling", 0.1],
  ["vraag", 0.1],
  ["pagina", 0.1],
];

function meerjarenagenda(p) {
  return [
    "meerjarenagenda/2026-2030.md",
    [
      "titel: Meerjarenagenda 2026-2030",
      `samenvatting: ${p.sentence()}`,
      "periode: { van: 2026, tot: 2030 }",
      "analyse:",
      `  samenvatting: ${p.sentence()}`,
      "  indicatoren:",
      "    - label: Openstaande vacatures",
      `      waarde: ${p.int(5000, 20000)}`,
      "      eenheid: vacatures",
      "      bron: { naam: UWV }",
      "      peildatum: 2025-12-31",
      "      reeks:",
      `        - { jaar: 2024, waarde: ${p.int(5000, 20000)} }`,
      `        - { jaar: 2025, waarde: ${p.int(5000, 20000)} }`,
      "opgaven:",
      ...["sociaal", "economisch", "onderwijs"].flatMap((key) => [
        `  ${key}:`,
        `    omschrijving: ${p.sentence()}`,
        "    ambities:",
        `      - titel: ${p.title()}`,
        "        acties:",
        `          - titel: ${p.title()}`,
        "            eigenaren: [UWV, gemeenten]",
        "            status: bezig",
      ]),
      "monitoring:",
      `  aanpak: ${p.sentence()}`,
      "  frequentie: halfjaarlijks",
      "  indicatoren: [Openstaande vacatures]",
    ],
    body(p, 300),
  ];
}

/** Distinct camera photos a corpus draws from (scripts/images/camera-photo.mjs: seeded, so always the same bytes). */
const BASE_PHOTOS = 4;
let basePhotos;

/**
 * A photo of its own for every image of the corpus: one of the base photos with a JPEG comment segment (COM) naming
 * it, right after the start marker. The pixels are the base photo's, so encoding costs what a real photo of that
 * size costs, but the bytes differ, so the image cache holds one entry per image as it would for real photos.
 * Making every photo from scratch would take seconds each.
 */
export async function benchPhoto(index, label) {
  basePhotos ??= Promise.all(Array.from({ length: BASE_PHOTOS }, (_, seed) => cameraPhoto(3000, 2000, seed)));
  const base = (await basePhotos)[index % BASE_PHOTOS];
  const text = Buffer.from(label, "latin1");
  const comment = Buffer.alloc(4 + text.length);
  comment.set([0xff, 0xfe], 0);
  comment.writeUInt16BE(2 + text.length, 2);
  text.copy(comment, 4);
  return Buffer.concat([base.subarray(0, 2), comment, base.subarray(2)]);
}

async function writeFiles(contentDir, files) {
  const dirs = new Set(files.map(([path]) => join(contentDir, path, "..")));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  for (const [path, frontMatter, text] of files) await writeFile(join(contentDir, path), `---\n${frontMatter.join("\n")}\n---\n\n${text}`);
}

/** Writes the content of one site; returns the number of Markdown files and of photos. */
async function generateSite(contentDir, pages, seed, landing, slug) {
  const p = picker(prng(seed));
  const imageCount = Math.max(2, Math.round(pages / 20));
  const images = [];
  await mkdir(join(contentDir, "afbeeldingen"), { recursive: true });
  for (let i = 0; i < imageCount; i++) {
    await writeFile(join(contentDir, "afbeeldingen", `foto-${i}.jpg`), await benchPhoto(p.int(0, BASE_PHOTOS - 1), `bench ${slug} foto-${i}`));
    images.push({ src: `/afbeeldingen/foto-${i}.jpg`, alt: `Mensen in gesprek over ${p.pick(nouns)} ${i}` });
  }
  const files = [];
  // The landing site publishes national news and pages only; regions get every type.
  const types = landing
    ? [
        ["nieuws", 0.6],
        ["pagina", 0.4],
      ]
    : mix;
  for (const [type, share] of types) {
    const count = Math.max(1, Math.round(pages * share));
    for (let i = 1; i <= count; i++) {
      const [path, fm, text] = makers[type](p, i, images);
      // werkcentrum.nl has no /over-ons/ (a broken link is a warning): its corpus links to its first page instead.
      const own = landing ? text.replaceAll("(/over-ons/)", "(/informatie/pagina-1/)") : text;
      files.push([path, ["# Gemaakt door bench/corpus.mjs (synthetische inhoud)", ...fm], own]);
    }
  }
  if (!landing) {
    files.push(meerjarenagenda(p));
    // No privacy.md or toegankelijkheid.md: the site makes those pages itself from site.yml, and `check` refuses a
    // region's own file for them (docs/redacteuren.md, "Privacy, toegankelijkheid en de gidsen").
  }
  await writeFiles(contentDir, files);
  return { markdown: files.length, images: imageCount };
}

/**
 * Fills `<projectDir>/sites/<slug>/content/` of every site folder that exists there with `pages` files per site.
 * Returns { markdown, images, sites }.
 */
export async function generateCorpus(projectDir, { pages, seed = 20260101, only }) {
  const sitesDir = join(projectDir, "sites");
  const slugs = (await readdir(sitesDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  let markdown = 0;
  let images = 0;
  for (const [index, slug] of slugs.entries()) {
    // `only`: a subset of the sites, each with the same files as in the full corpus (the seed follows the index).
    if (only && !only.includes(slug)) continue;
    const site = await generateSite(join(sitesDir, slug, "content"), pages, seed + index * 7919, slug === "werkcentrum.nl", slug);
    markdown += site.markdown;
    images += site.images;
  }
  return { markdown, images, sites: slugs.length };
}
