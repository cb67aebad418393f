import { describe, expect, it } from "vitest";
import { siteProfileSchema } from "@werkcentrum/regions";
import { contactBlock, internationalPhone } from "./required.js";
import { jsonForScript } from "./shared.js";

describe("jsonForScript", () => {
  it.each([
    { name: "a closing script tag", value: { name: "</script><script>alert(1)</script>" } },
    { name: "an HTML comment opener", value: { name: "<!-- x" } },
    { name: "an ampersand and line separators", value: { name: "a & b\u2028c\u2029d" } },
  ])("writes $name so it cannot end the data block, and keeps the same JSON", ({ value }) => {
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("internationalPhone", () => {
  it.each([
    ["020 123 45 67", "+31201234567"],
    ["010-1234567", "+31101234567"],
    ["+31 (0)20 123 45 67", "+31201234567"],
    ["+31 20 123 45 67", "+31201234567"],
    ["0031 20 123 45 67", "+31201234567"],
    ["14 010", undefined],
    ["0800 1234", undefined],
  ])("%s → %s", (input, expected) => {
    expect(internationalPhone(input)).toBe(expected);
  });

  it("gives a contact block without a phone link for a short number, and none without any channel", () => {
    const profile = (contact: unknown) => siteProfileSchema.parse({ code: "AM22", naam: "Rijnmond", contact });
    expect(contactBlock(profile({ telefoon: "14 010" }))).toBeUndefined();
    expect(contactBlock(profile({ telefoon: "14 010", email: "info@voorbeeld.nl" }))).toMatchObject({
      email: "info@voorbeeld.nl",
      text: "Bel ons op 14 010.",
    });
    expect(contactBlock(siteProfileSchema.parse({ code: "AM22", naam: "Rijnmond" }))).toBeUndefined();
  });
});
