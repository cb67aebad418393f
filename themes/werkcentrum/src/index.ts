export { assetsDir, templatesDir } from "./paths.js";
export { layoutNames, sectionLayoutNames } from "./layouts.js";
export type { LayoutName, SectionLayoutName } from "./layouts.js";
export { themeAssets } from "./manifest.js";
export type { ThemeAssets, ThemeFontAsset } from "./manifest.js";
// `components` and the parameter type of every component (`NoticeParams`, …), generated from the component folders.
export * from "./components.js";
export type { ComponentExample, ThemeComponent } from "./component.js";
export { previewPage } from "./preview.js";
export type { PreviewPage } from "./preview.js";
export { nunjucksFilters } from "./filters.js";
export { pageIndex } from "./page-index.js";
export type { PageIndex, PageIndexItem } from "./page-index.js";
export { imageDisplayWidth, imageSizes } from "./images.js";
