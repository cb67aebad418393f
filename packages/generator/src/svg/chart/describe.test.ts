import { describe, expect, it } from "vitest";
import { renderIndicatorChart } from "./chart.js";
import type { Indicator, IndicatorPoint } from "./types.js";

const base = { unit: "personen", source: "UWV", referenceDate: "2025-01-01", value: 0 } as const;
const years = (start: number, values: number[]): IndicatorPoint[] => values.map((value, i) => ({ year: start + i, value }));
const describeIt = (indicator: Indicator) => renderIndicatorChart(indicator, { id: "c" }).description;

describe("the Dutch description of an indicator", () => {
  it.each<{ name: string; indicator: Indicator; text: string }>([
    {
      name: "a rising series",
      indicator: { ...base, label: "Aantal WW-uitkeringen", series: years(2019, [1234, 1500, 1800, 2345]) },
      text: "Aantal WW-uitkeringen steeg van 1.234 personen in 2019 naar 2.345 personen in 2022.",
    },
    {
      name: "a falling series in percent",
      indicator: {
        ...base,
        unit: "%",
        label: "Werkloosheid",
        series: years(2019, [4.1, 3.9, 3.7, 3.7, 3.6, 3.5, 3.5]),
      },
      text: "Werkloosheid daalde van 4,1% in 2019 naar 3,5% in 2025.",
    },
    {
      name: "a series that ends where it started",
      indicator: { ...base, unit: "", label: "Index", series: years(2020, [100, 100]) },
      text: "Index was in 2020 en in 2021 even hoog: 100.",
    },
    {
      name: "a rise with a peak and a dip in between",
      indicator: { ...base, label: "Vacatures", series: years(2019, [1000, 800, 3000, 2000]) },
      text:
        "Vacatures steeg van 1.000 personen in 2019 naar 2.000 personen in 2022. " +
        "Het hoogste punt was 3.000 personen in 2021. Het laagste punt was 800 personen in 2020.",
    },
    {
      name: "periods",
      indicator: {
        ...base,
        unit: "€",
        label: "Gemiddeld loon",
        series: [
          { period: "2024 kw 1", value: 3100 },
          { period: "2024 kw 2", value: 3150.5 },
        ],
      },
      // Amounts in euros with cents get two decimals, never one.
      text: "Gemiddeld loon steeg van € 3.100,00 in 2024 kw 1 naar € 3.150,50 in 2024 kw 2.",
    },
    {
      name: "categories",
      indicator: {
        ...base,
        unit: "vacatures",
        label: "Vacatures per sector",
        series: [
          { category: "Bouw", value: 1850 },
          { category: "Zorg", value: 4200 },
          { category: "Onderwijs", value: 900 },
        ],
      },
      text: "Vacatures per sector is het hoogst bij Zorg (4.200 vacatures) en het laagst bij Onderwijs (900 vacatures).",
    },
    {
      name: "one value without a series",
      indicator: { ...base, value: 5120, label: "Aantal werkzoekenden" },
      text: "Aantal werkzoekenden: 5.120 personen (peildatum 1 januari 2025).",
    },
  ])("describes $name", ({ indicator, text }) => {
    expect(describeIt(indicator)).toBe(text);
  });

  it("names the source and reference date separately and in the SVG's desc", () => {
    const chart = renderIndicatorChart({ ...base, label: "X", series: years(2020, [10, 20]) }, { id: "c" });
    expect(chart.sourceText).toBe("Bron: UWV, peildatum 1 januari 2025.");
    expect(chart.svg).toContain(
      `<desc id="c-desc">X steeg van 10 personen in 2020 naar 20 personen in 2021. Bron: UWV, peildatum 1 januari 2025.</desc>`,
    );
  });
});
