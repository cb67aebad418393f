import { describe, expect, it } from "vitest";
import { assertId, attrs, coord, element, escapeXml, textElement } from "./xml.js";

describe("xml helpers", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;");
  });

  it.each([
    [1.26, "1.3"],
    [-0.04, "0"],
    [600, "600"],
    [12.345678, "12.3"],
  ])("rounds %s to %s", (input, output) => {
    expect(coord(input)).toBe(output);
  });

  it("builds attributes in order, skipping undefined and escaping values", () => {
    expect(attrs({ a: "1", b: undefined, c: 2.25, d: `"x"` })).toBe(` a="1" c="2.3" d="&quot;x&quot;"`);
    expect(element("g", { class: "k" })).toBe(`<g class="k"/>`);
    expect(textElement({ x: 1 }, "a<b")).toBe(`<text x="1">a&lt;b</text>`);
  });

  it.each(["chart-1", "a_b", "Z9"])("accepts id %s", (id) => {
    expect(() => assertId(id, "id")).not.toThrow();
  });

  it.each(["", "1chart", "a b", 'a"b', "x#y"])("rejects id %j", (id) => {
    expect(() => assertId(id, "id")).toThrow(TypeError);
  });
});
