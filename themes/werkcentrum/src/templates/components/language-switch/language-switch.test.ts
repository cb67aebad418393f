import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { languageSwitchExamples } from "./examples.js";

describe("language switch", () => {
  const document = renderDom("language-switch", "wcLanguageSwitch", languageSwitchExamples[0]!.params);

  it("links every other language with hreflang and lang, and marks the current one without a link", () => {
    const links = [...document.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("hreflang"))).toEqual(["en", "uk", "pl", "ar"]);
    expect(links.every((a) => a.getAttribute("lang") === a.getAttribute("hreflang"))).toBe(true);
    const current = document.querySelector("[aria-current]");
    expect(current?.tagName).toBe("SPAN");
    expect(text(current)).toBe("Nederlands");
  });

  it("writes Arabic right-to-left", () => {
    expect(document.querySelector('a[lang="ar"]')?.getAttribute("dir")).toBe("rtl");
    expect(document.querySelector('a[lang="en"]')?.getAttribute("dir")).toBe("ltr");
  });

  it("names the navigation in the page's language", () => {
    expect(document.querySelector("nav")?.getAttribute("aria-label")).toBe("Kies een taal (voorbeeld 1)");
    const english = renderDom("language-switch", "wcLanguageSwitch", languageSwitchExamples[1]!.params);
    expect(english.querySelector("nav")?.getAttribute("aria-label")).toBe("Choose a language");
  });
});
