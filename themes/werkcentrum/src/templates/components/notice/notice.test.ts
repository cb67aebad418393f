import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { noticeExamples } from "./examples.js";

describe("notice", () => {
  it.each([
    [0, "info", "Informatie: Dit Werkcentrum is in ontwikkeling"],
    [2, "warning", "Let op: Gewijzigde openingstijden"],
    [3, "error", "Fout: Er ging iets mis"],
  ] as const)("example %i: type %s is named in text, not only by colour", (index, type, heading) => {
    const document = renderDom("notice", "wcNotice", noticeExamples[index]!.params);
    expect(document.querySelector(".wc-notice")?.classList.contains(`wc-notice--${type}`)).toBe(true);
    expect(text(document.querySelector("h2"))).toBe(heading);
  });

  it("puts the type before the text when there is no title", () => {
    const document = renderDom("notice", "wcNotice", noticeExamples[1]!.params);
    expect(document.querySelector("h2")).toBeNull();
    expect(text(document.querySelector("p"))).toBe("Gelukt: Uw aanmelding voor de inloopochtend is verstuurd.");
  });

  it("places trusted HTML as is, and escapes plain text", () => {
    expect(renderDom("notice", "wcNotice", noticeExamples[2]!.params).querySelector("strong")).not.toBeNull();
    const escaped = renderDom("notice", "wcNotice", { text: "<strong>niet vet</strong>" });
    expect(escaped.querySelector("strong")).toBeNull();
  });
});
