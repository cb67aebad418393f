import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutNames, templatesDir } from "./index.js";

describe("theme layouts", () => {
  it("ships exactly the layouts it allows pages to use", () => {
    const files = readdirSync(join(templatesDir, "layouts")).map((file) => file.replace(/\.njk$/, ""));
    expect(files.sort()).toEqual([...layoutNames].sort());
  });
});
