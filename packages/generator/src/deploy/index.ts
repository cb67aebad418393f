// Deployment for the hosting team (DEPLOY.md): nginx configuration, security.txt, redirects, precompression,
// the CSP scan and the release manifest.
export { COMPRESS_MIN_BYTES, compressTwins, gzipDeterministic, isCompressible, precompress } from "./compress.js";
export type { CompressReport } from "./compress.js";
export { mediaTypes, mediaTypesSnippet } from "./content-types.js";
export {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  cacheControlFor,
  contentSecurityPolicy,
  cspHeaderValue,
  hashedAssetPattern,
  searchContentSecurityPolicy,
  searchSecurityHeadersSnippet,
  securityHeaders,
  securityHeadersSnippet,
} from "./headers.js";
export { createManifest, diffManifests, serializeManifest } from "./manifest.js";
export type { HostChange, HostEntry, Manifest, ManifestDiff } from "./manifest.js";
export { PRODUCTION_CONFIG_FILE, PRODUCTION_DEFAULTS, renderLocalConfig, renderProductionConfig } from "./nginx-config.js";
export type { LocalOptions, ProductionOptions } from "./nginx-config.js";
export { ALLOWED_METHODS, DEFAULT_ACCESS_LOG, LOG_FORMAT, planServers, renderServers, SNIPPETS } from "./nginx.js";
export type { LegacyServer, ServerPlan, SiteServer } from "./nginx.js";
export { addressUrl } from "./redirect-address.js";
export type { Address } from "./redirect-address.js";
export { readAllRedirects, readSiteRedirects, REDIRECTS_FILE } from "./redirects.js";
export type { Redirect, SiteRedirects } from "./redirects.js";
export { scanCss, scanHtml, scanSite } from "./scan.js";
export type { SiteScan } from "./scan.js";
export { renderSecurityTxt, SECURITY_TXT_PATH } from "./security-txt.js";
export { checkExpires, DEPLOY_SETTINGS_FILE, readDeploySettings } from "./settings.js";
export type { DeploySettings, SecurityTxtSettings } from "./settings.js";
export { prepareSiteForDeploy } from "./site-output.js";
export { TLS_EXAMPLE_CERTIFICATE, TLS_EXAMPLE_KEY, tlsExample } from "./tls-example.js";
export { DEPLOY_DIR, writeDeployArtefacts } from "./write.js";
export type { DeployOptions, DeployReport } from "./write.js";
