import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { footerExamples } from "./examples.js";

describe("footer", () => {
  it("always links the four required pages", () => {
    const document = renderDom("footer", "wcFooter", {});
    const hrefs = [...document.querySelectorAll("footer nav a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(["/toegankelijkheid/", "/privacy/", "/contact/", "/sitemap/"]);
    expect(document.querySelector(".wc-footer__landing")).toBeNull();
    expect(document.querySelector("nav")?.getAttribute("aria-label")).toBe("Over deze website");
  });

  it("names the region and links back to the national site on a regional site", () => {
    const document = renderDom("footer", "wcFooter", footerExamples[1]!.params);
    expect(text(document.querySelector(".wc-footer__about"))).toMatch(/^Werkcentrum Rijnmond is één plek/);
    expect(document.querySelector(".wc-footer__landing a")?.getAttribute("href")).toBe("https://werkcentrum.nl/");
    expect(document.querySelectorAll("footer nav a")).toHaveLength(5);
  });
});
