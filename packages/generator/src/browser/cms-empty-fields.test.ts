import { describe, expect, it } from "vitest";
import { withoutEmptyFields } from "./cms-empty-fields.js";

describe("withoutEmptyFields", () => {
  it("leaves out null, empty text, empty lists and groups, also those that become empty, and keeps the body", () => {
    // What Decap wrote into a translation when the Dutch file had no type, audience, layout or image.
    const raw = [
      "---",
      "type: null",
      "titel: Work point",
      "voor: null",
      "layout: ''",
      "afbeelding:",
      "  bron: null",
      "  alt: ''",
      "links:",
      "  - null",
      "  - {}",
      "tags: []",
      "datum: 2026-02-02",
      "---",
      "",
      "Feel free to drop in.",
      "",
    ].join("\n");
    expect(withoutEmptyFields("nieuws/a.en.md", raw)).toBe("---\ntitel: Work point\ndatum: 2026-02-02\n---\n\nFeel free to drop in.\n");
  });

  it("returns a file without empty fields, or without front matter, as it is", () => {
    for (const raw of ["---\ntitel: Open dag\nvoor:\n  - werkzoekenden\n---\n\nTekst.\n", "Alleen tekst.\n", "---\ntitel: [\n---\n"]) {
      expect(withoutEmptyFields("a.md", raw)).toBe(raw);
    }
  });

  it("keeps false and 0, which are values", () => {
    expect(withoutEmptyFields("a.md", "---\nonline: false\nvolgorde: 0\nx: null\n---\n")).toBe("---\nonline: false\nvolgorde: 0\n---\n");
  });

  it("cleans a whole YAML file (site.yml), and touches no other kind of file", () => {
    expect(withoutEmptyFields("sites/rijnmond/site.yml", "naam: Rijnmond\ncontact:\n  telefoon: ''\ntalen: []\n")).toBe("naam: Rijnmond\n");
    expect(withoutEmptyFields("sites/rijnmond/content/a.txt", "---\nx: null\n---\n")).toBe("---\nx: null\n---\n");
  });
});
