import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import tsupConfig from "../tsup.config.js";

const root = new URL("../", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as {
  exports: Record<string, string | Record<string, string>>;
  files: string[];
  sideEffects: boolean;
};
const codeExports = Object.entries(manifest.exports).filter((entry): entry is [string, Record<string, string>] => typeof entry[1] === "object");

describe("the package surface", () => {
  it("exports the main entry and the browser-safe ./finder", () => {
    expect(codeExports.map(([path]) => path)).toEqual([".", "./finder"]);
    expect(manifest.exports["./finder.json"]).toBe("./dist/finder.json");
    expect(manifest.exports["./package.json"]).toBe("./package.json");
  });

  it.each(codeExports)("shapes %s like every entry: source condition, then types, then import", (_, conditions) => {
    expect(Object.keys(conditions)).toEqual(["@werkcentrum/source", "types", "import"]);
    const source = conditions["@werkcentrum/source"]!;
    expect(existsSync(new URL(source, root))).toBe(true);
    const name = source.replace(/^\.\/src\/(.*)\.ts$/, "$1");
    expect(conditions.types).toBe(`./dist/${name}.d.ts`);
    expect(conditions.import).toBe(`./dist/${name}.js`);
  });

  it("builds every exported entry with tsup", () => {
    const options = tsupConfig as { entry: string[] };
    expect(options.entry).toEqual(codeExports.map(([, conditions]) => conditions["@werkcentrum/source"]!.replace(/^\.\//, "")));
  });

  it("publishes dist plus the boundary files (TopoJSON for the map, RFC 7946 GeoJSON for the open data) and the data sources, free of side effects", () => {
    expect(manifest.files).toEqual([
      "dist",
      "data/geo/arbeidsmarktregio_2025.topojson",
      "data/geo/arbeidsmarktregio_2025.geojson",
      "data/geo/SOURCES.md",
      "data/SOURCES.md",
    ]);
    expect(manifest.sideEffects).toBe(false);
  });
});
