import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { gemeenteFinderExamples } from "./examples.js";

describe("gemeente finder (no-JavaScript part)", () => {
  const document = renderDom("gemeente-finder", "wcGemeenteFinder", gemeenteFinderExamples[0]!.params);

  it("links every gemeente to its region's site, grouped under a heading per letter", () => {
    const links = [...document.querySelectorAll(".wc-finder__list a")];
    expect(links.map(text)).toEqual(["Aa en Hunze", "Aalsmeer", "Bergen (L.)", "Bergen (NH.)"]);
    expect(links[2]?.getAttribute("href")).toBe("https://noord-limburg.werkcentrum.nl/");
    expect([...document.querySelectorAll("h3.wc-finder__letter")].map((h) => h.id)).toEqual([
      "voorbeeld-gemeenten-a",
      "voorbeeld-gemeenten-b",
    ]);
  });

  it("has a letter index pointing at the letter headings", () => {
    const targets = [...document.querySelectorAll(".wc-finder__letters a")].map((a) => a.getAttribute("href"));
    expect(targets).toEqual(["#voorbeeld-gemeenten-a", "#voorbeeld-gemeenten-b"]);
  });

  it("keeps the type-ahead form hidden until a script enables it, with a labelled field", () => {
    const form = document.querySelector("form.wc-finder__form");
    expect(form?.hasAttribute("hidden")).toBe(true);
    const input = form?.querySelector("input");
    expect(text(form?.querySelector(`label[for="${input?.id}"]`))).toBe("Naam van uw gemeente");
    expect(document.querySelector("[data-wc-gemeente-finder]")).not.toBeNull();
  });
});
