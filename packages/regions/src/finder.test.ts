import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { allGemeenten, getRegion } from "./registry.js";
import { finderIndex, type FinderIndex } from "./finder-index.js";

/** The landing page's budget for the gemeente finder (docs/performance.md): at most 15 KB gzipped. */
const BUDGET = 15 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The finder entry bundled the way the landing page will: esbuild, for the browser, minified. */
async function bundle() {
  const result = await build({
    entryPoints: [new URL("./finder.ts", import.meta.url).pathname],
    bundle: true,
    write: false,
    platform: "browser",
    format: "esm",
    minify: true,
    metafile: true,
    logLevel: "silent",
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

describe("the compact JSON export", () => {
  const json = JSON.stringify(finderIndex());
  const gzipped = gzipSync(json).length;

  it(`stays within 15 KB gzipped (now ${kb(gzipped)})`, () => {
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
  });

  it("is stated in the README with its current size", () => {
    expect(readme).toContain(`JSON export: ${kb(gzipped)} gzipped`);
  });

  it("maps every gemeente to the region the registry gives it", () => {
    const index = JSON.parse(json) as FinderIndex;
    expect(index).toMatchObject({ format: 1, year: 2026 });
    expect(index.gemeenten).toHaveLength(allGemeenten.length);
    const hosts = new Map(index.regions.map(([code, , host]) => [code, host]));
    for (const [code, name, region] of index.gemeenten) {
      const gemeente = allGemeenten.find((g) => g.code === code)!;
      expect([name, region]).toEqual([gemeente.name, gemeente.regionCode]);
      expect(hosts.get(region)).toBe(getRegion(region)!.host);
    }
    expect(index.aliases).toContainEqual(["Den Bosch", "GM0796"]);
  });
});

describe("the browser bundle of @werkcentrum/regions/finder", () => {
  it("builds for the browser: no Node built-ins, no zod", async () => {
    const { inputs } = await bundle();
    expect(inputs.filter((file) => file.includes("node_modules"))).toEqual([]);
    expect(inputs.some((file) => file.endsWith("site-profile.ts"))).toBe(false);
  });

  it("stays within 15 KB gzipped, data included, and the README states its size", async () => {
    const { code } = await bundle();
    const gzipped = gzipSync(code).length;
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
    expect(readme).toContain(`browser bundle: ${kb(gzipped)} gzipped`);
  });

  it("works once bundled: finds the region of Den Bosch and both Bergens", async () => {
    const { code } = await bundle();
    const finder = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
    expect(finder.regionForGemeente("Den Bosch").region.host).toBe("noordoost-brabant.werkcentrum.nl");
    expect(finder.regionForGemeente("Bergen").matches).toHaveLength(2);
    expect(finder.searchGemeenten("sudw")[0].gemeente.name).toBe("Súdwest-Fryslân");
  });
});
