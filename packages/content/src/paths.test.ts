import { describe, expect, it } from "vitest";
import { contentPath, nameProblem, permalinkFor, reservedUrlProblem } from "./paths.js";

describe("contentPath", () => {
  it.each([
    { path: "over-ons.md", folderType: "pagina", slug: "over-ons", permalink: "/over-ons/", lang: "nl" },
    { path: "index.md", folderType: "pagina", slug: "", permalink: "/", lang: "nl" },
    { path: "over-ons/index.md", folderType: "pagina", slug: "over-ons", permalink: "/over-ons/", lang: "nl" },
    { path: "diensten/loopbaanadvies.md", folderType: "dienst", slug: "loopbaanadvies", permalink: "/diensten/loopbaanadvies/", lang: "nl" },
    { path: "diensten/index.md", folderType: "pagina", slug: "diensten", permalink: "/diensten/", lang: "nl" },
    { path: "nieuws/2026/banenmarkt.md", folderType: "nieuws", slug: "banenmarkt", permalink: "/nieuws/2026/banenmarkt/", lang: "nl" },
    { path: "agenda/banenmarkt.md", folderType: "evenement", slug: "banenmarkt", permalink: "/agenda/banenmarkt/", lang: "nl" },
    {
      path: "regelingen/loonkostensubsidie.md",
      folderType: "regeling",
      slug: "loonkostensubsidie",
      permalink: "/regelingen/loonkostensubsidie/",
      lang: "nl",
    },
    { path: "vragen/wat-kost-het.md", folderType: "vraag", slug: "wat-kost-het", permalink: "/vragen/wat-kost-het/", lang: "nl" },
    { path: "meerjarenagenda/2026-2030.md", folderType: "meerjarenagenda", slug: "2026-2030", permalink: "/meerjarenagenda/2026-2030/", lang: "nl" },
    { path: "over-ons.en.md", folderType: "pagina", slug: "over-ons", permalink: "/en/over-ons/", lang: "en" },
    { path: "index.ar.md", folderType: "pagina", slug: "", permalink: "/ar/", lang: "ar" },
    { path: "diensten/loopbaanadvies.uk.md", folderType: "dienst", slug: "loopbaanadvies", permalink: "/uk/diensten/loopbaanadvies/", lang: "uk" },
    { path: "werkgevers/diensten/x.md", folderType: "pagina", slug: "x", permalink: "/werkgevers/diensten/x/", lang: "nl" },
  ])("$path is a $folderType at $permalink", ({ path, ...expected }) => {
    expect(contentPath(path)).toEqual({ path, ...expected });
  });

  it("never gives a permalink outside the site", () => {
    for (const path of ["index.md", "a/index.md", "a/b.md", "a/b/c.en.md"]) {
      expect(permalinkFor(path)).toMatch(/^\/(?:[a-z0-9.-]+\/)*$/);
    }
  });
});

describe("nameProblem", () => {
  it.each([
    { path: "Over Ons.md", message: /'Over Ons.md'.*'over-ons.md'/ },
    { path: "nieuws/Bericht_1.md", message: /'Bericht_1.md'.*'bericht-1.md'/ },
    { path: "Nieuws/bericht.md", message: /mapnaam 'Nieuws'.*'nieuws'/ },
    { path: "afbeeldingen/Foto.JPG", message: /'Foto.JPG'.*'foto.jpg'/ },
    { path: "over-ons.fr.md", message: /'over-ons.fr.md'/ },
  ])("refuses $path", ({ path, message }) => {
    expect(nameProblem(path)).toMatch(message);
  });

  it.each(["over-ons.md", "nieuws/2026/bericht-1.md", "afbeeldingen/foto.jpg", "over-ons.uk.md"])("accepts %s", (path) => {
    expect(nameProblem(path)).toBeUndefined();
  });
});

describe("reservedUrlProblem", () => {
  it("keeps the legal pages, and their translations, for the generator", () => {
    for (const url of ["/privacy/", "/toegankelijkheid/", "/en/toegankelijkheid/", "/ar/privacy/"])
      expect(reservedUrlProblem(url), url).toMatch(/maakt de website zelf.*site\.yml/);
    for (const url of ["/privacy-en-cookies/", "/over-ons/toegankelijkheid/", "/nl/privacy/"]) expect(reservedUrlProblem(url), url).toBeUndefined();
  });

  it("keeps the automated test results page for the generator", () => {
    expect(reservedUrlProblem("/toegankelijkheid/testresultaten/")).toMatch(
      /valt onder \/toegankelijkheid\/testresultaten\/, en die adressen maakt de website zelf/,
    );
    expect(reservedUrlProblem("/toegankelijkheid/uitleg/")).toBeUndefined();
  });

  it("keeps werkcentrum.nl's open data folder and its page for the generator", () => {
    expect(reservedUrlProblem("/data/regios/")).toMatch(/valt onder \/data\/, en die adressen maakt de website zelf/);
    expect(reservedUrlProblem("/open-data/")).toMatch(/valt onder \/open-data\//);
    expect(reservedUrlProblem("/databanken/")).toBeUndefined();
  });
});
