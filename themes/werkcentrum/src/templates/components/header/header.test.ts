import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { headerExamples } from "./examples.js";

describe("header", () => {
  it("shows the wordmark linking home, named for screen readers", () => {
    const document = renderDom("header", "wcHeader", {});
    const logo = document.querySelector("header a.wc-header__logo");
    expect(logo?.getAttribute("href")).toBe("/");
    expect(logo?.querySelector("svg")?.getAttribute("aria-label")).toBe("Werkcentrum");
    expect(logo?.querySelector("svg text")?.textContent).toBe("Werkcentrum");
    expect(document.querySelector("nav")).toBeNull();
  });

  it("adds the region as the sub-line, so the logo reads Werkcentrum Rijnmond", () => {
    const document = renderDom("header", "wcHeader", headerExamples[1]!.params);
    expect(text(document.querySelector(".wc-header__region"))).toBe("Rijnmond");
    const name = [document.querySelector(".wc-header__logo svg")?.getAttribute("aria-label"), text(document.querySelector(".wc-header__logo"))];
    expect(name.join(" ")).toContain("Werkcentrum Rijnmond");
  });

  it("renders the main navigation with the current page marked", () => {
    const document = renderDom("header", "wcHeader", headerExamples[1]!.params);
    const nav = document.querySelector("nav.wc-nav");
    expect(nav?.getAttribute("aria-label")).toBe("Hoofdmenu (voorbeeld 1)");
    expect(renderDom("header", "wcHeader", { navigation: { items: [] } }).querySelector("nav")).toBeNull();
    const plain = renderDom("header", "wcHeader", { navigation: { items: [{ href: "/", text: "Home" }] } });
    expect(plain.querySelector("nav")?.getAttribute("aria-label")).toBe("Hoofdmenu");
    expect(nav?.querySelectorAll("li > a")).toHaveLength(6);
    const current = nav?.querySelectorAll('[aria-current="page"]');
    expect(current).toHaveLength(1);
    expect(text(current?.[0])).toBe("Werkzoekenden");
  });

  it("can hold the language switch and the search form", () => {
    const document = renderDom("header", "wcHeader", headerExamples[2]!.params);
    expect(document.querySelector(".wc-header__tools .wc-language-switch")).not.toBeNull();
    expect(document.querySelector(".wc-header__tools search input#voorbeeld-kop-zoekveld")).not.toBeNull();
  });
});
