#!/usr/bin/env node
// The consumer test of issue 11: what an outside developer gets from npm. Installs the packed tarballs into a
// fresh project in the system's temp folder (outside the workspace, so no workspace links; third-party
// dependencies come from the registry), then
//   (a) type-checks a TypeScript file that finds the region of "Den Bosch" with `tsc --strict` (NodeNext) and runs it;
//   (b) imports every subpath of every exports map from the installed packages (resolve-exports.mjs);
//   (c) builds a one-region site with `npx werkcentrum build --site rijnmond` and checks the pages it wrote.
// Usage: node scripts/packages/consumer-test.mjs TARBALL...   (the paths pack.mjs prints)
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { repoRoot } from "./workspaces.mjs";

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
run("npx", ["werkcentrum", "build", "--site", "rijnmond"]);
const out = join(project, "dist", "rijnmond.werkcentrum.nl");
const page = (path) => (existsSync(join(out, path)) ? readFileSync(join(out, path), "utf8") : "");
expect(/<html lang="nl"/.test(page("index.html")) && page("index.html").includes("Rijnmond"), "index.html exists and names the region");
expect(page("nieuws/banenmarkt/index.html").includes("Banenmarkt in de haven"), "the news item has its page");
expect(page("404.html").length > 0, "404.html exists");
expect(page(".well-known/security.txt").includes("Contact: mailto:security@example.org"), "security.txt carries deploy.yml's contact");
const stylesheet = /<link rel="stylesheet" href="\/(assets\/werkcentrum\.[0-9a-f]+\.css)">/.exec(page("index.html"))?.[1];
expect(stylesheet !== undefined && page(stylesheet).length > 0, `index.html links the theme's stylesheet, and ${stylesheet} is there`);
console.log("== consumer test passed");
// Kept when a step fails, to look into; set KEEP_CONSUMER=1 to keep it after a pass too.
if (!process.env.KEEP_CONSUMER) rmSync(project, { recursive: true, force: true });
