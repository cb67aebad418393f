import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { decode } from "cborg";
import { expect, it } from "vitest";
import { finishSearchIndex, SEARCH_INDEX_DIR, writeSearchIndex } from "./search-index.js";

it("finishSearchIndex puts Pagefind's languages in key order and keeps everything else as it was", async () => {
  const dir = await mkdtemp(join(tmpdir(), "wc-pagefind-entry-"));
  try {
    const file = join(dir, "pagefind-entry.json");
    const language = (code: string, pages: number) => ({ hash: `${code}_0123456789`, wasm: code === "uk" ? null : code, page_count: pages });
    await writeFile(
      file,
      JSON.stringify({
        version: "1.5.2",
        languages: { pl: language("pl", 3), nl: language("nl", 94), uk: language("uk", 2), ar: language("ar", 3) },
        include_characters: ["_", "‿"],
      }),
    );
    await finishSearchIndex(dir);
    const text = await readFile(file, "utf8");
    const entry = JSON.parse(text) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(["ar", "nl", "pl", "uk"]);
    expect(entry).toEqual({
      version: "1.5.2",
      languages: { ar: language("ar", 3), nl: language("nl", 94), pl: language("pl", 3), uk: language("uk", 2) },
      include_characters: ["_", "‿"],
    });
    expect(text).not.toContain("\n"); // compact, as Pagefind writes it
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
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
    // The site uses neither Pagefind's own interfaces nor its worker (search-script.ts turns it off).
    for (const unused of ["pagefind-ui.js", "pagefind-worker.js", "pagefind-highlight.js"]) expect(existsSync(join(index, unused))).toBe(false);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it("a combined index is the same on every build: the site filter's values sorted, and every renamed file renamed where it is named", async () => {
  const root = await mkdtemp(join(tmpdir(), "wc-pagefind-filters-"));
  try {
    const page = (title: string) =>
      `<!doctype html><html lang="nl"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Werk in de regio ${title}.</p></main></body></html>`;
    // Twelve sites: Pagefind's hash-map order of twelve values is a different one on almost every run.
    const names = [
      "Zeeland",
      "Twente",
      "Drenthe",
      "Flevoland",
      "Achterhoek",
      "Rijnmond",
      "Haaglanden",
      "Friesland",
      "Groningen",
      "Amersfoort",
      "Midden-Utrecht",
      "Zuid-Limburg",
    ];
    const sources = await Promise.all(
      names.map(async (name) => {
        const dir = join(root, "sites", name);
        await mkdir(dir, { recursive: true });
        await writeFile(join(dir, "index.html"), page(name));
        return { dir, origin: `https://${name.toLowerCase()}.example`, label: `Werkcentrum ${name}` };
      }),
    );
    const build = async (n: number) => {
      const dir = join(root, `landing-${n}`);
      await mkdir(join(dir, "zoeken"), { recursive: true });
      await writeFile(join(dir, "zoeken", "index.html"), '<!doctype html><html lang="nl"><body><main>Zoeken</main></body></html>');
      await writeSearchIndex(dir, { sites: sources });
      const index = join(dir, SEARCH_INDEX_DIR);
      const files = (await readdir(index, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
      return Object.fromEntries(
        await Promise.all(
          files.map(
            async (entry) =>
              [relative(index, join(entry.parentPath, entry.name)), (await readFile(join(entry.parentPath, entry.name))).toString("base64")] as const,
          ),
        ),
      );
    };
    const [first, second, third] = [await build(1), await build(2), await build(3)];
    expect(second).toEqual(first);
    expect(third).toEqual(first);

    const payload = (base64: string) => {
      const data = Buffer.from(base64, "base64");
      return (data[0] === 0x1f ? gunzipSync(data) : data).subarray("pagefind_dcd".length);
    };
    const filterFile = Object.keys(first).find((file) => file.endsWith(".pf_filter"))!;
    const [name, values] = decode(payload(first[filterFile]!)) as [string, Array<[string, number[]]>];
    expect(name).toBe("regio");
    expect(values.map(([value]) => value)).toEqual(names.map((n) => `Werkcentrum ${n}`).sort());
    const entry = JSON.parse(Buffer.from(first["pagefind-entry.json"]!, "base64").toString("utf8")) as {
      languages: Record<string, { hash: string }>;
    };
    const metaFile = `pagefind.${entry.languages.nl!.hash}.pf_meta`;
    expect(Object.keys(first)).toContain(metaFile);
    const meta = decode(payload(first[metaFile]!)) as unknown[];
    expect(meta[3]).toEqual([["regio", filterFile.replace(/^filter\//, "").replace(/\.pf_filter$/, "")]]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}, 60_000);
