import assert from "node:assert/strict";
import { parseContentFile } from "@werkcentrum/content";

const source = `---
titel: Banenmarkt in de haven
datum: 2026-03-01
samenvatting: Op 12 maart kunt u kennismaken met werkgevers uit de haven.
afbeelding:
  bron: /afbeeldingen/banenmarkt.jpg
  alt: Werkzoekenden en werkgevers in gesprek aan statafels.
---

Op de banenmarkt ontmoet u werkgevers die mensen zoeken.
`;
const { data, problems } = parseContentFile(source, {
  file: "sites/rijnmond/content/nieuws/banenmarkt.md", // how the file is named in problems
  path: "nieuws/banenmarkt.md", // relative to content/: decides the type, slug and permalink
  assets: new Set(["/afbeeldingen/banenmarkt.jpg"]), // images and downloads the file may link to
});
assert.deepEqual(problems, []);
assert.equal(data?.type, "nieuws");
assert.equal(data?.permalink, "/nieuws/banenmarkt/");
