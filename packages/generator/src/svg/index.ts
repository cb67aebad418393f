export { renderIndicatorChart } from "./chart/chart.js";
export { ChartDataError } from "./chart/series.js";
export type { ChartTable, Indicator, IndicatorChart, IndicatorChartOptions, IndicatorPoint } from "./chart/types.js";
export { renderRegionMap } from "./map/map.js";
export type { MapLegendItem, RegionForm, RegionMap, RegionMapEntry, RegionMapOptions, RegionStatus } from "./map/types.js";
