import { describe, expect, it } from "vitest";
import { all, numbersIn, parseXml, withAttribute } from "../xml-test-utils.js";
import { renderIndicatorChart } from "./chart.js";
import { ChartDataError } from "./series.js";
import type { Indicator } from "./types.js";

const ww: Indicator = {
  label: "Aantal WW-uitkeringen",
  value: 2345,
  unit: "personen",
  source: "UWV",
  referenceDate: "2025-01-01",
  series: [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year, i) => ({
    year,
    value: [1234, 1810, 2650, 1990, 2105, 2280, 2345][i] ?? 0,
  })),
};
const sectors: Indicator = {
  label: "Vacatures per sector",
  value: 0,
  unit: "vacatures",
  source: "UWV",
  referenceDate: "4e kwartaal 2024",
  series: [
    { category: "Zorg en welzijn", value: 4200 },
    { category: "Techniek en installatie, inclusief de energietransitie", value: 2300 },
    { category: "Kinderopvang", value: -120 },
  ],
};

describe("renderIndicatorChart", () => {
  it("draws a time series as an accessible line chart", () => {
    const { svg, kind } = renderIndicatorChart(ww, { id: "ww" });
    const root = parseXml(svg).documentElement!;
    expect(kind).toBe("line");
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-labelledby")).toBe("ww-title");
    expect(root.getAttribute("aria-describedby")).toBe("ww-desc");
    expect(all(root, "title")[0]?.textContent).toBe("Aantal WW-uitkeringen");
    expect(all(root, "desc")[0]?.textContent).toMatch(/^Aantal WW-uitkeringen steeg van 1\.234 personen in 2019/);
    expect(all(root).filter((el) => el.getAttribute("class") === "wc-chart__line")).toHaveLength(1);
    expect(all(root, "circle")).toHaveLength(7);
  });

  it("scales with its container: a viewBox, no fixed size, text of at least 12 units", () => {
    const doc = parseXml(renderIndicatorChart(ww, { id: "ww" }).svg);
    const root = doc.documentElement!;
    expect(root.getAttribute("viewBox")).toMatch(/^0 0 560 \d+$/);
    expect(root.getAttribute("preserveAspectRatio")).toBe("xMidYMid meet");
    expect(root.hasAttribute("width") || root.hasAttribute("height")).toBe(false);
    const sizes = withAttribute(doc, "font-size").map((el) => Number(el.getAttribute("font-size")));
    expect(sizes).toEqual([14]);
    expect(sizes.every((size) => size >= 12)).toBe(true);
  });

  it("prints numbers the Dutch way and puts the unit in the axis caption", () => {
    const texts = all(parseXml(renderIndicatorChart(ww, { id: "ww" }).svg), "text").map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["3.000", "2.500", "0", "1.234", "2.345", "personen", "2019", "2025"]));
  });

  it.each<{ name: string; indicator: Indicator; kind?: "line" | "bar"; drawn: string; shapes: [string, number] }>([
    { name: "a yearly series", indicator: ww, drawn: "line", shapes: ["circle", 7] },
    { name: "a yearly series asked as bars", indicator: ww, kind: "bar", drawn: "columns", shapes: ["rect", 7] },
    {
      name: "categories, even when a line is asked",
      indicator: sectors,
      kind: "line",
      drawn: "bars",
      shapes: ["rect", 3],
    },
    { name: "a single value", indicator: { ...ww, series: undefined }, drawn: "columns", shapes: ["rect", 1] },
    {
      name: "a one-point series",
      indicator: { ...ww, series: [{ year: 2025, value: 3 }] },
      drawn: "columns",
      shapes: ["rect", 1],
    },
  ])("draws $name as $drawn", ({ indicator, kind, drawn, shapes }) => {
    const chart = renderIndicatorChart(indicator, kind ? { id: "c", kind } : { id: "c" });
    expect(chart.kind).toBe(drawn);
    const root = parseXml(chart.svg).documentElement!;
    expect(root.getAttribute("class")).toBe(`wc-chart wc-chart--${drawn}`);
    expect(all(root, shapes[0])).toHaveLength(shapes[1]);
  });

  it("returns the data as a table: a caption and columns that say what a row is, one row per data point", () => {
    expect(renderIndicatorChart(ww, { id: "t" }).table).toMatchObject({ caption: `${ww.label} per jaar`, columns: ["Jaar", ww.label] });
    expect(renderIndicatorChart(sectors, { id: "t" }).table).toMatchObject({
      caption: `${sectors.label} per categorie`,
      columns: ["Categorie", sectors.label],
    });
    const single = renderIndicatorChart({ ...ww, series: undefined }, { id: "t" }).table;
    expect(single).toMatchObject({ caption: ww.label, columns: ["Peildatum", ww.label] });
    for (const indicator of [ww, sectors, { ...ww, series: undefined }]) {
      expect(renderIndicatorChart(indicator, { id: "t" }).table.rows).toHaveLength(indicator.series?.length ?? 1);
    }
  });

  it("fills the table with the labels and Dutch numbers with their unit, years in order", () => {
    const shuffled = { ...ww, series: [...(ww.series ?? [])].reverse() };
    const { rows } = renderIndicatorChart(shuffled, { id: "t" }).table;
    expect(rows[0]).toEqual(["2019", "1.234 personen"]);
    expect(rows[6]).toEqual(["2025", "2.345 personen"]);
    const euros = renderIndicatorChart(
      {
        ...ww,
        unit: "€",
        series: [
          { year: 2024, value: 3.5 },
          { year: 2025, value: 4 },
        ],
      },
      { id: "t" },
    );
    expect(euros.table.rows).toEqual([
      ["2024", "€ 3,50"],
      ["2025", "€ 4,00"],
    ]);
  });

  it("keeps ids unique: two charts on one page share none", () => {
    const svgs = [renderIndicatorChart(ww, { id: "chart-1" }), renderIndicatorChart(sectors, { id: "chart-2" })];
    const ids = svgs.flatMap(({ svg }) => withAttribute(parseXml(svg), "id").map((el) => el.getAttribute("id")));
    expect(ids).toEqual(["chart-1-title", "chart-1-desc", "chart-2-title", "chart-2-desc"]);
  });

  it("has no style attributes or style elements (strict CSP)", () => {
    for (const indicator of [ww, sectors]) {
      for (const kind of ["line", "bar"] as const) {
        const chart = renderIndicatorChart(indicator, { id: "s", kind });
        const doc = parseXml(chart.svg);
        expect(withAttribute(doc, "style")).toEqual([]);
        expect(all(doc, "style")).toEqual([]);
      }
    }
  });

  it("escapes every text it was given", () => {
    const nasty = `Banen <b>&</b> "vacatures" 'nu'`;
    const chart = renderIndicatorChart({ ...sectors, label: nasty, unit: "<%>", series: [{ category: "A & B <i>", value: 1 }] }, { id: "x" });
    const doc = parseXml(chart.svg);
    expect(all(doc, "title")[0]?.textContent).toBe(nasty);
    expect(all(doc, "b")).toEqual([]);
    expect(all(doc, "i")).toEqual([]);
    expect(all(doc, "tspan")[0]?.textContent).toBe("A & B <i>");
    expect(chart.table.columns[1]).toBe(nasty); // data: the theme's template escapes it
    expect(chart.description).toContain(nasty);
  });

  it("is deterministic and keeps coordinates to one decimal", () => {
    for (const kind of ["line", "bar"] as const) {
      const first = renderIndicatorChart(ww, { id: "d", kind });
      expect(renderIndicatorChart(ww, { id: "d", kind })).toEqual(first);
      const coordinates = all(parseXml(first.svg))
        .flatMap((el) => ["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "width", "height", "d"].map((name) => el.getAttribute(name) ?? ""))
        .join(" ");
      expect(coordinates).not.toMatch(/\d\.\d\d/);
    }
  });

  it("keeps every drawn shape inside the viewBox", () => {
    for (const [indicator, kind] of [
      [ww, "line"],
      [ww, "bar"],
      [sectors, "bar"],
    ] as const) {
      const root = parseXml(renderIndicatorChart(indicator, { id: "v", kind }).svg).documentElement!;
      const [, , width, height] = numbersIn(root.getAttribute("viewBox") ?? "");
      const xs = all(root).flatMap((el) =>
        ["x", "x1", "x2", "cx"]
          .map((a) => el.getAttribute(a))
          .filter((v) => v !== null && v !== "")
          .map(Number),
      );
      const ys = all(root).flatMap((el) =>
        ["y", "y1", "y2", "cy"]
          .map((a) => el.getAttribute(a))
          .filter((v) => v !== null && v !== "")
          .map(Number),
      );
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(width ?? 0);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys)).toBeLessThanOrEqual(height ?? 0);
    }
  });

  const bad = (series: unknown): Indicator => ({ ...ww, series: series as Indicator["series"] });
  it.each<{ name: string; indicator: Indicator; message: RegExp }>([
    { name: "an empty label", indicator: { ...ww, label: " " }, message: /geen naam/ },
    {
      name: "a value that is not a number",
      indicator: { ...ww, value: Number.NaN, series: undefined },
      message: /waarde \(value\) is geen getal/,
    },
    {
      name: "a point without a number",
      indicator: bad([{ year: 2020, value: "veel" }]),
      message: /punt 1 van de reeks heeft geen getal/,
    },
    {
      name: "a year that is not a whole number",
      indicator: bad([{ year: 2020.5, value: 1 }]),
      message: /geen geldig jaartal/,
    },
    {
      name: "mixed kinds of points",
      indicator: bad([
        { year: 2020, value: 1 },
        { period: "2021", value: 2 },
      ]),
      message: /punt 2 van de reeks gebruikt 'period'/,
    },
    {
      name: "a year listed twice",
      indicator: bad([
        { year: 2020, value: 1 },
        { year: 2020, value: 2 },
      ]),
      message: /'2020' staat twee keer/,
    },
    {
      name: "a point without a name",
      indicator: bad([{ value: 1 }]),
      message: /geen jaar \(year\), periode \(period\) of categorie/,
    },
  ])("rejects $name with a Dutch ChartDataError", ({ indicator, message }) => {
    expect(() => renderIndicatorChart(indicator, { id: "e" })).toThrow(ChartDataError);
    expect(() => renderIndicatorChart(indicator, { id: "e" })).toThrow(message);
  });

  it("rejects an id that cannot be used in id attributes", () => {
    expect(() => renderIndicatorChart(ww, { id: "2 charts" })).toThrow(TypeError);
  });
});
