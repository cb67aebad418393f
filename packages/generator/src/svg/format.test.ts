import { describe, expect, it } from "vitest";
import { formatNumber, formatQuantity, formatReferenceDate, fractionDigitsFor } from "./format.js";

describe("Dutch formatting", () => {
  it.each([
    [1234, 0, "1.234"],
    [1234567.5, 1, "1.234.567,5"],
    [3.5, 2, "3,50"],
    [-1200, 0, "-1.200"],
  ])("formatNumber(%s, %s) is %s", (value, digits, text) => {
    expect(formatNumber(value, digits)).toBe(text);
  });

  it.each([
    [[1, 2, 3], 0],
    [[1, 2.5], 1],
    [[0.25, 3], 2],
    [[1 / 3], 2],
  ])("fractionDigitsFor(%j) is %s", (values, digits) => {
    expect(fractionDigitsFor(values)).toBe(digits);
  });

  it.each([
    [4.1, "%", "4,1%"],
    [1250, "€", "€ 1.250"],
    [2345, "personen", "2.345 personen"],
    [2345, " ", "2.345"],
  ])("formatQuantity(%s, %j)", (value, unit, text) => {
    expect(formatQuantity(value, unit, fractionDigitsFor([value]))).toBe(text);
  });

  it.each([
    ["2025-01-01", "1 januari 2025"],
    [new Date("2024-12-31T00:00:00Z"), "31 december 2024"],
    ["4e kwartaal 2024", "4e kwartaal 2024"],
  ])("formatReferenceDate(%j)", (input, text) => {
    expect(formatReferenceDate(input)).toBe(text);
  });

  it.each(["2025-02-30", new Date("nonsense")])("rejects the impossible date %j", (input) => {
    expect(() => formatReferenceDate(input)).toThrow(RangeError);
  });
});
