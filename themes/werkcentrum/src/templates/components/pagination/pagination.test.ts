import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { paginationExamples } from "./examples.js";
import { paginationParams } from "./params.js";

describe("pagination", () => {
  const document = renderDom("pagination", "wcPagination", paginationExamples[0]!.params);

  it("is a labelled navigation with previous, numbers and next", () => {
    expect(document.querySelector("nav")?.getAttribute("aria-label")).toBe("Paginering (voorbeeld 1)");
    expect([...document.querySelectorAll("li")].map(text)).toEqual(["Vorige pagina", "1", "…", "2", "3", "4", "…", "9", "Volgende pagina"]);
    expect(document.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe("/nieuws/pagina/2/");
    expect(document.querySelector('a[rel="next"]')?.getAttribute("href")).toBe("/nieuws/pagina/4/");
  });

  it("marks the current page, and names number links as pages", () => {
    const current = document.querySelector('[aria-current="page"]');
    expect(current?.getAttribute("aria-label")).toBe("Pagina 3");
  });

  it("refuses a pagination with nothing to go to", () => {
    expect(paginationParams.safeParse({ items: [{ number: 1, href: "/" }] }).success).toBe(false);
  });
});
