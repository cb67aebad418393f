import { describe, expect, it } from "vitest";
import { parseContentFile } from "./content-file.js";

const assets = new Set(["/afbeeldingen/banenmarkt.jpg", "/downloads/folder.pdf"]);

function check(path: string, text: string) {
  return parseContentFile(text, { file: `content/${path}`, path, assets });
}

/** A valid file of each type, as an editor would write it. */
const valid = {
  pagina: "---\ntitel: Over ons\nsamenvatting: Wie wij zijn en wat wij doen.\n---\n\n## Wie wij zijn\n\nWij helpen mensen aan werk.\n",
  dienst:
    '---\ntitel: Loopbaanadvies\nsamenvatting: Praat met een adviseur over uw werk.\nvoor: [werkzoekenden, werkenden]\naanbieder: UWV\naanmelden:\n  telefoon: "010 123 45 67"\n---\nTekst.\n',
  nieuws:
    "---\ntitel: Banenmarkt groot succes\ndatum: 2026-03-01\nsamenvatting: Veel bezoekers op de banenmarkt.\nafbeelding:\n  bron: /afbeeldingen/banenmarkt.jpg\n  alt: Bezoekers praten met werkgevers in een grote hal\n---\nTekst.\n",
  evenement:
    "---\ntitel: Banenmarkt\nsamenvatting: Ontmoet werkgevers.\nstart: 2026-03-12 14:00\neinde: 2026-03-12 17:00\nlocatie: Stadhuis\nvoor: [werkzoekenden]\n---\nTekst.\n",
  regeling:
    "---\ntitel: Loonkostensubsidie\nsamenvatting: Een bijdrage in de loonkosten.\nvoor: [werkgevers]\nvoorwaarden:\n  - De medewerker heeft een arbeidsbeperking.\nvoordeel: U betaalt minder loonkosten.\nbron:\n  naam: Rijksoverheid\n  link: https://www.rijksoverheid.nl/\n---\nTekst.\n",
  vraag: "---\ntitel: Wat kost een gesprek?\nvoor: [werkzoekenden]\n---\nHet gesprek met een gids is gratis.\n",
  meerjarenagenda: [
    "---",
    "titel: Meerjarenagenda",
    "samenvatting: Wat de regio wil bereiken.",
    "periode: { van: 2026, tot: 2030 }",
    "analyse:",
    "  indicatoren:",
    "    - label: Vacatures",
    "      waarde: 1200",
    "      eenheid: vacatures",
    "      bron: { naam: UWV }",
    "      peildatum: 2025-12-31",
    "      reeks: [{ jaar: 2024, waarde: 1000 }, { jaar: 2025, waarde: 1200 }]",
    "opgaven:",
    ...["sociaal", "economisch", "onderwijs"].flatMap((name) => [
      `  ${name}:`,
      "    omschrijving: Uitleg.",
      "    ambities:",
      "      - titel: Een ambitie",
      "        acties:",
      "          - titel: Een actie",
      "            eigenaren: [UWV]",
    ]),
    "monitoring:",
    "  aanpak: Elk jaar in het Regionaal Beraad.",
    "  indicatoren: [Vacatures]",
    "---",
    "Tekst.",
  ].join("\n"),
};

const pathOf = {
  pagina: "over-ons.md",
  dienst: "diensten/loopbaanadvies.md",
  nieuws: "nieuws/banenmarkt.md",
  evenement: "agenda/banenmarkt.md",
  regeling: "regelingen/loonkostensubsidie.md",
  vraag: "vragen/wat-kost-het.md",
  meerjarenagenda: "meerjarenagenda/2026-2030.md",
} as const;

