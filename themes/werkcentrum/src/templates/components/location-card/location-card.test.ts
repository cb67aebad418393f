import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { locationCardExamples } from "./examples.js";

describe("location card", () => {
  const document = renderDom("location-card", "wcLocationCard", locationCardExamples[0]!.params);

  it("gives name and address", () => {
    expect(text(document.querySelector("article h3"))).toBe("Werkplein Voorbeeldstad");
    expect(text(document.querySelector("address"))).toBe("Voorbeeldstraat 1 1234 AB Voorbeeldstad");
  });

  it("shows every weekday once, joining periods and marking unlisted days closed", () => {
    const rows = [...document.querySelectorAll("table tbody tr")].map((row) => [text(row.querySelector("th")), text(row.querySelector("td"))]);
    expect(rows).toEqual([
      ["maandag", "9.00 tot 12.30 en 13.30 tot 17.00 uur"],
      ["dinsdag", "9.00 tot 12.30 en 13.30 tot 17.00 uur"],
      ["woensdag", "9.00 tot 12.30 en 13.30 tot 17.00 uur"],
      ["donderdag", "9.00 tot 12.30 en 13.30 tot 17.00 uur"],
      ["vrijdag", "9.00 tot 12.30 uur"],
      ["zaterdag", "gesloten"],
      ["zondag", "gesloten"],
    ]);
    expect(document.querySelector("table th")?.getAttribute("scope")).toBe("row");
    expect(text(document.querySelector("caption"))).toBe("Openingstijden");
  });

  it("leaves out what the region has not supplied", () => {
    const bare = renderDom("location-card", "wcLocationCard", locationCardExamples[1]!.params);
    expect(bare.querySelector("table")).toBeNull();
    expect(bare.querySelector("a")).toBeNull();
    expect(bare.querySelector(".wc-location__accessibility")).toBeNull();
  });
});
