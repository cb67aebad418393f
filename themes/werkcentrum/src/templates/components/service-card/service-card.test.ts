import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { serviceCardExamples } from "./examples.js";

describe("service card", () => {
  it("is an article whose heading links to the service, with provider and audiences", () => {
    const document = renderDom("service-card", "wcServiceCard", serviceCardExamples[0]!.params);
    const link = document.querySelector("article.wc-card h3 > a");
    expect(link?.getAttribute("href")).toBe("/diensten/loopbaanadvies/");
    expect(text(link)).toBe("Loopbaanadvies");
    expect([...document.querySelectorAll("dt")].map(text)).toEqual(["Aanbieder", "Voor"]);
    expect(text(document.querySelectorAll("dd")[1])).toBe("werkzoekenden, werkenden");
  });

  it("leaves out the details list when there are no details", () => {
    const document = renderDom("service-card", "wcServiceCard", serviceCardExamples[1]!.params);
    expect(document.querySelector("dl")).toBeNull();
  });
});
