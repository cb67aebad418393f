import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";

describe("search form", () => {
  it("is a GET form to the search page, its field labelled, inside a search landmark", () => {
    const document = renderDom("search-form", "wcSearchForm", {});
    const form = document.querySelector("search > form");
    expect(form?.getAttribute("action")).toBe("/zoeken/");
    expect(form?.getAttribute("method")).toBe("get");
    const input = document.querySelector("input");
    expect(input?.getAttribute("type")).toBe("search");
    expect(input?.getAttribute("name")).toBe("q");
    expect(text(document.querySelector(`label[for="${input?.id}"]`))).toBe("Zoeken op deze website");
    expect(document.querySelector("button")?.getAttribute("type")).toBe("submit");
  });

  it("keeps a hidden label readable by screen readers and fills in the query", () => {
    const document = renderDom("search-form", "wcSearchForm", { hideLabel: true, value: "zorg & welzijn", id: "x" });
    expect(document.querySelector("label")?.classList.contains("wc-visually-hidden")).toBe(true);
    expect(document.querySelector("input")?.getAttribute("value")).toBe("zorg & welzijn");
  });
});
