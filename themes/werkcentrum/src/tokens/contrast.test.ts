import { describe, expect, it } from "vitest";
import { checkContrast, describeFailure, readContrastPairs, semanticColorTokens } from "./contrast.js";
import type { ContrastPair } from "./contrast.js";

const { pairs, decorative } = readContrastPairs();

describe("colour contrast of the tokens (WCAG 2.2 AA)", () => {
  it("every pair used together meets its minimum", async () => {
    const results = await checkContrast(pairs);
    const failures = results.filter((result) => !result.passes).map(describeFailure);
    expect(failures, "change the colour in tokens/*.tokens.json, then npm run build").toEqual([]);
  });

  it("checks every semantic colour token, or says why it is decorative", async () => {
    const used = new Set(pairs.flatMap((pair) => [pair.foreground, pair.background]));
    const unchecked = (await semanticColorTokens()).filter((path) => !used.has(path) && !(path in decorative));
    expect(unchecked).toEqual([]);
  });

  it("fails a pair that a designer made too light", async () => {
    const tooLight: ContrastPair = {
      use: "text",
      foreground: "basis.color.accent-2.bg-default",
      background: "basis.color.default.bg-document",
      where: "test",
    };
    const [result] = await checkContrast([tooLight]);
    expect(result?.passes).toBe(false);
    expect(result?.ratio).toBeLessThan(4.5);
  });

  it("measures with the WCAG formula: black on white is 21:1, a colour on itself 1:1", async () => {
    const [same] = await checkContrast([
      { use: "ui", foreground: "basis.color.default.bg-document", background: "basis.color.default.bg-document", where: "test" },
    ]);
    expect(same?.ratio).toBe(1);
    const { wcagContrast } = await import("culori");
    expect(wcagContrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  });

  it("names an unknown token in a pair instead of passing it", async () => {
    await expect(
      checkContrast([{ use: "text", foreground: "basis.color.nope", background: "basis.color.default.bg-document", where: "test" }]),
    ).rejects.toThrow(/basis\.color\.nope/);
  });
});
