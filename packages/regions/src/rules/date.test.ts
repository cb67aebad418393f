import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dateProblem, isCalendarDate } from "./date.js";

describe("the date rule", () => {
  it.each(["2026-03-01", "2024-02-29", "2000-02-29", "2026-12-31"])("accepts %s", (value) => {
    expect(dateProblem(value)).toBeUndefined();
  });

  it.each([
    { value: "2026-13-45", message: /^Ongeldige datum: 2026-13-45 bestaat niet, want een jaar heeft 12 maanden/ },
    { value: "2026-00-10", message: /12 maanden/ },
    { value: "2026-02-30", message: /^Ongeldige datum: 2026-02-30 bestaat niet, want februari 2026 heeft 28 dagen/ },
    { value: "2026-02-29", message: /februari 2026 heeft 28 dagen/ },
    { value: "2100-02-29", message: /februari 2100 heeft 28 dagen/ },
    { value: "2026-04-31", message: /april 2026 heeft 30 dagen/ },
    { value: "2026-01-00", message: /januari 2026 heeft 31 dagen/ },
    { value: "01-03-2026", message: /^Ongeldige datum\. Schrijf de datum als jaar-maand-dag \(JJJJ-MM-DD\)/ },
    { value: "2026-3-1", message: /JJJJ-MM-DD/ },
    { value: "2026-03-01T10:00", message: /JJJJ-MM-DD/ },
    { value: " 2026-03-01", message: /JJJJ-MM-DD/ },
    { value: 20260301, message: /JJJJ-MM-DD/ },
  ])("refuses $value in Dutch", ({ value, message }) => {
    expect(dateProblem(value)).toMatch(message);
  });

  it("agrees with zod's ISO date check on every day of four years, and on impossible ones", () => {
    const iso = z.iso.date();
    for (const year of [1900, 2000, 2025, 2028]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const value = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(isCalendarDate(value), value).toBe(iso.safeParse(value).success);
          expect(dateProblem(value) === undefined, value).toBe(iso.safeParse(value).success);
        }
      }
    }
  });
});
