import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { components } from "./components.js";
import { themeAssets } from "./manifest.js";
import { previewPage } from "./preview.js";
import { cspProblems, duplicateIds } from "./testing/csp.js";
import { env, text } from "./testing/render.js";

/** Renders the preview page as Eleventy does: its content first, then its layout around it. */
function renderPreview(): Document {
  const werkcentrum = { themeAssets, siteTitle: "Werkcentrum", landingHost: "werkcentrum.nl" };
  const data = { ...previewPage.data, werkcentrum, page: { url: "/ontwerp/" }, collections: { all: [] } };
  const content = env.renderString(previewPage.content, data);
  const layout = String(previewPage.data.layout);
  return parseHTML(env.render(layout, { ...data, content })).document as unknown as Document;
}

describe("component preview page", () => {
  const document = renderPreview();

  it("has a section for every component, listed in its table of contents", () => {
    const sections = [...document.querySelectorAll("section.wc-preview")];
    expect(sections.map((section) => section.getAttribute("aria-labelledby"))).toEqual(components.map((c) => c.name));
    const toc = [...document.querySelectorAll('nav[aria-labelledby="ontwerp-inhoud"] a')].map((a) => a.getAttribute("href"));
    expect(toc).toEqual(components.map((c) => `#${c.name}`));
  });

  it("renders every example with the component's own markup, and shows its parameters", () => {
    for (const component of components) {
      const section = document.querySelector(`section[aria-labelledby="${component.name}"]`);
      const rendered = section?.querySelectorAll(".wc-preview__example") ?? [];
      expect(rendered, component.name).toHaveLength(component.examples.length);
      for (const example of rendered) expect(example.children.length, component.name).toBeGreaterThan(0);
      const params = [...(section?.querySelectorAll(".wc-preview__params code") ?? [])].map((code) => JSON.parse(code.textContent ?? ""));
      expect(params).toEqual(component.examples.map((example) => example.params));
    }
    expect(document.querySelectorAll(".wc-preview__example .wc-notice")).toHaveLength(4);
    expect(document.querySelectorAll(".wc-preview__example .wc-chart svg")).toHaveLength(1);
  });

  it("is one valid page for the CSP, with unique ids, and is kept out of search engines", () => {
    expect(cspProblems(document)).toEqual([]);
    expect(duplicateIds(document)).toEqual([]);
    // Landmarks of one kind need distinct names (html-validate unique-landmark); the examples' labels see to it.
    const navNames = [...document.querySelectorAll("nav")].map((nav) => nav.getAttribute("aria-label") ?? nav.getAttribute("aria-labelledby"));
    expect(navNames.filter((name, index) => navNames.indexOf(name) !== index)).toEqual([]);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(text(document.querySelector("h1"))).toBe(previewPage.data.title);
  });
});
