import { describe, expect, it } from "vitest";
import { amsterdamInstant, amsterdamToday, amsterdamWallClock } from "./amsterdam-time.js";

describe("amsterdamInstant", () => {
  it.each([
    { local: "2026-01-15 14:00", utc: "2026-01-15T13:00:00.000Z", name: "winter time is UTC+1" },
    { local: "2026-07-01 09:30", utc: "2026-07-01T07:30:00.000Z", name: "summer time is UTC+2" },
    { local: "2026-10-25 02:30", utc: "2026-10-25T00:30:00.000Z", name: "the doubled autumn hour is the first one" },
  ])("$name", ({ local, utc }) => {
    expect(amsterdamInstant(local)?.toISOString()).toBe(utc);
  });

  it("has no instant in the hour skipped in spring", () => {
    expect(amsterdamInstant("2026-03-29 02:30")).toBeUndefined();
  });

  it("reads back what it wrote", () => {
    expect(amsterdamWallClock(new Date("2026-03-29T01:00:00Z"))).toBe("2026-03-29 03:00");
    expect(amsterdamToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});
