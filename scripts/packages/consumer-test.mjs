#!/usr/bin/env node
// The consumer test: what an outside developer gets from npm. Installs the packed tarballs into a
// fresh project in the system's temp folder (outside the workspace, so no workspace links; third-party
// dependencies come from the registry), then
//   (a) type-checks a TypeScript file that finds the region of "Den Bosch" with `tsc --strict` (NodeNext) and runs it;
//   (b) imports every subpath of every exports map from the installed packages (resolve-exports.mjs);
//   (c) builds a one-region site with `npx werkcentrum build --site rijnmond` and checks the pages it wrote and the
//       photo it encoded with the sharp the generator installs;
//   (d) type-checks every README example (packages' examples/ folders, readme-examples.mjs) with `tsc --strict`
//       and runs each one in this project, including the Eleventy example with Eleventy's own command line;
//   (e) type-checks a consumer's own Eleventy configuration that uses Eleventy's types next to the plugin.
// Usage: node scripts/packages/consumer-test.mjs TARBALL...   (the paths pack.mjs prints)
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { publishedWorkspaces, repoRoot } from "./workspaces.mjs";

const tarballs = process.argv.slice(2).map((file) => resolve(file));
if (tarballs.length === 0) {
  console.error("Usage: consumer-test.mjs TARBALL...");
  process.exit(2);
}

const project = realpathSync(mkdtempSync(join(tmpdir(), "werkcentrum-consumer-")));
if (project.startsWith(`${repoRoot}/`)) throw new Error(`The consumer project must be outside the workspace: ${project}`);
// The same TypeScript and Node types the repository uses, so the check means the same thing here.
const rootManifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
const devVersion = (name) => `${name}@${rootManifest.devDependencies[name]}`;

