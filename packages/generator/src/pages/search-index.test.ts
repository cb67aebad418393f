import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { expect, it } from "vitest";
import { allRegions } from "@werkcentrum/regions";
import { finishSearchFile, LANDING_SEARCH_LABEL, landingSearchSources, SEARCH_INDEX_DIR, writeSearchIndex } from "./search-index.js";

it("finishSearchFile puts Pagefind's languages in key order and keeps everything else as it was", () => {
  const language = (code: string, pages: number) => ({ hash: `${code}_0123456789`, wasm: code === "uk" ? null : code, page_count: pages });
  const written = {
    version: "1.5.2",
    languages: { pl: language("pl", 3), nl: language("nl", 94), uk: language("uk", 2), ar: language("ar", 3) },
    include_characters: ["_", "‿"],
  };
  const text = finishSearchFile("pagefind-entry.json", Buffer.from(JSON.stringify(written)));
  expect(typeof text).toBe("string");
  const entry = JSON.parse(text as string) as { languages: Record<string, unknown> };
  expect(Object.keys(entry.languages)).toEqual(["ar", "nl", "pl", "uk"]);
  expect(entry).toEqual({
    version: "1.5.2",
    languages: { ar: language("ar", 3), nl: language("nl", 94), pl: language("pl", 3), uk: language("uk", 2) },
    include_characters: ["_", "‿"],
  });
  expect(text).not.toContain("\n"); // compact, as Pagefind writes it
});

it("writeSearchIndex stores the files every first query loads unwrapped, for the build's brotli, and leaves the rest as Pagefind wrote them", async () => {
  const dir = await mkdtemp(join(tmpdir(), "wc-pagefind-unwrap-"));
  try {
    const page = (title: string, words: string) =>
      `<!doctype html><html lang="nl"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${words}</p></main></body></html>`;
    await mkdir(join(dir, "zoeken"), { recursive: true });
    await writeFile(join(dir, "zoeken", "index.html"), '<!doctype html><html lang="nl"><body><main>Zoeken</main></body></html>');
    await writeFile(join(dir, "index.html"), page("Werk zoeken", "Een vacature in de zorg, de bouw of het onderwijs."));
    expect(await writeSearchIndex(dir)).toBeGreaterThan(0);
    const index = join(dir, SEARCH_INDEX_DIR);
    const start = async (file: string) => (await readFile(join(index, file))).subarray(0, 12);
    // The WebAssembly (well over the precompression threshold) starts with Pagefind's signature: pagefind.js uses it as it is.
    expect((await start("wasm.nl.pagefind")).toString("latin1")).toBe("pagefind_dcd");
    // Small files and the fragments (one per page) stay gzipped, which pagefind.js unpacks itself.
    const files = await readdir(index, { recursive: true });
    const meta = files.find((file) => file.endsWith(".pf_meta"))!;
    const fragment = files.find((file) => file.endsWith(".pf_fragment"))!;
    for (const file of [meta, fragment]) expect([...(await start(file)).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    // Every file is complete when writeSearchIndex returns (Pagefind's own writeFiles does not flush).
    const entry = JSON.parse(await readFile(join(index, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.nl?.page_count).toBe(1);
    // The site uses neither Pagefind's own interfaces nor its worker (search-script.ts turns it off).
    for (const unused of ["pagefind-ui.js", "pagefind-worker.js", "pagefind-highlight.js"]) expect(existsSync(join(index, unused))).toBe(false);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it("werkcentrum.nl searches its own index and every region's, each served from werkcentrum.nl itself", () => {
  const sources = landingSearchSources(allRegions);
  expect(sources[0]).toEqual({ label: LANDING_SEARCH_LABEL, index: "/pagefind/", baseUrl: "/" });
  expect(sources.slice(1)).toHaveLength(allRegions.length);
  expect(sources.find((source) => source.label === "Werkcentrum Rijnmond")).toEqual({
    label: "Werkcentrum Rijnmond",
    index: "/zoeken/regio/rijnmond/",
    baseUrl: "https://rijnmond.werkcentrum.nl/",
  });
  // Alphabetical by label, as the visitor reads the list to narrow the search.
  const labels = sources.slice(1).map((source) => source.label);
  expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "nl")));
});
