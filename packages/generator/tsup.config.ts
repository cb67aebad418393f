import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.config.base.js";

// Eleventy 3 ships no type declarations; src/eleventy.d.ts declares the part the public API uses
// (werkcentrumPlugin takes an EleventyConfig). The bundled dist/index.d.ts imports "@11ty/eleventy", so it
// references that file, which is published too ("files" in package.json). Without it a consumer's `tsc` fails
// with TS7016. (Copying it into dist/ would race tsup's declaration step, which first deletes every .d.ts there.)
// src/build-worker.ts is the entry of the builder threads of `werkcentrum build` (build-all.ts); it is not public API,
// so it gets no declarations.
export default defineConfig(
  packageConfig(["src/index.ts", "src/build-worker.ts"], { dts: { entry: "src/index.ts", banner: '/// <reference path="../src/eleventy.d.ts" />' } }),
);
