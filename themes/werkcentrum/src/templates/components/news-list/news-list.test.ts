import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { newsListExamples } from "./examples.js";

describe("news list", () => {
  it("lists each item as an article with a linked heading and a machine-readable Dutch date", () => {
    const document = renderDom("news-list", "wcNewsList", newsListExamples[0]!.params);
    const articles = document.querySelectorAll("ul.wc-news-list > li > article");
    expect(articles).toHaveLength(2);
    expect(articles[0]!.querySelector("h3 > a")?.getAttribute("href")).toBe("/nieuws/banenmarkt-zorg/");
    const time = articles[0]!.querySelector("time");
    expect(time?.getAttribute("datetime")).toBe("2026-03-12");
    expect(text(time)).toBe("12 maart 2026");
    expect(articles[1]!.querySelector(".wc-news-list__summary")).toBeNull();
  });

  it("says so when there is no news", () => {
    const document = renderDom("news-list", "wcNewsList", newsListExamples[1]!.params);
    expect(document.querySelector("ul")).toBeNull();
    expect(text(document.querySelector("p"))).toBe("Er is nog geen nieuws.");
  });
});