describe("parseContentFile: valid files", () => {
  it.each(Object.keys(valid) as (keyof typeof valid)[])("accepts a valid %s without any problem", (type) => {
    const { data, problems } = check(pathOf[type], valid[type]);
    expect(problems).toEqual([]);
    expect(data?.type).toBe(type);
  });

  it("applies defaults and keeps what the path decides", () => {
    const { data } = check("agenda/banenmarkt.md", valid.evenement);
    expect(data).toMatchObject({ type: "evenement", slug: "banenmarkt", permalink: "/agenda/banenmarkt/", lang: "nl" });
    expect(data?.data).toMatchObject({ online: false, start: "2026-03-12 14:00" });
    const dienst = check("diensten/loopbaanadvies.md", valid.dienst).data;
    expect(dienst?.data).toMatchObject({ doelgroepen: [] });
    const agenda = check(pathOf.meerjarenagenda, valid.meerjarenagenda).data;
    expect(agenda?.type === "meerjarenagenda" && agenda.data.opgaven.sociaal.ambities[0]?.acties[0]?.status).toBe("gepland");
  });

  it("keeps template code as text: nothing an editor writes is run as a template", () => {
    const { data, problems } = check("a.md", page("Reken uit: {{ 7 * 7 }} en {% raw %}{{ range(1e9) }}{% endraw %}."));
    expect(problems).toEqual([]);
    expect(data?.html).toBe("<p>Reken uit: {{ 7 * 7 }} en {% raw %}{{ range(1e9) }}{% endraw %}.</p>\n");
  });

  it("gives the entry its file, origin and HTML", () => {
    const { data } = check(pathOf.nieuws, valid.nieuws);
    expect(data).toMatchObject({ file: `content/${pathOf.nieuws}`, origin: "region", html: "<p>Tekst.</p>\n" });
  });

  it("lets type: choose the type of a file outside the typed folders", () => {
    const { data, problems } = check("over-ons/agenda-2026-2030.md", valid.meerjarenagenda.replace("---\n", "---\ntype: meerjarenagenda\n"));
    expect(problems).toEqual([]);
    expect(data?.type).toBe("meerjarenagenda");
  });
});

type Expected = [line: number, field: string, severity: "error" | "warning", message: RegExp];

// Keys that steer Eleventy (https://www.11ty.dev/docs/data-configuration/ and the data cascade's special keys). No
// content schema defines them, so a file that sets one is refused, and the validated data never holds one.
const eleventyKeys = [
  "permalink: /../../../evil/",
  "permalinkBypassOutputDir: true",
  "eleventyComputed: { titel: '{{ 7 * 7 }}' }",
  "templateEngineOverride: njk,md",
  "eleventyExcludeFromCollections: true",
  "eleventyImport: { collections: [all] }",
  "pagination: { data: collections.all, size: 1 }",
  "tags: [nieuws]",
  "layout: ../../../../etc/passwd",
  "dynamicPermalink: true",
];

describe("parseContentFile: a question is Dutch only", () => {
  it("refuses a translated question: the FAQ page shows Dutch questions only", () => {
    const { data, problems } = check("vragen/wat-kost-het.en.md", valid.vraag);
    expect(data).toBeUndefined();
    expect(problems).toContainEqual(
      expect.objectContaining({ line: 1, severity: "error", message: expect.stringMatching(/alleen in het Nederlands/) }),
    );
  });
});

describe("parseContentFile: addresses the website makes itself", () => {
  it.each(["nieuws/pagina/2.md", "assets/style.md", "pagefind/index.md", "admin/index.md", "ontwerp.md"])("refuses %s", (path) => {
    const { data, problems } = check(path, valid.pagina);
    expect(data).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ line: 1, severity: "error", message: expect.stringMatching(/maakt de website zelf/) }));
  });

  it("accepts the same names elsewhere", () => {
    expect(check("over-ons/ontwerpen.md", valid.pagina).problems).toEqual([]);
    expect(check("pagina/2.md", valid.pagina).problems).toEqual([]);
  });
});

describe("parseContentFile: keys that would steer Eleventy", () => {
  it.each(eleventyKeys)("refuses %s", (line) => {
    const { data, problems } = check("over-ons.md", fm(`titel: Pagina\nsamenvatting: Korte samenvatting.\n${line}`));
    expect(data).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ line: 4, severity: "error", field: line.split(":")[0] }));
  });
});

const fm = (lines: string, body = "Tekst.") => `---\n${lines}\n---\n${body}\n`;
const page = (body: string) => fm("titel: Pagina\nsamenvatting: Korte samenvatting.", body);

