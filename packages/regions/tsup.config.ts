import { writeFile } from "node:fs/promises";
import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.config.base.js";

export default defineConfig(
  packageConfig(["src/index.ts", "src/finder.ts"], {
    // One shared chunk, so both entries see the same region objects (and the registry ships once).
    splitting: true,
    // dist/finder.json: the compact gemeente → region map, for clients that fetch JSON instead of bundling.
    async onSuccess() {
      const { finderIndex } = await import(new URL("./dist/finder.js", import.meta.url).href);
      await writeFile(new URL("./dist/finder.json", import.meta.url), JSON.stringify(finderIndex()));
    },
  }),
);
