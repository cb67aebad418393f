import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { breadcrumbsExamples } from "./examples.js";

describe("breadcrumbs", () => {
  it("is a labelled navigation with an ordered list, the current page not a link", () => {
    const document = renderDom("breadcrumbs", "wcBreadcrumbs", breadcrumbsExamples[0]!.params);
    expect(document.querySelector("nav")?.getAttribute("aria-label")).toBe("Kruimelpad (voorbeeld 1)");
    expect(
      renderDom("breadcrumbs", "wcBreadcrumbs", { items: [{ text: "Home" }] })
        .querySelector("nav")
        ?.getAttribute("aria-label"),
    ).toBe("Kruimelpad");
    expect([...document.querySelectorAll("ol > li")].map(text)).toEqual(["Home", "Werkzoekenden", "Hulp bij solliciteren"]);
    expect([...document.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["/", "/werkzoekenden/"]);
    expect(text(document.querySelector('[aria-current="page"]'))).toBe("Hulp bij solliciteren");
  });

  it("has no current-page item when every crumb is a link", () => {
    const document = renderDom("breadcrumbs", "wcBreadcrumbs", breadcrumbsExamples[1]!.params);
    expect(document.querySelector("[aria-current]")).toBeNull();
  });
});
