import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { contactBlockParams } from "./params.js";
import { contactBlockExamples } from "./examples.js";

describe("contact block", () => {
  it("lists each channel as a term with a working link", () => {
    const document = renderDom("contact-block", "wcContactBlock", contactBlockExamples[0]!.params);
    expect([...document.querySelectorAll("dt")].map(text)).toEqual(["Telefoon", "E-mail", "Online"]);
    expect([...document.querySelectorAll("dd a")].map((a) => a.getAttribute("href"))).toEqual([
      "tel:+31800000000",
      "mailto:info@voorbeeld.werkcentrum.nl",
      "/contact/",
    ]);
    expect(text(document.querySelector("dd"))).toBe("0800 000 00 00 (werkdagen van 9.00 tot 17.00 uur)");
  });

  it("shows only the channels given", () => {
    const document = renderDom("contact-block", "wcContactBlock", contactBlockExamples[1]!.params);
    expect(text(document.querySelector("h2"))).toBe("Vraag stellen");
    expect(document.querySelectorAll("dt")).toHaveLength(1);
  });

  it("refuses a block without any channel", () => {
    expect(contactBlockParams.safeParse({ heading: "Contact" }).success).toBe(false);
  });
});
