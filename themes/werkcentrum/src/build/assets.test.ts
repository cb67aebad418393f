import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { themeAssets } from "../manifest.js";
import { assetsDir } from "../paths.js";
import { buildAssets } from "./assets.js";
import type { AssetFiles } from "./assets.js";
import { themeRoot } from "./paths.js";
import { resolvedTokens } from "./tokens.js";

/** Budgets from the issue: GOV.UK Frontend's full CSS is 12.9 KB brotli; we stay under 12 KB. */
const cssBudgetBytes = 12 * 1024;
const maxPreloadedFonts = 2;

let fresh: AssetFiles;
const builtCss = readFileSync(join(assetsDir, themeAssets.css.replace(/^\/assets\//, "")), "utf8");

beforeAll(async () => {
  ({ files: fresh } = await buildAssets({ write: false }));
}, 30_000);

describe("committed assets", () => {
  it("are what the tokens, brand and stylesheets build to (run `npm run build` after changing them)", () => {
    for (const [file, content] of fresh) {
      const committed = readFileSync(file);
      expect(committed.equals(Buffer.from(content)), `${relative(themeRoot, file)} is out of date`).toBe(true);
    }
  });

  it("are all in the manifest, under names that change with their content", () => {
    const hashedFiles = [...fresh.keys()].filter((file) => /\.(css|woff2)$/.test(file) && file.startsWith(assetsDir));
    const manifestUrls = [themeAssets.css, ...themeAssets.fonts.map((font) => font.href)];
    expect(hashedFiles.map((file) => `/assets/${relative(assetsDir, file)}`).sort()).toEqual(manifestUrls.sort());
  });
});

describe("budgets", () => {
  it(`all CSS a page loads is at most ${cssBudgetBytes / 1024} KB brotli`, () => {
    const brotli = brotliCompressSync(builtCss).length;
    console.log(
      `CSS budget: ${themeAssets.css} is ${builtCss.length} bytes, ${brotli} bytes brotli (${(brotli / 1024).toFixed(1)} KB of ${cssBudgetBytes / 1024} KB)`,
    );
    expect(brotli).toBeLessThanOrEqual(cssBudgetBytes);
  });

  it(`preloads at most ${maxPreloadedFonts} font files, Latin subset woff2 only`, () => {
    const preloaded = themeAssets.fonts.filter((font) => font.preload);
    console.log(`Fonts: ${preloaded.length} preloaded (${preloaded.map((font) => font.weight).join(", ")})`);
    expect(preloaded.length).toBeLessThanOrEqual(maxPreloadedFonts);
    for (const font of themeAssets.fonts) expect(font.href).toMatch(/-latin-\d+-normal\.[0-9a-f]+\.woff2$/);
  });
});

describe("built stylesheet", () => {
  it("scopes the tokens to the theme class", () => {
    expect(builtCss.startsWith(".werkcentrum-theme{--")).toBe(true);
  });

  it("loads nothing from another host: every url() is a font next to it", () => {
    const urls = [...builtCss.matchAll(/url\(\s*["']?([^"')]+)/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(themeAssets.fonts.map((font) => font.href)).toContain(`/assets/${url}`);
    expect(builtCss).not.toMatch(/@import/);
  });

  it("declares swap and a Latin unicode-range for the brand font", () => {
    const faces = builtCss.match(/@font-face\{[^}]+\}/g) ?? [];
    expect(faces).toHaveLength(themeAssets.fonts.length);
    for (const face of faces) {
      expect(face).toContain("font-display:swap");
      expect(face).toMatch(/unicode-range:U\+0000-00FF/);
    }
  });

  it("uses only breakpoints that are tokens (CSS cannot read custom properties in @media)", async () => {
    const tokens = await resolvedTokens();
    const breakpoints = [...tokens.values()].filter((t) => t.path[1] === "breakpoint").map((t) => String(t.$value));
    const used = [...builtCss.matchAll(/@media[^{]*?width:\s*([\d.]+[a-z]+)/g)].map((match) => match[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const width of used) expect(breakpoints).toContain(width);
  });

  it("respects reduced motion and has print styles", () => {
    expect(builtCss).toContain("@media(prefers-reduced-motion:no-preference)");
    expect(builtCss).toContain("@media print");
  });

  it("lays out with logical properties, so right-to-left pages mirror (no physical left/right)", () => {
    const physical = builtCss.match(
      /[;{](margin|padding|border)-(left|right)[^;}]*|[;{](left|right):[^;}]*|text-align:(left|right)|float:(left|right)/g,
    );
    expect(physical).toBeNull();
  });
});
