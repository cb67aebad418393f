export { amsterdamInstant, amsterdamToday, amsterdamWallClock } from "./amsterdam-time.js";
export { assertValidSite, checkSite } from "./check-site.js";
export type { CheckOptions, ParsedFiles, SiteReport } from "./check-site.js";
export { cmsConfig, cmsConfigYaml, writeCmsConfig } from "./cms-config.js";
export type { CmsBackend, CmsField, CmsOptions, CmsSite } from "./cms-config.js";
export { parseContentFile } from "./content-file.js";
export { dutchErrors } from "./dutch-errors.js";
export { parseEditorYaml, readEditorText } from "./editor-text.js";
export type { EditorText, EditorYaml } from "./editor-text.js";
export type { ContentEntry, ContentOrigin, ParseContentOptions, ParseContentResult } from "./content-file.js";
export { headingId, layoutIds, renderMarkdown } from "./markdown/render.js";
export type { ImageRenderer } from "./markdown/render.js";
export { isImagePath, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, readImages } from "./images.js";
export type { ImageFacts, ImageFormat, ImageUse, ReadImagesOptions } from "./images.js";
export { IMAGE_CHECK_FILE } from "./image-verdicts.js";
export { scanContentFolder } from "./content-files.js";
export { readSiteFiles, readSiteText } from "./site-files.js";
export type { FileHashCache, ReadSiteFilesOptions, SiteFileKind, SiteFiles } from "./site-files.js";
export type { ContentFolder } from "./content-files.js";
export { contentJsonSchema, jsonSchemaOf, landingSiteJsonSchema, schemaFileName, schemasDir, siteJsonSchema } from "./json-schema.js";
export { isAllowedLink, linkProblem } from "./links.js";
export { PLACEHOLDER } from "./placeholder.js";
export type { LocatedLink } from "./markdown/lint-body.js";
export { MAX_PARAGRAPH_WORDS, MAX_SENTENCE_WORDS } from "./markdown/prose.js";
export {
  assetExtensions,
  contentPath,
  downloadExtensions,
  generatedUrlFolders,
  imageExtensions,
  legalPages,
  nameProblem,
  openDataUrls,
  permalinkFor,
  reservedUrlProblem,
  testResultsUrl,
} from "./paths.js";
export type { ContentPath } from "./paths.js";
export { ContentError, formatProblem, unreadableFileProblem } from "./problem.js";
export type { ContentProblem } from "./problem.js";
export { createContentFile, newContentPath, scaffoldContent } from "./scaffold.js";
export { editorHints } from "./schemas/editor-hints.js";
export type { EditorHint } from "./schemas/editor-hints.js";
export * from "./schemas/index.js";
export { parseSiteProfile, readSiteProfile } from "./site-profile.js";
export type { ReadResult } from "./site-profile.js";
export { loadBaseTexts, splitBaseTexts, toolkitDir } from "./toolkit.js";
export type { BaseText } from "./toolkit.js";