const invalidCases: { name: string; file: { path: string; text: string }; expected: Expected[] }[] = [
  // Front matter: syntax and shape
  { name: "YAML syntax error", file: { path: "a.md", text: fm("titel: [Open") }, expected: [[2, "", "error", /^Ongeldige YAML/]] },
  { name: "duplicate key", file: { path: "a.md", text: fm("titel: Een\ntitel: Twee") }, expected: [[3, "", "error", /twee keer/]] },
  { name: "no front matter", file: { path: "a.md", text: "# Titel\n\nTekst.\n" }, expected: [[1, "", "error", /geen voorkant/]] },
  { name: "front matter not closed", file: { path: "a.md", text: "---\ntitel: Open\n" }, expected: [[1, "", "error", /niet afgesloten/]] },
  { name: "front matter is a list", file: { path: "a.md", text: fm("- titel") }, expected: [[2, "", "error", /moet uit velden bestaan/]] },
  // Fields
  {
    name: "unknown field, with the nearest name",
    file: { path: "a.md", text: fm("titel: Pagina\nsamenvating: Kort.") },
    expected: [
      [2, "samenvatting", "warning", /geen samenvatting/],
      [3, "samenvating", "error", /Onbekend veld 'samenvating'. Bedoelt u 'samenvatting'\?/],
    ],
  },
  {
    name: "unknown field, far from every name",
    file: { path: "a.md", text: fm("titel: Pagina\nsamenvatting: Kort.\nauteur: Jan") },
    expected: [[4, "auteur", "error", /Onbekend veld 'auteur'. Mogelijke velden hier: type, titel, samenvatting, layout\./]],
  },
  {
    name: "missing required field, described",
    file: { path: "nieuws/a.md", text: fm("titel: Nieuws\nsamenvatting: Kort.") },
    expected: [[2, "datum", "error", /^Het verplichte veld 'datum' ontbreekt\. Datum van het bericht/]],
  },
  {
    name: "wrong type",
    file: { path: "diensten/a.md", text: fm("titel: Dienst\nsamenvatting: Kort.\nvoor: werkgevers\naanbieder: UWV\naanmelden: { link: /contact/ }") },
    expected: [[4, "voor", "error", /^Hier hoort een lijst/]],
  },
  {
    name: "enum typo, with the nearest value",
    file: {
      path: "diensten/a.md",
      text: fm("titel: Dienst\nsamenvatting: Kort.\nvoor: [werkgever]\naanbieder: UWV\naanmelden: { link: /contact/ }"),
    },
    expected: [[4, "voor.0", "error", /Onbekende waarde 'werkgever'. Bedoelt u 'werkgevers'\?/]],
  },
  {
    name: "phone number written as a number",
    file: {
      path: "diensten/a.md",
      text: fm("titel: Dienst\nsamenvatting: Kort.\nvoor: [werkgevers]\naanbieder: UWV\naanmelden:\n  telefoon: 0101234567"),
    },
    expected: [[7, "aanmelden.telefoon", "error", /tussen aanhalingstekens.*valt de 0/]],
  },
  {
    name: "sign-up without any way to sign up",
    file: {
      path: "diensten/a.md",
      text: fm("titel: Dienst\nsamenvatting: Kort.\nvoor: [werkgevers]\naanbieder: UWV\naanmelden:\n  uitleg: Kom langs."),
    },
    expected: [[6, "aanmelden", "error", /minstens een link, een telefoonnummer of een e-mailadres/]],
  },
  {
    name: "impossible date",
    file: { path: "nieuws/a.md", text: fm("titel: Nieuws\nsamenvatting: Kort.\ndatum: 2026-02-30") },
    expected: [[4, "datum", "error", /^Ongeldige datum/]],
  },
  {
    name: "date in Dutch order",
    file: { path: "nieuws/a.md", text: fm("titel: Nieuws\nsamenvatting: Kort.\ndatum: 01-03-2026") },
    expected: [[4, "datum", "error", /^Ongeldige datum/]],
  },
  {
    name: "event time with seconds",
    file: {
      path: "agenda/a.md",
      text: fm("titel: Markt\nsamenvatting: Kort.\nstart: 2026-03-12 14:00:00\neinde: 2026-03-12 15:00\nonline: true\nvoor: [werkgevers]"),
    },
    expected: [[4, "start", "error", /JJJJ-MM-DD UU:MM/]],
  },
  {
    name: "event ends before it starts",
    file: {
      path: "agenda/a.md",
      text: fm("titel: Markt\nsamenvatting: Kort.\nstart: 2026-03-12 14:00\neinde: 2026-03-12 13:00\nonline: true\nvoor: [werkgevers]"),
    },
    expected: [[5, "einde", "error", /vóór of op het begin/]],
  },
  {
    name: "event in the hour summer time skips",
    file: {
      path: "agenda/a.md",
      text: fm("titel: Markt\nsamenvatting: Kort.\nstart: 2026-03-29 02:30\neinde: 2026-03-29 04:00\nonline: true\nvoor: [werkgevers]"),
    },
    expected: [[4, "start", "error", /bestaat niet in Nederland/]],
  },
  {
    name: "event without place and not online",
    file: {
      path: "agenda/a.md",
      text: fm("titel: Markt\nsamenvatting: Kort.\nstart: 2026-03-12 14:00\neinde: 2026-03-12 15:00\nvoor: [werkgevers]"),
    },
    expected: [[2, "locatie", "error", /online: true/]],
  },
  {
    name: "title too long",
    file: { path: "a.md", text: fm(`titel: ${"a".repeat(121)}\nsamenvatting: Kort.`) },
    expected: [[2, "titel", "error", /^Te lang: hoogstens 120 tekens\. Nu zijn het er 121\./]],
  },
  {
    name: "monitoring names an indicator the analysis lacks",
    file: { path: "meerjarenagenda/a.md", text: valid.meerjarenagenda.replace("indicatoren: [Vacatures]", "indicatoren: [Vacatures, Werkloosheid]") },
    expected: [[37, "monitoring.indicatoren.1", "error", /'Werkloosheid' staat niet bij analyse.indicatoren/]],
  },
  {
    name: "series years out of order",
    file: { path: "meerjarenagenda/a.md", text: valid.meerjarenagenda.replace("jaar: 2024", "jaar: 2026") },
    expected: [[12, "analyse.indicatoren.0.reeks", "error", /op volgorde/]],
  },
  {
    name: "unknown field deep in a list",
    file: {
      path: "meerjarenagenda/a.md",
      text: valid.meerjarenagenda.replace("eigenaren: [UWV]", "eigenaren: [UWV]\n            stat: bezig").replace("agenda/a", "agenda/a"),
    },
    expected: [[21, "opgaven.sociaal.ambities.0.acties.0.stat", "error", /Bedoelt u 'status'\?/]],
  },
  {
    name: "agenda without analysis or monitoring",
    file: {
      path: "meerjarenagenda/a.md",
      text: valid.meerjarenagenda.split("analyse:")[0]!.replace("periode", "vastgesteld: 2026-01-20\nperiode") + "---\nTekst.",
    },
    expected: [
      [2, "analyse", "error", /'analyse' ontbreekt/],
      [2, "opgaven", "error", /'opgaven' ontbreekt/],
      [2, "monitoring", "error", /'monitoring' ontbreekt/],
    ],
  },
  {
    name: "event without start",
    file: { path: "agenda/a.md", text: fm("titel: Markt\nsamenvatting: Kort.\neinde: 2026-03-12 15:00\nonline: true\nvoor: [werkgevers]") },
    expected: [[2, "start", "error", /'start' ontbreekt. Begin, in Nederlandse tijd/]],
  },
  // Type and place
  {
    name: "type that contradicts the folder",
    file: { path: "vragen/a.md", text: fm("type: pagina\ntitel: Vraag?\nvoor: [werkgevers]", "Antwoord.") },
    expected: [[2, "type", "error", /map vragen\/ en is dus een vraag, geen pagina/]],
  },
  {
    name: "unknown type",
    file: { path: "a.md", text: fm("type: nieuwsbericht\ntitel: Pagina\nsamenvatting: Kort.") },
    expected: [[2, "type", "error", /Onbekende soort 'nieuwsbericht'.*Kies een van/]],
  },
  {
    name: "file name that cannot be a web address",
    file: { path: "Over Ons.md", text: page("Tekst.") },
    expected: [[1, "", "error", /'over-ons.md'/]],
  },
  {
    name: "question without an answer",
    file: { path: "vragen/a.md", text: fm("titel: Vraag?\nvoor: [werkgevers]", "") },
    expected: [[5, "tekst", "error", /Schrijf het antwoord/]],
  },
  // Safety: no way to change where a page goes, or what Eleventy does with it
  {
    name: "permalink in front matter",
    file: { path: "a.md", text: fm("titel: Pagina\nsamenvatting: Kort.\npermalink: /../andere-regio/") },
    expected: [[4, "permalink", "error", /Onbekend veld 'permalink'/]],
  },
  {
    name: "eleventyComputed in front matter",
    file: { path: "a.md", text: fm("titel: Pagina\nsamenvatting: Kort.\neleventyComputed:\n  titel: x") },
    expected: [[4, "eleventyComputed", "error", /Onbekend veld 'eleventyComputed'/]],
  },
  {
    name: "layout outside the theme's allowlist",
    file: { path: "a.md", text: fm("titel: Pagina\nsamenvatting: Kort.\nlayout: ../../etc/evil.njk") },
    expected: [[4, "layout", "error", /^Kies een van: .*page/]],
  },
  // Safety: raw HTML is not rendered, and the editor is told
  {
    name: "HTML block",
    file: { path: "a.md", text: page('<div class="x">\nHallo\n</div>') },
    expected: [[5, "tekst", "error", /HTML wordt niet getoond/]],
  },
  {
    name: "inline HTML",
    file: { path: "a.md", text: page("Dit is <b>vet</b>,\ndit is <span>ook</span> HTML.") },
    expected: [
      [5, "tekst", "error", /HTML wordt niet getoond/],
      [6, "tekst", "error", /HTML wordt niet getoond/],
    ],
  },
  {
    name: "HTML comment",
    file: { path: "a.md", text: page("<!-- notitie -->") },
    expected: [[5, "tekst", "error", /HTML wordt niet getoond/]],
  },
  // Safety: links only http(s), mailto, tel or relative
  {
    name: "javascript: link",
    file: { path: "a.md", text: page("[Open het formulier](javascript:alert(1))") },
    expected: [[5, "tekst", "error", /'javascript:' is niet toegestaan/]],
  },
  {
    name: "data: link",
    file: { path: "a.md", text: page("[Open het bestand](data:text/html;base64,PHNjcmlwdD4=)") },
    expected: [[5, "tekst", "error", /'data:' is niet toegestaan/]],
  },
  {
    name: "file: link",
    file: { path: "a.md", text: page("[Open de map](file:///etc/passwd)") },
    expected: [[5, "tekst", "error", /'file:' is niet toegestaan/]],
  },
  {
    name: "scheme-relative link",
    file: { path: "a.md", text: page("[Naar een andere site](//voorbeeld.nl/pad)") },
    expected: [[5, "tekst", "error", /met \/\/ begint/]],
  },
  {
    name: "javascript: in an autolink",
    file: { path: "a.md", text: page("<javascript:alert(1)>") },
    expected: [[5, "tekst", "error", /'javascript:' is niet toegestaan/]],
  },
  {
    name: "javascript: in a front-matter link",
    file: {
      path: "agenda/a.md",
      text: fm(
        "titel: Markt\nsamenvatting: Kort.\nstart: 2026-03-12 14:00\neinde: 2026-03-12 15:00\nonline: true\naanmeldlink: javascript:alert(1)\nvoor: [werkgevers]",
      ),
    },
    expected: [[7, "aanmeldlink", "error", /^Ongeldige link/]],
  },
  // Safety: images and downloads inside the region's own folder
  {
    name: "image with ../",
    file: { path: "a.md", text: page("![Een gids in gesprek](/../../rijnmond/content/foto.jpg)") },
    expected: [[5, "tekst", "error", /met \.\.\/ of \.\/ naar een andere map/]],
  },
  {
    name: "image with an encoded ../",
    file: { path: "a.md", text: page("![Een gids in gesprek](/afbeeldingen/%2e%2e/x.jpg)") },
    expected: [[5, "tekst", "error", /naar een andere map/]],
  },
  {
    name: "image from another website",
    file: { path: "a.md", text: page("![Een gids in gesprek](https://voorbeeld.nl/foto.jpg)") },
    expected: [[5, "tekst", "error", /Afbeeldingen van andere websites zijn niet toegestaan/]],
  },
  {
    name: "image path without /",
    file: { path: "a.md", text: page("![Een gids in gesprek](foto.jpg)") },
    expected: [[5, "tekst", "error", /Begin het pad met \//]],
  },
  {
    name: "image that does not exist",
    file: { path: "a.md", text: page("![Bezoekers op de banenmarkt](/afbeeldingen/banenmarkt.jpeg)") },
    expected: [[5, "tekst", "error", /bestaat niet.*Bedoelt u '\/afbeeldingen\/banenmarkt.jpg'\?/]],
  },
  {
    name: "TIFF image",
    file: { path: "a.md", text: page("![Het logo van de regio](/afbeeldingen/logo.tiff)") },
    expected: [[5, "tekst", "error", /bestandstype dat niet mag/]],
  },
  {
    name: "download that does not exist",
    file: { path: "a.md", text: page("Download [de folder over scholing](/downloads/folder-2026.pdf).") },
    expected: [[5, "tekst", "error", /Het bestand '\/downloads\/folder-2026.pdf' bestaat niet/]],
  },
  {
    name: "download with ../",
    file: { path: "a.md", text: page("Download [de folder over scholing](../../andere-regio/folder.pdf).") },
    expected: [[5, "tekst", "error", /naar een andere map/]],
  },
  {
    name: "front-matter image outside the folder",
    file: {
      path: "nieuws/a.md",
      text: fm("titel: Nieuws\ndatum: 2026-03-01\nsamenvatting: Kort.\nafbeelding:\n  bron: ../gedeeld/foto.jpg\n  alt: Bezoekers op de banenmarkt"),
    },
    expected: [[6, "afbeelding.bron", "error", /naar een andere map/]],
  },
  {
    name: "front-matter image that does not exist",
    file: {
      path: "nieuws/a.md",
      text: fm(
        "titel: Nieuws\ndatum: 2026-03-01\nsamenvatting: Kort.\nafbeelding:\n  bron: /afbeeldingen/weg.jpg\n  alt: Bezoekers op de banenmarkt",
      ),
    },
    expected: [[6, "afbeelding.bron", "error", /bestaat niet/]],
  },
  {
    name: "front-matter download that does not exist",
    file: {
      path: "regelingen/a.md",
      text: valid.regeling.replace("https://www.rijksoverheid.nl/", "/downloads/regeling.pdf").replace("---\nTekst.", "---\nTekst."),
    },
    expected: [[10, "bron.link", "error", /bestaat niet/]],
  },
  // Editor lints: warnings
  {
    name: "image without alt text",
    file: { path: "a.md", text: page("![](/afbeeldingen/banenmarkt.jpg)") },
    expected: [[5, "tekst", "warning", /geen beschrijving/]],
  },
  {
    name: "image with a meaningless alt text",
    file: { path: "a.md", text: page("![foto](/afbeeldingen/banenmarkt.jpg)") },
    expected: [[5, "tekst", "warning", /zegt niet wat er op de afbeelding staat/]],
  },
  {
    name: "alt text that is the file name",
    file: { path: "a.md", text: page("![banenmarkt.jpg](/afbeeldingen/banenmarkt.jpg)") },
    expected: [[5, "tekst", "warning", /zegt niet wat er op de afbeelding staat/]],
  },
  {
    name: "front-matter alt text that says nothing",
    file: {
      path: "nieuws/a.md",
      text: fm("titel: Nieuws\ndatum: 2026-03-01\nsamenvatting: Kort.\nafbeelding:\n  bron: /afbeeldingen/banenmarkt.jpg\n  alt: Afbeelding"),
    },
    expected: [[7, "afbeelding.alt", "warning", /zegt niet wat er op de afbeelding staat/]],
  },
  { name: "heading level 1 in the text", file: { path: "a.md", text: page("# Titel") }, expected: [[5, "tekst", "warning", /geen kop met één #/]] },
  {
    name: "skipped heading level",
    file: { path: "a.md", text: page("## Een\n\n#### Drie") },
    expected: [[7, "tekst", "warning", /slaat een niveau over: na een kop van niveau 2 komt hier niveau 4/]],
  },
  {
    name: "vague link text 'klik hier'",
    file: { path: "a.md", text: page("Voor vacatures [klik hier](https://www.werk.nl/).") },
    expected: [[5, "tekst", "warning", /'klik hier' zegt niet waar de link heen gaat/]],
  },
  {
    name: "vague link text 'Lees meer…'",
    file: { path: "a.md", text: page("Scholing helpt.\n[Lees meer…](/scholing/)") },
    expected: [[6, "tekst", "warning", /'Lees meer…'/]],
  },
  {
    name: "vague link text 'hier'",
    file: { path: "a.md", text: page("Meld u [hier](/aanmelden/) aan.") },
    expected: [[5, "tekst", "warning", /'hier'/]],
  },
  {
    name: "page without summary",
    file: { path: "a.md", text: fm("titel: Pagina") },
    expected: [[2, "samenvatting", "warning", /geen samenvatting/]],
  },
  {
    name: "long sentence",
    file: { path: "a.md", text: page(`Eerste zin.\nDan ${"heel ".repeat(25)}lang.`) },
    expected: [[6, "tekst", "warning", /Lange zin \(27 woorden\), begint met 'Dan heel heel …'/]],
  },
  {
    name: "long paragraph",
    file: { path: "a.md", text: page("Wij helpen u graag verder met werk. ".repeat(15)) },
    expected: [[5, "tekst", "warning", /telt 105 woorden/]],
  },
  {
    name: "English paragraph on a Dutch page",
    file: { path: "a.md", text: page("Are you looking for a job? We can help you find the work that fits your skills and your life.") },
    expected: [[5, "tekst", "warning", /lijkt Engels/]],
  },
  {
    name: "placeholder left in the text",
    file: { path: "a.md", text: page("Bel [IN TE VULLEN: telefoonnummer].") },
    expected: [[5, "tekst", "error", /moet invullen/]],
  },
  {
    name: "placeholder left in a field",
    file: { path: "a.md", text: fm('titel: Pagina\nsamenvatting: "[IN TE VULLEN: samenvatting]"') },
    expected: [[3, "samenvatting", "error", /moet u nog invullen/]],
  },
];

describe("parseContentFile: invalid files", () => {
  it.each(invalidCases)("$name", ({ file, expected }) => {
    const { problems } = check(file.path, file.text);
    expect(problems.map((p) => [p.line, p.field, p.severity])).toEqual(expected.map(([line, field, severity]) => [line, field, severity]));
    problems.forEach((problem, index) => {
      expect(problem.file).toBe(`content/${file.path}`);
      expect(problem.message).toMatch(expected[index]![3]);
    });
  });

  it("returns data only when there is no error", () => {
    expect(check("a.md", page("![](/afbeeldingen/banenmarkt.jpg)")).data?.type).toBe("pagina");
    expect(check("a.md", page("[Open](javascript:x)")).data).toBeUndefined();
  });

  it("does not take English on a translated page for a mistake", () => {
    const english = "Are you looking for a job? We can help you find the work that fits your skills and your life.";
    expect(check("over-ons.en.md", page(english)).problems).toEqual([]);
  });

  it("accepts every allowed kind of link", () => {
    const body =
      "[Werk.nl](https://www.werk.nl/), [mail ons](mailto:info@voorbeeld.nl), [bel ons](tel:+31101234567), [de contactpagina](/contact/), [verderop](#kop), [de folder](/downloads/folder.pdf) en [vorige pagina](../).";
    expect(check("a.md", page(body)).problems).toEqual([]);
  });
});
