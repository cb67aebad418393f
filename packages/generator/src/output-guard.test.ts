import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { confineOutput, contentErrorIn } from "./output-guard.js";

const root = await mkdtemp(join(tmpdir(), "wc-guard-"));
afterAll(() => rm(root, { recursive: true, force: true }));

const { Eleventy } = await import("@11ty/eleventy");
const { eleventyConfigFile } = await import("./build.js");

/** Eleventy with one virtual template at `permalink`, and the guard. */
async function write(permalink: string) {
  const input = await mkdtemp(join(root, "in-"));
  const eleventy = new Eleventy(input, join(root, "site", "out"), {
    quietMode: true,
    configPath: eleventyConfigFile,
    config: (config) => {
      config.addTemplate("content/open-dag.njk", "tekst", { permalink });
      confineOutput(config, (inputPath) => (inputPath === "content/open-dag.njk" ? "sites/rijnmond/content/open-dag.md" : undefined));
    },
  });
  // The refused writes are thrown errors, which the tests read; Eleventy need not print them as well.
  eleventy.logger.overrideLogger(false);
  return eleventy.write();
}

/** Every file below `root` that is neither Eleventy's input nor inside the output folder. */
async function strayFiles(): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .filter((file) => !file.startsWith("in-") && !file.startsWith("site/out/"));
}

describe("confineOutput", () => {
  it.each(["../escaped.html", "../../../escaped.html", "x/../../escaped/index.html"])(
    "stops a page at %s before it is written, naming the source",
    async (permalink) => {
      const error = await write(permalink).catch((caught: unknown) => caught);
      expect(contentErrorIn(error)?.problems[0]).toMatchObject({
        file: "sites/rijnmond/content/open-dag.md",
        message: expect.stringMatching(/buiten de eigen website/),
      });
      expect(await strayFiles()).toEqual([]);
    },
  );

  it.each(["/open-dag/", "/../open-dag-2/", "/x/../../../open-dag-3/"])("lets a page at %s through, inside the output folder", async (permalink) => {
    await write(permalink);
    expect(await strayFiles()).toEqual([]);
  });
});
