import { describe, expect, it } from "vitest";
import { wrap } from "./bar-chart.js";

describe("wrap", () => {
  it.each([
    ["Bouw", 10, ["Bouw"]],
    ["Zorg en welzijn", 10, ["Zorg en", "welzijn"]],
    ["Techniek en installatie en energie", 12, ["Techniek en", "installatie…"]],
    ["Arbeidsmarktregioonderzoek", 10, ["Arbeidsma…"]],
  ])("wraps %j at %s characters", (text, width, lines) => {
    expect(wrap(text, width)).toEqual(lines);
  });
});
