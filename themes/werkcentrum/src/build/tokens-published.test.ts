import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { brandFont } from "../brand.js";
import { stylesDir, themeRoot, tokensDir } from "./paths.js";
import { BRAND_FONT_TOKENS_FILE, buildTokensCss, publishedTokenFiles } from "./tokens.js";

// The design tokens ship in the package for other tools: DTCG JSON (https://www.designtokens.org/tr/drafts/format/)
// and the CSS custom properties. cli.ts writes publishedTokenFiles to dist/tokens/; the consumer test
// (scripts/packages/consumer-test.mjs) imports each exported file from the packed tarball.
describe("published design tokens", async () => {
  const files = publishedTokenFiles(await buildTokensCss());

  it("are exported from dist/tokens/ under ./tokens/*.tokens.json and ./tokens.css", () => {
    const { exports } = JSON.parse(readFileSync(join(themeRoot, "package.json"), "utf8")) as { exports: Record<string, unknown> };
    expect(exports["./tokens/*.tokens.json"]).toBe("./dist/tokens/*.tokens.json");
    expect(exports["./tokens.css"]).toBe("./dist/tokens/tokens.css");
    expect([...files.keys()].filter((name) => !name.endsWith(".tokens.json"))).toEqual(["tokens.css"]);
  });

  it("hold every DTCG file of tokens/ unchanged", () => {
    for (const name of ["brand.tokens.json", "color.tokens.json", "layout.tokens.json", "typography.tokens.json"]) {
      expect(files.get(name)).toBe(readFileSync(join(tokensDir, name), "utf8"));
    }
    const petrol = JSON.parse(files.get("brand.tokens.json") ?? "{}").werkcentrum.color.petrol["700"];
    expect(petrol).toMatchObject({ $value: expect.stringMatching(/^#[0-9a-f]{6}$/i) });
  });

  it("add the brand font, made from src/brand.ts, as a DTCG token", () => {
    const tokens = JSON.parse(files.get(BRAND_FONT_TOKENS_FILE) ?? "{}");
    expect(tokens.werkcentrum["font-family"].brand).toEqual({
      $type: "fontFamily",
      $value: [brandFont.family, ...brandFont.fallback],
      $description: "Generated from src/brand.ts.",
    });
  });

  it("give the same CSS custom properties as the stylesheet", () => {
    const css = files.get("tokens.css") ?? "";
    expect(css).toBe(readFileSync(join(stylesDir, "tokens.css"), "utf8"));
    expect(css).toMatch(/--werkcentrum-color-petrol-700: #[0-9a-f]{6};/);
  });
});
