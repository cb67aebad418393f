import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { toSlug } from "@werkcentrum/regions";
import { stringify } from "yaml";
import { amsterdamToday } from "./amsterdam-time.js";
import { parseContentFile } from "./content-file.js";
import { isPlaceholderProblem } from "./placeholder.js";
import { ContentError } from "./problem.js";
import { typeFolders, type ContentType } from "./schemas/index.js";

const fill = (what: string) => `[IN TE VULLEN: ${what}]`;

/** The starting front matter of each type: valid, with `[IN TE VULLEN: …]` where only the region knows the answer. */
function starter(type: ContentType, title: string, today: string): Record<string, unknown> {
  const samenvatting = fill("één of twee zinnen die zeggen waar dit over gaat");
  const year = Number(today.slice(0, 4));
  const opgave = (what: string) => ({
    omschrijving: fill(`wat de ${what} opgave voor de regio betekent`),
    ambities: [{ titel: fill("een ambitie"), acties: [] }],
  });
  switch (type) {
    case "pagina":
      return { titel: title, samenvatting };
    case "dienst":
      return {
        titel: title,
        samenvatting,
        voor: ["werkzoekenden"],
        doelgroepen: [],
        aanbieder: fill("de organisatie die de dienst uitvoert"),
        aanmelden: { link: "/contact/", uitleg: fill("hoe mensen zich aanmelden") },
      };
    case "nieuws":
      return { titel: title, datum: today, samenvatting };
    case "evenement":
      return {
        titel: title,
        samenvatting,
        start: `${today} 10:00`,
        einde: `${today} 12:00`,
        locatie: fill("naam van de plek, adres en plaats"),
        voor: ["werkzoekenden"],
      };
    case "regeling":
      return {
        titel: title,
        samenvatting,
        voor: ["werkgevers"],
        voorwaarden: [fill("een voorwaarde")],
        voordeel: fill("wat de regeling oplevert"),
        bron: { naam: fill("naam van de officiële bron"), link: "https://www.rijksoverheid.nl/" },
      };
    case "vraag":
      return { titel: title, voor: ["werkzoekenden"] };
    case "meerjarenagenda":
      return {
        titel: title,
        samenvatting,
        periode: { van: year, tot: year + 4 },
        analyse: {
          indicatoren: [
            {
              label: fill("naam van een cijfer"),
              waarde: 0,
              eenheid: fill("eenheid"),
              bron: { naam: fill("bron van het cijfer") },
              peildatum: today,
            },
          ],
        },
        opgaven: { sociaal: opgave("sociale"), economisch: opgave("economische"), onderwijs: opgave("onderwijs") },
        monitoring: { aanpak: fill("hoe het Regionaal Beraad de voortgang volgt") },
      };
  }
}

/**
 * The text of a new content file. It has no `# yaml-language-server: $schema=` line: VS Code's YAML extension never
 * reads Markdown front matter, so such a line promised help while typing that nothing gave. `werkcentrum check` and
 * the preview are what check a content file.
 */
export function scaffoldContent(type: ContentType, title: string, options: { today: string }): string {
  const yaml = stringify(starter(type, title, options.today), { lineWidth: 0 });
  const body = type === "vraag" ? fill("het antwoord op de vraag, in een paar korte zinnen") : fill("de tekst; gebruik ## voor tussenkoppen");
  return `---\n${yaml}---\n\n${body}\n`;
}

/** Where `werkcentrum new` puts a file of `type` with `title`, relative to `content/`. */
export function newContentPath(type: ContentType, title: string): string {
  const slug = toSlug(title);
  if (!slug)
    throw new ContentError([
      {
        file: "",
        line: 1,
        column: 1,
        field: "titel",
        message: "Kies een titel met letters of cijfers: daar komt de bestandsnaam van.",
        severity: "error",
      },
    ]);
  return type === "pagina" ? `${slug}.md` : `${typeFolders[type]}/${slug}.md`;
}

/**
 * Creates a new content file in `<siteDir>/content/` with today's date (Dutch time) and returns its absolute
 * path. Never overwrites: an existing file makes it fail with the EEXIST error of `open(…, "wx")`.
 */
export async function createContentFile(siteDir: string, type: ContentType, title: string, options: { today?: string } = {}): Promise<string> {
  const path = newContentPath(type, title);
  const file = join(siteDir, "content", path);
  const text = scaffoldContent(type, title, { today: options.today ?? amsterdamToday() });
  // Only a file whose sole errors are the gaps to fill in is written, so `new` never starts an editor off with
  // another error; the gaps keep the page from being published until they are filled in.
  const { problems } = parseContentFile(text, { file, path, assets: new Set() });
  const errors = problems.filter((problem) => problem.severity === "error" && !isPlaceholderProblem(problem));
  if (errors.length > 0) throw new ContentError(errors);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text, { flag: "wx" });
  return file;
}
