// README examples are files: a fenced block of TypeScript, JavaScript or Nunjucks in a package README must be the
// exact text of a file in that package's examples/ folder, named on the line before the block:
//
//   <!-- example: examples/data.ts -->
//   ```ts
//   …the file, verbatim…
//   ```
//
// The files are what CI type-checks with `tsc --strict` and runs against the packed tarballs (consumer-test.mjs),
// so what a reader copies from the README is what was tested. Each package's readme.test.ts calls readmeProblems.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Languages whose blocks must be example files (shell commands, YAML and folder trees are not code to run). */
export const CODE_LANGUAGES = new Set(["ts", "js", "njk"]);
const MARKER = /^<!-- example: (\S+) -->$/;

/** Every fenced block of a README: its language, the text inside the fence, its first line and the example named before it. */
export function readmeBlocks(text) {
  const lines = text.split("\n");
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, lang] = open;
    const end = lines.findIndex((line, j) => j > i && line === `${indent}\`\`\``);
    if (end === -1) throw new Error(`unclosed code block at line ${i + 1}`);
    const code = lines
      .slice(i + 1, end)
      .map((line) => line.slice(indent.length))
      .join("\n");
    const example = i > 0 ? MARKER.exec(lines[i - 1].trim())?.[1] : undefined;
    blocks.push({ lang, code: `${code}\n`, line: i + 1, example });
    i = end;
  }
  return blocks;
}

/** The problems of one package: a code block that is not an example file, or differs from it; an unused example. */
export function readmeProblems(packageDir) {
  const problems = [];
  const blocks = readmeBlocks(readFileSync(join(packageDir, "README.md"), "utf8"));
  const used = new Set();
  for (const block of blocks) {
    if (!block.example) {
      if (CODE_LANGUAGES.has(block.lang)) problems.push(`README.md:${block.line}: a \`${block.lang}\` block without <!-- example: … --> before it`);
      continue;
    }
    used.add(block.example);
    const file = join(packageDir, block.example);
    if (!existsSync(file)) problems.push(`README.md:${block.line}: ${block.example} does not exist`);
    else if (readFileSync(file, "utf8") !== block.code) problems.push(`README.md:${block.line}: the block differs from ${block.example}`);
  }
  const examplesDir = join(packageDir, "examples");
  const files = existsSync(examplesDir) ? readdirSync(examplesDir).map((name) => `examples/${name}`) : [];
  for (const file of files) if (!used.has(file)) problems.push(`${file} is not in README.md`);
  return problems;
}

/**
 * Puts each example file's text into the README block that names it (the file is the source of truth, e.g. after
 * `npm run format` rewrote it). Returns whether the README changed.
 */
export function writeReadmeExamples(packageDir) {
  const readme = join(packageDir, "README.md");
  const text = readFileSync(readme, "utf8");
  const lines = text.split("\n");
  // From the last block up, so the line numbers of the blocks above stay right.
  for (const block of readmeBlocks(text).reverse()) {
    const file = block.example && join(packageDir, block.example);
    if (!file || !existsSync(file)) continue;
    const indent = /^(\s*)/.exec(lines[block.line - 1])[1];
    const end = lines.findIndex((line, j) => j >= block.line && line === `${indent}\`\`\``);
    const body = readFileSync(file, "utf8")
      .replace(/\n$/, "")
      .split("\n")
      .map((line) => (line ? indent + line : line));
    lines.splice(block.line, end - block.line, ...body);
  }
  const next = lines.join("\n");
  if (next !== text) writeFileSync(readme, next);
  return next !== text;
}

// `node scripts/packages/readme-examples.mjs --write <package folder>…`
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href && process.argv[2] === "--write") {
  for (const dir of process.argv.slice(3)) if (writeReadmeExamples(dir)) console.log(`${dir}/README.md: examples updated`);
}
