import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { readmeProblems } from "../../../scripts/packages/readme-examples.mjs";

// Every code example in README.md is a file in examples/, included verbatim; consumer-test.mjs type-checks the
// files with `tsc --strict` and runs them against the packed tarballs.
it("README.md shows every example file verbatim, and nothing else as code", () => {
  expect(readmeProblems(fileURLToPath(new URL("..", import.meta.url)))).toEqual([]);
});