function write(path, text) {
  mkdirSync(dirname(join(project, path)), { recursive: true });
  writeFileSync(join(project, path), text);
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(" ")}`);
  return execFileSync(command, args, { cwd: project, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

function expect(condition, message) {
  if (!condition) throw new Error(`consumer test: ${message}`);
  console.log(`ok: ${message}`);
}

console.log(`== consumer project ${project}`);
write("package.json", `${JSON.stringify({ name: "werkcentrum-consumer", private: true, type: "module" }, null, 2)}\n`);
run("npm", ["install", "--no-audit", "--no-fund", ...tarballs, devVersion("typescript"), devVersion("@types/node")]);
for (const name of ["regions", "content", "generator", "theme"]) {
  const dir = join(project, "node_modules", "@werkcentrum", name);
  expect(existsSync(dir) && realpathSync(dir).startsWith(`${project}/`), `@werkcentrum/${name} is installed from its tarball, not linked`);
}

// (a) TypeScript, strict, NodeNext.
write(
  "tsconfig.json",
  `${JSON.stringify({ compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", types: ["node"], outDir: "out", skipLibCheck: false }, include: ["src"] }, null, 2)}\n`,
);
write(
  "src/den-bosch.ts",
  `import { regionForGemeente, type Region } from "@werkcentrum/regions";

const lookup = regionForGemeente("Den Bosch");
if (lookup.status !== "unique") throw new Error(\`Den Bosch: \${lookup.status}\`);
const region: Region = lookup.region;
console.log(\`\${lookup.gemeente.name}|\${region.name}|\${region.code}\`);
`,
);
run("npx", ["tsc", "-p", "tsconfig.json"]);
const [gemeente, regionName] = run("node", ["out/den-bosch.js"]).trim().split("|");
expect(gemeente === "'s-Hertogenbosch" && regionName === "Noordoost-Brabant", `"Den Bosch" is ${gemeente} in ${regionName}`);

// (b) every export of every package resolves and loads; their types too.
copyFileSync(new URL("./resolve-exports.mjs", import.meta.url), join(project, "resolve-exports.mjs"));
console.log(run("node", ["resolve-exports.mjs"]).trimEnd());
run("npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]); // resolve-exports.mjs wrote src/exports.ts

// (c) a one-region site, laid out as the generator expects: sites/<slug>/ beside deploy.yml.
const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
write("deploy.yml", `security-txt:\n  contact:\n    - mailto:security@example.org\n  expires: ${inDays(300)}T00:00:00Z\n`);
write("sites/rijnmond/site.yml", "code: AM22\nnaam: Rijnmond\nstatus: in-ontwikkeling\n");
write(
  "sites/rijnmond/content/nieuws/banenmarkt.md",
  "---\ntitel: Banenmarkt in de haven\ndatum: 2026-03-01\nsamenvatting: Op 12 maart kunt u kennismaken met werkgevers uit de haven.\n---\n\nOp de banenmarkt ontmoet u werkgevers die mensen zoeken.\n",
);

// (d) The README examples, as files (each README includes them verbatim: readme-examples.mjs). They run here, in the
// project with the one-region site above, so a path such as "sites/rijnmond" means what the README says.
const examples = [];
for (const { dir, manifest } of publishedWorkspaces()) {
  const examplesDir = join(dir, "examples");
  if (!existsSync(examplesDir)) continue;
  for (const name of readdirSync(examplesDir).sort()) {
    const short = manifest.name.replace("@werkcentrum/", "");
    // The Eleventy configuration goes where Eleventy looks for it; the rest into examples/<package>/.
    const target = name === "eleventy.config.js" ? name : `examples/${short}/${name}`;
    write(target, readFileSync(join(examplesDir, name), "utf8"));
    examples.push(target);
  }
}
expect(examples.includes("eleventy.config.js") && examples.length >= 15, `${examples.length} README examples copied`);
// (e) A consumer's own Eleventy configuration, typed with Eleventy's own JSDoc types (allowJs reads them from
// @11ty/eleventy/src; Eleventy ships no .d.ts), that also adds the plugin. An ambient `declare module
// "@11ty/eleventy"` in the generator's types would replace Eleventy's and fail this file (TS2322/TS2339).
write(
  "src-own/own-config.ts",
  `import { Eleventy } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { werkcentrumPlugin, type WerkcentrumPluginOptions } from "@werkcentrum/generator";

export function ownConfig(eleventyConfig: UserConfig, options: WerkcentrumPluginOptions): void {
  eleventyConfig.addShortcode("jaar", () => "2026");
  eleventyConfig.addCollection("alles", (api: { getAll(): unknown[] }) => api.getAll());
  eleventyConfig.addPlugin(werkcentrumPlugin, options);
}

export const eleventy = (options: WerkcentrumPluginOptions) =>
  new Eleventy(".", "_site", { quietMode: true, config: (eleventyConfig: UserConfig) => ownConfig(eleventyConfig, options) });
`,
);
write(
  "tsconfig.examples.json",
  `${JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        types: ["node"],
        resolveJsonModule: true,
        // Eleventy's types are JSDoc in JavaScript: read them (one level deep), without checking Eleventy's own code.
        allowJs: true,
        maxNodeModuleJsDepth: 1,
        rootDir: ".",
        outDir: "out-examples",
        skipLibCheck: false,
      },
      include: ["examples", "src-own", "eleventy.config.js"],
    },
    null,
    2,
  )}\n`,
);
run("npx", ["tsc", "-p", "tsconfig.examples.json"]);
expect(true, "every README example and the consumer's own Eleventy config type-check with tsc --strict");
const generatorTypes = readdirSync(join(project, "node_modules/@werkcentrum/generator"), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith(".d.ts") && !file.startsWith("node_modules"));
const ambient = generatorTypes.filter((file) =>
  /^\s*declare module\s/m.test(readFileSync(join(project, "node_modules/@werkcentrum/generator", file), "utf8")),
);
expect(generatorTypes.length > 0 && ambient.length === 0, `the generator publishes no ambient module declarations (${generatorTypes.join(", ")})`);

// The Eleventy example, run as written, with Eleventy's own command line in the project folder (its default
// input). Before the werkcentrum build below, so the project holds only what an Eleventy user's would.
run("npx", ["@11ty/eleventy", "--quiet"]);
const eleventyOut = (path) => (existsSync(join(project, "_site", path)) ? readFileSync(join(project, "_site", path), "utf8") : "");
expect(eleventyOut("index.html").includes("Rijnmond"), "Eleventy example: the home page at /");
expect(/<html lang="nl"/.test(eleventyOut("nieuws/index.html")), "Eleventy example: the news index at /nieuws/");
expect(eleventyOut("nieuws/feed.xml").includes("Banenmarkt in de haven"), "Eleventy example: the news feed at /nieuws/feed.xml");
expect(eleventyOut("nieuws/banenmarkt/index.html").includes("Banenmarkt in de haven"), "Eleventy example: the news item at /nieuws/banenmarkt/");
expect(!existsSync(join(project, "_site", "sites")), "Eleventy example: nothing from the site folder is rendered as a template (no /sites/)");
rmSync(join(project, "_site"), { recursive: true, force: true });

// A news item with a photo, made with the sharp the generator installed: the build encodes it into AVIF, WebP and JPEG.
write(
  "sites/rijnmond/content/nieuws/gidsen.md",
  "---\ntitel: Gidsen in het stadskantoor\ndatum: 2026-03-02\nsamenvatting: Op dinsdag helpt een gids u zonder afspraak verder.\nafbeelding:\n  bron: /afbeeldingen/gids.jpg\n  alt: Een gids praat aan de balie met een bezoeker\n---\n\nKom gerust langs.\n",
);
mkdirSync(join(project, "sites/rijnmond/content/afbeeldingen"), { recursive: true });
run("node", [
  "--input-type=module",
  "-e",
  "import sharp from 'sharp'; await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#2f5d7c' } }).jpeg().toFile('sites/rijnmond/content/afbeeldingen/gids.jpg');",
]);

run("npx", ["werkcentrum", "build", "--site", "rijnmond"]);
const out = join(project, "dist", "rijnmond.werkcentrum.nl");
const page = (path) => (existsSync(join(out, path)) ? readFileSync(join(out, path), "utf8") : "");
expect(/<html lang="nl"/.test(page("index.html")) && page("index.html").includes("Rijnmond"), "index.html exists and names the region");
expect(page("nieuws/banenmarkt/index.html").includes("Banenmarkt in de haven"), "the news item has its page");
expect(page("404.html").length > 0, "404.html exists");
const avif = /<source type="image\/avif" srcset="\/(assets\/afbeeldingen\/gids-480\.[0-9a-f]{16}\.avif) 480w/.exec(
  page("nieuws/gidsen/index.html"),
)?.[1];
expect(avif !== undefined && existsSync(join(out, avif)), `the photo is published as AVIF in its widths (${avif})`);
expect(page(".well-known/security.txt").includes("Contact: mailto:security@example.org"), "security.txt carries deploy.yml's contact");
const stylesheet = /<link rel="stylesheet" href="\/(assets\/werkcentrum\.[0-9a-f]+\.css)">/.exec(page("index.html"))?.[1];
expect(stylesheet !== undefined && page(stylesheet).length > 0, `index.html links the theme's stylesheet, and ${stylesheet} is there`);

// (d, continued) Every other README example runs in this project. The content example that writes a new file runs
// last: the file it makes waits for an editor to fill it in.
const order = (file) => (file.endsWith("base-texts.ts") ? 1 : 0);
for (const file of examples.filter((file) => file.endsWith(".ts")).sort((a, b) => order(a) - order(b))) {
  run("node", [join("out-examples", file.replace(/\.ts$/, ".js"))]);
  expect(true, `README example ${file} runs`);
}
// The theme's Nunjucks example, rendered with the theme's templates as the README says (`templatesDir`).
write(
  "render-njk.mjs",
  `import { readFileSync } from "node:fs";
import nunjucks from "nunjucks";
import { templatesDir } from "@werkcentrum/theme";
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir), { autoescape: true });
process.stdout.write(env.renderString(readFileSync(process.argv[2], "utf8"), {}));
`,
);
for (const file of examples.filter((file) => file.endsWith(".njk"))) {
  const html = run("node", ["render-njk.mjs", file]);
  expect(html.includes("Gewijzigde openingstijden") && html.includes("Op 27 april zijn wij gesloten."), `README example ${file} renders`);
}
console.log("== consumer test passed");
// Kept when a step fails, to look into; set KEEP_CONSUMER=1 to keep it after a pass too.
if (!process.env.KEEP_CONSUMER) rmSync(project, { recursive: true, force: true });
