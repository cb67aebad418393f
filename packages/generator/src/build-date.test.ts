import { describe, expect, it } from "vitest";
import { BuildDateError, dateWindow, inDateWindow, nextDay, resolveBuildDate } from "./build-date.js";

describe("resolveBuildDate", () => {
  const env = { WERKCENTRUM_BUILD_DATE: "2026-06-01" };
  // 23:30 UTC on 3 December is already 4 December in Amsterdam.
  const lateEvening = new Date("2026-12-03T23:30:00Z");

  it("takes --date first, then WERKCENTRUM_BUILD_DATE, then today in Amsterdam", () => {
    expect(resolveBuildDate("2026-12-01", env, lateEvening)).toBe("2026-12-01");
    expect(resolveBuildDate(undefined, env, lateEvening)).toBe("2026-06-01");
    expect(resolveBuildDate(undefined, {}, lateEvening)).toBe("2026-12-04");
    expect(resolveBuildDate(undefined, { WERKCENTRUM_BUILD_DATE: " " }, lateEvening)).toBe("2026-12-04");
  });

  it.each(["1-6-2026", "2026-13-01", "2026-02-30", "morgen", ""])("refuses --date '%s' with a Dutch message", (value) => {
    expect(() => resolveBuildDate(value, {})).toThrow(BuildDateError);
    expect(() => resolveBuildDate(value, {})).toThrow(/^--date moet een datum zijn als JJJJ-MM-DD/);
  });

  it("names the environment variable when that is wrong", () => {
    expect(() => resolveBuildDate(undefined, { WERKCENTRUM_BUILD_DATE: "4 december" })).toThrow(/^WERKCENTRUM_BUILD_DATE moet een datum zijn/);
  });
});

describe("date windows", () => {
  it("nextDay crosses months, years and leap days", () => {
    expect(nextDay("2026-11-30")).toBe("2026-12-01");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
    expect(nextDay("2026-10-25")).toBe("2026-10-26"); // the night summer time ends
  });

  it("a window runs from the last turning date on or before the date until the next one", () => {
    const turns = ["2026-11-29", "2026-12-10", "2026-12-05"];
    expect(dateWindow(turns, "2026-12-04")).toEqual({ from: "2026-11-29", until: "2026-12-05" });
    expect(dateWindow(turns, "2026-12-05")).toEqual({ from: "2026-12-05", until: "2026-12-10" });
    expect(dateWindow(turns, "2026-11-01")).toEqual({ until: "2026-11-29" });
    expect(dateWindow(turns, "2027-01-01")).toEqual({ from: "2026-12-10" });
    expect(dateWindow([], "2027-01-01")).toEqual({});
  });

  it("inDateWindow includes from and excludes until", () => {
    const window = { from: "2026-11-29", until: "2026-12-05" };
    expect(inDateWindow(window, "2026-11-29")).toBe(true);
    expect(inDateWindow(window, "2026-12-04")).toBe(true);
    expect(inDateWindow(window, "2026-12-05")).toBe(false);
    expect(inDateWindow(window, "2026-11-28")).toBe(false);
    expect(inDateWindow({}, "1999-01-01")).toBe(true);
  });
});
