export { assetsDir, templatesDir } from "./paths.js";
export { layoutNames } from "./layouts.js";
export type { LayoutName } from "./layouts.js";
export { themeAssets } from "./manifest.js";
export type { ThemeAssets, ThemeFontAsset } from "./manifest.js";
export { components } from "./components.js";
export type { ComponentExample, ThemeComponent } from "./component.js";
export { previewPage } from "./preview.js";
export type { PreviewPage } from "./preview.js";
