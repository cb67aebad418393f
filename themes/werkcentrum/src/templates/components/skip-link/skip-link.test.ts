import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";

describe("skip link", () => {
  it("links to the main content by default", () => {
    const link = renderDom("skip-link", "wcSkipLink", {}).querySelector("a.wc-skip-link");
    expect(link?.getAttribute("href")).toBe("#inhoud");
    expect(text(link)).toBe("Naar de inhoud");
  });

  it("takes another target and text", () => {
    const link = renderDom("skip-link", "wcSkipLink", { href: "#zoeken", text: "Naar zoeken" }).querySelector("a");
    expect(link?.getAttribute("href")).toBe("#zoeken");
    expect(text(link)).toBe("Naar zoeken");
  });
});
