import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { sortEntryLanguages } from "./search-index.js";

it("sortEntryLanguages puts Pagefind's languages in key order and keeps everything else as it was", async () => {
  const dir = await mkdtemp(join(tmpdir(), "wc-pagefind-entry-"));
  try {
    const file = join(dir, "pagefind-entry.json");
    const language = (code: string, pages: number) => ({ hash: `${code}_0123456789`, wasm: code === "uk" ? null : code, page_count: pages });
    await writeFile(file, JSON.stringify({ version: "1.5.2", languages: { pl: language("pl", 3), nl: language("nl", 94), uk: language("uk", 2), ar: language("ar", 3) }, include_characters: ["_", "‿"] }));
    await sortEntryLanguages(file);
    const text = await readFile(file, "utf8");
    const entry = JSON.parse(text) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(["ar", "nl", "pl", "uk"]);
    expect(entry).toEqual({ version: "1.5.2", languages: { ar: language("ar", 3), nl: language("nl", 94), pl: language("pl", 3), uk: language("uk", 2) }, include_characters: ["_", "‿"] });
    expect(text).not.toContain("\n"); // compact, as Pagefind writes it
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
