import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSite, findProjectPaths, getSite } from "@werkcentrum/generator";

const paths = findProjectPaths(); // { sitesDir, outDir } from the working directory
const site = getSite("rijnmond");
if (!site) throw new Error("not in the registry");
const { outputDir, pages } = await buildSite(site, { ...paths, outDir: resolve("out-in-code") });
assert.ok(pages > 0);
assert.ok(existsSync(join(outputDir, "nieuws", "feed.xml")));
