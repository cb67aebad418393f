export { buildSite, renderSite } from "./build.js";
export type { BuildResult } from "./build.js";
export { buildSites } from "./build-all.js";
export type { BuildAllOptions, BuildAllResult, SiteBuildReport } from "./build-all.js";
export { main, run } from "./cli.js";
export { EvidenceError, evidenceFile, readEvidence } from "./evidence/read.js";
export type { HostEvidence } from "./evidence/read.js";
export { EVIDENCE_VERSION, evidenceSchema } from "./evidence/schema.js";
export type { Evidence, EvidencePage } from "./evidence/schema.js";
export { findProjectPaths } from "./paths.js";
export type { ProjectPaths } from "./paths.js";
export * from "./deploy/index.js";
export { ELEVENTY_RANGE, werkcentrumPlugin } from "./plugin.js";
export type { WerkcentrumPluginOptions } from "./plugin.js";
export { GLOBAL_DATA_NAME } from "./global-data.js";
export type { WerkcentrumData } from "./global-data.js";
export type { EleventyConfig } from "./eleventy-config.js";
// The error readSiteModel, buildSite and the plugin throw for content problems, so a caller can catch it by class
// without a dependency of its own on @werkcentrum/content (the README's "In code" section names it here).
export { ContentError } from "@werkcentrum/content";
export { problemsPage, serveSite } from "./serve.js";
export type { PreviewServer } from "./serve.js";
export { ChartDataError, renderIndicatorChart } from "./svg/index.js";
export { renderRegionMap } from "./svg/index.js";
export type {
  ChartTable,
  Indicator,
  IndicatorChart,
  IndicatorChartOptions,
  IndicatorPoint,
  MapLegendItem,
  RegionForm,
  RegionMap,
  RegionMapEntry,
  RegionMapOptions,
  RegionStatus,
} from "./svg/index.js";
export { allSites, baseTextsOf, getSite, landingSite, readSiteModel } from "./sites.js";
export type { SiteDefinition } from "./sites.js";
export { checkSiteFolders, siteScaffold, syncSites } from "./sync.js";
export type { FolderReport, SyncReport } from "./sync.js";
