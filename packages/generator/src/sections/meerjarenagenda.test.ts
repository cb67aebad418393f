import { components } from "@werkcentrum/theme";
import { describe, expect, it } from "vitest";
import { indicatorParams } from "./meerjarenagenda.js";

type Indicator = Parameters<typeof indicatorParams>[0];

const indicator = (overrides: Partial<Indicator> = {}): Indicator => ({
  label: "Openstaande vacatures",
  waarde: 12345,
  eenheid: "vacatures",
  bron: { naam: "UWV", link: undefined },
  peildatum: "2026-01-01",
  ...overrides,
});

/** The theme's own schema of the indicator component's parameters. */
const schema = components.find((component) => component.name === "indicator")!.params;

describe("indicatorParams: the theme indicator's parameters for one indicator", () => {
  it("passes the unit when the indicator has one", () => {
    const params = indicatorParams(indicator(), "indicator-1");
    expect(params).toMatchObject({ label: "Openstaande vacatures", value: 12345, unit: "vacatures", source: "UWV" });
    expect(schema.safeParse(params).success).toBe(true);
  });

  it("leaves the unit out when it is empty, so the component's schema accepts the parameters", () => {
    for (const params of [
      indicatorParams(indicator({ eenheid: "" }), "indicator-1"),
      indicatorParams(
        indicator({
          eenheid: "",
          reeks: [
            { jaar: 2024, waarde: 3 },
            { jaar: 2025, waarde: 4 },
          ],
        }),
        "indicator-2",
      ),
    ]) {
      expect(params).not.toHaveProperty("unit");
      expect(schema.safeParse(params).error).toBeUndefined();
    }
  });
  it("gives a series its chart and the chart's table, which the theme prints", () => {
    const reeks = [
      { jaar: 2024, waarde: 11000 },
      { jaar: 2025, waarde: 12345 },
    ];
    const params = indicatorParams(indicator({ reeks }), "indicator-1");
    expect(params.chart).toMatchObject({
      caption: "Openstaande vacatures, 2024 tot en met 2025",
      table: {
        caption: "Openstaande vacatures per jaar",
        columns: ["Jaar", "Openstaande vacatures"],
        rows: [
          ["2024", "11.000 vacatures"],
          ["2025", "12.345 vacatures"],
        ],
      },
    });
    expect(params.chart?.svg).toMatch(/^<svg /);
    expect(schema.safeParse(params).error).toBeUndefined();
  });
});
