import { readFileSync } from "node:fs";
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
    for (const list of [nav?.querySelector("details.wc-nav__menu > ul"), nav?.querySelector("ul.wc-nav__list--row")]) {
      expect(Array.from(list?.querySelectorAll("li > a") ?? []).map((a) => a.getAttribute("href"))).toEqual(
        headerExamples[1]!.params.navigation!.items.map((item) => item.href),
      );
      const current = list?.querySelectorAll('[aria-current="page"]');
      expect(current).toHaveLength(1);
      expect(text(current?.[0])).toBe("Werkzoekenden");
    }
  });

  it("puts the menu behind one 'Menu' disclosure on narrow screens and in one row on wide screens, without JavaScript", () => {
    const document = renderDom("header", "wcHeader", headerExamples[1]!.params);
    const menu = document.querySelector("nav.wc-nav details.wc-nav__menu");
    expect(menu?.hasAttribute("open")).toBe(false);
    expect(text(menu?.querySelector("summary"))).toBe("Menu");
    expect(document.querySelectorAll("nav")).toHaveLength(1); // one landmark for both lists
    expect(document.querySelector("script")).toBeNull();
    // Which list shows where is CSS; the e2e behaviour gate checks it in Chromium at 375 and 1280 px.
    const css = readFileSync(new URL("./header.css", import.meta.url), "utf8");
    expect(css).toMatch(/\.wc-nav__list--row \{\s*display: none;/);
    expect(css).toMatch(/@media \(min-width: 48em\) \{\s*\.wc-nav__menu \{\s*display: none;\s*\}\s*\.wc-nav__list--row \{\s*display: flex;/);
  });

  it("can hold the language switch and the search form", () => {
    const document = renderDom("header", "wcHeader", headerExamples[2]!.params);
    expect(document.querySelector(".wc-header__tools .wc-language-switch")).not.toBeNull();
    expect(document.querySelector(".wc-header__tools search input#voorbeeld-kop-zoekveld")).not.toBeNull();
  });
});
