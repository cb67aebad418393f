import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayPath } from "./paths.js";

describe("displayPath", () => {
  const repo = "/home/redacteur/werkcentrum";
  it("names a file inside the working directory relative to it, with /", () => {
    expect(displayPath(join(repo, "sites", "rijnmond", "content", "nieuws", "a.md"), repo)).toBe("sites/rijnmond/content/nieuws/a.md");
    expect(displayPath(repo, repo)).toBe(".");
  });
  it("names a file outside it by its full path, never by climbing out with ../", () => {
    expect(displayPath("/tmp/wc-test/sites/rijnmond/content/a.md", repo)).toBe("/tmp/wc-test/sites/rijnmond/content/a.md");
    expect(displayPath("/home/redacteur", repo)).toBe("/home/redacteur");
    // A name that only starts with two dots is inside.
    expect(displayPath(join(repo, "..verborgen", "a.md"), repo)).toBe("..verborgen/a.md");
  });
});
