import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { readmeProblems, writeReadmeExamples } from "./readme-examples.mjs";

test("writeReadmeExamples puts each example file into its block, indented blocks included, and nothing else", () => {
  const dir = mkdtempSync(join(tmpdir(), "readme-examples-"));
  try {
    mkdirSync(join(dir, "examples"));
    writeFileSync(join(dir, "examples", "a.ts"), "const a = 1;\n\nexport { a };\n");
    writeFileSync(join(dir, "examples", "b.js"), "export const b = 2;\n");
    const readme = [
      "# p",
      "<!-- example: examples/a.ts -->",
      "```ts",
      "const a = 0;",
      "```",
      "- a list item:",
      "  <!-- example: examples/b.js -->",
      "  ```js",
      "  old",
      "  more old",
      "  ```",
      "```sh",
      "npm test",
      "```",
      "",
    ].join("\n");
    writeFileSync(join(dir, "README.md"), readme);
    assert.equal(readmeProblems(dir).length, 2);
    assert.equal(writeReadmeExamples(dir), true);
    assert.deepEqual(readmeProblems(dir), []);
    const written = readFileSync(join(dir, "README.md"), "utf8");
    assert.match(written, /```ts\nconst a = 1;\n\nexport \{ a \};\n```\n/);
    assert.match(written, /  ```js\n  export const b = 2;\n  ```\n```sh\nnpm test\n```\n$/);
    assert.equal(writeReadmeExamples(dir), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
