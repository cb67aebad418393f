import { describe, expect, it } from "vitest";
import { renderDom, text } from "../../../testing/render.js";
import { eventListExamples } from "./examples.js";

describe("event list", () => {
  const document = renderDom("event-list", "wcEventList", eventListExamples[0]!.params);
  const events = [...document.querySelectorAll("ol.wc-events > li")];

  it("lists events in an ordered list with a linked heading each", () => {
    expect(events.map((event) => event.querySelector("h3 > a")?.getAttribute("href"))).toEqual([
      "/agenda/inloopochtend-april/",
      "/agenda/webinar-omscholen/",
      "/agenda/banenweek/",
    ]);
  });

  it("gives start and end as <time> elements in Dutch, one date when both are on the same day", () => {
    const times = [...events[0]!.querySelectorAll(".wc-event__when time")];
    expect(times.map((time) => time.getAttribute("datetime"))).toEqual(["2026-04-02T09:30", "2026-04-02T12:00"]);
    expect(text(events[0]!.querySelector(".wc-event__when"))).toBe("2 april 2026, 9.30 tot 12.00 uur");
    expect(text(events[2]!.querySelector(".wc-event__when"))).toBe("11 mei 2026 tot 15 mei 2026");
  });

  it("hides the calendar badge from screen readers, since the text says the date", () => {
    const badge = events[1]!.querySelector(".wc-event__badge");
    expect(badge?.getAttribute("aria-hidden")).toBe("true");
    expect(text(badge)).toBe("16 apr");
  });

  it("says where, or that it is online", () => {
    expect(text(events[1]!.querySelector(".wc-meta"))).toBe("Online");
    expect(text(events[2]!.querySelector(".wc-meta"))).toBe("Verschillende plaatsen in de regio en online");
  });
});
