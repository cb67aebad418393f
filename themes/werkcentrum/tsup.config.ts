import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.config.base.js";

export default defineConfig([
  packageConfig(["src/index.ts"]),
  // The asset pipeline (tokens, fonts, CSS bundle) that `npm run build` runs next; a build tool, not published.
  packageConfig(["src/build/cli.ts"], {
    outDir: "node_modules/.cache/werkcentrum-theme",
    dts: false,
    skipNodeModulesBundle: true,
  }),
]);
