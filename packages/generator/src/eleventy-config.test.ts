import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { afterAll, beforeAll, expect, it } from "vitest";
import { eleventyConfigFile } from "./build.js";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "wc-eleventy-config-"));
  await writeFile(join(root, "index.md"), "Prijs: {{ 2 | plus: 3 }}\n");
  await writeFile(join(root, "plain.config.js"), "export default function () {}\n");
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function render(configPath: string): Promise<string> {
  const output = join(root, `_site-${Math.random().toString(36).slice(2)}`);
  const eleventy = new Eleventy(root, output, { quietMode: true, configPath });
  eleventy.logger.overrideLogger(false);
  await eleventy.write();
  return readFile(join(output, "index.html"), "utf8");
}

// The generator's configuration file is found (from source here, from dist/ in the package) and Eleventy honours
// it: Markdown is not run through Liquid first (eleventy.config.js). The control shows Eleventy's default.
it("renders Markdown without a template language pass", async () => {
  expect(await render(eleventyConfigFile)).toContain("Prijs: {{ 2 | plus: 3 }}");
  expect(await render(join(root, "plain.config.js"))).toContain("Prijs: 5");
});
