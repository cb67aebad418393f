import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.config.base.js";

// Eleventy 3 ships no type declarations. The public API names only this package's own structural
// `EleventyConfig` (src/eleventy-config.ts), so dist/index.d.ts imports nothing from "@11ty/eleventy" and needs no
// ambient declaration: src/eleventy.d.ts is for the package's own code and is not published, because an ambient
// `declare module "@11ty/eleventy"` would replace a consumer's own Eleventy types (consumer-test.mjs checks both).
// src/build-worker.ts is the entry of the builder threads of `werkcentrum build` (build-all.ts); it is not public API,
// so it gets no declarations.
export default defineConfig(packageConfig(["src/index.ts", "src/build-worker.ts"], { dts: { entry: "src/index.ts" } }));
